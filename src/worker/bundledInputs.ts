// The bundled articles exactly as the page sends them to the worker on a first visit (bundled
// corpus → store articles → extraction inputs), so the worker can start reading them before the
// page has loaded and asked: its per-article cache then answers the page's request.
import type { ArticleInput } from '../extract/index';
import { displayTitle } from '../ingest/corpus';
import { bundledArticles } from '../ui/bundledArticles';
import { extractionInput } from './extractionInput';

export function bundledInputs(): ArticleInput[] {
  // The store titles an article as the corpus panel shows it (`displayTitle`), and sends that.
  return bundledArticles().map(({ meta, text }) =>
    extractionInput({ meta: { ...meta, title: displayTitle({ id: meta.id, text, title: meta.title }) }, text }),
  );
}
