/**
 * The corpus the user works with: bundled and added articles, each switched on or off, plus what
 * happened to the last batch of files and what could not be loaded from saved data.
 *
 *   startCorpus(bundled)  → loads saved data (or starts from the bundled articles), applies the
 *                           saved view, then keeps the app store and IndexedDB in step
 *   useCorpusStore        → the state and the actions the corpus drawer calls
 *
 * The app store's `articles` (what the extraction worker reads, what the reader opens) is derived
 * here from the switched-on articles; the graph follows through the extraction hook.
 */
import { create } from 'zustand';
import {
  addPastedArticle,
  canRestoreBundled,
  displayTitle,
  ingestFiles,
  restoreBundled,
  type CorpusArticle,
  type IngestRejection,
  type IngestSource,
  type PastedArticle,
} from '../ingest';
import { loadSaved, saveCorpus, saveViewSettings, type LoadedState } from './persist';
import { useAppStore } from './appStore';
import type { CorpusArticle as StoreArticle } from './types';
import { readSavedView, savedViewOf } from './viewSettings';

export interface BatchReport {
  accepted: number;
  rejected: IngestRejection[];
}

export interface CorpusState {
  corpus: CorpusArticle[];
  /** The bundled articles as this version of the app ships them, for "Restore bundled articles". */
  bundled: CorpusArticle[];
  /** Outcome of the last batch (files or paste), until dismissed or replaced by the next one. */
  report: BatchReport | null;
  /** Files judged so far in the batch being read. */
  reading: { done: number; total: number } | null;
  /** What could not be loaded from (or saved to) the browser's storage. */
  notices: string[];

  addFiles: (files: IngestSource[]) => Promise<BatchReport>;
  addPasted: (pasted: PastedArticle) => boolean;
  toggle: (id: string, enabled: boolean) => void;
  remove: (id: string) => void;
  restoreBundled: () => void;
  dismissReport: () => void;
  dismissNotices: () => void;
  /** Shows a problem the user should know about (kept once, however often it happens). */
  notify: (problem: string) => void;
}

// Batches are read one after another, each against the corpus as the previous one left it, so
// two quick drops of the same file still count it as a duplicate.
let batchQueue: Promise<unknown> = Promise.resolve();

export const useCorpusStore = create<CorpusState>()((set, get) => ({
  corpus: [],
  bundled: [],
  report: null,
  reading: null,
  notices: [],

  addFiles: (files) => {
    const run = async (): Promise<BatchReport> => {
      set({ reading: { done: 0, total: files.length } });
      try {
        const result = await ingestFiles(files, get().corpus, { onProgress: (done, total) => set({ reading: { done, total } }) });
        const report = { accepted: result.accepted.length, rejected: result.rejected };
        set((s) => ({ corpus: result.accepted.length ? [...s.corpus, ...result.accepted] : s.corpus, report }));
        return report;
      } finally {
        set({ reading: null });
      }
    };
    const job = batchQueue.then(run, run);
    batchQueue = job.catch(() => undefined);
    return job;
  },

  addPasted: (pasted) => {
    const result = addPastedArticle(pasted, get().corpus);
    set((s) => ({
      corpus: result.accepted.length ? [...s.corpus, ...result.accepted] : s.corpus,
      report: { accepted: result.accepted.length, rejected: result.rejected },
    }));
    return result.accepted.length > 0;
  },

  toggle: (id, enabled) =>
    set((s) => ({ corpus: s.corpus.map((a) => (a.id === id && a.enabled !== enabled ? { ...a, enabled } : a)) })),
  remove: (id) => set((s) => ({ corpus: s.corpus.filter((a) => a.id !== id) })),
  restoreBundled: () => set((s) => ({ corpus: restoreBundled(s.corpus, s.bundled) })),
  dismissReport: () => set({ report: null }),
  dismissNotices: () => set({ notices: [] }),
  notify: (problem) => set((s) => (s.notices.includes(problem) ? s : { notices: [...s.notices, problem] })),
}));

export const selectCanRestoreBundled = (s: CorpusState): boolean => canRestoreBundled(s.corpus, s.bundled);

