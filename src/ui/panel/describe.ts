import type { GraphEdge, GraphNode } from '../../graph/model';

/** An edge in words: "Russia withdrew from Qamishli airport". */
export function edgeSentence(edge: GraphEdge, nodes: Map<string, GraphNode>): string {
  const s = nodes.get(edge.source)?.label ?? edge.source;
  const t = nodes.get(edge.target)?.label ?? edge.target;
  return `${s} ${edge.label} ${t}`;
}
