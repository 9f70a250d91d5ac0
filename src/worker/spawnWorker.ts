// The extraction worker is created by the page's tiny entry script (`main.tsx`), before the app
// loads, so its code (compromise included) loads and compiles while the page's much larger
// bundle is still being fetched and parsed, instead of after it.

let early: Worker | null = null;

/** Creates the page's extraction worker ahead of the app; `takeExtractionWorker` hands it over. */
export function startExtractionWorker(): void {
  if (early || typeof Worker === 'undefined') return;
  early = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
}

/** The worker started ahead of the app (once), else a new one. */
export function takeExtractionWorker(): Worker {
  startExtractionWorker();
  const worker = early!;
  early = null;
  return worker;
}
