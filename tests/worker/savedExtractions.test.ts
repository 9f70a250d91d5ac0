import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index';
import { neverSaved, SavedExtractions } from '../../src/worker/savedExtractions';

const article = { id: 'a', title: 'Talks', text: 'Syrian President Ahmed al-Sharaa met Russian President Vladimir Putin in Moscow on Wednesday.' };

describe('SavedExtractions', () => {
  it('reads back what was saved, under a key that changes with the text, the metadata and the extractor version', async () => {
    const v1 = new SavedExtractions('v1', 'test-saved-1');
    expect(v1.available()).toBe(true);
    const key = await v1.key(article);
    expect(await v1.getMany([key])).toEqual([undefined]);
    const extraction = extractArticle(article);
    await v1.save([[key, extraction]]);
    const [back] = await v1.getMany([key]);
    expect(back?.entities.map((e) => e.label)).toEqual(extraction.entities.map((e) => e.label));
    expect(back?.entities.some((e) => /Putin/.test(e.label))).toBe(true);

    expect(await v1.key({ ...article, text: article.text + ' Later.' })).not.toBe(key);
    expect(await v1.key({ ...article, title: 'Other' })).not.toBe(key);
    const v2 = new SavedExtractions('v2', 'test-saved-1');
    const key2 = await v2.key(article);
    expect(key2).not.toBe(key);
    expect(await v2.getMany([key2])).toEqual([undefined]);
    // Saving under a new version drops the old version's entries.
    await v2.save([[key2, extraction]]);
    expect(await v1.getMany([key])).toEqual([undefined]);
    expect((await v2.getMany([key2]))[0]).toBeDefined();
  });

  it('tells a first visit (no database yet) from a returning one, and opens the database only when first used', async () => {
    const saved = new SavedExtractions('v1', 'test-first-visit');
    expect(await neverSaved('test-first-visit')).toBe(true);
    const key = await saved.key(article);
    expect(await neverSaved('test-first-visit')).toBe(true);
    await saved.getMany([key]);
    expect(await neverSaved('test-first-visit')).toBe(false);
  });
});