// One store article per corpus article object, so an unchanged article keeps its identity and
// memoised views over `articles` do not recompute for it.
const storeArticles = new WeakMap<CorpusArticle, StoreArticle>();
function toStoreArticle(a: CorpusArticle): StoreArticle {
  let out = storeArticles.get(a);
  if (!out) {
    out = { meta: { id: a.id, title: displayTitle(a) }, text: a.text };
    if (a.outlet) out.meta.outlet = a.outlet;
    if (a.published) out.meta.published = a.published;
    storeArticles.set(a, out);
  }
  return out;
}

/** The switched-on articles, as the app store (and through it the extraction worker) takes them. */
export function includedForStore(corpus: CorpusArticle[]): StoreArticle[] {
  return corpus.filter((a) => a.enabled).map(toStoreArticle);
}

const sameArticles = (a: StoreArticle[], b: StoreArticle[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The corpus to start from. A saved corpus wins; its bundled articles take this version's text
 * (the user's switches and order are kept). If saved data was damaged so badly that nothing
 * survived, the bundled articles are shown rather than an empty page.
 */
export function initialCorpus(loaded: LoadedState, bundled: CorpusArticle[]): { corpus: CorpusArticle[]; notices: string[] } {
  const notices = [...loaded.problems];
  if (!loaded.savedCorpus) return { corpus: bundled, notices };
  if (loaded.articles.length === 0 && notices.length > 0) {
    notices.push('The bundled articles are shown instead.');
    return { corpus: bundled, notices };
  }
  const current = new Map(bundled.map((b) => [b.id, b]));
  const corpus = loaded.articles.map((a) => {
    const fresh = a.origin === 'bundled' ? current.get(a.id) : undefined;
    return fresh && fresh.text !== a.text ? { ...a, text: fresh.text, bytes: fresh.bytes } : a;
  });
  return { corpus, notices };
}

let stopSync: (() => void) | null = null;

/** Stops keeping the app store and saved data in step (a new start, or a test's fresh page). */
export function stopCorpusSync(): void {
  stopSync?.();
  stopSync = null;
}

/**
 * Loads what was saved, puts the corpus and the saved view in place, then keeps them in step:
 * every corpus change reaches the app store and IndexedDB, every filter or layout change is saved.
 * Resolves once the corpus is in place (it never rejects: loading reports problems instead).
 */
export async function startCorpus(bundled: CorpusArticle[], load: () => Promise<LoadedState> = loadSaved): Promise<void> {
  stopCorpusSync();
  let loaded: LoadedState;
  try {
    loaded = await load();
  } catch (err) {
    loaded = { articles: [], problems: [`Saved data could not be read (${err instanceof Error ? err.message : String(err)}).`], savedCorpus: false };
  }
  const { corpus, notices } = initialCorpus(loaded, bundled);
  useCorpusStore.setState({ bundled, corpus, notices, report: null, reading: null });
  const view = readSavedView(loaded.view);
  if (view) useAppStore.setState((s) => ({ filters: view.filters, view: { ...s.view, layout: view.layout } }));
  useAppStore.getState().setArticles(includedForStore(corpus));

  const report = (r: { ok: true } | { ok: false; problem: string }) => {
    if (!r.ok) useCorpusStore.getState().notify(r.problem);
  };
  // What was loaded is written back once after a problem: an older format is converted and
  // damaged entries go, so the next visit starts clean.
  if (loaded.problems.length > 0) {
    if (loaded.savedCorpus) void saveCorpus(corpus).then(report);
    void saveViewSettings(savedViewOf(useAppStore.getState())).then(report);
  }

  const offCorpus = useCorpusStore.subscribe((s, prev) => {
    if (s.corpus === prev.corpus) return;
    const next = includedForStore(s.corpus);
    if (!sameArticles(next, useAppStore.getState().articles)) useAppStore.getState().setArticles(next);
    void saveCorpus(s.corpus).then(report);
  });
  const offView = useAppStore.subscribe((s, prev) => {
    if (s.filters === prev.filters && s.view.layout === prev.view.layout) return;
    void saveViewSettings(savedViewOf(s)).then(report);
  });
  stopSync = () => {
    offCorpus();
    offView();
  };
}
