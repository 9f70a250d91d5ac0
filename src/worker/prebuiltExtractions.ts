// The bundled articles' extractions computed at build time (see prebuiltExtractions.plugin.ts):
// the worker answers a request for an unchanged bundled article from them without loading the
// extractor. Each entry is used only for an article identical to the input it was extracted from.
import type { ArticleExtraction, ArticleInput } from '../extract/index';

export interface PrebuiltExtraction {
  input: ArticleInput;
  extraction: ArticleExtraction;
}

/** Same id, text and metadata; an absent field and an undefined one are the same (as in the worker's cache). */
const sameInput = (a: ArticleInput, b: ArticleInput) =>
  a.id === b.id && a.text === b.text && a.title === b.title && a.outlet === b.outlet && a.published === b.published;

export class PrebuiltExtractions {
  private byId = new Map<string, PrebuiltExtraction>();

  constructor(entries: readonly PrebuiltExtraction[]) {
    for (const entry of entries) this.byId.set(entry.input.id, entry);
  }

  /** The prebuilt extraction of this exact article, or undefined (another article, or one edited since). */
  find(article: ArticleInput): ArticleExtraction | undefined {
    const entry = this.byId.get(article.id);
    return entry && sameInput(entry.input, article) ? entry.extraction : undefined;
  }
}
