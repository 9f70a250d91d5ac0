// Splits an article's text into plain, mention and sentence segments for the reader. Pure, so
// the offsets logic is tested without a DOM.
import type { EntityType } from '../../graph/model';

export interface ReaderMention {
  start: number;
  end: number;
  nodeId: string;
  type: EntityType;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  mention?: { nodeId: string; type: EntityType };
  /** Inside the sentence the reader was opened at. */
  inSentence: boolean;
}

export function readerSegments(
  text: string,
  mentions: ReaderMention[],
  sentence?: { start: number; end: number },
): Segment[] {
  // Overlapping mentions (e.g. "Putin" inside "Vladimir Putin"): the earlier, longer one wins.
  const sorted = [...mentions]
    .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ReaderMention[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue;
    kept.push(m);
    lastEnd = m.end;
  }

  const cuts = new Set<number>([0, text.length]);
  for (const m of kept) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  if (sentence) {
    cuts.add(Math.max(0, Math.min(text.length, sentence.start)));
    cuts.add(Math.max(0, Math.min(text.length, sentence.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = new Map(kept.map((m) => [m.start, m]));

  const out: Segment[] = [];
  let active: ReaderMention | undefined;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const opening = byStart.get(start);
    if (opening) active = opening;
    if (active && start >= active.end) active = undefined;
    const inSentence = !!sentence && start >= sentence.start && end <= sentence.end;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      mention: active ? { nodeId: active.nodeId, type: active.type } : undefined,
      inSentence,
    });
  }
  return out;
}
