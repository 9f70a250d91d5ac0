// Timeline: a horizontal strip of the graph's dated events, in order.
//
// Props (all controlled by the parent; the component keeps only drafts and drag state):
//   graph          the graph whose event nodes are drawn (other node types are ignored)
//   selectedId     the selected node or edge id; an event with this id is highlighted, and
//                  the events linked to a selected entity or edge are outlined ("related")
//   onSelect(id)   an event (dated or undated) was chosen
//   range          the brushed range as ISO dates [from, to] (inclusive), or null for none
//   onRangeChange  a new range was brushed (mouse drag across the strip, or the From/To date
//                  inputs), or null when cleared
//
// Partial dates ("2025-10", "2024") are drawn as spans covering the whole month or year;
// events without a usable date are listed apart, with the date phrase as written if any.
import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { CO_OCCURRENCE, type Graph } from '../../graph/model';
import {
  dateSpan,
  dayNumber,
  eventTimeline,
  formatDate,
  isoFromDayNumber,
  type DatedEvent,
} from '../../graph/analysis/timeline';
import { axisTicks } from './axisTicks';
import './timeline.css';

export interface TimelineProps {
  graph: Graph;
  selectedId: string | null;
  onSelect(id: string): void;
  range: [string, string] | null;
  onRangeChange(range: [string, string] | null): void;
}

const LANE_HEIGHT = 30;
const AXIS_HEIGHT = 22;
// A drag shorter than this is a click on the strip, not a brush.
const MIN_BRUSH_PX = 4;
// Assumed width when the strip cannot be measured (first render, jsdom).
const FALLBACK_WIDTH = 800;

interface PlacedEvent extends DatedEvent {
  left: number; // fraction of the strip
  width: number; // fraction of the strip
  lane: number;
  /** The label would run off the right edge: it ends at the event's end instead. */
  alignEnd: boolean;
}

/** Domain of the strip in day numbers, padded so the end events are not cut by the edges. */
function domainOf(events: DatedEvent[]): [number, number] {
  const lo = Math.min(...events.map((e) => dayNumber(e.start)));
  const hi = Math.max(...events.map((e) => dayNumber(e.end))) + 1;
  const pad = Math.max(2, Math.round((hi - lo) * 0.04));
  return [lo - pad, hi + pad];
}

/**
 * Greedy lanes: each event goes in the first lane whose last label ends before it starts,
 * judging a label's width from its length, so labels do not overprint one another.
 */
function placeEvents(events: DatedEvent[], domain: [number, number], widthPx: number): PlacedEvent[] {
  const days = domain[1] - domain[0];
  const laneEnds: number[] = [];
  return events.map((e) => {
    const left = (dayNumber(e.start) - domain[0]) / days;
    const width = (dayNumber(e.end) + 1 - dayNumber(e.start)) / days;
    const label = (e.label.length + formatDate(e.date).length + 3) * 7 + 16;
    const labelWidth = label / widthPx;
    const alignEnd = left + labelWidth > 1;
    const from = alignEnd ? Math.min(left, left + width - labelWidth) : left;
    const right = alignEnd ? left + width : Math.max(left + width, left + labelWidth);
    let lane = laneEnds.findIndex((end) => end <= from);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(right);
    } else {
      laneEnds[lane] = right;
    }
    return { ...e, left, width, lane, alignEnd };
  });
}

/** Events at the ends of the selected edge, or next to the selected (non-event) node. */
function relatedEvents(graph: Graph, selectedId: string | null): Set<string> {
  const related = new Set<string>();
  if (!selectedId) return related;
  const events = new Set(graph.nodes.filter((n) => n.type === 'event').map((n) => n.id));
  for (const edge of graph.edges) {
    if (edge.relation === CO_OCCURRENCE) continue;
    const ends: string[] = edge.id === selectedId ? [edge.source, edge.target] : edge.source === selectedId ? [edge.target] : edge.target === selectedId ? [edge.source] : [];
    for (const id of ends) if (events.has(id) && id !== selectedId) related.add(id);
  }
  return related;
}

function sortedRange(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a];
}

