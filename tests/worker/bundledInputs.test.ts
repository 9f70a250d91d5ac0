import { describe, expect, it } from 'vitest';
import { fromBundled } from '../../src/ingest';
import { includedForStore } from '../../src/store/corpus';
import { bundledArticles } from '../../src/ui/bundledArticles';
import { bundledInputs } from '../../src/worker/bundledInputs';
import { extractionInput } from '../../src/worker/extractionInput';

describe('bundledInputs', () => {
  it('are exactly what the page asks the worker to extract on a first visit, so reading them ahead is never wasted', () => {
    // main.tsx → startCorpus → includedForStore → useExtraction, as on a first visit.
    const corpus = fromBundled(bundledArticles().map(extractionInput));
    const sent = includedForStore(corpus).map(extractionInput);
    const ahead = bundledInputs();
    expect(ahead.length).toBeGreaterThan(0);
    // The worker's cache compares id, text and metadata; absent and undefined fields are the same to it.
    const norm = (a: { id: string; text: string; title?: string; outlet?: string; published?: string }) => [a.id, a.text, a.title, a.outlet, a.published];
    expect(ahead.map(norm)).toEqual(sent.map(norm));
  });
});
