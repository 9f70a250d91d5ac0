// The brushed time range as a graph filter: counted, reset, and carried in the deep link.
import { describe, expect, it } from 'vitest';
import { countActiveFilters, DEFAULT_FILTERS, filterGraph, isDefaultFilters } from '../../../src/graph/query/filter';
import { decodeUrlState, encodeUrlState } from '../../../src/ui/deeplink/urlState';
import { edge, graphOf, node, quoteOf, type HandArticle } from './handGraph';

const a: HandArticle = {
  id: 'a1',
  title: 'Report',
  text: 'Putin met Sharaa in Moscow on 12 October 2025. Russia withdrew from Qamishli in January 2026.',
};
const s1 = 'Putin met Sharaa in Moscow on 12 October 2025.';
const s2 = 'Russia withdrew from Qamishli in January 2026.';
const g = graphOf(
  [a],
  [
    node('putin', 'person', 'Putin'),
    node('sharaa', 'person', 'Sharaa'),
    node('russia', 'state', 'Russia'),
    node('qamishli', 'base', 'Qamishli'),
    node('talks', 'event', 'Talks in Moscow', { date: '2025-10-12' }),
    node('withdrawal', 'event', 'Withdrawal from Qamishli', { date: '2026-01' }),
  ],
  [
    edge('e1', 'putin', 'participates_in', 'talks', [quoteOf(a, s1)]),
    edge('e2', 'sharaa', 'participates_in', 'talks', [quoteOf(a, s1)]),
    edge('e3', 'russia', 'participates_in', 'withdrawal', [quoteOf(a, s2)]),
    edge('e4', 'withdrawal', 'located_in', 'qamishli', [quoteOf(a, s2)]),
    edge('e5', 'putin', 'leads', 'russia', [quoteOf(a, s1)]),
  ],
);

describe('time range filter', () => {
  it('keeps the events in range, their participants and the relations among them', () => {
    const october = filterGraph(g, { ...DEFAULT_FILTERS, timeRange: ['2025-10-01', '2025-10-31'] });
    expect(october.nodes.map((n) => n.id).sort()).toEqual(['putin', 'sharaa', 'talks']);
    expect(october.edges.map((e) => e.id).sort()).toEqual(['e1', 'e2']);
    // A month-precision event overlaps a range that touches any day of the month.
    const mid = filterGraph(g, { ...DEFAULT_FILTERS, timeRange: ['2026-01-15', '2026-02-01'] });
    expect(mid.nodes.map((n) => n.id).sort()).toEqual(['qamishli', 'russia', 'withdrawal']);
    expect(filterGraph(g, DEFAULT_FILTERS).nodes).toHaveLength(6);
  });

  it('counts as an active filter and is not the default', () => {
    const f = { ...DEFAULT_FILTERS, timeRange: ['2025-10-01', '2025-10-31'] as [string, string] };
    expect(countActiveFilters(f)).toBe(1);
    expect(isDefaultFilters(f)).toBe(false);
    expect(isDefaultFilters({ ...f, timeRange: null })).toBe(true);
  });

  it('survives the deep link', () => {
    const state = {
      selection: null,
      filters: { ...DEFAULT_FILTERS, timeRange: ['2025-10', '2026-01-31'] as [string, string] },
      layout: 'fcose' as const,
      focusDepth: 1,
      path: { from: null, to: null },
    };
    const hash = encodeUrlState(state);
    expect(hash).toContain('time=');
    expect(decodeUrlState('#' + hash).filters.timeRange).toEqual(['2025-10', '2026-01-31']);
    expect(decodeUrlState('#time=garbage').filters.timeRange).toBeUndefined();
    expect(decodeUrlState('#time=2025-13~tomorrow').filters.timeRange).toBeUndefined();
  });
});
