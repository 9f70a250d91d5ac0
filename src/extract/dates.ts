// Date phrases in news prose, normalised to ISO ("2026-01-28"), or to a partial date ("2026-01",
// "2024") when that is all the text says. Relative phrases ("on Wednesday", "last October",
// "earlier this week") are resolved against the publication date; without one they stay
// undated: no precision the text does not give.
import {
  addDays,
  addMonths,
  daysBetween,
  formatDay,
  formatMonth,
  formatYear,
  isValidYmd,
  mondayOf,
  monthNumber,
  monthOfSpan,
  parseIsoDate,
  weekday,
  WEEKDAY_NUMBERS,
  type Ymd,
} from './dates/calendar';
import { sentenceAround, tenseAround, type Tense } from './dates/tense';
import { memo } from './memo';

export interface DateMention {
  /** UTF-16 offsets into the text given to findDates: text.slice(start, end) === mention.text. */
  start: number;
  end: number;
  text: string;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY"; absent when the phrase cannot be pinned down. */
  date?: string;
}

interface Context {
  published?: Ymd;
  /** Tense of the clause around the match; computed only when a rule needs it. */
  tense: () => Tense;
  /** The one year the sentence around the match states, if it states exactly one. */
  sentenceYear: () => number | undefined;
}

interface Rule {
  pattern: RegExp;
  resolve: (m: RegExpExecArray, ctx: Context) => string | undefined;
}

