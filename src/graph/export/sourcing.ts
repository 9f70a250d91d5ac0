// The sourcing of nodes and edges in flat shapes that formats without nested values can hold.
import type { Evidence, GraphEdge, GraphNode, Mention } from '../model';

/** Evidence as plain objects in a fixed key order, for JSON text inside attributes. */
export function evidenceRecords(edge: GraphEdge): Evidence[] {
  return edge.evidence.map((e) => ({ articleId: e.articleId, start: e.start, end: e.end, quote: e.quote }));
}

export function mentionRecords(node: GraphNode): Mention[] {
  return node.mentions.map((m) => {
    const r: Mention = { articleId: m.articleId, start: m.start, end: m.end };
    if (m.sentenceStart !== undefined) r.sentenceStart = m.sentenceStart;
    if (m.sentenceEnd !== undefined) r.sentenceEnd = m.sentenceEnd;
    return r;
  });
}

/** Quotes for people to read in tools that show one text cell: one per paragraph, with its source. */
export function readableQuotes(edge: GraphEdge): string {
  return edge.evidence.map((e) => `[${e.articleId} ${e.start}-${e.end}] ${e.quote}`).join('\n\n');
}
