// compromise's dictionary, for gazetteer.ts's word look-ups ("is this a dictionary word, a place,
// an organisation?"). tokens.ts, the one module that imports compromise, hands it over as it loads.
// gazetteer.ts does not import compromise itself because graph building needs gazetteer.ts but no
// dictionary word (state names and demonyms are plain data in countries.ts): a returning visit's
// worker builds the graph from saved extractions without downloading or evaluating the tagger.

export interface Lexicon {
  readonly [word: string]: string | string[] | undefined;
}

/** Until tokens.ts has loaded, any look-up is a bug in the import order: say so rather than answer "unknown". */
const NOT_LOADED: Lexicon = new Proxy(
  {},
  {
    get() {
      throw new Error("compromise's dictionary was read before src/extract/tokens.ts loaded it");
    },
  },
);

/** compromise's lexicon: lower-cased word or phrase → its tag or tags. */
export let lexicon: Lexicon = NOT_LOADED;

export function provideLexicon(words: Lexicon): void {
  lexicon = words;
}
