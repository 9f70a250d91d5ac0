// Public face of the extractor: pure TypeScript, no DOM. Runs in a Web Worker and in Node.
import type { Graph } from '../graph/model';
import { buildGraph } from './buildGraph';
import { extractArticle } from './extractArticle';
import type { ArticleInput } from './types';

export type { ArticleInput } from './types';
export type { ArticleExtraction, LocalEntity, LocalRelation } from './article';
export { extractArticle } from './extractArticle';
export { buildGraph } from './buildGraph';

export function extractGraph(articles: ArticleInput[]): Graph {
  return buildGraph(articles.map(extractArticle));
}
