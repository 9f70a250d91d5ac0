import { describe, expect, it } from 'vitest';
import { contentKey, contentKeyInSlices } from '../../src/ingest/identity';
import { HARBOUR_REPORT } from './fixtures';

describe('contentKeyInSlices', () => {
  it('gives the key contentKey gives for a text of many slices, pausing between them', async () => {
    // Typographic quotes, accents written as base + combining mark, wide spaces and runs of
    // whitespace, repeated past several slice boundaries.
    const piece = `${HARBOUR_REPORT}\r\n  \u201cCafe\u0301 owners\u201d said\u2019s  \u2003 ΟΔΟΣ ΣΟΦΟΣ\t\n`;
    const text = piece.repeat(Math.ceil(600_000 / piece.length));
    let pauses = 0;
    const key = await contentKeyInSlices(text, async () => {
      pauses++;
    });
    expect(key).toBe(contentKey(text));
    expect(pauses).toBeGreaterThan(3);
    // A different text gets a different key.
    expect(await contentKeyInSlices(text + ' More.', async () => undefined)).not.toBe(key);
  });

  it('keys a short text in one go', async () => {
    let pauses = 0;
    expect(await contentKeyInSlices(HARBOUR_REPORT, async () => void pauses++)).toBe(contentKey(HARBOUR_REPORT));
    expect(pauses).toBe(0);
  });
});
