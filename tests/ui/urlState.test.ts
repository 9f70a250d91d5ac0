import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../src/graph/query/filter';
import { decodeUrlState, encodeUrlState, type UrlState } from '../../src/ui/deeplink/urlState';

describe('deep-link state', () => {
  it('is empty for the default view and round-trips every setting', () => {
    const base: UrlState = { selection: null, filters: DEFAULT_FILTERS, layout: 'fcose', focusDepth: 1, path: { from: null, to: null } };
    expect(encodeUrlState(base)).toBe('');
    const s: UrlState = {
      selection: { kind: 'edge', id: 'state:russia|withdrew_from|base:qamishli airport' },
      filters: { hiddenTypes: ['place'], hiddenArticles: ['a1'], hiddenRelations: [], minSources: 2, hideIsolated: true },
      layout: 'concentric',
      focusDepth: 3,
      path: { from: 'person:vladimir-putin', to: 'place:moscow' },
    };
    expect(decodeUrlState('#' + encodeUrlState(s))).toEqual(s);
  });
  it('ignores nonsense', () => {
    const u = decodeUrlState('#layout=spiral&minSources=-3&hideTypes=person~dragon&depth=x');
    expect(u.layout).toBe('fcose');
    expect(u.filters.minSources).toBe(1);
    expect(u.filters.hiddenTypes).toEqual(['person']);
    expect(u.focusDepth).toBe(1);
  });
});
