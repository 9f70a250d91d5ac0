// One compromise parse per article: every later stage reads these tokens, never re-parses.
import nlp from 'compromise';
import { isDictionaryWord } from './gazetteer';
import { provideLexicon, type Lexicon } from './lexicon';

// gazetteer.ts's word look-ups read compromise's dictionary through lexicon.ts (see there why).
provideLexicon((nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon);

/** A token's text without its possessive "’s". */
export const bareText = (t: Token): string => t.text.slice(0, t.bareEnd - t.start);

export interface Token {
  /** Raw term text as written, possessive included ("Sharaa’s"). */
  text: string;
  /** Offsets of the term in the original text. */
  start: number;
  end: number;
  /** End of the term without a possessive "’s". */
  bareEnd: number;
  normal: string;
  tags: string[];
  /** Punctuation/whitespace after the term as written. */
  post: string;
  pre: string;
  possessive: boolean;
  /** Reads as a proper name: capitalised, and not a dictionary word opening a sentence. */
  proper: boolean;
}

/** compromise's own term objects, read directly: no .json() copy, no offset pass. */
interface DocTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
}

const QUANTIFIERS = /^(both|neither|either|each|all|many|several|some|most|few|none|others|another|such)$/;
// Closed-class words (pronouns, prepositions, conjunctions) opening a sentence are never a name's
// first word, whatever tag the parser gives them where it runs two sentences together ("... a
// total stop." In Salta, ...", "... our envoy. She later ...").
const CLOSED_OPENERS = /^(in|on|at|by|for|from|to|with|after|before|during|since|under|over|into|of|as|he|she|it|they|we|i|you|his|her|its|their|our|this|that|these|those|there|here|but|and|or|so|yet|if|when|while|although|though|because|once)$/;
const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Country', 'City', 'Region', 'Acronym', 'FirstName', 'LastName'];
const COMMON_OPENER_TAGS = ['Verb', 'Adjective', 'Adverb', 'Plural', 'Conjunction', 'Preposition'];

export function tokenize(text: string): Token[] {
  const doc = nlp(text) as unknown as { document: DocTerm[][] };
  const tokens: Token[] = [];
  let cursor = 0;
  for (const sentence of doc.document) {
    sentence.forEach((term, idx) => {
      if (!term.text) return;
      const t = { text: term.text, pre: term.pre, post: term.post, normal: term.normal, tags: [...term.tags] };
      // Terms come in text order: each is the next occurrence of its text after the previous one.
      const start = text.indexOf(t.text, cursor);
      if (start < 0) return;
      const end = start + t.text.length;
      cursor = end;
      const possessive = /['’]s$/i.test(t.text) && t.tags.includes('Possessive') || /[’']s$/.test(t.text) && t.text.length > 3;
      const bareEnd = possessive ? end - 2 : end;
      const bare = t.text.slice(0, bareEnd - start);
      const capital = /^\p{Lu}/u.test(bare);
      const lower = bare.toLowerCase();
      // compromise may run two sentences together inside a quotation ("... the sky. Both have ..."):
      // a word after a lower-case word and a full stop opens a sentence all the same.
      const prevTerm = tokens[tokens.length - 1];
      const afterStop = idx > 0 && !!prevTerm && /^\p{Ll}/u.test(prevTerm.text) && /^[.!?]["”’]?\s+$/.test(prevTerm.post);
      const atSentenceStart = idx === 0 || /[“"‘(]$/.test(t.pre) || afterStop;
      // A sentence's first word is a name only if tagged as one, or unknown and not an inflected
      // verb, adjective or plural ("Freed", "Supporters").
      const properTag = PROPER_TAGS.some((g) => term.tags.has(g));
      const commonOpener = !properTag && COMMON_OPENER_TAGS.some((g) => term.tags.has(g));
      const proper =
        capital &&
        (!atSentenceStart || properTag || (!isDictionaryWord(lower) && !commonOpener)) &&
        // "M'Poko", "N'Djamena", "D'Alema": an elided capital opening a name is no pronoun ("I'm").
        (!t.tags.includes('Pronoun') || /^\p{Lu}['’]\p{Lu}\p{Ll}/u.test(bare)) &&
        !t.tags.includes('Determiner') &&
        // "Both have to ...", "Neither said ...": a quantifier opening a sentence stands for things named before.
        !(atSentenceStart && (QUANTIFIERS.test(lower) || CLOSED_OPENERS.test(lower)));
      // "Kartal Construction said": an opener the dictionary does not know, written before another
      // name, is part of that name whatever compromise guessed its part of speech to be.
      const prev = tokens[tokens.length - 1];
      if (idx === 1 && prev && !prev.proper && /^\p{Lu}/u.test(prev.text) && capital && !prev.possessive && /^ $/.test(prev.post) && !isDictionaryWord(prev.normal) && !isDictionaryWord(prev.normal.replace(/s$/, '')) && !prev.tags.includes('Plural') && !prev.tags.includes('Pronoun') && !prev.tags.includes('Determiner')) {
        prev.proper = true;
      }
      tokens.push({
        text: t.text,
        start,
        end,
        bareEnd,
        normal: t.normal,
        tags: t.tags,
        post: t.post,
        pre: t.pre,
        possessive,
        proper,
      });
    });
  }
  return tokens;
}
