// Events in time: which events have a date, in what order, and how long a stretch of time each
// date really covers. A partial date ("2025-10", "2024") is a span, not a day: drawing it as a
// single day would claim a precision the sources never gave.
import { CO_OCCURRENCE, type Graph } from '../model';

/** Inclusive span of whole days, as ISO dates (YYYY-MM-DD). */
export interface DateSpan {
  start: string;
  end: string;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface DatedEvent extends DateSpan {
  id: string;
  label: string;
  /** The node's `date` as the extractor gave it (ISO or partial). */
  date: string;
  precision: DatePrecision;
}

export interface UndatedEvent {
  id: string;
  label: string;
  /** The date phrase as written, when the text had one that could not be resolved. */
  dateText?: string;
}

export interface EventTimeline {
  /** Chronological: by start, then by the narrower span first, then by label. */
  dated: DatedEvent[];
  undated: UndatedEvent[];
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC avoids DST surprises).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The span of days a (possibly partial) ISO date covers, or null when it is not one:
 * "2025-10-12" → that day; "2025-10" → 2025-10-01..2025-10-31; "2024" → 2024-01-01..2024-12-31.
 */
export function dateSpan(date: string): (DateSpan & { precision: DatePrecision }) | null {
  const m = ISO_PARTIAL.exec(date.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year' };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) {
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}`, precision: 'month' };
  }
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  return { start: `${m[1]}-${m[2]}-${m[3]}`, end: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' };
}

/** Days since 1970-01-01 for an ISO day; lets views place dates on a linear axis. */
export function dayNumber(isoDay: string): number {
  const [y, mo, d] = isoDay.split('-').map(Number);
  return Math.round(Date.UTC(y, mo - 1, d) / 86_400_000);
}

/** The ISO day for a day number (inverse of `dayNumber`). */
export function isoFromDayNumber(day: number): string {
  const t = new Date(day * 86_400_000);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export function eventTimeline(graph: Graph): EventTimeline {
  const dated: DatedEvent[] = [];
  const undated: UndatedEvent[] = [];
  for (const node of graph.nodes) {
    if (node.type !== 'event') continue;
    const span = node.date ? dateSpan(node.date) : null;
    if (node.date && span) {
      dated.push({ id: node.id, label: node.label, date: node.date, ...span });
    } else {
      // A date that does not parse is kept as written rather than dropped silently.
      const dateText = node.dateText ?? node.date;
      undated.push(dateText ? { id: node.id, label: node.label, dateText } : { id: node.id, label: node.label });
    }
  }
  dated.sort(
    (a, b) =>
      a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.label.localeCompare(b.label),
  );
  undated.sort((a, b) => a.label.localeCompare(b.label));
  return { dated, undated };
}

export interface EntitiesInRange {
  /** Events overlapping the range. */
  eventIds: ReadonlySet<string>;
  /** Those events and their direct neighbours. */
  nodeIds: ReadonlySet<string>;
  /** Every edge whose two ends are both in `nodeIds`. */
  edgeIds: ReadonlySet<string>;
}

/**
 * What a brushed range keeps: the events whose span overlaps [from, to] (either bound may be a
 * partial date; `from` counts from the start of its span, `to` up to the end of its span),
 * their direct neighbours, and the edges between all of these. Co-occurrence links do not
 * pull in neighbours: sharing a sentence with an event is not taking part in it.
 */
export function entitiesInRange(graph: Graph, from: string, to: string): EntitiesInRange {
  const fromSpan = dateSpan(from);
  const toSpan = dateSpan(to);
  const eventIds = new Set<string>();
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  if (!fromSpan || !toSpan) return { eventIds, nodeIds, edgeIds };
  let lo = fromSpan.start;
  let hi = toSpan.end;
  if (lo > hi) [lo, hi] = [toSpan.start, fromSpan.end];

  for (const event of eventTimeline(graph).dated) {
    if (event.start <= hi && event.end >= lo) eventIds.add(event.id);
  }
  for (const id of eventIds) nodeIds.add(id);
  for (const edge of graph.edges) {
    if (edge.relation === CO_OCCURRENCE) continue;
    if (eventIds.has(edge.source)) nodeIds.add(edge.target);
    if (eventIds.has(edge.target)) nodeIds.add(edge.source);
  }
  for (const edge of graph.edges) {
    if (nodeIds.has(edge.source) && nodeIds.has(edge.target)) edgeIds.add(edge.id);
  }
  return { eventIds, nodeIds, edgeIds };
}

/** Human text for a (partial) date: "12 Oct 2025", "Oct 2025", "2024". */
export function formatDate(date: string): string {
  const span = dateSpan(date);
  if (!span) return date;
  const [y, m, d] = span.start.split('-');
  const month = new Date(Date.UTC(Number(y), Number(m) - 1, 1)).toLocaleString('en-GB', {
    month: 'short',
    timeZone: 'UTC',
  });
  if (span.precision === 'year') return y;
  if (span.precision === 'month') return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

