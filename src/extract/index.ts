// Public face of the extractor: pure TypeScript, no DOM. Runs in a Web Worker and in Node.
import type { ArticleMeta, Graph } from '../graph/model';
import { describeArticle } from './meta';
import type { ArticleInput } from './types';

export type { ArticleInput } from './types';

/**
 * What one article yields on its own: plain, structured-cloneable data, so a worker can cache
 * it per article and a new article never forces the others to be re-read.
 */
export interface ArticleExtraction {
  meta: ArticleMeta;
}

export function extractArticle(article: ArticleInput): ArticleExtraction {
  return { meta: describeArticle(article) };
}

/** Cross-article resolution: one node per real-world thing, edges merged with all their evidence. */
export function buildGraph(extractions: ArticleExtraction[]): Graph {
  return { articles: extractions.map((e) => e.meta), nodes: [], edges: [] };
}

export function extractGraph(articles: ArticleInput[]): Graph {
  return buildGraph(articles.map(extractArticle));
}
