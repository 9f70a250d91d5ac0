// Events told in one breath with another. News often dates or places an event only through a
// neighbour: "signed the pact at the palace at the end of a two-day state visit" (the visit holds
// the signing, so it shares its month and its place), "soldiers detained the president and
// announced they had seized power" (two acts of one subject in one clause: one episode, one day).
// These readings come from the connecting words alone, never from what the events are about.
import type { LocalEntity, LocalRelation } from './article';
import type { Token } from './tokens';

// "at the end of a visit", "during the summit", "on the sidelines of the talks": the event after
// the connector holds the one before it. Not "on the eve of" or "after": those are other days.
const HOLDS = /\b(?:during|amid|at\s+the\s+(?:end|start|close|conclusion|beginning|height)\s+of|on\s+the\s+(?:sidelines|margins|last\s+day|first\s+day|final\s+day|second\s+day)\s+of|in\s+the\s+course\s+of)\s+(?:(?:a|an|the|his|her|its|their|this|that)\s+)?(?:[\w’'-]+\s+){0,3}$/i;
// Words that put two coordinated acts in sequence or in different clauses: not one episode.
const SEQUENCE = /\b(?:after|before|since|when|while|because|until|once|following|but|although|though|later|then|previously|earlier)\b|;/i;

/** Two verb triggers joined by "and" in one clause, in either order: acts of one subject. */
export function coordinatedActs(text: string, a: Token, b: Token): boolean {
  const verb = (t: Token): boolean => t.tags.includes('Verb') && !t.tags.includes('Noun');
  if (!verb(a) || !verb(b)) return false;
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const between = text.slice(first.end, second.start);
  return /\band\b/i.test(between) && !SEQUENCE.test(between) && between.length <= 160;
}

/** The event at `outer` holds the one at `inner`: "<inner> ... at the end of a two-day <outer>". */
export function holds(text: string, inner: Token, outer: Token): boolean {
  if (outer.start <= inner.end) return false;
  const between = text.slice(inner.end, outer.start);
  return between.length <= 120 && !/[.;]/.test(between) && HOLDS.test(between);
}

interface Placed {
  event: LocalEntity;
  token: Token;
  sentenceStart: number;
  sentenceEnd: number;
}

/**
 * Dates and places passed between events that share a sentence: an undated event that holds a
 * dated one takes its month (a visit lasting days is sure only to the month) and, when it has
 * none, its place; an undated event held in a dated one takes its date; an undated act coordinated
 * with a dated act of the same subject takes its date.
 * Mutates the events' dates; returns the located_in edges it adds.
 */
export function shareBetweenEvents(articleId: string, text: string, tokens: Token[], events: LocalEntity[], relations: LocalRelation[]): LocalRelation[] {
  const tokenAt = (start: number): Token | undefined => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start === start) return tokens[mid];
      if (tokens[mid].start < start) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  const bySentence = new Map<number, Placed[]>();
  for (const event of events)
    for (const m of event.mentions) {
      if (m.articleId !== articleId || m.sentenceStart === undefined || m.sentenceEnd === undefined) continue;
      const token = tokenAt(m.start);
      if (!token) continue;
      const list = bySentence.get(m.sentenceStart) ?? [];
      list.push({ event, token, sentenceStart: m.sentenceStart, sentenceEnd: m.sentenceEnd });
      bySentence.set(m.sentenceStart, list);
    }
  const added: LocalRelation[] = [];
  const placesOf = (key: string, sentenceStart?: number): string[] =>
    [...relations, ...added].filter((r) => r.source === key && r.relation === 'located_in' && (sentenceStart === undefined || r.evidence.start === sentenceStart)).map((r) => r.target);
  // A date passed on can date a third event: two rounds settle every chain this short prose makes.
  for (let round = 0; round < 2; round++)
    for (const placed of bySentence.values()) {
      if (placed.length < 2) continue;
      for (const u of placed) {
        for (const d of placed) {
          if (u.event === d.event || u.event.date || !d.event.date) continue;
          if (holds(text, d.token, u.token)) {
            u.event.date = d.event.date.slice(0, 7);
            delete u.event.dateText;
            if (!placesOf(u.event.key).length) {
              const evidence = { start: u.sentenceStart, end: u.sentenceEnd, quote: text.slice(u.sentenceStart, u.sentenceEnd) };
              for (const place of placesOf(d.event.key, d.sentenceStart)) added.push({ source: u.event.key, target: place, relation: 'located_in', evidence });
            }
          } else if (holds(text, u.token, d.token)) {
            // "spoke to X on the margins of the burial": what happens within a dated event happens then.
            u.event.date = d.event.date;
            delete u.event.dateText;
          } else if (coordinatedActs(text, u.token, d.token)) {
            u.event.date = d.event.date;
            delete u.event.dateText;
          }
        }
      }
    }
  return added;
}
