// Small claims read out of one quoted sentence: the ordinals ("his second meeting"), the counts
// ("two remaining military outposts") and whether a verb is denied ("did not meet"). They are
// read from wording patterns only, so they work on any story; what they are about is decided
// by the caller (the edge or event whose evidence the sentence is).

export interface Claim {
  /** Normalised value compared across articles: "2", "meeting", "base"... */
  value: string;
  /** What the claim is about, so only like is compared with like ("meeting", "base"). */
  topic: string;
  /** The words as written, shown to the reader. */
  text: string;
  /** Offsets of `text` inside the sentence. */
  start: number;
  end: number;
}

// Maps, not object literals: the keys are looked up with words from the articles, and a word
// such as "constructor" must not find a member of Object.prototype.
const ORDINALS: ReadonlyMap<string, number> = new Map(Object.entries({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7, '8th': 8, '9th': 9, '10th': 10,
}));

const CARDINALS: ReadonlyMap<string, number> = new Map(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
}));

// Nouns for one occasion on which people come together: "first visit" and "second meeting"
// count the same thing, so they are compared with each other.
const ENCOUNTER_NOUNS = new Set([
  'meeting', 'meetings', 'visit', 'visits', 'trip', 'trips', 'encounter', 'encounters', 'talks',
  'summit', 'summits', 'tour', 'journey', 'meet', 'session', 'sessions', 'round', 'call', 'calls',
  'conversation', 'conversations', 'face-to-face',
]);

// Words that end a noun phrase: a head noun is the last word before one of these.
const PHRASE_BREAKERS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by',
  'since', 'after', 'before', 'during', 'outside', 'inside', 'near', 'into', 'over', 'under',
  'between', 'among', 'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'can',
  'may', 'might', 'should', 'must', 'do', 'does', 'did', 'he', 'she', 'it', 'they', 'we', 'i',
  'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'there',
  'here', 'not', 'no', 'also', 'only', 'each', 'both', 'per', 'about', 'against', 'via', 'while',
  'said', 'says', 'ago', 'later', 'earlier', 'more', 'most', 'less', 'least', 'other', 'another',
]);

// Units of time and measure: "two years of war" and "three days later" are durations, and a
// number beside them is rarely a claim the articles could contradict about the same thing.
const NOT_COUNTED = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks',
  'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'time', 'times',
  'percent', 'per', 'cent', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'of', 'leaders', 'sides', 'countries', 'nations', 'men',
  'women', 'presidents', 'parties',
]);

// Hedges that make a number a bound, not a count: "at least two" does not contradict "three".
const HEDGE_BEFORE = /(?:at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|over|about|around|nearly|almost|some|roughly|up\s+to|approximately|dozens\s+of|one\s+of|of\s+the)\s+$/i;

