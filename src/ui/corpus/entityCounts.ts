/**
 * How many entities each article contributed to the graph: the distinct nodes with at least one
 * mention in it. This is the figure the corpus panel shows next to each article.
 */
import type { Graph } from '../../graph/model';

export function entityCountsByArticle(graph: Pick<Graph, 'articles' | 'nodes'>): Map<string, number> {
  const counts = new Map<string, number>(graph.articles.map((a) => [a.id, 0]));
  for (const node of graph.nodes) {
    const articles = new Set(node.mentions.map((m) => m.articleId));
    for (const id of articles) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
