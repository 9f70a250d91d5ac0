import { describe, expect, it } from 'vitest';
import { dateSpan, entitiesInRange, eventTimeline, formatDate } from '../../../src/graph/analysis/timeline';
import { edge, graphOf, node, quoteOf, type HandArticle } from './handGraph';

const a: HandArticle = {
  id: 'a',
  title: 'Talks',
  text: 'Smith met Jones at the Geneva summit. Smith attended the Oslo forum. Jones spoke at the Rome conference. Smith and Jones were both in Rome.',
};
const q = (s: string) => quoteOf(a, s);

const graph = graphOf(
  [a],
  [
    node('smith', 'person', 'John Smith'),
    node('jones', 'person', 'Ann Jones'),
    node('geneva', 'event', 'Geneva summit', { date: '2025-10-12' }),
    node('oslo', 'event', 'Oslo forum', { date: '2025-10' }),
    node('rome', 'event', 'Rome conference', { date: '2024' }),
    node('paris', 'event', 'Paris talks', { dateText: 'next spring' }),
    node('berlin', 'event', 'Berlin meeting'),
    node('city', 'place', 'Rome'),
  ],
  [
    edge('e1', 'smith', 'attended', 'geneva', [q('Smith met Jones at the Geneva summit.')]),
    edge('e2', 'jones', 'attended', 'geneva', [q('Smith met Jones at the Geneva summit.')]),
    edge('e3', 'smith', 'meets', 'jones', [q('Smith met Jones at the Geneva summit.')]),
    edge('e4', 'smith', 'attended', 'oslo', [q('Smith attended the Oslo forum.')]),
    edge('e5', 'jones', 'spoke_at', 'rome', [q('Jones spoke at the Rome conference.')]),
    edge('e6', 'rome', 'mentioned_with', 'city', [q('Smith and Jones were both in Rome.')]),
  ],
);

describe('dateSpan', () => {
  it('reads a day as itself, a month and a year as the whole stretch they cover', () => {
    expect(dateSpan('2025-10-12')).toMatchObject({ start: '2025-10-12', end: '2025-10-12', precision: 'day' });
    expect(dateSpan('2025-10')).toMatchObject({ start: '2025-10-01', end: '2025-10-31', precision: 'month' });
    expect(dateSpan('2024-02')).toMatchObject({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateSpan('2024')).toMatchObject({ start: '2024-01-01', end: '2024-12-31', precision: 'year' });
  });
  it('rejects what is not a date', () => {
    expect(dateSpan('October')).toBeNull();
    expect(dateSpan('2025-13')).toBeNull();
    expect(dateSpan('2025-02-30')).toBeNull();
  });
  it('formats partial dates for people', () => {
    expect(formatDate('2025-10-12')).toBe('12 Oct 2025');
    expect(formatDate('2025-10')).toBe('Oct 2025');
    expect(formatDate('2024')).toBe('2024');
  });
});

describe('eventTimeline', () => {
  it('orders dated events by their span and lists undated ones apart', () => {
    const { dated, undated } = eventTimeline(graph);
    expect(dated.map((e) => e.label)).toEqual(['Rome conference', 'Oslo forum', 'Geneva summit']);
    expect(dated[1]).toMatchObject({ start: '2025-10-01', end: '2025-10-31', precision: 'month' });
    expect(undated).toEqual([
      { id: 'berlin', label: 'Berlin meeting' },
      { id: 'paris', label: 'Paris talks', dateText: 'next spring' },
    ]);
  });
  it('puts a day before the month that holds it when both start together', () => {
    const g = graphOf([], [node('m', 'event', 'Month', { date: '2025-10' }), node('d', 'event', 'Day', { date: '2025-10-01' })], []);
    expect(eventTimeline(g).dated.map((e) => e.id)).toEqual(['d', 'm']);
  });
});

describe('entitiesInRange', () => {
  it('keeps events overlapping the range, their neighbours and the edges between them', () => {
    const r = entitiesInRange(graph, '2025-10-10', '2025-10-20');
    // Geneva (12 Oct) and the month-long Oslo forum overlap; Rome (2024) does not.
    expect([...r.eventIds].sort()).toEqual(['geneva', 'oslo']);
    expect([...r.nodeIds].sort()).toEqual(['geneva', 'jones', 'oslo', 'smith']);
    expect([...r.edgeIds].sort()).toEqual(['e1', 'e2', 'e3', 'e4']);
  });
  it('reads partial bounds as whole spans and ignores co-occurrence neighbours', () => {
    const r = entitiesInRange(graph, '2024', '2024');
    expect([...r.eventIds]).toEqual(['rome']);
    expect([...r.nodeIds].sort()).toEqual(['jones', 'rome']);
    expect(r.nodeIds.has('city')).toBe(false);
    expect([...r.edgeIds]).toEqual(['e5']);
  });
  it('accepts reversed bounds and returns nothing for bounds that are not dates', () => {
    expect([...entitiesInRange(graph, '2025-10-31', '2025-10-13').eventIds]).toEqual(['oslo']);
    expect(entitiesInRange(graph, 'soon', '2025').nodeIds.size).toBe(0);
  });
});
