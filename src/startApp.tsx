// The app proper, loaded by main.tsx once the extraction worker is on its way.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fromBundled } from './ingest';
import { startCorpus } from './store/corpus';
import type { LoadedState } from './store/persist';
import { loadSaved } from './store/persist';
import { App } from './ui/App';
import { bundledArticles } from './ui/bundledArticles';
import { extractionWorker } from './ui/useExtraction';
import { extractionInput } from './worker/extractionInput';

performance.mark('app:script');
// Takes over the worker main.tsx started; the corpus is read from IndexedDB while it boots.
extractionWorker();

const bundled = fromBundled(bundledArticles().map(extractionInput));

/** Saved data that does not answer (a blocked database) must not keep the page blank. */
const LOAD_WAIT_MS = 4000;
const loadOrGiveUp = (): Promise<LoadedState> =>
  Promise.race([
    loadSaved(),
    new Promise<LoadedState>((resolve) =>
      setTimeout(
        () => resolve({ articles: [], problems: ['Your saved articles took too long to load; the bundled articles are shown.'], savedCorpus: false }),
        LOAD_WAIT_MS,
      ),
    ),
  ]);

// The corpus is in place before the first render, so the first extraction already reads it.
void startCorpus(bundled, loadOrGiveUp).then(() => {
  performance.mark('app:corpus');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
