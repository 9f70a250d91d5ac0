/// <reference lib="webworker" />
// Runs the extractor off the main thread so the page stays responsive while articles are read.
import './workerStarted';
import { buildGraph } from '../extract/buildGraph';
import type { ArticleExtraction } from '../extract/index';
import type { ExtractionCache } from './extractionCache';
import type { ArticleInput } from '../extract/index';
import { HeldTexts } from './articleTexts';
import { bundledInputs } from './bundledInputs';
import { graphMessages } from './graphMessages';
import type { FromWorker, ToWorker } from './protocol';
import { neverSaved, SavedExtractions } from './savedExtractions';

declare const self: DedicatedWorkerGlobalScope;

/** Steps of a request on the worker's performance timeline, for the start-up bench and DevTools. */
const mark = (name: string) => performance.mark(`worker:${name}`);
mark('booted');

// The extractor (and compromise with it, most of this worker's code) loads only when some article
// has no saved extraction, so a returning visitor's graph does not wait for it.
let extractor: Promise<ExtractionCache> | null = null;
const loadExtractor = () => (extractor ??= import('./extractionCache').then((m) => new m.ExtractionCache()));

// In a production build this file's name carries a hash of its code and of every chunk it imports
// (the extractor's included), so it changes whenever the extractor does: saved extractions of an
// older extractor are never read. The dev server's URL never changes, so nothing is saved there.
const saved = import.meta.env.DEV ? null : new SavedExtractions(new URL(import.meta.url).pathname);
/** Asked before the database is first opened (which creates it). */
const firstVisit = neverSaved();
/** Extractions of the current corpus by saved-extraction key, so a re-run does not read the database again. */
let recent = new Map<string, ArticleExtraction>();

const cancelled = new Set<number>();
let latest = 0;

const post = (msg: FromWorker) => self.postMessage(msg);
// Yielding between articles lets a queued `cancel` (or a newer request) be seen. The worker posts
// itself a message on a channel of its own rather than waiting on setTimeout(0): timers set from
// a timer's callback more than five deep are clamped to 4 ms, which added 4.6 s of idling to
// 1,000 articles. The page's messages and the channel's are one queue, so one already queued is
// handled before the extraction goes on, as with the timer.
const ownChannel = new MessageChannel();
const resumeWaiting: (() => void)[] = [];
ownChannel.port1.onmessage = () => resumeWaiting.shift()?.();
const yieldToMessages = () =>
  new Promise<void>((resolve) => {
    resumeWaiting.push(resolve);
    ownChannel.port2.postMessage(null);
  });

/** Texts of the last request: a new request leaves out those the worker already holds. */
const texts = new HeldTexts();
/** The articles of the newest request, once one has arrived. */
let requested: ArticleInput[] | null = null;
const isRequested = (a: ArticleInput) =>
  requested === null || requested.some((r) => r.id === a.id && r.text === a.text && r.title === a.title && r.outlet === a.outlet && r.published === a.published);

/**
 * Saved extractions of the bundled articles found as the worker booted: the first request takes
 * them from here instead of reading them from the database a second time.
 */
let foundAhead = new Map<string, ArticleExtraction>();

/**
 * A first visit's graph is the bundled articles, and the page asks for it only once its own
 * bundle has loaded, read the saved corpus and mounted. The worker starts on them as soon as it
 * boots (while the page is still loading), reading those this browser has no saved extraction of
 * into the per-article cache the page's request then reads. It stops at an article the page's
 * request turns out not to want (a returning visitor's own corpus).
 *
 * This is the first half: the bundled articles with no saved extraction, after looking for them
 * in the database.
 */
async function lookUpBundled(): Promise<ArticleInput[]> {
  const bundled = bundledInputs();
  // On a first visit the extractor loads while the (empty) database is looked in, not after.
  if (!saved?.available() || (await firstVisit)) void loadExtractor();
  if (!saved?.available()) return bundled;
  const keys = await Promise.all(bundled.map((a) => saved.key(a)));
  const found = await saved.getMany(keys);
  found.forEach((x, i) => x && foundAhead.set(keys[i]!, x));
  return bundled.filter((_, i) => !found[i]);
}

async function readBundledAhead(ahead: ArticleInput[]): Promise<void> {
  if (ahead.length === 0 || !ahead.some(isRequested)) return;
  const cache = await loadExtractor();
  mark('extractor-loaded');
  for (const article of ahead) {
    await yieldToMessages();
    if (!isRequested(article)) continue;
    if (!cache.has(article)) cache.get(article);
  }
  mark('read-ahead');
}
/** Settles when the boot-time lookup is done (not the reading ahead that follows it). */
const lookedUpAhead: Promise<void> = (() => {
  const lookup = lookUpBundled();
  void lookup.then(readBundledAhead).catch(() => undefined);
  return lookup.then(
    () => undefined,
    () => undefined,
  );
})();

async function run(requestId: number, articles: ArticleInput[]) {
  const stillWanted = () => !cancelled.has(requestId) && requestId === latest;
  try {
    post({ type: 'progress', requestId, done: 0, total: articles.length });
    const keys = saved?.available() ? await Promise.all(articles.map((a) => saved.key(a))) : null;
    mark('keyed');
    await lookedUpAhead;
    const missing = keys ? keys.filter((k) => !recent.has(k) && !foundAhead.has(k)) : [];
    const fromDisk = new Map<string, ArticleExtraction | undefined>();
    if (saved && missing.length > 0) (await saved.getMany(missing)).forEach((x, i) => fromDisk.set(missing[i]!, x));
    mark('looked-up');
    if (!stillWanted()) return;
    const known = new Map<string, ArticleExtraction>();
    const fresh: [string, ArticleExtraction][] = [];
    const extractions: ArticleExtraction[] = [];
    let cache: ExtractionCache | null = null;
    for (const [i, article] of articles.entries()) {
      const key = keys?.[i];
      let extraction = key ? (recent.get(key) ?? foundAhead.get(key) ?? fromDisk.get(key)) : undefined;
      if (!extraction) {
        if (!cache) {
          cache = await loadExtractor();
          cache.retain(new Set(articles.map((a) => a.id)));
        }
        if (!cache.has(article)) await yieldToMessages();
        if (!stillWanted()) return;
        extraction = cache.get(article);
        if (key) fresh.push([key, extraction]);
      }
      if (key) known.set(key, extraction);
      extractions.push(extraction);
      post({ type: 'progress', requestId, done: i + 1, total: articles.length });
    }
    recent = known;
    foundAhead = new Map();
    mark('extracted');
    const graph = buildGraph(extractions);
    mark('built');
    if (!stillWanted()) return;
    const messages = graphMessages(requestId, graph, articles);
    if (!stillWanted()) return;
    for (const msg of messages) post(msg);
    mark('posted');
    // After the graph is on its way: saving never delays it.
    if (saved) await saved.save(fresh);
  } catch (err) {
    post({ type: 'error', requestId, message: err instanceof Error ? err.message : String(err) });
  } finally {
    cancelled.delete(requestId);
  }
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'cancel') cancelled.add(msg.requestId);
  else if (msg.type === 'extract') {
    latest = msg.requestId;
    mark('request');
    // Filled in as the message arrives, even for a request cancelled before it runs: the page
    // counts every request it sent as delivered.
    let articles: ArticleInput[];
    try {
      articles = texts.fromWire(msg.articles);
      requested = articles;
    } catch (err) {
      post({ type: 'error', requestId: msg.requestId, message: err instanceof Error ? err.message : String(err) });
      return;
    }
    void run(msg.requestId, articles);
  }
};