const WORD = /[A-Za-z][A-Za-z'’-]*|\d[\d,]*(?:st|nd|rd|th)?/g;

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function tokens(sentence: string): Token[] {
  return [...sentence.matchAll(WORD)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** True when only spaces (no punctuation) separate two tokens: a noun phrase does not cross a comma. */
function adjacent(sentence: string, a: Token, b: Token): boolean {
  return /^[\s]*$/.test(sentence.slice(a.end, b.start));
}

function singular(noun: string): string {
  if (noun.endsWith('ies') && noun.length > 4) return `${noun.slice(0, -3)}y`;
  if (/(?:ss|us)$/.test(noun)) return noun;
  if (noun.endsWith('s') && noun.length > 3) return noun.slice(0, -1);
  return noun;
}

/** The noun phrase after tokens[from]: up to `maxWords` words, ending before a phrase breaker. */
function phraseAfter(sentence: string, toks: Token[], from: number, maxWords: number): Token[] {
  const words: Token[] = [];
  for (let i = from + 1; i < toks.length && words.length < maxWords; i++) {
    const prev = i === from + 1 ? toks[from] : toks[i - 1];
    if (!adjacent(sentence, prev, toks[i])) break;
    if (PHRASE_BREAKERS.has(toks[i].lower) || /^\d/.test(toks[i].text)) break;
    words.push(toks[i]);
  }
  return words;
}

/**
 * Ordinals of an encounter or another countable occasion: "his second meeting with",
 * "first official visit to". Value is the number ("2"), topic the kind of occasion.
 */
export function ordinalClaims(sentence: string): Claim[] {
  const toks = tokens(sentence);
  const claims: Claim[] = [];
  toks.forEach((tok, i) => {
    const n = ORDINALS.get(tok.lower);
    if (n === undefined) return;
    const phrase = phraseAfter(sentence, toks, i, 3);
    // The occasion noun may follow a modifier or two ("first official state visit").
    const headIndex = phrase.findIndex((w) => ENCOUNTER_NOUNS.has(w.lower));
    if (headIndex < 0) return;
    const head = phrase[headIndex];
    claims.push({
      value: String(n),
      topic: 'encounter',
      text: sentence.slice(tok.start, head.end),
      start: tok.start,
      end: head.end,
    });
  });
  return claims;
}

// Nouns whose plural does not end in -s; after "two" anything else is probably a verb ("the
// two struck a tone").
const PLURALS_WITHOUT_S = new Set(['people', 'children', 'men', 'women', 'personnel', 'aircraft', 'police', 'staff', 'crew', 'media', 'militia', 'cattle']);

function looksLikeNoun(word: string, n: number): boolean {
  if (/(?:ed|ing|ly)$/.test(word) || PAST_TO_BASE.has(word)) return false;
  if (n === 1) return !/s$/.test(word) || /(?:ss|us|is)$/.test(word);
  return /[^s]s$|ies$|ses$|xes$/.test(word) || PLURALS_WITHOUT_S.has(word);
}

/**
 * The noun a number counts: after "two" the first plural ("two remaining military outposts");
 * after "one" the last word before any verb ("one military base", not "one rooted").
 */
function headNoun(phrase: Token[], n: number): Token | undefined {
  if (n !== 1) return phrase.find((w) => looksLikeNoun(w.lower, n));
  const verbAt = phrase.findIndex((w) => /ed$/.test(w.lower) || PAST_TO_BASE.has(w.lower));
  const words = verbAt < 0 ? phrase : phrase.slice(0, verbAt);
  const last = words[words.length - 1];
  return last && looksLikeNoun(last.lower, n) ? last : undefined;
}

function cardinalValue(tok: Token): number | undefined {
  if (/^\d[\d,]*$/.test(tok.text)) {
    const n = Number(tok.text.replace(/,/g, ''));
    // Four-digit numbers on their own are almost always years.
    return tok.text.length === 4 && n >= 1000 ? undefined : n;
  }
  return CARDINALS.get(tok.lower);
}

/**
 * Counts of things: "two remaining military outposts", "3 bases". Value is the number, topic
 * the head noun in the singular, so "two bases" and "three military bases" are compared.
 */
export function countClaims(sentence: string): Claim[] {
  const toks = tokens(sentence);
  const claims: Claim[] = [];
  toks.forEach((tok, i) => {
    const n = cardinalValue(tok);
    if (n === undefined) return;
    if (HEDGE_BEFORE.test(sentence.slice(Math.max(0, tok.start - 20), tok.start))) return;
    const phrase = phraseAfter(sentence, toks, i, 4);
    const head = headNoun(phrase, n);
    if (!head) return;
    if (/^[A-Z]/.test(head.text) || NOT_COUNTED.has(head.lower) || ORDINALS.has(head.lower)) return;
    if (phrase.slice(0, phrase.indexOf(head) + 1).some((w) => NOT_COUNTED.has(w.lower))) return;
    claims.push({
      value: String(n),
      topic: singular(head.lower),
      text: sentence.slice(tok.start, head.end),
      start: tok.start,
      end: head.end,
    });
  });
  return claims;
}

// Irregular verb forms news prose uses for relations: base → other forms. Looked up with
// relation names, which an imported graph may spell any way (a Map, like ORDINALS above).
const IRREGULAR_FORMS: ReadonlyMap<string, string[]> = new Map(Object.entries({
  meet: ['met'], withdraw: ['withdrew', 'withdrawn', 'withdrawal'], hold: ['held'], flee: ['fled'],
  lead: ['led'], seek: ['sought'], give: ['gave', 'given'], take: ['took', 'taken'],
  overthrow: ['overthrew', 'overthrown'], strike: ['struck'], tell: ['told'], say: ['said'],
  send: ['sent'], leave: ['left'], make: ['made'], speak: ['spoke', 'spoken'], become: ['became'],
  bring: ['brought'], win: ['won'], lose: ['lost'], fight: ['fought'], buy: ['bought'],
  sell: ['sold'], keep: ['kept'], pay: ['paid'], build: ['built'], come: ['came'], go: ['went', 'gone'],
  see: ['saw', 'seen'], know: ['knew', 'known'], begin: ['began', 'begun'], choose: ['chose', 'chosen'],
  fall: ['fell', 'fallen'], rise: ['rose', 'risen'], drive: ['drove', 'driven'], shoot: ['shot'],
  stand: ['stood'], run: ['ran'], catch: ['caught'], hit: ['hit'], host: ['hosted'], visit: ['visited'],
  shelter: ['sheltered'], topple: ['toppled'], oust: ['ousted'], attack: ['attacked'], sign: ['signed'],
}));

const PAST_TO_BASE = new Map<string, string>(
  [...IRREGULAR_FORMS].flatMap(([base, forms]) => forms.map((f) => [f, base] as [string, string])),
);

/** The bare verb of a relation name or one of its forms: "meets" → "meet", "withdrew_from" → "withdraw". */
export function verbBase(word: string): string {
  const w = word.toLowerCase();
  if (PAST_TO_BASE.has(w)) return PAST_TO_BASE.get(w)!;
  if (IRREGULAR_FORMS.has(w)) return w;
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:sh|ch|ss|x|z|o)es$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && !/ss$/.test(w)) return w.slice(0, -1);
  if (/ied$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/ed$/.test(w)) return w.slice(0, -2);
  return w;
}

/** Every written form of a verb worth looking for in a sentence (noun forms included). */
export function verbForms(base: string): string[] {
  const forms = new Set([base, ...(IRREGULAR_FORMS.get(base) ?? [])]);
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  forms.add(/(?:sh|ch|ss|x|z|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`);
  forms.add(/[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : base.endsWith('e') ? `${base}d` : `${base}ed`);
  forms.add(`${stem}ing`);
  // Crude suffix forms still miss doubled consonants ("stopped"); check the last letter doubled too.
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(base)) {
    const last = base[base.length - 1];
    forms.add(`${base}${last}ed`);
    forms.add(`${base}${last}ing`);
  }
  return [...forms];
}

/** The verb of a relation: "meets" → "meet", "withdrew_from" → "withdraw", "located_in" → "locate". */
export function relationVerb(relation: string): string {
  return verbBase(relation.split(/[_\s]+/)[0] ?? relation);
}

const NEGATION = /\b(?:not|never|no|neither|nor|without|denied|denies|deny|denying|refused|refuses|refuse|declined|declines|rejected|rejects|dismissed|dismisses)\b|n[’']t\b/gi;
const NOT_A_DENIAL = /^(?:not\s+only|no\s+longer|not\s+just|not\s+least|no\s+doubt|never\s+before|without\s+doubt)\b/i;
const CLAUSE_BREAK = /[,;:—–()]|\b(?:but|although|though|whereas|while)\b/i;
const DENIAL_WINDOW_WORDS = 5;
// A negated verb of saying between the negation and the relation's word denies the saying, not
// the fact: "neither mentioned Russia's military presence" is silence, not a denial.
const REPORTING_VERB = /\b(?:mention|say|said|discuss|rais|address|comment|refer|spok|speak|talk|confirm|acknowledg|specif|disclos|reveal|elaborat|cite|cited|note|noted)\w*/i;

export interface VerbReading {
  /** The verb form as found in the sentence. */
  verb: string;
  denied: boolean;
  /** The words shown as the claim: the negation up to the verb, or the verb alone. */
  text: string;
  start: number;
  end: number;
}

/**
 * Whether the sentence states or denies the verb: a negation within a few words before the
 * verb, in the same clause ("did not meet", "denied that Russia withdrew"). Undefined when the
 * verb cannot be found, so a sentence is never read as a denial by guesswork.
 */
export function readVerb(sentence: string, base: string): VerbReading | undefined {
  const forms = verbForms(base);
  const found = new RegExp(`\\b(?:${forms.map(escapeRegExp).join('|')})\\b`, 'i').exec(sentence);
  if (!found) return undefined;
  const verbStart = found.index;
  const verbEnd = verbStart + found[0].length;
  // Look back a few words, stopping at a clause boundary.
  const before = sentence.slice(0, verbStart);
  const words = [...before.matchAll(/\S+/g)];
  const windowStart = words.length > DENIAL_WINDOW_WORDS ? words[words.length - DENIAL_WINDOW_WORDS].index : 0;
  let window = before.slice(windowStart);
  let offset = windowStart;
  const breakAt = lastIndexOfPattern(window, CLAUSE_BREAK);
  if (breakAt >= 0) {
    offset += breakAt + 1;
    window = window.slice(breakAt + 1);
  }
  let negation: { index: number } | undefined;
  for (const m of window.matchAll(NEGATION)) {
    const rest = window.slice(m.index) + sentence.slice(verbStart);
    if (NOT_A_DENIAL.test(rest)) continue;
    // The window ends at the verb: what follows the negation in it is what the negation governs.
    if (REPORTING_VERB.test(window.slice(m.index + m[0].length))) continue;
    negation = { index: m.index };
  }
  if (!negation) {
    return { verb: found[0], denied: false, text: found[0], start: verbStart, end: verbEnd };
  }
  // Show the negation from the start of its word ("didn't", not "n't").
  let negStart = offset + negation.index;
  while (negStart > 0 && /[A-Za-z]/.test(sentence[negStart - 1])) negStart--;
  return {
    verb: found[0],
    denied: true,
    text: sentence.slice(negStart, verbEnd),
    start: negStart,
    end: verbEnd,
  };
}

function lastIndexOfPattern(text: string, pattern: RegExp): number {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let last = -1;
  for (const m of text.matchAll(global)) last = m.index + m[0].length - 1;
  return last;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
