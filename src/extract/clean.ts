// Boilerplate detection. Cleaning MARKS spans as excluded and never rewrites the text, so every
// offset downstream still points into the original article.
import { isKnownPlace, stateName } from './gazetteer';

export interface ExcludedSpan {
  start: number;
  end: number;
  reason: 'boilerplate' | 'credit' | 'byline' | 'dateline' | 'label';
  /** Datelines: where the place's name lies ("JOHANNESBURG" in "JOHANNESBURG — "). */
  place?: { start: number; end: number };
}

export interface Line {
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let s = start;
      let e = i;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      if (e > s) lines.push({ start: s, end: e, text: text.slice(s, e) });
      start = i + 1;
    }
  }
  return lines;
}

// Calls to action and site furniture: phrased for the reader, not about the story.
const FURNITURE = new RegExp(
  [
    String.raw`^(help us improve|related( articles| stories| posts)?|trending( now)?|comments?|leave a (reply|comment)|read more|more from|share( this)?|advertisement|sponsored|recommended|most (read|popular)|you may also like|follow us|sign in|log in|subscribe( now)?|newsletter|thank you,?|skip to content|back to top|print|email)\b[.:!]?$`,
    // "Read more: Why X wants a navy": a link to another story, its headline after the colon.
    String.raw`^(read more|read also|also read|related|see also|more on this|more from us|further reading|watch|listen)\s*:\s`,
    String.raw`\b(sign(ing)? up|sign in|log in|subscribe|subscription|newsletter|unsubscribe|daily edition|by email|your inbox|inbox)\b`,
    // ("membership" alone is no appeal: "the path to EU membership", "NATO membership" are news.)
    // A donation ask is phrased to the reader ("Donate today", "please consider a donation"); a
    // state that "will donate radar equipment" is news.
    String.raw`(^|[.!?:]\s+)donate\b|\b(donate (today|now|here)|please (consider )?donat(e|ing)|(consider|make|making|with) (a |your )?(\w+ )?donation|donation to (keep|us|our|support|help))\b`,
    String.raw`\b(support (our|us|independent)|reader support|become (a )?(member|partner|subscriber)|already a member|ad-free|paywall|(our|your|a) membership)\b`,
    String.raw`\b(your email address|required fields|are marked \*|privacy policy|terms of (use|service)|cookie|all rights reserved)`,
    // "© Outlet Name", "(c) 2026 Outlet": a rights line names the publisher, never the story. (No
    // word boundary: "©" is no word character, so "\b©" never matches at a line's start.)
    String.raw`©|^\(c\)\s`,
    // "Copyright Global Wire Service. This material may not be published, broadcast, rewritten or
    // redistributed.": a wire's rights notice names the distributor, not the story.
    String.raw`^copyright\b`,
    String.raw`\bmay not be (published|reproduced|broadcast|rewritten|redistributed)\b`,
    String.raw`\b(our (journalism|journalists|reporting|newsroom|work|coverage|readers|partners|top stories|mission))\b`,
    String.raw`\b(founding editor|editor[- ]in[- ]chief) of\b`,
    String.raw`\b(important to you|we have a request|you appreciate|please consider)\b`,
  ].join('|'),
  'i',
);

