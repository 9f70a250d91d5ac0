// Run at build time (in Node, by prebuiltExtractions.plugin.ts): the extractions of the bundled
// articles, by the same extractor code and from the same inputs the worker reads them from.
import { extractArticle } from '../extract/index';
import { bundledInputs } from './bundledInputs';
import type { PrebuiltExtraction } from './prebuiltExtractions';

export function extractBundled(): PrebuiltExtraction[] {
  return bundledInputs().map((input) => ({ input, extraction: extractArticle(input) }));
}
