// The finished extraction as the worker sends it: what is read from the whole graph (the
// disagreements, with the article texts) and the graph itself, split into parts small enough that
// decoding one never holds up the page (see protocol.ts).
import type { ArticleInput } from '../extract/index';
import { findDisagreements } from '../graph/analysis/disagreements';
import type { Graph } from '../graph/model';
import type { FromWorker } from './protocol';

/** Nodes plus edges per message when a graph is sent in parts (750 kept every main-thread task under 50 ms at 1,000 articles). */
export const PART = 750;

/** The messages that carry `graph` for request `requestId`, the `graph` message last. */
export function graphMessages(requestId: number, graph: Graph, articles: readonly ArticleInput[], part = PART): FromWorker[] {
  const texts: Record<string, string> = {};
  for (const a of articles) texts[a.id] = a.text;
  const disagreements = findDisagreements(graph, { texts });
  const out: FromWorker[] = [];
  // All but the last `part` elements go ahead in parts; the graph message carries the rest.
  let n = 0;
  let e = 0;
  while (graph.nodes.length - n + graph.edges.length - e > part) {
    const nodes = graph.nodes.slice(n, n + part);
    const edges = graph.edges.slice(e, e + part - nodes.length);
    n += nodes.length;
    e += edges.length;
    out.push({ type: 'graphPart', requestId, nodes, edges });
  }
  out.push({ type: 'graph', requestId, graph: { ...graph, nodes: graph.nodes.slice(n), edges: graph.edges.slice(e) }, disagreements });
  return out;
}
