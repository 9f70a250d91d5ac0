/**
 * Corpus-level operations on `CorpusArticle[]` that the store and views share. Pure functions:
 * they return new arrays and never modify their input.
 *
 *   fromBundled(inputs)             → bundled articles as corpus articles (switched on)
 *   restoreBundled(current, bundled) → current corpus with every bundled article back and on
 *   canRestoreBundled(current, bundled)
 *   includedArticles(corpus)        → what the extractor should read
 *   displayTitle(article)           → the title to show for an article
 */
import type { ArticleInput } from '../extract/types';
import { utf8Length } from './limits';
import type { CorpusArticle } from './types';

/** Bundled articles enter the corpus switched on; `addedAt` is when this corpus first saw them. */
export function fromBundled(inputs: ArticleInput[], addedAt: string = new Date().toISOString()): CorpusArticle[] {
  return inputs.map((a) => {
    const article: CorpusArticle = { id: a.id, text: a.text, origin: 'bundled', enabled: true, addedAt, bytes: utf8Length(a.text) };
    if (a.title) article.title = a.title;
    if (a.outlet) article.outlet = a.outlet;
    if (a.published) article.published = a.published;
    return article;
  });
}

/**
 * Every bundled article back and switched on, in bundled order at the front; the user's own
 * articles keep their order and switches. A bundled article the user kept keeps its place.
 */
export function restoreBundled(current: CorpusArticle[], bundled: CorpusArticle[]): CorpusArticle[] {
  const byId = new Map(current.map((a) => [a.id, a]));
  const bundledIds = new Set(bundled.map((b) => b.id));
  const restored = bundled.map((b) => {
    const kept = byId.get(b.id);
    return kept ? (kept.enabled ? kept : { ...kept, enabled: true }) : b;
  });
  return [...restored, ...current.filter((a) => !bundledIds.has(a.id))];
}

/** True when a bundled article is missing or switched off. */
export function canRestoreBundled(current: CorpusArticle[], bundled: CorpusArticle[]): boolean {
  const enabled = new Set(current.filter((a) => a.enabled).map((a) => a.id));
  return bundled.some((b) => !enabled.has(b.id));
}

/** The articles the graph is built from, as the extractor takes them. */
export function includedArticles(corpus: CorpusArticle[]): ArticleInput[] {
  return corpus
    .filter((a) => a.enabled)
    .map(({ id, text, title, outlet, published }) => {
      const input: ArticleInput = { id, text };
      if (title) input.title = title;
      if (outlet) input.outlet = outlet;
      if (published) input.published = published;
      return input;
    });
}

const MAX_TITLE = 140;

/** The caller's title, else the text's first line of several words (as the extractor does), else the file name. */
export function displayTitle(article: Pick<CorpusArticle, 'id' | 'text' | 'title' | 'fileName'>): string {
  if (article.title?.trim()) return article.title.trim();
  for (const raw of article.text.split('\n')) {
    const line = raw.trim();
    if (line.split(/\s+/).length < 4) continue;
    return line.length > MAX_TITLE ? line.slice(0, MAX_TITLE - 1).trimEnd() + '…' : line;
  }
  return article.fileName ?? article.id;
}
