/**
 * Turning what a user brings (files dropped or picked, text pasted) into corpus articles.
 *
 *   ingestFiles(files, existing)        → { accepted, rejected }   many files, each judged alone
 *   addPastedArticle(pasted, existing)  → { accepted, rejected }   same checks for pasted text
 *   displayTitle(article)               → the title to show for an article
 *
 * Accepted: .txt, .md/.markdown (reduced to plain text), .html/.htm (reduced to the readable
 * article text through an inert DOMParser document; never rendered, never executed).
 * Refused, each with a message the user can act on: empty files, binary files (named by their
 * magic number: PNG, JPEG, GIF, PDF, ZIP/docx, gzip, …), files over MAX_FILE_BYTES, unsupported
 * extensions, text that is not English, and duplicates of an article already loaded or earlier in
 * the same batch. One bad file never blocks the others, and `existing` is never modified.
 * Runs on the browser main thread and in Node (HTML needs a DOMParser: a browser, or jsdom).
 */
import { MAX_HTML_DEPTH, canReadHtml, markupDepth, readableHtml } from './html';
import { languageProblem } from './language';
import { MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, formatBytes, utf8Length } from './limits';
import { readableMarkdown } from './markdown';
import { displayTitle } from './corpus';
import { contentKey, contentKeyInSlices, uniqueId } from './identity';
import { decodeText, sniffBinary } from './sniff';
import type { CorpusArticle, IngestRejection, IngestResult, IngestSource, PastedArticle } from './types';

export type { CorpusArticle, ArticleOrigin, IngestRejection, IngestResult, IngestSource, PastedArticle } from './types';
export { MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, formatBytes } from './limits';
export { contentKey } from './identity';

export interface IngestOptions {
  /** Clock for `addedAt`; tests pass a fixed one. */
  now?: () => Date;
  /** Called after each file with how many of the batch have been judged. */
  onProgress?: (done: number, total: number) => void;
}

const SUPPORTED_LIST = '.txt, .md or .html';
const PASTED_NAME = 'Pasted text';
const TOO_DEEP = `The markup is nested more than ${MAX_HTML_DEPTH.toLocaleString('en-GB')} elements deep, which no article page needs; save or paste just the article text.`;
/** Longest stretch of reading before the page gets the main thread back (the progress it reports is drawn in the same task, so this leaves room for that). */
const SLICE_MS = 15;

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Duplicate keys of articles already in the corpus, remembered per article object: adding one
 * file to a corpus of hundreds should not re-normalise every text already loaded.
 */
const keyCache = new WeakMap<CorpusArticle, { text: string; key: string }>();
function keyOf(article: CorpusArticle): string {
  const hit = keyCache.get(article);
  if (hit && hit.text === article.text) return hit.key;
  const key = contentKey(article.text);
  keyCache.set(article, { text: article.text, key });
  return key;
}

/** Everything already known that a new article must not repeat. */
class Seen {
  private byKey = new Map<string, { label: string; batch: boolean; off?: boolean }>();
  readonly ids: Set<string>;

  constructor(existing: CorpusArticle[], known = true) {
    this.ids = new Set(existing.map((a) => a.id));
    if (known) for (const a of existing) this.remember(a);
  }

  /**
   * The same, giving the page its thread back every SLICE_MS: a corpus restored from saved data
   * has no cached keys yet, and keying hundreds of articles at once is a long task.
   */
  static async sliced(existing: CorpusArticle[]): Promise<Seen> {
    const seen = new Seen(existing, false);
    let sliceStart = Date.now();
    for (const a of existing) {
      if (Date.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = Date.now();
      }
      seen.remember(a);
    }
    return seen;
  }

  private remember(a: CorpusArticle): void {
    this.byKey.set(keyOf(a), { label: displayTitle(a), batch: false, off: !a.enabled });
  }

  duplicateMessage(key: string): string | undefined {
    const hit = this.byKey.get(key);
    if (!hit) return undefined;
    return hit.batch
      ? `Same text as “${hit.label}” earlier in this batch; it was added once.`
      : `Duplicate of “${hit.label}”, which is already loaded${hit.off ? ' (switched off)' : ''}.`;
  }

  add(article: CorpusArticle, key: string, label: string): void {
    this.ids.add(article.id);
    keyCache.set(article, { text: article.text, key });
    this.byKey.set(key, { label, batch: true });
  }
}

