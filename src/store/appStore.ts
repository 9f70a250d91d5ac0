// The app's single store: corpus, graph, selection, filters, view settings and extraction status.
// Derived data (the filtered graph) is computed by selectors, never stored.
import { create } from 'zustand';
import type { Disagreement } from '../graph/analysis/disagreements';
import type { Graph } from '../graph/model';
import { DEFAULT_FILTERS, type GraphFilters } from '../graph/query/filter';
import type {
  CorpusArticle,
  ExtractionStatus,
  LayoutName,
  PathQuery,
  ReaderTarget,
  Selection,
  ViewSettings,
} from './types';

export const MAX_FOCUS_DEPTH = 4;

export interface AppState {
  articles: CorpusArticle[];
  graph: Graph;
  /**
   * Where the articles disagree about `graph`, when read along with it (the extraction worker
   * does); null when the graph came without them, and they are then read on demand.
   */
  disagreements: Disagreement[] | null;
  selection: Selection;
  filters: GraphFilters;
  view: ViewSettings;
  status: ExtractionStatus;
  reader: ReaderTarget | null;
  path: PathQuery;

  setArticles: (articles: CorpusArticle[]) => void;
  /** Adds articles, replacing any with the same id. */
  addArticles: (articles: CorpusArticle[]) => void;
  removeArticle: (id: string) => void;
  setGraph: (graph: Graph, disagreements?: Disagreement[]) => void;
  select: (selection: Selection) => void;
  clearSelection: () => void;
  setFilters: (patch: Partial<GraphFilters>) => void;
  resetFilters: () => void;
  setLayout: (layout: LayoutName) => void;
  relayout: () => void;
  setFocusDepth: (depth: number) => void;
  setStatus: (patch: Partial<ExtractionStatus>) => void;
  openReader: (target: ReaderTarget) => void;
  closeReader: () => void;
  setPath: (patch: Partial<PathQuery>) => void;
}

const EMPTY_GRAPH: Graph = { articles: [], nodes: [], edges: [] };

export const initialState = {
  articles: [] as CorpusArticle[],
  graph: EMPTY_GRAPH,
  disagreements: null as Disagreement[] | null,
  selection: null as Selection,
  filters: DEFAULT_FILTERS,
  view: { layout: 'fcose', focusDepth: 1, relayoutToken: 0 } as ViewSettings,
  status: { extracting: false, done: 0, total: 0, error: null } as ExtractionStatus,
  reader: null as ReaderTarget | null,
  path: { from: null, to: null } as PathQuery,
};

const clampDepth = (d: number) => Math.max(1, Math.min(MAX_FOCUS_DEPTH, Math.round(d)));

export const useAppStore = create<AppState>()((set) => ({
  ...initialState,
  setArticles: (articles) => set({ articles }),
  addArticles: (added) =>
    set((s) => {
      const ids = new Set(added.map((a) => a.meta.id));
      return { articles: [...s.articles.filter((a) => !ids.has(a.meta.id)), ...added] };
    }),
  removeArticle: (id) => set((s) => ({ articles: s.articles.filter((a) => a.meta.id !== id) })),
  setGraph: (graph, disagreements) =>
    set((s) => {
      // A selection that no longer exists in the new graph is dropped rather than left dangling.
      const sel = s.selection;
      const stillThere =
        sel === null ||
        (sel.kind === 'node' ? graph.nodes.some((n) => n.id === sel.id) : graph.edges.some((e) => e.id === sel.id));
      return { graph, disagreements: disagreements ?? null, selection: stillThere ? sel : null };
    }),
  select: (selection) => set({ selection }),
  clearSelection: () => set({ selection: null }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  resetFilters: () => set({ filters: DEFAULT_FILTERS }),
  setLayout: (layout) => set((s) => ({ view: { ...s.view, layout } })),
  relayout: () => set((s) => ({ view: { ...s.view, relayoutToken: s.view.relayoutToken + 1 } })),
  setFocusDepth: (depth) => set((s) => ({ view: { ...s.view, focusDepth: clampDepth(depth) } })),
  setStatus: (patch) => set((s) => ({ status: { ...s.status, ...patch } })),
  openReader: (reader) => set({ reader }),
  closeReader: () => set({ reader: null }),
  setPath: (patch) => set((s) => ({ path: { ...s.path, ...patch } })),
}));
