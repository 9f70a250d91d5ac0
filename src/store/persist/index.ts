/**
 * The user's corpus and view settings, kept in IndexedDB between visits (through idb-keyval).
 *
 *   loadSaved()                 → { articles, view?, problems, savedCorpus }   never throws
 *   saveCorpus(articles, opts?) → { ok } | { ok: false, problem }              never throws
 *   saveViewSettings(settings)  → same                                         `settings` must be structured-cloneable
 *   clearSaved()                → forget everything saved (a "start over" action)
 *
 * Layout (schema SCHEMA_VERSION): key "corpus" holds every article's metadata in order; key
 * "text:<id>" holds one article's text, written once (an id always names the same text), so
 * switching an article off or removing one rewrites only the small corpus record; key "view"
 * holds the view settings as given.
 *
 * On load every record is checked (see records.ts). Whatever cannot be used is named in
 * `problems` (sentences for the user) and the rest is kept. Data written by a NEWER version of
 * the app is left untouched: it is not loaded, and `saveCorpus`/`saveViewSettings` refuse to
 * overwrite it unless called with `{ overwriteNewer: true }` (after the user agreed).
 */
import { createStore, delMany, entries, get, keys, set, setMany, type UseStore } from 'idb-keyval';
import { utf8Length } from '../../ingest/limits';
import type { CorpusArticle } from '../../ingest/types';
import {
  SCHEMA_VERSION,
  checkInlineText,
  checkMeta,
  checkText,
  entryLabel,
  isRecordObject,
  schemaOf,
  type CorpusRecord,
  type SavedArticleMeta,
  type TextRecord,
  type ViewRecord,
} from './records';

export { SCHEMA_VERSION } from './records';

export const DB_NAME = 'news-graph-explorer';
export const STORE_NAME = 'saved';
export const CORPUS_KEY = 'corpus';
export const VIEW_KEY = 'view';
const TEXT_PREFIX = 'text:';
export const textKey = (id: string): string => TEXT_PREFIX + id;

/** The article id under a text key; undefined for the other keys. */
function textIdOf(key: IDBValidKey): string | undefined {
  return typeof key === 'string' && key.startsWith(TEXT_PREFIX) ? key.slice(TEXT_PREFIX.length) : undefined;
}

export interface LoadedState {
  /** Every saved article that passed the checks, in saved order. */
  articles: CorpusArticle[];
  /** The view settings as saved; absent when none were saved or they could not be used. */
  view?: unknown;
  /** What could not be loaded, as sentences to show the user; empty when all went well. */
  problems: string[];
  /** False when no corpus was ever saved (first visit): the app should start from the bundled articles. */
  savedCorpus: boolean;
}

export type SaveResult = { ok: true } | { ok: false; problem: string };

export interface SaveOptions {
  /** Replace data that a newer version of the app saved. Only after the user has said so. */
  overwriteNewer?: boolean;
}

let store: UseStore | undefined;

/**
 * The text this page last wrote or read under each id. Ids name one text by construction
 * (file slug + content hash; bundled ids are fixed), but if a caller ever reuses an id for a new
 * text, this is how the save notices and rewrites it instead of keeping the old one.
 */
const knownTexts = new Map<string, string>();

/** Opened on first use, so importing this module in Node (no IndexedDB) costs nothing. */
function db(): UseStore {
  store ??= createStore(DB_NAME, STORE_NAME);
  return store;
}

const UNAVAILABLE = 'Saving is not available in this browser (IndexedDB is switched off), so added articles will be gone after you close the tab.';

function available(): boolean {
  return typeof indexedDB !== 'undefined';
}

function describeError(err: unknown): string {
  if (err instanceof Error || (isRecordObject(err) && typeof err.name === 'string')) {
    const e = err as { name: string; message?: string };
    if (e.name === 'QuotaExceededError') return 'the browser has no storage space left for this site';
    return e.message || e.name;
  }
  return String(err);
}

const newerMessage = (what: string, schema: number) =>
  `Your saved ${what} come from a newer version of this app (format ${schema}); they were left untouched and not loaded.`;

export async function loadSaved(): Promise<LoadedState> {
  const state: LoadedState = { articles: [], problems: [], savedCorpus: false };
  if (!available()) {
    state.problems.push(UNAVAILABLE);
    return state;
  }
  try {
    await loadCorpus(state);
  } catch (err) {
    state.problems.push(`Your saved articles could not be read (${describeError(err)}).`);
  }
  try {
    await loadView(state);
  } catch (err) {
    state.problems.push(`Your saved view settings could not be read (${describeError(err)}).`);
  }
  return state;
}

