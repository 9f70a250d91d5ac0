/// <reference lib="webworker" />
// Runs the extractor off the main thread so the page stays responsive while articles are read.
import type { ArticleExtraction } from '../extract/index';
import { ExtractionCache } from './extractionCache';
import type { FromWorker, ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const cache = new ExtractionCache();
const cancelled = new Set<number>();
let latest = 0;

const post = (msg: FromWorker) => self.postMessage(msg);
// Yielding between articles lets a queued `cancel` (or a newer request) be seen.
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function run(requestId: number, articles: Extract<ToWorker, { type: 'extract' }>['articles']) {
  try {
    cache.retain(new Set(articles.map((a) => a.id)));
    const extractions: ArticleExtraction[] = [];
    let done = 0;
    post({ type: 'progress', requestId, done, total: articles.length });
    for (const article of articles) {
      if (!cache.has(article)) await yieldToMessages();
      if (cancelled.has(requestId) || requestId !== latest) return;
      extractions.push(cache.get(article));
      done++;
      post({ type: 'progress', requestId, done, total: articles.length });
    }
    const graph = cache.build(extractions);
    if (cancelled.has(requestId) || requestId !== latest) return;
    post({ type: 'graph', requestId, graph });
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
    void run(msg.requestId, msg.articles);
  }
};
