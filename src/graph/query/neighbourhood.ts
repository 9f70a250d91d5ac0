// Neighbourhoods and shortest paths over a graph, treating edges as undirected links
// (an analyst asking "how are A and B connected" cares about the chain, not its direction).
import type { Graph, GraphEdge } from '../model';

export interface Subgraph {
  nodeIds: Set<string>;
  edgeIds: Set<string>;
}

function adjacency(graph: Graph): Map<string, GraphEdge[]> {
  const adj = new Map<string, GraphEdge[]>();
  for (const n of graph.nodes) adj.set(n.id, []);
  for (const e of graph.edges) {
    adj.get(e.source)?.push(e);
    adj.get(e.target)?.push(e);
  }
  return adj;
}

/** The node, everything within `depth` hops of it, and the edges between those nodes. */
export function neighbourhood(graph: Graph, nodeId: string, depth: number): Subgraph {
  const nodeIds = new Set<string>();
  if (!graph.nodes.some((n) => n.id === nodeId)) return { nodeIds, edgeIds: new Set() };
  const adj = adjacency(graph);
  nodeIds.add(nodeId);
  let frontier = [nodeId];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const e of adj.get(id) ?? []) {
        const other = e.source === id ? e.target : e.source;
        if (!nodeIds.has(other)) {
          nodeIds.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  const edgeIds = new Set(graph.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target)).map((e) => e.id));
  return { nodeIds, edgeIds };
}

export interface PathStep {
  /** Node this step leaves. */
  from: string;
  /** Node this step reaches. */
  to: string;
  edge: GraphEdge;
}

/**
 * Shortest chain of edges from `fromId` to `toId` (breadth-first, fewest hops; among equal
 * hops, the better-sourced edge wins). Null when they are not connected.
 */
export function shortestPath(graph: Graph, fromId: string, toId: string): PathStep[] | null {
  const adj = adjacency(graph);
  if (!adj.has(fromId) || !adj.has(toId)) return null;
  if (fromId === toId) return [];
  const via = new Map<string, { prev: string; edge: GraphEdge }>();
  const seen = new Set([fromId]);
  let frontier = [fromId];
  while (frontier.length > 0 && !seen.has(toId)) {
    const next: string[] = [];
    for (const id of frontier) {
      const edges = [...(adj.get(id) ?? [])].sort((a, b) => b.sources - a.sources);
      for (const e of edges) {
        const other = e.source === id ? e.target : e.source;
        if (seen.has(other)) continue;
        seen.add(other);
        via.set(other, { prev: id, edge: e });
        next.push(other);
      }
    }
    frontier = next;
  }
  if (!seen.has(toId)) return null;
  const steps: PathStep[] = [];
  let cur = toId;
  while (cur !== fromId) {
    const v = via.get(cur)!;
    steps.unshift({ from: v.prev, to: cur, edge: v.edge });
    cur = v.prev;
  }
  return steps;
}