const QUOTED = /[“"][^”"]*[”"]/g;
const READER_PRONOUN = /\b(you|your|you['’]ll|you['’]re|we|our|us)\b/gi;

/** A line spoken to the reader rather than about the news: second-person address outside quotes. */
function addressesReader(line: string): boolean {
  const unquoted = line.replace(QUOTED, ' ');
  const count = (unquoted.match(READER_PRONOUN) ?? []).length;
  return count >= 2 && /\b(you|your)\b/i.test(unquoted);
}

/**
 * Furniture is the outlet's own voice: words inside quotation marks are someone quoted in the
 * story ("our partners will stay", an official said), so they are left out before the test.
 */
function isBoilerplateLine(line: string): boolean {
  return FURNITURE.test(line.replace(QUOTED, ' ')) || addressesReader(line);
}

/** A short line without sentence punctuation: a section label, an outlet name, a byline field. */
function isLabelLine(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (words <= 3 && !/[.!?]["”’]?$/.test(line)) return true;
  // "MIDDLE EAST AND NORTH AFRICA", "WORLD | ASIA-PACIFIC": a line with no lower-case letter and no
  // sentence punctuation is a section header or a kicker, never a sentence of the story.
  // (A section path, "SOUTH AFRICA | COURTS", is read part by part below: its state says where.)
  return words <= 8 && !/\p{Ll}/u.test(line) && /\p{Lu}/u.test(line) && !/[.!?]["”’]?$/.test(line) && !/\s[|›»>]\s/.test(line);
}

// Continents and world regions newspapers name their desks after ("ASIA", "MIDDLE EAST", "AMERICAS").
const SECTION_REGIONS = /^(?:(?:north|south|east|west|central|northern|southern|eastern|western|south-?east|north-?east|south-?west|north-?west|sub-saharan|latin)\s+)?(?:africa|asia|europe|americas?|oceania|pacific|asia[- ]pacific|middle east|near east|far east|caribbean|balkans|caucasus|gulf|arctic|antarctica|world|international|global)$/i;

const CRUMB_SEPARATOR = /\s+[|›»>]\s+/g;

/**
 * "WORLD NEWS | SUDAN", "Politics › Africa": a section path, its parts joined by a separator. A
 * part naming a state or a known place says where the story is; every other part ("WORLD NEWS",
 * "COURTS") is a section's label. Spans of the label parts, or undefined for no section path.
 */
function breadcrumbLabels(line: string, start: number): ExcludedSpan[] | undefined {
  if (!/\s[|›»>]\s/.test(line) || line.split(/\s+/).length > 8 || /[.!?]["”’]?$/.test(line)) return undefined;
  const spans: ExcludedSpan[] = [];
  let from = 0;
  const parts = [...line.matchAll(CRUMB_SEPARATOR)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  parts.push([line.length, line.length]);
  for (const [sepStart, sepEnd] of parts) {
    const part = line.slice(from, sepStart).trim();
    // "ASIA | CENTRAL ASIA", "AMERICAS | SOUTH AMERICA": a continent or a world region in a section
    // path is the desk that filed the story, not a place in it; only a state or a town says where.
    if (part && !stateName(part) && (!isKnownPlace(part.toLowerCase()) || SECTION_REGIONS.test(part))) spans.push({ start: start + from, end: start + sepStart, reason: 'label' });
    from = sepEnd;
  }
  return spans;
}

/** Bulleted metadata ("- In Reports", "- 02:09 PM, Jan 29, 2026", "- Staff"). */
function isMetaBullet(line: string): boolean {
  return /^[-–•*]\s/.test(line) && line.split(/\s+/).length <= 7 && !/[.!?]$/.test(line);
}

function isByline(line: string): boolean {
  return /^(by|written by|reporting by|edited by|photo:|image:|credit:|source:)\s/i.test(line) && line.split(/\s+/).length <= 10;
}

// "(Name/POOL/AFP)", "(Reuters)", "(Photo: ...)", "(Alexander Zemlianichenko)" at the end of a caption.
const CREDIT = /\((?:[^()]*\/[^()]*|(?:photo|image|credit|file|pool|afp|ap|reuters|getty|epa)[^()]*|[A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){1,3})\)/gu;

// "Photo: Name/Agency " opening a caption line.
const CAPTION_CREDIT = /^(?:photo|image|picture|credit|pictured)s?\s*:\s*[^/\n]{1,60}\/\s*[\p{L}.&-]+\s*/iu;

// A line opening "Photo: Name / Outlet. People gather ..." or "(Photo: ...)" is a caption, credit first.
const CAPTION_OPEN = /^\s*(?:\((?:photo|image|picture|credit|file|pool)\b[^)]*\)|(?:photo|image|picture|pictured)s?\s*:)/i;
// A line closed by a photo credit ("Trucks wait at a checkpoint. (Photo: X / Agency)") is a caption.
const CAPTION_CLOSE = /\((?:photo|image|picture|credit|file|pool)\b[^)]*\)\s*$/i;

/**
 * A caption's text stays in the article (it names people and places a reader can check), but
 * it shows a scene rather than reporting a happening: these tell the event reader to pass it by.
 */
export const opensCaption = (line: string): boolean => CAPTION_OPEN.test(line);
export const closesCaption = (line: string): boolean => CAPTION_CLOSE.test(line);

const LIST_HEADER = /^(related( articles| stories| posts| coverage)?|read more|more from|more on this|recommended|you may also like|trending( now)?|most (read|popular)|see also|further reading)\b/i;
const CAPTION_LINE = /^\((?:photo|image|picture|credit|file photo|pool)\b[^()]*\)/i;

const SENTENCE_BREAK = /[.!?]["”’]?\s+(?=[\p{Lu}“"])/gu;
// Words of news before a furniture sentence that keep the paragraph's opening as news.
const NEWS_WORDS = 25;

/**
 * "The vote was called in May by ... What follows is our reporting from the docks.": a
 * paragraph of news may end in a sentence in the outlet's voice. Where the sentences before it run
 * to a paragraph's length, only that sentence on is furniture (a short opener, "X is reader-funded.
 * Donate today.", is the ask's own); returns the offset it starts at, 0 for the whole line.
 */
function furnitureStart(line: string): number {
  let start = 0;
  for (const m of line.matchAll(SENTENCE_BREAK)) {
    const next = (m.index ?? 0) + m[0].length;
    if (isBoilerplateLine(line.slice(start, next))) break;
    start = next;
  }
  if (start === 0 || start >= line.length || line.slice(0, start).split(/\s+/).length < NEWS_WORDS || !isBoilerplateLine(line.slice(start))) return 0;
  return start;
}

// "MOSCOW — ", "Moscow: ", "LONDON (Reuters) -" at the start of a paragraph.
const DATELINE = /^(?:[A-Z][A-Za-z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3})(?:\s*\([^)]*\))?\s*(?:—|–|-{1,2}|:)\s+/;

export function findExcludedSpans(text: string): ExcludedSpan[] {
  const lines = splitLines(text);
  const spans: ExcludedSpan[] = [];
  const flagged = lines.map((l) => isBoilerplateLine(l.text));
  // A short line sandwiched in a block of furniture belongs to it ("Thank you," / signature / "Sign in").
  for (let i = 1; i < lines.length - 1; i++) {
    if (!flagged[i] && flagged[i - 1] && flagged[i + 1] && lines[i].text.split(/\s+/).length <= 12) flagged[i] = true;
  }
  // The list under "Related articles" / "Read more" names other stories: every bullet of it is furniture.
  for (let i = 1; i < lines.length; i++) {
    if (/^[-–•*]\s/.test(lines[i].text) && (flagged[i - 1] && (i < 2 || !/^[-–•*]\s/.test(lines[i - 1].text) ? LIST_HEADER.test(lines[i - 1].text) : flagged[i - 1]))) flagged[i] = true;
  }
  lines.forEach((line, i) => {
    if (flagged[i]) spans.push({ start: line.start + furnitureStart(line.text), end: line.end, reason: 'boilerplate' });
    else if (isMetaBullet(line.text)) spans.push({ start: line.start, end: line.end, reason: 'byline' });
    else if (isByline(line.text)) spans.push({ start: line.start, end: line.end, reason: 'byline' });
    else if (isLabelLine(line.text)) spans.push({ start: line.start, end: line.end, reason: 'label' });
    else if (breadcrumbLabels(line.text, line.start)) spans.push(...breadcrumbLabels(line.text, line.start)!);
    // "(Photo: Name/Agency) People gather in ...": a caption describes a picture; it is no evidence.
    else if (CAPTION_LINE.test(line.text)) spans.push({ start: line.start, end: line.end, reason: 'credit' });
    else {
      const d = DATELINE.exec(line.text);
      // Only all-caps or single-word place datelines: "Moscow: ..." / "MOSCOW — ..." / "N'DJAMENA — ...".
      // "PORT SUDAN, Sudan (Horn Wire) —": the agency in parentheses and the dash are no words of the place.
      if (d && d[0].replace(/\([^)]*\)/, ' ').replace(/\s*(?:—|–|-{1,2}|:)\s*$/, '').trim().split(/\s+/).length <= 4 && /^(?:[A-Z](?:['’]?[A-Z])+|[A-Z](?:['’][A-Z])?[a-z]+)\b/.test(d[0]) && !/^(?:The|A|An|In|On)\b/.test(d[0])) {
        const name = /^[^,(—–:]*?(?=\s*(?:,|\(|—|–|-{1,2}\s|:))/.exec(d[0]);
        // "Putin: we will..." is a speaker, not a place: after a colon only an all-caps name is a dateline's place.
        const colon = /:\s*$/.test(d[0]) && !/^[^a-z]+$/.test(name?.[0] ?? '');
        const place = name && name[0].length > 0 && !colon ? { start: line.start, end: line.start + name[0].length } : undefined;
        spans.push({ start: line.start, end: line.start + d[0].length, reason: 'dateline', ...(place ? { place } : {}) });
      }
      const caption = CAPTION_CREDIT.exec(line.text);
      if (caption) spans.push({ start: line.start, end: line.start + caption[0].length, reason: 'credit' });
      for (const m of line.text.matchAll(CREDIT)) {
        spans.push({ start: line.start + (m.index ?? 0), end: line.start + (m.index ?? 0) + m[0].length, reason: 'credit' });
      }
    }
  });
  return spans.sort((a, b) => a.start - b.start);
}

/** Whether [start, end) overlaps an excluded span; spans are sorted by start. */
export function isExcluded(spans: ExcludedSpan[], start: number, end: number): boolean {
  for (const s of spans) {
    if (s.start >= end) break;
    if (s.end > start) return true;
  }
  return false;
}
