// The bundled corpus, inlined by Vite at build time: the page reads these texts and runs the
// extractor on them in the browser (no precomputed graph).
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
