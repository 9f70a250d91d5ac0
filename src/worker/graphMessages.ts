// The finished extraction as the worker sends it: what is read from the whole graph (the
// disagreements, with the article texts) and the graph itself, split into parts small enough that
// decoding one never holds up the page (see protocol.ts).
import type { ArticleInput } from '../extract/index';
import { findDisagreements } from '../graph/analysis/disagreements';
import type { Graph, GraphEdge, GraphNode } from '../graph/model';
import type { FromWorker } from './protocol';

/**
 * Weight of one message: an element counts 1, plus 1 per mention and 2 per quote. Parts are
 * cut by weight rather than by element count because the most-mentioned entities come first and
 * carry most of the text: 750 of them made a megabyte-sized message whose decoding alone took
 * 50 ms of the page's thread on a busy machine. 500 is about 60 KB: at 1,200 (150 KB) decoding
 * one part, with the garbage collection it brought on, still made a task of 80–100 ms at load 7.
 */
export const PART = 500;

const weight = (el: GraphNode | GraphEdge): number =>
  1 + ('mentions' in el ? el.mentions.length : 0) + ('evidence' in el ? 2 * el.evidence.length : 0);

/** The messages that carry `graph` for request `requestId`, the `graph` message last. */
export function graphMessages(requestId: number, graph: Graph, articles: readonly ArticleInput[], part = PART): FromWorker[] {
  const texts: Record<string, string> = {};
  for (const a of articles) texts[a.id] = a.text;
  const disagreements = findDisagreements(graph, { texts });
  // Consecutive runs of nodes, then edges, each run at most `part` in weight (a heavier element
  // alone makes a run of one). The last run rides in the graph message.
  const runs: { nodes: GraphNode[]; edges: GraphEdge[] }[] = [];
  let run = { nodes: [] as GraphNode[], edges: [] as GraphEdge[] };
  let load = 0;
  const add = (el: GraphNode | GraphEdge, into: 'nodes' | 'edges') => {
    const w = weight(el);
    if (load > 0 && load + w > part) {
      runs.push(run);
      run = { nodes: [], edges: [] };
      load = 0;
    }
    (run[into] as (GraphNode | GraphEdge)[]).push(el);
    load += w;
  };
  for (const n of graph.nodes) add(n, 'nodes');
  for (const e of graph.edges) add(e, 'edges');
  const out: FromWorker[] = runs.map((r) => ({ type: 'graphPart', requestId, nodes: r.nodes, edges: r.edges }));
  out.push({ type: 'graph', requestId, graph: { ...graph, nodes: run.nodes, edges: run.edges }, disagreements });
  return out;
}
