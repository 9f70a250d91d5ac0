// The bundled articles exactly as the page sends them to the worker on a first visit (bundled
// corpus → store articles → extraction inputs), so the worker can start reading them before the
// page has loaded and asked: its per-article cache then answers the page's request.
import type { ArticleInput } from '../extract/index';
import { bundledArticles } from '../ui/bundledArticles';

export function bundledInputs(): ArticleInput[] {
  return bundledArticles().map(({ meta, text }) => {
    // The page shows (and sends) a title trimmed, or the article's id when it has none.
    const input: ArticleInput = { id: meta.id, text, title: meta.title?.trim() || meta.id };
    if (meta.outlet) input.outlet = meta.outlet;
    if (meta.published) input.published = meta.published;
    return input;
  });
}