// Full month names first so "Sept" is not cut to "Sep" and "March" not to "Mar"; a dot is
// part of an abbreviation only ("Jan. 29"), never a sentence's full stop after "October".
const MONTH = String.raw`((?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)`;
const FULL_MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December)`;
const WEEKDAY = String.raw`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const WEEKDAY_PREFIX = String.raw`(?:${WEEKDAY.replace('(', '(?:')},?\s+(?:the\s+)?)?`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})(?!\d)`;
// Words that make a bare month or year a date rather than something else ("in 2015", not "2015 troops").
const TIME_PREPOSITION = String.raw`(?<=\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Oo]f|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id|[Tt]hrough|[Tt]hroughout|[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|[Ff]all)[\s-])`;

// A year the sentence states outright: after a time preposition, after a month, or in a full date.
const STATED_YEAR = new RegExp(String.raw`(?:${TIME_PREPOSITION}|\b${MONTH},?\s+(?:\d{1,2}${ORDINAL},?\s+)?)(1[89]\d\d|2[01]\d\d)(?![\d-])`, 'g');

function yearStatedAround(text: string, start: number, end: number): number | undefined {
  const sentence = sentenceAround(text, start, end);
  const years = new Set([...text.slice(sentence.start, sentence.end).matchAll(STATED_YEAR)].map((m) => Number(m[m.length - 1])));
  return years.size === 1 ? [...years][0] : undefined;
}

const day = (y: number, m: number, d: number): string | undefined => (isValidYmd(y, m, d) ? formatDay({ y, m, d }) : undefined);
const plausibleYear = (y: number): boolean => y >= 1000 && y <= 2999;

/**
 * Which year a month-and-day without a year falls in: the year its sentence states ("In 2022,
 * Russia invaded on Feb. 24"), else the one that fits the tense, seen from the publication date.
 */
function dayWithoutYear(m: number, d: number, ctx: Context): string | undefined {
  const stated = ctx.sentenceYear();
  if (stated !== undefined) return day(stated, m, d);
  const pub = ctx.published;
  if (!pub) return undefined;
  const candidates = [pub.y - 1, pub.y, pub.y + 1]
    .filter((y) => isValidYmd(y, m, d))
    .map((y) => ({ y, m, d, offset: daysBetween(pub, { y, m, d }) }));
  const tense = ctx.tense();
  const allowed = candidates.filter((c) => (tense === 'future' ? c.offset >= 0 : tense === 'past' ? c.offset <= 0 : true));
  // Nearest to publication; on a tie the past one, as news mostly reports what happened.
  allowed.sort((a, b) => Math.abs(a.offset) - Math.abs(b.offset) || a.offset - b.offset);
  const best = allowed[0];
  return best ? formatDay(best) : undefined;
}

/** A month named without a year ("in October", "last October", "next March"). */
function monthWithoutYear(m: number, modifier: string | undefined, ctx: Context): string | undefined {
  const pub = ctx.published;
  if (!pub) return undefined;
  const mod = modifier?.toLowerCase();
  let y: number;
  if (mod === 'last' || mod === 'past') y = m < pub.m ? pub.y : pub.y - 1;
  else if (mod === 'next' || mod === 'coming') y = m > pub.m ? pub.y : pub.y + 1;
  else if (mod === 'this') y = pub.y;
  else if (ctx.tense() === 'future') y = m >= pub.m ? pub.y : pub.y + 1;
  else y = m <= pub.m ? pub.y : pub.y - 1;
  return formatMonth(y, m);
}

/** A weekday: the nearest such day in the week around publication, before or after by tense. */
function weekdayDate(name: string, modifier: string | undefined, ctx: Context): string | undefined {
  const pub = ctx.published;
  if (!pub) return undefined;
  const target = WEEKDAY_NUMBERS[name.toLowerCase()];
  const back = (weekday(pub) - target + 7) % 7;
  const forward = (target - weekday(pub) + 7) % 7;
  const mod = modifier?.toLowerCase();
  if (mod === 'last' || mod === 'past') return formatDay(addDays(pub, -(back || 7)));
  if (mod === 'next' || mod === 'coming') return formatDay(addDays(pub, forward || 7));
  return formatDay(addDays(pub, ctx.tense() === 'future' ? forward : -back));
}

function weekSpan(phrase: string, ctx: Context): string | undefined {
  const pub = ctx.published;
  if (!pub) return undefined;
  const p = phrase.toLowerCase().replace(/\s+/g, ' ');
  const monday = mondayOf(pub);
  const sunday = addDays(monday, 6);
  if (p === 'earlier this week') return monthOfSpan(monday, pub);
  if (p === 'later this week') return monthOfSpan(pub, sunday);
  if (p === 'this week') return monthOfSpan(monday, sunday);
  if (p === 'last week') return monthOfSpan(addDays(monday, -7), addDays(sunday, -7));
  if (p === 'next week') return monthOfSpan(addDays(monday, 7), addDays(sunday, 7));
  return undefined;
}

/**
 * "over the weekend", "last weekend", "this weekend": two days, so a month at best. Past-tense
 * (or bare) readings take the weekend before publication, future ones the one after.
 */
function weekendSpan(which: string | undefined, ctx: Context): string | undefined {
  const pub = ctx.published;
  if (!pub) return undefined;
  const w = which?.toLowerCase();
  const day = weekday(pub);
  const inWeekend = day === 6 || day === 0;
  // The Saturday on or before publication, and the one on or after it.
  const before = addDays(pub, -((day + 1) % 7));
  const after = inWeekend ? before : addDays(pub, 6 - day);
  const span = (saturday: Ymd): string | undefined => monthOfSpan(saturday, addDays(saturday, 1));
  // "Next weekend" said midweek may mean either of the two coming ones: only a month both share.
  if (w === 'next') return inWeekend ? span(addDays(before, 7)) : monthOfSpan(after, addDays(after, 8));
  if (w === 'this') return span(after);
  if (w === 'last' || w === 'past') return span(inWeekend ? addDays(before, -7) : before);
  return span(ctx.tense() === 'future' ? after : before);
}

function relativeMonthOrYear(which: string, unit: string, ctx: Context): string | undefined {
  const pub = ctx.published;
  if (!pub) return undefined;
  const shift = { last: -1, this: 0, next: 1 }[which.toLowerCase()] ?? 0;
  if (unit.toLowerCase() === 'year') return formatYear(pub.y + shift);
  const { y, m } = addMonths(pub.y, pub.m, shift);
  return formatMonth(y, m);
}

function monthOfRelativeYear(month: number, which: string, ctx: Context): string | undefined {
  const year = relativeMonthOrYear(which, 'year', ctx);
  return year ? formatMonth(Number(year), month) : undefined;
}

function relativeDay(word: string, ctx: Context): string | undefined {
  const pub = ctx.published;
  if (!pub) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  const shift = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
  return formatDay(addDays(pub, shift));
}

const NUMBER_WORDS = ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "3" is 3, "a"/"an"/"one" 1, "two" 2 ... "twelve" 12. */
function countOf(word: string): number {
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : Math.max(1, NUMBER_WORDS.indexOf(w) - 1);
}

/** "two days ago" is a day; "three weeks ago" a week, so a month at best; "a month ago" a month. */
function timeAgo(count: string, unit: string, ctx: Context): string | undefined {
  const pub = ctx.published;
  if (!pub) return undefined;
  const n = countOf(count);
  switch (unit.toLowerCase()) {
    case 'day':
      return formatDay(addDays(pub, -n));
    case 'week': {
      const monday = mondayOf(addDays(pub, -7 * n));
      return monthOfSpan(monday, addDays(monday, 6));
    }
    case 'month': {
      const { y, m } = addMonths(pub.y, pub.m, -n);
      return formatMonth(y, m);
    }
    default:
      return formatYear(pub.y - n);
  }
}

/** Day and month when both readings of "03/04/2025" are possible stay unresolved: only the year is sure. */
function numericDate(a: number, b: number, y: number): string | undefined {
  if (!plausibleYear(y)) return undefined;
  if (a > 12 && b <= 12) return day(y, b, a);
  if (b > 12 && a <= 12) return day(y, a, b);
  if (a === b) return day(y, a, b);
  if (a <= 12 && b <= 12) return formatYear(y);
  return undefined;
}

// Explicit dates need no context and claim their text before any relative reading.
const RULES: Rule[] = [
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
    resolve: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    pattern: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/g,
    resolve: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    pattern: new RegExp(String.raw`\b${WEEKDAY_PREFIX}${MONTH}\s+(\d{1,2})${ORDINAL},?\s+${YEAR}`, 'gi'),
    resolve: (m) => {
      const mon = monthNumber(m[1]);
      return mon && plausibleYear(Number(m[3])) ? day(Number(m[3]), mon, Number(m[2])) : undefined;
    },
  },
  {
    pattern: new RegExp(String.raw`\b${WEEKDAY_PREFIX}(\d{1,2})${ORDINAL}\s+(?:of\s+)?${MONTH},?\s+${YEAR}`, 'gi'),
    resolve: (m) => {
      const mon = monthNumber(m[2]);
      return mon && plausibleYear(Number(m[3])) ? day(Number(m[3]), mon, Number(m[1])) : undefined;
    },
  },
  {
    pattern: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/g,
    resolve: (m) => numericDate(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    pattern: new RegExp(String.raw`\b${MONTH},?\s+${YEAR}`, 'g'),
    resolve: (m) => {
      const mon = monthNumber(m[1]);
      return mon && plausibleYear(Number(m[2])) ? formatMonth(Number(m[2]), mon) : undefined;
    },
  },
  {
    pattern: new RegExp(String.raw`\b${WEEKDAY_PREFIX}${MONTH}\s+(\d{1,2})${ORDINAL}(?![\d:])\b`, 'g'),
    resolve: (m, ctx) => {
      const mon = monthNumber(m[1]);
      return mon ? dayWithoutYear(mon, Number(m[2]), ctx) : undefined;
    },
  },
  {
    pattern: new RegExp(String.raw`\b${WEEKDAY_PREFIX}(\d{1,2})${ORDINAL}\s+(?:of\s+)?${MONTH}`, 'g'),
    resolve: (m, ctx) => {
      const mon = monthNumber(m[2]);
      return mon ? dayWithoutYear(mon, Number(m[1]), ctx) : undefined;
    },
  },
  {
    // "in March of last year", "in May of this year": the month of the year the phrase names.
    pattern: new RegExp(String.raw`\b${FULL_MONTH}\s+of\s+(last|this|next)\s+year\b`, 'g'),
    resolve: (m, ctx) => monthOfRelativeYear(monthNumber(m[1])!, m[2], ctx),
  },
  {
    pattern: new RegExp(String.raw`\b([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+${FULL_MONTH}\b`, 'g'),
    resolve: (m, ctx) => monthWithoutYear(monthNumber(m[2])!, m[1], ctx),
  },
  {
    pattern: new RegExp(String.raw`${TIME_PREPOSITION}${FULL_MONTH}\b(?!\s+\d)`, 'g'),
    resolve: (m, ctx) => monthWithoutYear(monthNumber(m[1])!, undefined, ctx),
  },
  {
    pattern: new RegExp(String.raw`${TIME_PREPOSITION}(1[89]\d\d|2[01]\d\d)(?![\d-]|\s*(?:GMT|UTC|hours|hrs|troops|people|soldiers)\b)`, 'g'),
    resolve: (m) => formatYear(Number(m[1])),
  },
  {
    // "The Sunday Times" names a paper, not a day.
    pattern: new RegExp(String.raw`\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+)?${WEEKDAY}(?:s\b)?(?!\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Star|Independent|Observer|Tribune|Sport)\b)`, 'g'),
    resolve: (m, ctx) => weekdayDate(m[2], m[1], ctx),
  },
  {
    // Capitalised, these words are dates only where a sentence starts: "USA Today" is a paper.
    pattern: /\b(?:today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening))\b|(?<=(?:^|[.!?:;"\u201c\u201d\u2014\u2013(-])\s*)(?:Today|Yesterday|Tomorrow|Tonight|This\s+(?:morning|afternoon|evening))\b/g,
    resolve: (m, ctx) => relativeDay(m[0], ctx),
  },
  {
    // "evacuated overnight", "in an overnight operation": in a dated story, the night that ended on
    // the day of publication, dated by the day it began. "overnight on Sunday" is dated by its day.
    pattern: /\bovernight\b(?!\s+(?:on|into|to|from|between|of)\b)/gi,
    resolve: (_m, ctx) => relativeDay('yesterday', ctx),
  },
  {
    pattern: /\b(?:(?:over|during|at)\s+the|(last|this|next|past))\s+weekend\b/gi,
    resolve: (m, ctx) => weekendSpan(m[1], ctx),
  },
  {
    // "the April truce", "their October meeting": a month naming an event, in its most recent
    // occurrence unless the clause speaks of the future.
    pattern: new RegExp(String.raw`(?<=\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Oo]ur)\s)${FULL_MONTH}(?=\s+[a-z])`, 'g'),
    resolve: (m, ctx) => monthWithoutYear(monthNumber(m[1])!, undefined, ctx),
  },
  {
    pattern: /\b(?:(?:earlier|later)\s+this|this|last|next)\s+week\b/gi,
    resolve: (m, ctx) => weekSpan(m[0], ctx),
  },
  {
    pattern: /\b(?:(?:earlier|later|early|late)\s+(?:in\s+)?)?(last|this|next)\s+(month|year)\b/gi,
    resolve: (m, ctx) => relativeMonthOrYear(m[1], m[2], ctx),
  },
  {
    pattern: new RegExp(String.raw`\b(\d{1,2}|${NUMBER_WORDS.join('|')})\s+(day|week|month|year)s?\s+ago\b`, 'gi'),
    resolve: (m, ctx) => timeAgo(m[1], m[2], ctx),
  },
  {
    // Said as a span with no edges: worth marking as a date phrase, never worth a date.
    pattern: /\b(?:recent|the\s+past|the\s+coming|coming)\s+(?:days|weeks|months|years)\b/gi,
    resolve: () => undefined,
  },
];

/** Recent results by publication date and text: the event passes read the same sentences' dates. */
const FOUND = new Map<string, DateMention[]>();

/**
 * Every date phrase in the text, in order, without overlaps (the longest reading wins), with its
 * date when the text and the publication date allow one.
 */
export function findDates(text: string, published?: string): DateMention[] {
  const key = `${published === undefined ? '\u0001' : published}\u0000${text}`;
  // Callers may change what they get: each gets copies, the cache keeps its own.
  return memo(FOUND, key, () => scanDates(text, published), 2000).map((m) => ({ ...m }));
}

function scanDates(text: string, published?: string): DateMention[] {
  const pub = parseIsoDate(published);
  const candidates: Array<DateMention & { rule: number }> = [];
  RULES.forEach((rule, ruleIndex) => {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      let tense: Tense | undefined;
      const ctx: Context = {
        published: pub,
        tense: () => (tense ??= tenseAround(text, start, end)),
        sentenceYear: () => yearStatedAround(text, start, end),
      };
      const date = rule.resolve(m as RegExpExecArray, ctx);
      const mention: DateMention & { rule: number } = { start, end, text: m[0], rule: ruleIndex };
      if (date) mention.date = date;
      candidates.push(mention);
    }
  });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rule - b.rule || a.start - b.start);
  const taken: DateMention[] = [];
  for (const c of candidates) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    const { rule: _rule, ...mention } = c;
    taken.push(mention);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * The date a phrase names ("in December 2024", "last October", "will meet on Wednesday"),
 * resolved against the publication date when the phrase is relative; undefined when it cannot be
 * pinned down.
 */
export function resolveDatePhrase(phrase: string, published?: string): string | undefined {
  return findDates(phrase, published).find((m) => m.date)?.date;
}

const HEADER_LINES = 8;
const HEADER_DATE_OFFSET = 80;

/**
 * The publication date stated in an article's header ("02:09 PM, Jan 29, 2026", "29 Jan 2026",
 * "2026-01-29"): only the first few lines are read, and only full dates near a line's start, so
 * a date the story itself mentions is not taken for the date of the story.
 */
export function findPublishedDate(text: string): string | undefined {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, HEADER_LINES);
  for (const line of lines) {
    for (const m of findDates(line)) {
      if (m.start <= HEADER_DATE_OFFSET && m.date && /^\d{4}-\d{2}-\d{2}$/.test(m.date)) return m.date;
    }
  }
  return undefined;
}

/** "a" ... "ten" or a number of one or two digits, as "N days after" counts. */
const SPAN_COUNT = String.raw`(${NUMBER_WORDS.slice(0, 12).join('|')}|\d{1,2})`;
const SPAN_AFTER = new RegExp(String.raw`\b${SPAN_COUNT}\s+(days?|weeks?)\s+(after|following)\b[^,;.]*$`, 'i');
const SPAN_LATER = new RegExp(String.raw`\b${SPAN_COUNT}\s+(days?|weeks?)\s+(later)\s*,?\s*$`, 'i');

/**
 * "marched on Monday, a day after X was detained", "on Tuesday, two days after a landslide
 * buried the road": the event after "N days after" happened N days (or weeks) before the day
 * the clause is dated by. `between` is the text from that date to the event's word; undefined
 * when it holds no such span or the date is not a day.
 */
export function dateSpanBefore(iso: string | undefined, between: string): string | undefined {
  const day = parseIsoDate(iso);
  // "closed X on Friday and, two days later, banned Y": counted forward from the first act's day.
  const m = SPAN_AFTER.exec(between) ?? SPAN_LATER.exec(between);
  if (!day || !m) return undefined;
  const n = spanDays(m);
  return formatDay(addDays(day, /^later$/i.test(m[3]) ? n : -n));
}

/** The days a matched span counts: its number, times seven for weeks. */
function spanDays(m: RegExpExecArray): number {
  return countOf(m[1]) * (/^week/i.test(m[2]) ? 7 : 1);
}

const SPAN_LATER_AHEAD = new RegExp(String.raw`^[^,;.:]*?\b${SPAN_COUNT}\s+(days?|weeks?)\s+later\b`, 'i');

/**
 * "made landfall on Sunday, and relief flights began reaching X a day later": an event whose own
 * clause ends "N days later" happened N days (or weeks) after the day told before it. `after` is
 * the text from the event's word on; the days its clause counts on, undefined when it holds no
 * such span.
 */
export function daysLaterAhead(after: string): number | undefined {
  const m = SPAN_LATER_AHEAD.exec(after);
  return m ? spanDays(m) : undefined;
}

/** The day `days` (from daysLaterAhead) after `iso`; undefined without a span or when the date is not a day. */
export function dateSpanAhead(iso: string | undefined, days: number | undefined): string | undefined {
  const day = parseIsoDate(iso);
  if (!day || days === undefined) return undefined;
  return formatDay(addDays(day, days));
}
