// Type-ahead over entity names and aliases.
import type { Graph, GraphNode } from '../model';

export interface SearchHit {
  node: GraphNode;
  /** The name or alias that matched, shown when it differs from the label. */
  matched: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Prefix matches of any word rank above matches inside a word; frequent entities first. */
export function searchEntities(graph: Graph, query: string, limit = 8): SearchHit[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const node of graph.nodes) {
    let best = -1;
    let matched = node.label;
    for (const name of [node.label, ...node.aliases]) {
      const f = fold(name);
      const at = f.indexOf(q);
      if (at < 0) continue;
      const score = f === q ? 3 : at === 0 ? 2 : /\W/.test(f[at - 1] ?? '') ? 1.5 : 1;
      if (score > best) {
        best = score;
        matched = name;
      }
    }
    if (best >= 0) scored.push({ hit: { node, matched }, score: best * 1000 + node.mentions.length });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((s) => s.hit);
}