export async function ingestFiles(files: IngestSource[], existing: CorpusArticle[], options: IngestOptions = {}): Promise<IngestResult> {
  const seen = await Seen.sliced(existing);
  const result: IngestResult = { accepted: [], rejected: [] };
  let sliceStart = Date.now();
  for (const file of files) {
    // A drop of hundreds of files is read in slices, giving the page back between them so
    // that it stays responsive (progress, scrolling, cancel) while the batch is read.
    if (Date.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = Date.now();
    }
    const name = file.name || 'Unnamed file';
    try {
      const outcome = await readOne(file, name, seen, options);
      if ('reason' in outcome) result.rejected.push(outcome);
      else result.accepted.push(outcome);
    } catch (err) {
      // A file the browser cannot read (moved, permission revoked) must not sink the batch.
      result.rejected.push({ name, reason: `Could not be read (${describeError(err)}).` });
    }
    options.onProgress?.(result.accepted.length + result.rejected.length, files.length);
  }
  return result;
}

async function readOne(file: IngestSource, name: string, seen: Seen, options: IngestOptions): Promise<CorpusArticle | IngestRejection> {
  const reject = (reason: string): IngestRejection => ({ name, reason });
  const size = sizeOf(file);
  if (size === 0) return reject('The file is empty: there is no text to read.');

  const kind = sniffBinary(await readBytes(file, 64), name);
  if (kind) return reject(`Looks like ${kind}, not text; save the article as text (${SUPPORTED_LIST}) first.`);

  const ext = extensionOf(name);
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    return reject(ext ? `“${ext}” files are not supported; use ${SUPPORTED_LIST} files.` : `The file has no extension; use ${SUPPORTED_LIST} files.`);
  }
  if (size > MAX_FILE_BYTES) {
    return reject(`The file is ${formatBytes(size)}, over the ${formatBytes(MAX_FILE_BYTES)} limit; save just the article text.`);
  }

  const decoded = decodeText(await readBytes(file));
  if (!decoded.ok) return reject(`Looks like ${decoded.looksLike}; save the article as text (${SUPPORTED_LIST}) first.`);
  const source = cleanText(decoded.text);

  let text = source;
  let title: string | undefined;
  let outlet: string | undefined;
  let published: string | undefined;
  // A web page saved under a text name is still a web page: read it as one, not as tag soup.
  if (ext === '.html' || ext === '.htm' || looksLikeHtmlDocument(source)) {
    if (!canReadHtml()) return reject('HTML files can only be read in the browser.');
    if (markupDepth(source) > MAX_HTML_DEPTH) return reject(TOO_DEEP);
    const page = readableHtml(source);
    if (!page.text.trim()) return reject('The page has no readable article text once scripts, menus and markup are removed.');
    ({ text, title, outlet, published } = page);
  } else if (ext === '.md' || ext === '.markdown') {
    ({ text, title } = readableMarkdown(source));
  }

  if (!text.trim()) return reject('The file contains only blank space: there is no text to read.');
  // The duplicate key of a large file is worked out in slices, the page getting its thread back between them.
  const key = await contentKeyInSlices(text, yieldToPage);
  return finish({ text, title, outlet, published }, { name, fileName: name, bytes: size }, seen, options, key);
}

/**
 * Pasted text goes through the same checks as a file (size, binary garbage, language, duplicates).
 * Synchronous; the result has the same shape as `ingestFiles` so callers can treat both alike.
 */
export function addPastedArticle(pasted: PastedArticle, existing: CorpusArticle[], options: IngestOptions = {}): IngestResult {
  const name = pasted.title?.trim() || PASTED_NAME;
  try {
    return readPasted(pasted, name, existing, options);
  } catch (err) {
    // Whatever was pasted (page source nested past the parser's depth, text an engine chokes
    // on) must end as a message like a bad file's, never as a crash of the page.
    return { accepted: [], rejected: [{ name, reason: `Could not be read (${describeError(err)}).` }] };
  }
}

function describeError(err: unknown): string {
  if (err instanceof RangeError && /call stack/i.test(err.message)) return 'the text is nested too deeply to read';
  return err instanceof Error ? err.message : String(err);
}

