// The sentences that mention a node, as quotable spans of the original text.
import type { GraphNode, Mention } from '../../graph/model';

export interface SentenceRef {
  articleId: string;
  start: number;
  end: number;
  quote: string;
}

/**
 * The sentence around [start, end) when the extractor did not record it: back to the previous
 * sentence end or line break, forward to the next. Good enough to quote; offsets stay exact.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0) {
    const c = text[s - 1];
    if (c === '\n') break;
    if ((c === ' ' || c === '\t') && /[.!?]["”’)]?$/.test(text.slice(Math.max(0, s - 3), s - 1))) break;
    s--;
  }
  let e = end;
  while (e < text.length) {
    const c = text[e];
    if (c === '\n') break;
    e++;
    if (/[.!?]/.test(c) && (e >= text.length || /\s/.test(text[e]) || /["”’)]/.test(text[e]))) {
      while (e < text.length && /["”’)]/.test(text[e])) e++;
      break;
    }
  }
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Distinct sentences mentioning the node, in article then text order. */
export function mentionSentences(node: GraphNode, textOf: (articleId: string) => string | undefined): SentenceRef[] {
  const seen = new Set<string>();
  const out: SentenceRef[] = [];
  const sorted: Mention[] = [...node.mentions].sort(
    (a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start,
  );
  for (const m of sorted) {
    const text = textOf(m.articleId);
    if (text === undefined) continue;
    const range =
      m.sentenceStart !== undefined && m.sentenceEnd !== undefined
        ? { start: m.sentenceStart, end: m.sentenceEnd }
        : sentenceAround(text, m.start, m.end);
    const key = `${m.articleId}:${range.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ articleId: m.articleId, ...range, quote: text.slice(range.start, range.end) });
  }
  return out;
}
