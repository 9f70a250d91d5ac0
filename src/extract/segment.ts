// Sentence segmentation with exact offsets into the original text.
import { splitLines, type ExcludedSpan } from './clean';

export interface Sentence {
  start: number;
  end: number;
  /** A headline or title-case line: names found there only confirm names found in the body. */
  headline: boolean;
  /** The place named by a dateline opening the sentence's paragraph ("SANTIAGO — ..."), outside the sentence. */
  dateline?: { start: number; end: number };
}

// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'gov', 'sen', 'rep', 'st', 'jr', 'sr',
  'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'mt', 'ft', 'ste', 'pt', 'approx', 'dept', 'est', 'fig', 'al',
]);

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i])) i--;
  const word = text.slice(i + 1, dot);
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(word) || /^\p{Lu}$/u.test(word)) return true; // "U.S", initials
  return ABBREVIATIONS.has(word.toLowerCase());
}

function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4) return false;
  const caps = words.filter((w) => /^[“"‘(]?\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.7 && !/[.!?]["”]?$/.test(line);
}

/** Split the text into sentences, skipping lines that cleaning excluded entirely. */
export function segmentSentences(text: string, excluded: ExcludedSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of splitLines(text)) {
    let start = line.start;
    let end = line.end;
    let dateline: Sentence['dateline'];
    for (const span of excluded) {
      if (span.start <= start && span.end >= end) {
        start = end; // whole line excluded
        break;
      }
      // A dateline or a caption's credit opening the line: the sentence starts after it.
      if ((span.reason === 'dateline' || span.reason === 'credit') && span.start === start && span.end < end) {
        start = span.end;
        if (span.place) dateline = span.place;
      }
    }
    if (start >= end) continue;
    const headline = isTitleCase(text.slice(start, end));
    let s = start;
    for (let i = start; i < end; i++) {
      const ch = text[i];
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      let j = i + 1;
      while (j < end && /[.!?”"’)\]]/.test(text[j])) j++;
      if (j < end && !/\s/.test(text[j])) continue;
      let k = j;
      while (k < end && /\s/.test(text[k])) k++;
      if (k >= end) break;
      // The next sentence starts with a capital, a digit or an opening quote.
      if (!/[\p{Lu}\d“"‘(]/u.test(text[k])) continue;
      if (ch === '.' && endsWithAbbreviation(text, i) && !/[”"]/.test(text.slice(i + 1, j))) continue;
      sentences.push({ start: s, end: j, headline, ...(dateline && s === start ? { dateline } : {}) });
      s = k;
      i = k - 1;
    }
    if (s < end) sentences.push({ start: s, end, headline, ...(dateline && s === start ? { dateline } : {}) });
  }
  return sentences;
}