function readPasted(pasted: PastedArticle, name: string, existing: CorpusArticle[], options: IngestOptions): IngestResult {
  const reject = (reason: string): IngestResult => ({ accepted: [], rejected: [{ name, reason }] });
  const text = cleanText(pasted.text ?? '');
  if (!text.trim()) return reject('The text is empty: paste the article text first.');
  const bytes = utf8Length(text);
  if (bytes > MAX_FILE_BYTES) return reject(`The text is ${formatBytes(bytes)}, over the ${formatBytes(MAX_FILE_BYTES)} limit.`);
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]{3,}/.test(text)) return reject('The text contains binary garbage, not readable prose.');
  let content: Content = { text, title: pasted.title, outlet: pasted.outlet, published: pasted.published };
  if (looksLikeHtmlDocument(text) && canReadHtml()) {
    // Page source pasted from "view source": keep the reader's text; what the user typed wins.
    if (markupDepth(text) > MAX_HTML_DEPTH) return reject(TOO_DEEP);
    const page = readableHtml(text);
    if (!page.text.trim()) return reject('The pasted page has no readable article text once scripts, menus and markup are removed.');
    content = { text: page.text, title: pasted.title || page.title, outlet: pasted.outlet || page.outlet, published: pasted.published || page.published };
  }
  const outcome = finish(
    content,
    { name, bytes },
    new Seen(existing),
    options,
  );
  return 'reason' in outcome ? { accepted: [], rejected: [outcome] } : { accepted: [outcome], rejected: [] };
}

interface Content {
  text: string;
  title?: string;
  outlet?: string;
  published?: string;
}

function finish(
  content: Content,
  from: { name: string; fileName?: string; bytes: number },
  seen: Seen,
  options: IngestOptions,
  knownKey?: string,
): CorpusArticle | IngestRejection {
  const language = languageProblem(content.text);
  if (language) return { name: from.name, reason: `Not read: ${language}.` };
  const key = knownKey ?? contentKey(content.text);
  const duplicate = seen.duplicateMessage(key);
  if (duplicate) return { name: from.name, reason: duplicate };

  const article: CorpusArticle = {
    id: uniqueId(from.fileName ?? content.title ?? '', key, seen.ids, from.fileName ? 'article' : 'pasted'),
    text: content.text,
    origin: 'user',
    enabled: true,
    addedAt: (options.now?.() ?? new Date()).toISOString(),
    bytes: from.bytes,
  };
  const title = oneLine(content.title);
  if (title) article.title = title;
  const outlet = oneLine(content.outlet);
  if (outlet) article.outlet = outlet;
  const published = isoDate(content.published);
  if (published) article.published = published;
  if (from.fileName) article.fileName = from.fileName;
  seen.add(article, key, from.fileName ?? displayTitle(article));
  return article;
}

/** A byte-order mark and Windows line endings are encoding accidents, not content. */
function cleanText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function oneLine(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 300) : undefined;
}

/** "2025-01-29T10:00:00Z", "29 January 2025" → "2025-01-29"; anything unparseable is dropped rather than guessed. */
function isoDate(s: string | undefined): string | undefined {
  const t = s?.trim();
  if (!t) return undefined;
  const direct = /^(\d{4}-\d{2}-\d{2})/.exec(t);
  if (direct) return direct[1];
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString().slice(0, 10);
}

function looksLikeHtmlDocument(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

function extensionOf(name: string): string {
  const m = /(\.[^./\\]+)$/.exec(name.trim().toLowerCase());
  return m ? m[1] : '';
}

/** `File` has a `bytes()` method in recent browsers, so tell the two shapes apart by what a Blob is. */
function isBlob(file: IngestSource): file is File {
  return typeof (file as Blob).slice === 'function' && typeof (file as Blob).size === 'number';
}

function sizeOf(file: IngestSource): number {
  return isBlob(file) ? file.size : file.bytes.length;
}

async function readBytes(file: IngestSource, limit?: number): Promise<Uint8Array> {
  if (!isBlob(file)) return limit === undefined ? file.bytes : file.bytes.subarray(0, limit);
  const blob = limit === undefined ? file : file.slice(0, limit);
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer());
  // Older DOM shims (some jsdom versions) lack Blob.arrayBuffer.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(blob);
  });
}

export { canRestoreBundled, displayTitle, fromBundled, includedArticles, restoreBundled } from './corpus';
