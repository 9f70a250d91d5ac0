// What the extraction worker is sent for one article of the app's store. The page's requests and
// the worker's own reading ahead of the bundled articles both go through here, so the worker's
// per-article cache sees the same input from both.
import type { ArticleInput } from '../extract/index';
import type { CorpusArticle as StoreArticle } from '../store/types';

export function extractionInput({ meta, text }: StoreArticle): ArticleInput {
  return { id: meta.id, text, title: meta.title, outlet: meta.outlet, published: meta.published };
}
