import { describe, expect, it } from 'vitest';
import { canRestoreBundled, fromBundled, includedArticles, restoreBundled, type CorpusArticle } from '../../src/ingest';

const bundled = fromBundled(
  [
    { id: '000', text: 'First bundled report.', title: 'First', outlet: 'Wire' },
    { id: '001', text: 'Second bundled report — with a dash.' },
  ],
  '2026-01-01T00:00:00.000Z',
);
const mine: CorpusArticle = { id: 'mine-abc123', text: 'My own article.', origin: 'user', enabled: false, addedAt: '2026-02-01T00:00:00.000Z', bytes: 15 };

describe('corpus operations', () => {
  it('makes bundled inputs into switched-on corpus articles with their UTF-8 size', () => {
    expect(bundled[0]).toEqual({ id: '000', text: 'First bundled report.', title: 'First', outlet: 'Wire', origin: 'bundled', enabled: true, addedAt: '2026-01-01T00:00:00.000Z', bytes: 21 });
    expect(bundled[1].bytes).toBe(38); // the em dash is three bytes
  });

  it('restores removed and switched-off bundled articles, keeping the user’s own', () => {
    const current = [mine, { ...bundled[1], enabled: false }];
    expect(canRestoreBundled(current, bundled)).toBe(true);
    const restored = restoreBundled(current, bundled);
    expect(restored.map((a) => [a.id, a.enabled])).toEqual([['000', true], ['001', true], ['mine-abc123', false]]);
    expect(canRestoreBundled(restored, bundled)).toBe(false);
    expect(current[1].enabled).toBe(false); // input untouched
  });

  it('hands the extractor only the switched-on articles, without corpus bookkeeping', () => {
    expect(includedArticles([...bundled, mine])).toEqual([
      { id: '000', text: 'First bundled report.', title: 'First', outlet: 'Wire' },
      { id: '001', text: 'Second bundled report — with a dash.' },
    ]);
  });
});
