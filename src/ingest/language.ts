/**
 * A light check that a text is English, the only language the extractor's patterns and
 * compromise's lexicon handle. Two signals: the share of letters in Latin script, and the share
 * of words that are common English function words (about a third of running English prose,
 * near zero in other languages). Short texts are given the benefit of the doubt.
 */

const ENGLISH_FUNCTION_WORDS = new Set(
  ('the of and to a an in is was were are be been that for on with as by at from it its he she they ' +
    'his her their this these those which who whom but or not has have had will would said says ' +
    'after before into about over than also more one two new')
    .split(' '),
);

/** Other languages a user might plausibly drop, recognised by their own function words so the message can name them. */
const OTHER_LANGUAGES: { name: string; words: Set<string> }[] = [
  { name: 'French', words: new Set('le la les des du et est une un dans pour que qui sur au aux pas par avec'.split(' ')) },
  { name: 'German', words: new Set('der die das und ist nicht ein eine den dem mit von zu auf für sich des im'.split(' ')) },
  { name: 'Spanish', words: new Set('el la los las de que y en un una por con para del se no es al'.split(' ')) },
  { name: 'Italian', words: new Set('il la di che e un una per non con del della sono gli le dei nel'.split(' ')) },
  { name: 'Portuguese', words: new Set('o a os as de que e do da em um uma para com não no na dos'.split(' ')) },
  { name: 'Dutch', words: new Set('de het een en van in is dat op te zijn met voor niet die aan'.split(' ')) },
];

const SCRIPTS: { name: string; re: RegExp; example: string }[] = [
  { name: 'Cyrillic', re: /\p{Script=Cyrillic}/u, example: 'Russian, Ukrainian' },
  { name: 'Chinese', re: /\p{Script=Han}/u, example: 'Chinese or Japanese' },
  { name: 'Japanese', re: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, example: 'Japanese' },
  { name: 'Korean', re: /\p{Script=Hangul}/u, example: 'Korean' },
  { name: 'Arabic', re: /\p{Script=Arabic}/u, example: 'Arabic, Persian' },
  { name: 'Hebrew', re: /\p{Script=Hebrew}/u, example: 'Hebrew' },
  { name: 'Greek', re: /\p{Script=Greek}/u, example: 'Greek' },
  { name: 'Devanagari', re: /\p{Script=Devanagari}/u, example: 'Hindi' },
  { name: 'Thai', re: /\p{Script=Thai}/u, example: 'Thai' },
];

const SAMPLE_CHARS = 20_000;
const MIN_LETTERS = 20;
const MIN_LATIN_SHARE = 0.6;
const MIN_WORDS = 30;
const MIN_ENGLISH_SHARE = 0.1;

/** Why the text is not one the extractor can read, or undefined when it looks like English. */
export function languageProblem(fullText: string): string | undefined {
  // The opening of an article tells its language as well as the whole, at a fraction of the cost.
  const text = fullText.slice(0, SAMPLE_CHARS);
  const { letters, latin } = countLetters(text);
  if (letters < MIN_LETTERS) return undefined;
  if (latin / letters < MIN_LATIN_SHARE) {
    const script = dominantScript(text);
    const what = script ? `mostly ${script.name} script (${script.example})` : 'mostly in a non-Latin script';
    return `the text is ${what}; only English articles can be read`;
  }
  // Mostly Latin from here on, so words are runs of Latin letters (with accents, apostrophes).
  const words = text.toLowerCase().match(/[a-z\u00df-\u024f]+(?:['’][a-z\u00df-\u024f]+)?/g) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length;
  if (english >= MIN_ENGLISH_SHARE) return undefined;
  const guess = guessLanguage(words);
  const what = guess ? `looks like ${guess}, not English` : 'does not look like English (few common words such as "the", "of", "and")';
  return `the text ${what}; only English articles can be read`;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Letters and Latin letters, with ASCII (nearly all of an English text) decided without a regex. */
function countLetters(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latin++;
      }
    } else if (LETTER.test(ch)) {
      letters++;
      if (LATIN.test(ch)) latin++;
    }
  }
  return { letters, latin };
}

function countMatches(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function dominantScript(text: string): (typeof SCRIPTS)[number] | undefined {
  let best: (typeof SCRIPTS)[number] | undefined;
  let bestCount = 0;
  for (const script of SCRIPTS) {
    const n = countMatches(text, new RegExp(script.re.source, 'gu'));
    if (n > bestCount) {
      best = script;
      bestCount = n;
    }
  }
  return best;
}

function guessLanguage(words: string[]): string | undefined {
  let best: string | undefined;
  let bestShare = 0.15; // below this no guess is better than a wrong one
  for (const lang of OTHER_LANGUAGES) {
    const share = words.filter((w) => lang.words.has(w)).length / words.length;
    if (share > bestShare) {
      best = lang.name;
      bestShare = share;
    }
  }
  return best;
}
