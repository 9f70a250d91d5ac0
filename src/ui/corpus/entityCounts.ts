/**
 * How many entities each article contributed to the graph: the distinct nodes with at least one
 * mention in it. This is the figure the corpus panel shows next to each article.
 */
import type { Graph } from '../../graph/model';

export function entityCountsByArticle(graph: Pick<Graph, 'articles' | 'nodes'>): Map<string, number> {
  const counts = new Map<string, number>(graph.articles.map((a) => [a.id, 0]));
  // The last node counted for each article: a node's repeated mentions in one article count once,
  // without a set per node (thousands of nodes arrive at once with a large corpus).
  const lastNode = new Map<string, number>();
  graph.nodes.forEach((node, i) => {
    for (const m of node.mentions) {
      if (lastNode.get(m.articleId) === i) continue;
      lastNode.set(m.articleId, i);
      counts.set(m.articleId, (counts.get(m.articleId) ?? 0) + 1);
    }
  });
  return counts;
}
