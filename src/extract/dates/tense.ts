// Whether a date phrase sits in a clause about the past or the future. News reports the past
// by default; a weekday or a bare month points forward only when the clause says so ("will
// meet ... on Wednesday", "is set to visit in March").

export type Tense = 'past' | 'future' | 'unknown';

// Present-tense verbs of a timetable ("the summit opens on Friday", "voters go to the polls on
// Sunday") speak of what is scheduled: in news prose, that is ahead. So do a future told in
// reported speech and the next of a series ("said it would table the plan at the next session in
// November").
const FUTURE_MARKERS =
  /\b(?:opens|begins|starts|ends|closes|resumes|reconvenes|convenes|kicks\s+off|takes\s+place|go(?:es)?\s+to\s+the\s+polls|(?:is|are)\s+held|will|shall|(?:is|are|am|was|were)\s+(?:set|due|expected|scheduled|slated|poised)\s+to|(?:is|are)\s+scheduled|(?:scheduled|slated|set)\s+for|plans?\s+to|planning\s+to|going\s+to|upcoming|forthcoming|would(?!\s+(?:have|not\s+have)\b)|next\s+(?:round|meeting|session|summit|sitting))\b|\w'll\b|\bwon[’']t\b/gi;

// Irregular past forms that news prose uses most; regular ones are caught by the -ed rule.
const IRREGULAR_PAST =
  'met|said|told|held|made|took|gave|came|went|saw|spoke|fled|led|left|sent|began|won|lost|fell|rose|struck|became|paid|kept|brought|thought|found|knew|ran|wrote|chose|drew|grew|sought|stood|understood|was|were|had|did|flew|hit|quit|shot|sold|spent|stole|swore|threw|wore|withdrew|overthrew|forbade|broke';
const PAST_MARKERS = new RegExp(`\\b(?:${IRREGULAR_PAST}|[a-z]{2,}ed)\\b`, 'g');
// Words ending in -ed that are not past tense.
const NOT_PAST = new Set(['need', 'speed', 'feed', 'indeed', 'exceed', 'proceed', 'succeed', 'seed', 'bed', 'red', 'shed', 'breed', 'greed', 'embed', 'weed', 'creed', 'steed', 'heed']);

/** The span of the sentence around [start, end) in text: a clause-sized window for tense cues. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to])) to++;
  return { start: from, end: to };
}

// Words and marks that open a new clause: a tense cue beyond one belongs to another verb.
const CLAUSE_BREAK = /[,;:()\u2014\u2013]|\b(?:that|when|while|as|after|before|because|since|which|who|whom|whose|but|although|though|where)\b/gi;

/** The clause around [start, end) within the sentence around it. */
function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  const sentence = sentenceAround(text, start, end);
  let from = sentence.start;
  let to = sentence.end;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)) {
    const s = sentence.start + m.index;
    const e = s + m[0].length;
    if (e <= start) from = Math.max(from, e);
    else if (s >= end) to = Math.min(to, s);
  }
  return { start: from, end: to };
}

/**
 * The tense of the clause holding text[start, end): the nearest tense cue in the clause wins
 * (else the nearest in the sentence), so "X, who met Y in October, will visit on Wednesday"
 * reads October as past and Wednesday as future.
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const inClause = nearestCue(text, clauseAround(text, start, end), start, end);
  return inClause !== 'unknown' ? inClause : nearestCue(text, sentenceAround(text, start, end), start, end);
}

function nearestCue(text: string, window: { start: number; end: number }, start: number, end: number): Tense {
  const body = text.slice(window.start, window.end);
  const localStart = start - window.start;
  const localEnd = end - window.start;
  const distance = (s: number, e: number): number => (e <= localStart ? localStart - e : s >= localEnd ? s - localEnd : 0);

  let best: { tense: Tense; distance: number } = { tense: 'unknown', distance: Infinity };
  for (const m of body.matchAll(FUTURE_MARKERS)) {
    const d = distance(m.index, m.index + m[0].length);
    if (d < best.distance) best = { tense: 'future', distance: d };
  }
  for (const m of body.matchAll(PAST_MARKERS)) {
    if (NOT_PAST.has(m[0])) continue;
    if (m.index >= localStart && m.index < localEnd) continue;
    // Ties go to the future cue: "expected" inside "is expected to" is not a past verb.
    const d = distance(m.index, m.index + m[0].length);
    if (d < best.distance) best = { tense: 'past', distance: d };
  }
  return best.tense;
}
