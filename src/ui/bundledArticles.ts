// The bundled corpus, inlined by Vite at build time. The build also runs the extractor on these
// texts (src/worker/prebuiltExtractions.plugin.ts) and ships the per-article extractions in the
// extraction worker, which builds the graph from them in the browser while they are unedited.
import type { ArticleMeta } from '../graph/model';
import type { CorpusArticle } from '../store/types';
import index from '../../data/articles/index.json';

const texts = import.meta.glob('/data/articles/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

export function bundledArticles(): CorpusArticle[] {
  const metas = new Map((index as ArticleMeta[]).map((m) => [m.id, m]));
  return Object.entries(texts)
    .map(([path, text]) => {
      const id = path.replace(/^.*\//, '').replace(/\.txt$/, '');
      return { meta: metas.get(id) ?? { id, title: id }, text };
    })
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id));
}
