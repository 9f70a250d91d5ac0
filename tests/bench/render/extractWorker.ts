/// <reference lib="webworker" />
// Fallback worker for the bench when the app has no extraction worker yet: the whole pipeline
// in one call, like the CLI.
import { extractGraph, type ArticleInput } from '../../../src/extract';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (ev: MessageEvent<{ articles: ArticleInput[] }>) => {
  const graph = extractGraph(ev.data.articles);
  self.postMessage({ graph });
};
