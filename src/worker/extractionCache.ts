// Per-article cache of extractor results: adding one article re-reads only that article,
// then the cross-article graph is rebuilt from all cached extractions (which is cheap).
import { buildGraph, extractArticle, type ArticleExtraction, type ArticleInput } from '../extract/index';
import type { Graph } from '../graph/model';

const cacheKey = (a: ArticleInput) => JSON.stringify([a.title ?? '', a.outlet ?? '', a.published ?? '']);

export class ExtractionCache {
  private entries = new Map<string, { text: string; metaKey: string; extraction: ArticleExtraction }>();
  /** How many articles were actually (re-)extracted; lets tests see the cache working. */
  extractedCount = 0;

  /** Extraction of one article, from the cache when its id, text and metadata are unchanged. */
  get(article: ArticleInput): ArticleExtraction {
    const hit = this.entries.get(article.id);
    const metaKey = cacheKey(article);
    if (hit && hit.text === article.text && hit.metaKey === metaKey) return hit.extraction;
    const extraction = extractArticle(article);
    this.extractedCount++;
    this.entries.set(article.id, { text: article.text, metaKey, extraction });
    return extraction;
  }

  has(article: ArticleInput): boolean {
    const hit = this.entries.get(article.id);
    return !!hit && hit.text === article.text && hit.metaKey === cacheKey(article);
  }

  /** Forget articles no longer in the corpus. */
  retain(ids: Set<string>): void {
    for (const id of this.entries.keys()) if (!ids.has(id)) this.entries.delete(id);
  }

  build(extractions: ArticleExtraction[]): Graph {
    return buildGraph(extractions);
  }
}
