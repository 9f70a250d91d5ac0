// Builds small graphs by hand from short article texts, with real offsets: every quote is
// text.slice(start, end) of its article, as the model requires.
import type { ArticleMeta, Evidence, Graph, GraphEdge, GraphNode, Mention } from '../../../src/graph/model';

export interface HandArticle extends ArticleMeta {
  text: string;
}

export function quoteOf(article: HandArticle, sentence: string): Evidence {
  const start = article.text.indexOf(sentence);
  if (start < 0) throw new Error(`"${sentence}" is not in ${article.id}`);
  return { articleId: article.id, start, end: start + sentence.length, quote: sentence };
}

/** A mention of `name` inside `sentence` of the article, carrying the sentence's offsets. */
export function mentionIn(article: HandArticle, sentence: string, name: string): Mention {
  const e = quoteOf(article, sentence);
  const at = sentence.indexOf(name);
  if (at < 0) throw new Error(`"${name}" is not in "${sentence}"`);
  return { articleId: article.id, start: e.start + at, end: e.start + at + name.length, sentenceStart: e.start, sentenceEnd: e.end };
}

export function node(id: string, type: GraphNode['type'], label: string, extra: Partial<GraphNode> = {}): GraphNode {
  return { id, type, label, aliases: [label], mentions: [], ...extra };
}

export function edge(id: string, source: string, relation: string, target: string, evidence: Evidence[]): GraphEdge {
  return {
    id,
    source,
    target,
    relation,
    label: relation.replace(/_/g, ' '),
    evidence,
    sources: new Set(evidence.map((e) => e.articleId)).size,
  };
}

export function graphOf(articles: HandArticle[], nodes: GraphNode[], edges: GraphEdge[]): Graph {
  return { articles: articles.map(({ text: _text, ...meta }) => meta), nodes, edges };
}

export function textsOf(articles: HandArticle[]): Record<string, string> {
  return Object.fromEntries(articles.map((a) => [a.id, a.text]));
}

/**
 * Two articles that disagree in a way only their texts show: `a` reports a meeting, `b` denies
 * it, and the graph's one edge carries `a`'s quote alone.
 */
export function deniedMeeting(bId = 'b') {
  const sa = 'Smith met Jones in Geneva on Tuesday.';
  const sb = 'A spokesman denied that Smith had met Jones at all.';
  const a: HandArticle = { id: 'a', title: 'A', text: `Intro. ${sa}` };
  const b: HandArticle = { id: bId, title: 'B', text: `Intro here. ${sb}` };
  const smith = node('smith', 'person', 'John Smith', { mentions: [mentionIn(a, sa, 'Smith'), mentionIn(b, sb, 'Smith')] });
  const jones = node('jones', 'person', 'Ann Jones', { mentions: [mentionIn(a, sa, 'Jones'), mentionIn(b, sb, 'Jones')] });
  const graph = graphOf([a, b], [smith, jones], [edge('e', 'smith', 'meets', 'jones', [quoteOf(a, sa)])]);
  return { sa, sb, a, b, smith, jones, graph };
}
