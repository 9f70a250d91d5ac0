// Derived views of the store. Memoised on the identity of their inputs so components that
// read them re-render only when the graph or the filters actually change. The graph-sized ones
// (the visible graph, the id indexes) are kept per graph, so a graph can be prepared ahead, a
// piece per task (`prepareGraph`), and the store update that hands it to every view finds them
// done instead of computing them all inside one task.
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

export interface GraphIndex {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
}

/** Each graph's index, built once per graph (the whole and the filtered graph alike). */
const indexes = new WeakMap<Graph, GraphIndex>();
export function indexOf(graph: Graph): GraphIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = {
      nodes: new Map<string, GraphNode>(graph.nodes.map((n) => [n.id, n])),
      edges: new Map<string, GraphEdge>(graph.edges.map((e) => [e.id, e])),
    };
    indexes.set(graph, index);
  }
  return index;
}

/** Each graph's filtered view, for the filters it was last filtered with. */
const filteredViews = new WeakMap<Graph, { filters: GraphFilters; visible: Graph }>();
export function visibleOf(graph: Graph, filters: GraphFilters): Graph {
  const seen = filteredViews.get(graph);
  if (seen && seen.filters === filters) return seen.visible;
  const visible = filterGraph(graph, filters);
  filteredViews.set(graph, { filters, visible });
  return visible;
}

export const selectVisibleGraph = (s: AppState): Graph => visibleOf(s.graph, s.filters);
export const selectIndex = (s: AppState): GraphIndex => indexOf(s.graph);
/** Like selectIndex, over the filtered graph (edges carry only the evidence still shown). */
export const selectVisibleIndex = (s: AppState): GraphIndex => indexOf(selectVisibleGraph(s));

/** Gives the page its thread back between two pieces of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Computes what the store's selectors derive from `graph` (its index, its filtered view under the
 * current filters and that view's index), a piece per task, before the graph is handed to the
 * store: a large graph's derived data then costs several short tasks instead of one long one
 * inside the store update. Filters changed meanwhile are simply filtered for again when read.
 */
export async function prepareGraph(graph: Graph): Promise<void> {
  indexOf(graph);
  await nextTask();
  const visible = visibleOf(graph, useAppStore.getState().filters);
  await nextTask();
  indexOf(visible);
  await nextTask();
}

const pathOf = memoLast((graph: Graph, from: string | null, to: string | null) =>
  from && to ? shortestPath(graph, from, to) : null,
);
/** Shortest path over what is visible; null until both ends are chosen or when none exists. */
export const selectPath = (s: AppState): PathStep[] | null => pathOf(selectVisibleGraph(s), s.path.from, s.path.to);

export const useVisibleGraph = () => useAppStore(selectVisibleGraph);
export const useGraphIndex = () => useAppStore(selectIndex);
export const useVisibleIndex = () => useAppStore(selectVisibleIndex);
