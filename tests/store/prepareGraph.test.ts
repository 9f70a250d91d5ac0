// A graph is prepared ahead (index, filtered view, its index) and the store update that hands it
// over finds that work done: every view reads the very objects prepared, nothing is built twice.
import { beforeEach, describe, expect, it } from 'vitest';
import { filterGraph } from '../../src/graph/query/filter';
import { initialState, useAppStore } from '../../src/store/appStore';
import { indexOf, prepareGraph, selectIndex, selectVisibleGraph, selectVisibleIndex, visibleOf } from '../../src/store/selectors';
import { corpus, sampleGraph } from '../ui/sampleCorpus';

const store = useAppStore;
beforeEach(() => store.setState({ ...initialState, articles: corpus }));

describe('preparing a graph before it reaches the store', () => {
  it('hands the store the index and filtered view computed ahead', async () => {
    const graph = { ...sampleGraph, nodes: [...sampleGraph.nodes] };
    await prepareGraph(graph);
    const index = indexOf(graph);
    const visible = visibleOf(graph, store.getState().filters);
    const visibleIndex = indexOf(visible);
    store.getState().setGraph(graph);
    const s = store.getState();
    expect(selectIndex(s)).toBe(index);
    expect(selectVisibleGraph(s)).toBe(visible);
    expect(selectVisibleIndex(s)).toBe(visibleIndex);
    expect(index.nodes.get('state:russia')?.label).toBe(sampleGraph.nodes.find((n) => n.id === 'state:russia')?.label);
    expect(visibleIndex.edges.size).toBe(visible.edges.length);
  });

  it('keeps the index of the graph on show while another is prepared, and filters again when filters change', async () => {
    store.getState().setGraph(sampleGraph);
    const shown = selectIndex(store.getState());
    const next = { ...sampleGraph, nodes: sampleGraph.nodes.slice(1) };
    await prepareGraph(next);
    expect(selectIndex(store.getState())).toBe(shown);
    store.getState().setGraph(next);
    const before = selectVisibleGraph(store.getState());
    store.getState().setFilters({ minSources: 2 });
    const after = selectVisibleGraph(store.getState());
    expect(after).not.toBe(before);
    expect(after).toEqual(filterGraph(next, store.getState().filters));
  });
});
