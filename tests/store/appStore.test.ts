import { beforeEach, describe, expect, it } from 'vitest';
import { initialState, useAppStore } from '../../src/store/appStore';
import { selectPath, selectVisibleGraph } from '../../src/store/selectors';
import { corpus, sampleGraph } from '../ui/sampleCorpus';

const store = useAppStore;
beforeEach(() => store.setState({ ...initialState, articles: corpus, graph: sampleGraph }));

describe('app store', () => {
  it('derives the visible graph from graph + filters, recomputing only when they change', () => {
    const first = selectVisibleGraph(store.getState());
    expect(first.edges.map((e) => e.id).sort()).toEqual(['e-leads', 'e-withdrew']);
    store.getState().select({ kind: 'node', id: 'state:russia' });
    expect(selectVisibleGraph(store.getState())).toBe(first);
    store.getState().setFilters({ minSources: 2 });
    expect(selectVisibleGraph(store.getState()).edges.map((e) => e.id)).toEqual(['e-withdrew']);
    store.getState().resetFilters();
    expect(selectVisibleGraph(store.getState()).edges).toHaveLength(2);
  });

  it('replaces articles by id when adding and drops removed ones', () => {
    store.getState().addArticles([{ meta: { id: 'b2', title: 'Kremlin ties, corrected' }, text: 'x' }]);
    store.getState().addArticles([{ meta: { id: 'c3', title: 'New' }, text: 'y' }]);
    expect(store.getState().articles.map((a) => a.meta.title)).toEqual(['Russia pulls back', 'Kremlin ties, corrected', 'New']);
    store.getState().removeArticle('a1');
    expect(store.getState().articles.map((a) => a.meta.id)).toEqual(['b2', 'c3']);
  });

  it('keeps a selection that survives a new graph and drops one that does not', () => {
    store.getState().select({ kind: 'node', id: 'place:moscow' });
    store.getState().setGraph({ ...sampleGraph });
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'place:moscow' });
    store.getState().setGraph({ ...sampleGraph, nodes: sampleGraph.nodes.filter((n) => n.id !== 'place:moscow') });
    expect(store.getState().selection).toBeNull();
  });

  it('clamps the focus depth and counts re-layout requests', () => {
    store.getState().setFocusDepth(0);
    expect(store.getState().view.focusDepth).toBe(1);
    store.getState().setFocusDepth(99);
    expect(store.getState().view.focusDepth).toBe(4);
    store.getState().relayout();
    store.getState().relayout();
    expect(store.getState().view.relayoutToken).toBe(2);
  });

  it('finds the path between the chosen ends over visible edges only', () => {
    store.getState().setPath({ from: 'person:vladimir-putin', to: 'base:qamishli-airport' });
    expect(selectPath(store.getState())?.map((s) => s.edge.id)).toEqual(['e-leads', 'e-withdrew']);
    // Moscow is linked to Putin only by co-occurrence, hidden by default.
    store.getState().setPath({ to: 'place:moscow' });
    expect(selectPath(store.getState())).toBeNull();
    store.getState().setFilters({ hiddenRelations: [] });
    expect(selectPath(store.getState())?.map((s) => s.edge.id)).toEqual(['e-cooc']);
  });
});
