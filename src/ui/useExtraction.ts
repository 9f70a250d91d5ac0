// Keeps the graph in step with the corpus: whenever the articles change, the worker re-extracts
// (reusing its per-article cache) and the new graph replaces the old one.
import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';
import { createExtractClient, ExtractionCancelled, type ExtractClient } from '../worker/extractClient';
import { extractionInput } from '../worker/extractionInput';

let shared: ExtractClient | null = null;

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
    performance.mark('app:request');
    client
      .extract(inputs, (done, total) => setStatus({ done, total }))
      .then(({ graph, disagreements }) => {
        performance.mark('app:graph');
        setGraph(graph, disagreements);
        setStatus({ extracting: false });
      })
      .catch((err: unknown) => {
        if (err instanceof ExtractionCancelled) return;
        setStatus({ extracting: false, error: err instanceof Error ? err.message : String(err) });
      });
  }, [articles]);
}
