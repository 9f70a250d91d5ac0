/**
 * The shape of saved data, and checks that turn untrusted records back into corpus articles.
 *
 * Saved data outlives the code that wrote it and can be damaged (quota errors mid-write, other
 * versions of the app, browser extensions, users poking at devtools), so nothing read back is
 * trusted: every field is checked for type and size, and a bad article is reported, not thrown.
 */
import type { CorpusArticle } from '../../ingest/types';

/** Bump when the record shapes below change; readers of an older schema convert, of a newer one keep out. */
export const SCHEMA_VERSION = 1;

/** Everything about an article except its text: small, rewritten on every save (toggles, removals). */
export type SavedArticleMeta = Omit<CorpusArticle, 'text'>;

export interface CorpusRecord {
  schema: number;
  savedAt: string;
  articles: SavedArticleMeta[];
}

/** An article's text, written once per article: texts never change under the same id. */
export interface TextRecord {
  schema: number;
  id: string;
  text: string;
}

export interface ViewRecord {
  schema: number;
  savedAt: string;
  settings: unknown;
}

const LIMITS = { id: 200, text: 4 * 1024 * 1024, title: 1000, outlet: 300, published: 40, fileName: 1000, addedAt: 40 };

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

export function isRecordObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The label to name an entry by in a problem message, whatever state it is in. */
export function entryLabel(value: unknown, fallback: string): string {
  if (isRecordObject(value)) {
    for (const key of ['title', 'fileName', 'id'] as const) {
      const v = value[key];
      if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 80);
    }
  }
  return fallback;
}

/** Article metadata (and, in older records, the text inline) checked field by field. */
export function checkMeta(value: unknown): Checked<SavedArticleMeta> {
  if (!isRecordObject(value)) return { ok: false, reason: 'the entry is not an article record' };
  const { id, title, outlet, published, origin, enabled, addedAt, bytes, fileName } = value;
  if (typeof id !== 'string' || !id.trim() || id.length > LIMITS.id) return { ok: false, reason: 'it has no valid id' };
  if (origin !== 'bundled' && origin !== 'user') return { ok: false, reason: 'its origin is not recorded' };
  if (typeof enabled !== 'boolean') return { ok: false, reason: 'whether it is switched on is not recorded' };
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return { ok: false, reason: 'its size is not a number' };
  if (typeof addedAt !== 'string' || addedAt.length > LIMITS.addedAt || Number.isNaN(Date.parse(addedAt))) {
    return { ok: false, reason: 'the date it was added is not valid' };
  }
  const meta: SavedArticleMeta = { id, origin, enabled, addedAt, bytes };
  for (const [key, v, max] of [
    ['title', title, LIMITS.title],
    ['outlet', outlet, LIMITS.outlet],
    ['published', published, LIMITS.published],
    ['fileName', fileName, LIMITS.fileName],
  ] as const) {
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string' || v.length > max) return { ok: false, reason: `its ${key === 'fileName' ? 'file name' : key} is not valid` };
    meta[key] = v;
  }
  return { ok: true, value: meta };
}

export function checkText(value: unknown, id: string): Checked<string> {
  if (value === undefined) return { ok: false, reason: 'its text is missing' };
  const text = isRecordObject(value) ? value.text : undefined;
  if (!isRecordObject(value) || value.id !== id) return { ok: false, reason: 'its text record is damaged' };
  if (typeof text !== 'string' || !text.trim()) return { ok: false, reason: 'its text is empty or damaged' };
  if (text.length > LIMITS.text) return { ok: false, reason: 'its text is larger than any article could be' };
  return { ok: true, value: text };
}

/** The same check for text carried inline, as the first layout (before schema 1) did. */
export function checkInlineText(value: unknown): Checked<string> {
  if (typeof value !== 'string' || !value.trim()) return { ok: false, reason: 'its text is missing' };
  if (value.length > LIMITS.text) return { ok: false, reason: 'its text is larger than any article could be' };
  return { ok: true, value };
}

export function schemaOf(value: unknown): number | undefined {
  return isRecordObject(value) && typeof value.schema === 'number' && Number.isInteger(value.schema) ? value.schema : undefined;
}
