// Keeps the graph in step with the corpus: whenever the articles change, the worker re-extracts
// (reusing its per-article cache) and the new graph replaces the old one.
import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';
import { prepareGraph } from '../store/selectors';
import { createExtractClient, ExtractionCancelled, type ExtractClient } from '../worker/extractClient';
import { extractionInput } from '../worker/extractionInput';

let shared: ExtractClient | null = null;
/** The latest request: a graph prepared for an older one is not handed over after it. */
let latestRequest = 0;

/**
 * The page's one extraction worker. Called before the first render so the worker's code loads
 * while React mounts, and kept for the page's lifetime so its per-article cache survives.
 */
export function extractionWorker(): ExtractClient {
  shared ??= createExtractClient();
  return shared;
}

export function useExtraction(): void {
  const articles = useAppStore((s) => s.articles);

  useEffect(() => {
    const client = extractionWorker();
    const { setStatus, setGraph } = useAppStore.getState();
    setStatus({ extracting: true, done: 0, total: articles.length, error: null });
    const inputs = articles.map(extractionInput);
    const request = ++latestRequest;
    performance.mark('app:request');
    client
      .extract(inputs, (done, total) => setStatus({ done, total }))
      .then(async ({ graph, disagreements }) => {
        performance.mark('app:graph');
        // What the views derive from the graph (indexes, the filtered view) is computed a piece
        // per task first, so the store update that hands it over stays short.
        await prepareGraph(graph);
        if (request !== latestRequest) return;
        setGraph(graph, disagreements);
        setStatus({ extracting: false });
      })
      .catch((err: unknown) => {
        if (err instanceof ExtractionCancelled) return;
        setStatus({ extracting: false, error: err instanceof Error ? err.message : String(err) });
      });
  }, [articles]);
}
