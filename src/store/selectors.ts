// Derived views of the store. Memoised on the identity of their inputs so components that
// read them re-render only when the graph or the filters actually change.
import type { Graph, GraphEdge, GraphNode } from '../graph/model';
import { filterGraph, type GraphFilters } from '../graph/query/filter';
import { shortestPath, type PathStep } from '../graph/query/neighbourhood';
import { useAppStore, type AppState } from './appStore';

function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => a === lastArgs![i])) return lastResult;
    lastArgs = args;
    lastResult = fn(...args);
    return lastResult;
  };
}

const filtered = memoLast((graph: Graph, filters: GraphFilters) => filterGraph(graph, filters));
export const selectVisibleGraph = (s: AppState): Graph => filtered(s.graph, s.filters);

const indexed = memoLast((graph: Graph) => ({
  nodes: new Map<string, GraphNode>(graph.nodes.map((n) => [n.id, n])),
  edges: new Map<string, GraphEdge>(graph.edges.map((e) => [e.id, e])),
}));
export const selectIndex = (s: AppState) => indexed(s.graph);
const visibleIndexed = memoLast((graph: Graph) => ({
  nodes: new Map<string, GraphNode>(graph.nodes.map((n) => [n.id, n])),
  edges: new Map<string, GraphEdge>(graph.edges.map((e) => [e.id, e])),
}));
/** Like selectIndex, over the filtered graph (edges carry only the evidence still shown). */
export const selectVisibleIndex = (s: AppState) => visibleIndexed(selectVisibleGraph(s));

const pathOf = memoLast((graph: Graph, from: string | null, to: string | null) =>
  from && to ? shortestPath(graph, from, to) : null,
);
/** Shortest path over what is visible; null until both ends are chosen or when none exists. */
export const selectPath = (s: AppState): PathStep[] | null => pathOf(selectVisibleGraph(s), s.path.from, s.path.to);

export const useVisibleGraph = () => useAppStore(selectVisibleGraph);
export const useGraphIndex = () => useAppStore(selectIndex);
export const useVisibleIndex = () => useAppStore(selectVisibleIndex);
