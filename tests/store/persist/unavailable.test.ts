// No fake-indexeddb here: Node has no IndexedDB, like a browser with storage switched off.
import { describe, expect, it } from 'vitest';
import { loadSaved, saveCorpus } from '../../../src/store/persist';

describe('without IndexedDB', () => {
  it('loads nothing and explains that saving is off, without throwing', async () => {
    const loaded = await loadSaved();
    expect(loaded.articles).toEqual([]);
    expect(loaded.problems).toEqual([expect.stringMatching(/^Saving is not available in this browser/)]);
    expect((await saveCorpus([])).ok).toBe(false);
  });
});