async function loadCorpus(state: LoadedState): Promise<void> {
  const record: unknown = await get(CORPUS_KEY, db());
  if (record === undefined) {
    // No index, but texts may survive a write that failed half-way: offer them back.
    const orphans = await textRecords();
    if (orphans.length === 0) return;
    state.savedCorpus = true;
    state.problems.push('The list of your saved articles was missing; the articles whose text survived were recovered as added articles, switched on.');
    recoverTexts(state, orphans);
    return;
  }
  state.savedCorpus = true;
  const schema = schemaOf(record);
  if (schema !== undefined && schema > SCHEMA_VERSION) {
    state.problems.push(newerMessage('articles', schema));
    return;
  }

  // Schema 1 keeps metadata in a list and texts apart; the first layout (no schema field, or a
  // bare array) kept texts inline. Both are read entry by entry so one bad entry costs one article.
  const legacy = schema === undefined || schema < SCHEMA_VERSION;
  const list = Array.isArray(record) ? record : isRecordObject(record) && Array.isArray(record.articles) ? record.articles : undefined;
  if (!list) {
    state.problems.push('The list of your saved articles was damaged; the articles whose text survived were recovered as added articles, switched on.');
    recoverTexts(state, await textRecords());
    return;
  }
  if (legacy) state.problems.push('Your saved articles were in an older format; they were converted and will be saved in the current one.');

  const ids = list.map((entry) => (isRecordObject(entry) && typeof entry.id === 'string' ? entry.id : ''));
  const texts: unknown[] = await Promise.all(ids.map((id) => (id ? get(textKey(id), db()) : Promise.resolve(undefined))));
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    const label = `“${entryLabel(entry, `article ${i + 1}`)}”`;
    const meta = checkMeta(entry);
    if (!meta.ok) return state.problems.push(`The saved article ${label} could not be loaded: ${meta.reason}.`);
    if (seen.has(meta.value.id)) return state.problems.push(`The saved article ${label} was listed twice; it was loaded once.`);
    const textSchema = schemaOf(texts[i]);
    if (textSchema !== undefined && textSchema > SCHEMA_VERSION) {
      return state.problems.push(`The saved article ${label} comes from a newer version of this app; it was left untouched and not loaded.`);
    }
    const text =
      legacy && isRecordObject(entry) && 'text' in entry ? checkInlineText(entry.text) : checkText(texts[i], meta.value.id);
    if (!text.ok) return state.problems.push(`The saved article ${label} could not be loaded: ${text.reason}.`);
    seen.add(meta.value.id);
    knownTexts.set(meta.value.id, text.value);
    state.articles.push({ ...meta.value, text: text.value });
  });
}

/** Every saved text record, as [article id, record]. */
async function textRecords(): Promise<[string, unknown][]> {
  const found: [string, unknown][] = [];
  for (const [key, value] of await entries<IDBValidKey, unknown>(db())) {
    const id = textIdOf(key);
    if (id !== undefined) found.push([id, value]);
  }
  return found;
}

function recoverTexts(state: LoadedState, records: [string, unknown][]): void {
  const now = new Date().toISOString();
  for (const [id, value] of records) {
    const text = checkText(value, id);
    if (!text.ok) {
      state.problems.push(`A saved article (${id}) could not be recovered: ${text.reason}.`);
      continue;
    }
    // The checks a listed article passes, so that a recovered one can be saved again: a key
    // with an unusable id would otherwise make every later save of the corpus fail.
    const meta = checkMeta({ id, origin: 'user', enabled: true, addedAt: now, bytes: utf8Length(text.value) });
    if (!meta.ok) {
      state.problems.push(`A saved article (${entryLabel({ id }, 'with no id')}) could not be recovered: ${meta.reason}.`);
      continue;
    }
    state.articles.push({ ...meta.value, text: text.value });
  }
}

async function loadView(state: LoadedState): Promise<void> {
  const record: unknown = await get(VIEW_KEY, db());
  if (record === undefined) return;
  const schema = schemaOf(record);
  if (schema !== undefined && schema > SCHEMA_VERSION) {
    state.problems.push(newerMessage('view settings', schema));
    return;
  }
  if (schema === undefined || !isRecordObject(record) || !('settings' in record) || record.settings === undefined) {
    state.problems.push('Your saved view settings were damaged; the default view is shown.');
    return;
  }
  state.view = record.settings;
}

// Saves run one after another so that a quick succession of toggles cannot interleave writes.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