export function Timeline({ graph, selectedId, onSelect, range, onRangeChange }: TimelineProps) {
  const { dated, undated } = useMemo(() => eventTimeline(graph), [graph]);
  const stripRef = useRef<HTMLDivElement>(null);
  const [widthPx, setWidthPx] = useState(FALLBACK_WIDTH);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const [fromDraft, setFromDraft] = useState(range?.[0] ?? '');
  const [toDraft, setToDraft] = useState(range?.[1] ?? '');

  // The inputs follow the range when it changes from outside (brush, clear, deep link).
  useEffect(() => {
    setFromDraft(range?.[0] ?? '');
    setToDraft(range?.[1] ?? '');
  }, [range]);

  useEffect(() => {
    const el = stripRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidthPx(el.clientWidth || FALLBACK_WIDTH));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // What happened to the selected person, place or relation, in order: its events stand out.
  const related = useMemo(() => relatedEvents(graph, selectedId), [graph, selectedId]);
  const eventRefs = useRef(new Map<string, HTMLButtonElement>());
  useEffect(() => {
    if (selectedId) eventRefs.current.get(selectedId)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selectedId]);

  const domain = useMemo(() => (dated.length ? domainOf(dated) : null), [dated]);
  const placed = useMemo(() => (domain ? placeEvents(dated, domain, widthPx) : []), [dated, domain, widthPx]);
  const lanes = placed.reduce((n, e) => Math.max(n, e.lane + 1), 1);
  const ticks = useMemo(() => (domain ? axisTicks(domain[0], domain[1]) : []), [domain]);

  const rangeDays = useMemo(() => {
    if (!range) return null;
    const a = dateSpan(range[0]);
    const b = dateSpan(range[1]);
    return a && b ? [dayNumber(a.start), dayNumber(b.end) + 1] : null;
  }, [range]);

  const fractionAt = (clientX: number): number => {
    const rect = stripRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return 0;
    return Math.min(1, Math.max(0, (clientX - rect.left) / rect.width));
  };

  const dayAt = (fraction: number): number => {
    if (!domain) return 0;
    return Math.floor(domain[0] + fraction * (domain[1] - domain[0]));
  };

  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    // Events are buttons; pressing one selects it rather than starting a brush.
    if (e.button !== 0 || (e.target as HTMLElement).closest('button')) return;
    const f = fractionAt(e.clientX);
    setDrag({ from: f, to: f });
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };

  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (drag) setDrag({ ...drag, to: fractionAt(e.clientX) });
  };

  const onPointerUp = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    const to = fractionAt(e.clientX);
    const widthMoved = Math.abs(to - drag.from) * (stripRef.current?.clientWidth || widthPx);
    setDrag(null);
    if (widthMoved < MIN_BRUSH_PX) return;
    const a = isoFromDayNumber(dayAt(Math.min(drag.from, to)));
    const b = isoFromDayNumber(dayAt(Math.max(drag.from, to)));
    onRangeChange([a, b]);
  };

  const commitDraft = (from: string, to: string) => {
    if (dateSpan(from) && dateSpan(to)) onRangeChange(sortedRange(from, to));
  };

  const inRange = (e: DatedEvent): boolean =>
    !rangeDays || (dayNumber(e.start) < rangeDays[1] && dayNumber(e.end) + 1 > rangeDays[0]);

  const overlay = drag
    ? { left: Math.min(drag.from, drag.to), width: Math.abs(drag.to - drag.from) }
    : rangeDays && domain
      ? {
          left: (rangeDays[0] - domain[0]) / (domain[1] - domain[0]),
          width: (rangeDays[1] - rangeDays[0]) / (domain[1] - domain[0]),
        }
      : null;

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-controls">
        <h2 className="timeline-title">Timeline</h2>
        <span className="muted">
          {dated.length} dated event{dated.length === 1 ? '' : 's'}
          {undated.length > 0 && `, ${undated.length} undated`}
        </span>
        <label>
          From
          <input
            type="date"
            value={fromDraft}
            onChange={(e) => {
              setFromDraft(e.target.value);
              commitDraft(e.target.value, toDraft);
            }}
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={toDraft}
            onChange={(e) => {
              setToDraft(e.target.value);
              commitDraft(fromDraft, e.target.value);
            }}
          />
        </label>
        <button type="button" onClick={() => onRangeChange(null)} disabled={!range}>
          Clear range
        </button>
      </div>

      {dated.length === 0 ? (
        <p className="muted timeline-empty">No dated events.</p>
      ) : (
        <div
          ref={stripRef}
          className="timeline-strip"
          style={{ height: lanes * LANE_HEIGHT + AXIS_HEIGHT + 8 }}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => setDrag(null)}
          title="Drag across the strip to filter the graph to a time range"
        >
          <div className="timeline-axis" aria-hidden="true">
            {ticks.map((t) => (
              <span
                key={t.day}
                className="timeline-tick"
                style={{ left: `${(((t.day - domain![0]) / (domain![1] - domain![0])) * 100).toFixed(3)}%` }}
              >
                {t.label}
              </span>
            ))}
          </div>
          {overlay && (
            <div
              className="timeline-range"
              data-testid="timeline-range"
              aria-hidden="true"
              style={{ left: `${overlay.left * 100}%`, width: `${overlay.width * 100}%` }}
            />
          )}
          <ol className="timeline-events">
            {placed.map((e) => (
              <li
                key={e.id}
                className={`timeline-event${e.alignEnd ? ' align-end' : ''}`}
                style={{ left: `${e.left * 100}%`, width: `${e.width * 100}%`, top: AXIS_HEIGHT + e.lane * LANE_HEIGHT }}
              >
                {/* How much time the date covers: a day is a tick, a month or a year a bar. */}
                <span className={`timeline-extent timeline-extent-${e.precision}`} aria-hidden="true" />
                <button
                  type="button"
                  ref={(el) => {
                    if (el) eventRefs.current.set(e.id, el);
                    else eventRefs.current.delete(e.id);
                  }}
                  className={`timeline-event-button${e.id === selectedId ? ' selected' : ''}${related.has(e.id) ? ' related' : ''}${inRange(e) ? '' : ' outside'}`}
                  aria-pressed={e.id === selectedId}
                  data-precision={e.precision}
                  onClick={() => onSelect(e.id)}
                  title={
                    e.precision === 'day' ? formatDate(e.date) : `${formatDate(e.date)}: ${e.start} to ${e.end}`
                  }
                >
                  {e.label} <span className="timeline-date">{formatDate(e.date)}</span>
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}

      {undated.length > 0 && (
        <div className="timeline-undated">
          <h3>Undated</h3>
          <ul aria-label="Undated events">
            {undated.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className={`timeline-event-button${e.id === selectedId ? ' selected' : ''}${related.has(e.id) ? ' related' : ''}`}
                  aria-pressed={e.id === selectedId}
                  onClick={() => onSelect(e.id)}
                >
                  {e.label}
                  {e.dateText && <span className="timeline-date"> “{e.dateText}”</span>}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