async function newerSchemaAt(key: string): Promise<number | undefined> {
  const schema = schemaOf(await get(key, db()));
  return schema !== undefined && schema > SCHEMA_VERSION ? schema : undefined;
}

/**
 * Saves of one kind that pile up while an earlier save runs collapse into one save of the newest
 * value: flicking five switches in a row writes twice, not five times, and every caller learns
 * the outcome of the save that included its change.
 */
function coalesced<T>(write: (value: T, options: SaveOptions) => Promise<SaveResult>): (value: T, options?: SaveOptions) => Promise<SaveResult> {
  let pending: { value: T; options: SaveOptions; waiters: ((r: SaveResult) => void)[] } | null = null;
  return (value, options = {}) => {
    if (!available()) return Promise.resolve({ ok: false, problem: UNAVAILABLE });
    return new Promise<SaveResult>((resolve) => {
      if (pending) {
        pending.value = value;
        pending.options = options;
        pending.waiters.push(resolve);
        return;
      }
      pending = { value, options, waiters: [resolve] };
      void serial(async () => {
        const job = pending!;
        pending = null;
        const result = await write(job.value, job.options);
        for (const w of job.waiters) w(result);
      });
    });
  };
}

/** Save the whole corpus (order, switches, metadata; texts only where new). Never throws. */
export const saveCorpus = coalesced<CorpusArticle[]>(writeCorpus);

async function writeCorpus(articles: CorpusArticle[], options: SaveOptions): Promise<SaveResult> {
  try {
    const newer = await newerSchemaAt(CORPUS_KEY);
    if (newer !== undefined && !options.overwriteNewer) {
      return { ok: false, problem: `Not saved: the saved articles come from a newer version of this app (format ${newer}) and were left as they are.` };
    }
    const metas: SavedArticleMeta[] = [];
    const wanted = new Map<string, string>();
    for (const a of articles) {
      if (wanted.has(a.id)) continue;
      const { text, ...meta } = a;
      const checked = checkMeta(meta);
      if (!checked.ok) return { ok: false, problem: `Not saved: the article “${entryLabel(meta, a.id)}” is not valid (${checked.reason}).` };
      metas.push(checked.value);
      wanted.set(a.id, text);
    }
    const stored = new Set((await keys(db())).map(textIdOf).filter((id): id is string => id !== undefined));
    // Texts first, the list last: a save cut short leaves the old list intact with its texts.
    const fresh: [string, TextRecord][] = [];
    for (const [id, text] of wanted) {
      const known = knownTexts.get(id);
      if (!stored.has(id) || (known !== undefined && known !== text)) fresh.push([textKey(id), { schema: SCHEMA_VERSION, id, text }]);
    }
    if (fresh.length) await setMany(fresh, db());
    for (const [, rec] of fresh) knownTexts.set(rec.id, rec.text);
    const record: CorpusRecord = { schema: SCHEMA_VERSION, savedAt: new Date().toISOString(), articles: metas };
    await set(CORPUS_KEY, record, db());
    const stale = [...stored].filter((id) => !wanted.has(id));
    if (stale.length) await delMany(stale.map(textKey), db());
    for (const id of stale) knownTexts.delete(id);
    return { ok: true };
  } catch (err) {
    return { ok: false, problem: `Your articles could not be saved (${describeError(err)}).` };
  }
}

/** Save the view settings as given (structured-cloneable data). Never throws. */
export const saveViewSettings = coalesced<unknown>(writeViewSettings);

async function writeViewSettings(settings: unknown, options: SaveOptions): Promise<SaveResult> {
  try {
    const newer = await newerSchemaAt(VIEW_KEY);
    if (newer !== undefined && !options.overwriteNewer) {
      return { ok: false, problem: `Not saved: the view settings come from a newer version of this app (format ${newer}) and were left as they are.` };
    }
    const record: ViewRecord = { schema: SCHEMA_VERSION, savedAt: new Date().toISOString(), settings };
    await set(VIEW_KEY, record, db());
    return { ok: true };
  } catch (err) {
    return { ok: false, problem: `Your view settings could not be saved (${describeError(err)}).` };
  }
}

/** Forget the saved corpus and view. The next load behaves like a first visit. */
export function clearSaved(): Promise<SaveResult> {
  if (!available()) return Promise.resolve({ ok: true });
  return serial(async (): Promise<SaveResult> => {
    try {
      await delMany(await keys(db()), db());
      knownTexts.clear();
      return { ok: true };
    } catch (err) {
      return { ok: false, problem: `Saved data could not be cleared (${describeError(err)}).` };
    }
  });
}
