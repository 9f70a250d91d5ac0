// Within one article: give every mention the key of the thing it names. Full names win; a
// surname alone ("Sharaa", "al-Sharaa") attaches to the full name it most plausibly means here.
import type { EntityType, Mention } from '../graph/model';
import type { LocalEntity } from './article';
import { ADMIN_UNIT_NOUNS, COMPANY_HEADS, GEO_TAILS, ORG_HEADS, PLACE_HEADS, PLACE_OF_NOUNS, PORTFOLIO_WORDS, TITLE_WORDS, isDictionaryWord, isKnownPlace, isNameWord, stateName, stateOfCapital, stateOfDemonym } from './gazetteer';
import { ARABIC_ARTICLE, NAME_PARTICLES, nameCore, personCore, skeleton, slug, placeSkeleton } from './names';
import { BODY_LEADS, NAME_TAGS, PLACE_OFFICES, ROMANCE_ARTICLES, SHIP_PREFIXES, type RawMention } from './recognise';
import type { Sentence } from './segment';
import { chooseBySurname, type Gender } from './surnameChoice';
import { bareText as bare, type Token } from './tokens';

// Nouns of a settlement before "of NAME" ("the port of X", "the town of X"): the name is the town.
// ("the department of X", "the capital of X": a unit of the state and a capital's noun likewise.)
const TOWN_OF = new Set([...PLACE_OF_NOUNS, ...ADMIN_UNIT_NOUNS, 'capital']);

/**
 * Whether the words before a bare name make it the town a base or a body is named after, not the
 * base or the body: a preposition of place ("a safe house in X", "posts near X") or a settlement's
 * or a unit's noun and "of" ("the northern port of X", "the department of X", "the capital of X").
 */
function townCue(tokens: Token[], m: RawMention, from: number): boolean {
  return (m.from - 1 >= from && PLACE_PREPOSITIONS.test(tokens[m.from - 1].normal)) || townOfCue(tokens, m, from);
}

// Prepositions after which a bare name is where something is: the town, not what is named after it.
const PLACE_PREPOSITIONS = /^(in|near|outside|around|inside|off|on)$/;
// The narrower set that makes a one-word name the place at every bare mention of the article
// ("around", "inside" and "on" also stand after verbs and bodies: "commented on X").
const TOWN_PREPOSITIONS = /^(in|near|outside|off)$/;

/**
 * "troops on Tarvo", "Kessa Air Station on Tarvo": "on" after a common noun or a base's or a place's
 * name sets a thing on an island (not after a verb, "commented on X", nor a body's name, "Daily on X").
 */
function islandOn(tokens: Token[], sm: SentenceMentions, m: RawMention): boolean {
  if (m.from - 2 < sm.from || tokens[m.from - 1].normal !== 'on') return false;
  const before = tokens[m.from - 2];
  if (!before.tags.includes('Noun') || before.tags.includes('Verb') || before.tags.includes('Pronoun')) return false;
  return !before.proper || sm.mentions.some((o) => o.to === m.from - 1 && (o.kind === 'base' || o.kind === 'place'));
}

/** "the port of X", "the department of X", "the capital of X": a settlement's or a unit's noun and "of" before the name. */
function townOfCue(tokens: Token[], m: RawMention, from: number): boolean {
  return m.from - 2 >= from && tokens[m.from - 1].normal === 'of' && TOWN_OF.has(tokens[m.from - 2].normal);
}

export interface SentenceMentions {
  sentence: Sentence;
  /** Token range of the sentence. */
  from: number;
  to: number;
  mentions: RawMention[];
  /** Resolved entity key per mention (undefined: dropped). */
  keys: (string | undefined)[];
}

function personWords(m: RawMention, tokens: Token[]): Token[] {
  const words: Token[] = [];
  for (let i = m.from; i < m.to; i++) {
    const t = tokens[i];
    if (NAME_PARTICLES.has(t.normal)) continue;
    // "Pierre-Louis", "Marie-Claude": a hyphenated name is one word of the name.
    const prev = words[words.length - 1];
    if (prev && i > m.from && tokens[i - 1].post === '-' && !NAME_PARTICLES.has(tokens[i - 1].normal) && prev.end === tokens[i - 1].end) {
      words[words.length - 1] = { ...prev, text: `${prev.text}-${t.text}`, end: t.end, bareEnd: t.bareEnd, possessive: t.possessive };
      continue;
    }
    words.push(t);
  }
  return words;
}

/** Administrative units a state is divided into ("the Indian state of Kerala"). */
const UNIT_NOUNS = new RegExp(`^(${[...ADMIN_UNIT_NOUNS, 'canton', 'island', 'islands', 'archipelago', 'town', 'village', 'port'].join('|')})$`);

export function resolveArticle(articleId: string, tokens: Token[], sentences: SentenceMentions[]): Map<string, LocalEntity> {
  const entities = new Map<string, LocalEntity>();
  const add = (key: string, type: EntityType, label: string, m: RawMention, s: Sentence, extra?: (e: LocalEntity) => void): string => {
    let e = entities.get(key);
    if (!e) {
      e = { key, type, label, aliases: [], mentions: [] };
      entities.set(key, e);
    }
    if (label.length > e.label.length) e.label = label;
    // A bare name now known to be a person (or base, place) reads as one in later stages.
    if (type !== 'event') m.kind = type;
    if (!e.aliases.includes(m.surface)) e.aliases.push(m.surface);
    const mention: Mention = { articleId, start: m.start, end: m.end, sentenceStart: s.start, sentenceEnd: s.end };
    e.mentions.push(mention);
    extra?.(e);
    return key;
  };
  const addRole = (e: LocalEntity, role: string | undefined): void => {
    if (!role) return;
    e.roles ??= [];
    if (!e.roles.some((r) => r.toLowerCase() === role.toLowerCase())) e.roles.push(role);
  };

  // "JOHANNESBURG — ...": the dateline names where the story is told from, a place of the story.
  const addDatelinePlace = (sm: SentenceMentions, d: { start: number; end: number }): void => {
    let k = sm.from;
    while (k - 1 >= 0 && tokens[k - 1].start >= d.start) k--;
    const words = tokens.slice(k, sm.from).filter((t) => t.end <= d.end);
    const surface = words.map((t, n) => t.text + (n < words.length - 1 ? t.post : '')).join('');
    if (!words.length || words.length > 4 || !isDatelinePlace(surface)) return;
    // "CEMAR — The Caribbean Maritime Council (CEMAR) said": a section
    // label naming a body the article names is no place.
    if ([...entities.values()].some((e) => e.type === 'organization' && e.aliases.includes(surface))) return;
    const label = /\p{Ll}/u.test(surface) ? surface : surface.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
    const m: RawMention = { kind: 'place', surface, start: words[0].start, end: words[words.length - 1].end, from: k, to: k + words.length, possessive: false };
    const s = { ...sm.sentence, start: d.start };
    const state = stateName(surface);
    // "EVENES, Norway — ... arrived through Evenes air station": a dateline naming a base the story
    // names by its kind is that base.
    // ("KESSARO — ... flights from Kessaro Airport": an airport takes its city's name; a dateline names the city.)
    const base = airportCores.has(skeleton(surface)) ? undefined : baseBySkeleton.get(skeleton(surface));
    if (state) add(`state:${slug(state)}`, 'state', state, m, s);
    else if (base) add(base, 'base', entities.get(base)!.label, m, s);
    else placeByCore.set(nameCore(surface), add(`place:${placeSkeleton(surface) || slug(surface)}`, 'place', label, m, s));
  };

  // What the text says of a person's gender: pronouns after the full name in its own sentence.
  const genders = new Map<string, Gender | undefined>();
  const genderOf = (key: string): Gender | undefined => {
    if (genders.has(key)) return genders.get(key);
    const votes = new Set<Gender>();
    sentences.forEach((sm, n) => {
      const isPerson = (x: RawMention): boolean => x.kind === 'person' || /^(person|surname):/.test(sm.keys[sm.mentions.indexOf(x)] ?? '');
      sm.mentions.forEach((m, i) => {
        if (sm.keys[i] !== key) return;
        // The only person of the sentence is whom its pronouns stand for ("X, whose company …,
        // was detained at his home"), and the next sentence's first pronoun before any other name
        // ("X was arrested. Prosecutors accuse him of …").
        const alone = sm.mentions.filter(isPerson).length === 1;
        // A kinship noun beside the name gives its gender before any pronoun: in "X, who is also
        // his sister" the "his" is the other person's.
        const kinGender = kinOf(tokens, m, sm.from, sm.to);
        if (kinGender) {
          votes.add(kinGender);
          return;
        }
        let g = honorificGender(tokens, m.from, sm.from) ?? (alone ? firstPronoun(tokens, m.to, sm.to) : pronounAfter(tokens, m.to, sm.to));
        const next = sentences[n + 1];
        if (!g && alone && next && !next.sentence.headline) {
          const firstName = next.mentions.find((x, j) => x.kind === 'person' || /^(person|surname):/.test(next.keys[j] ?? ''));
          g = firstPronoun(tokens, next.from, firstName ? firstName.from : next.to);
        }
        if (g) votes.add(g);
      });
    });
    const g = votes.size === 1 ? [...votes][0] : undefined;
    genders.set(key, g);
    return g;
  };

  readNamesakeStates(tokens, sentences);

  // Pass 1: full names, states, organisations, places, bases.
  const surnames = new Map<string, string[]>(); // surname core → person keys
  const firstNames = new Map<string, string[]>(); // first-name core → person keys
  const acronyms = new Map<string, string>(); // an acronym defined in this article → its body's key
  const placeAcronyms = new Map<string, string>(); // an acronym declared for a place → the place's key
  const baseBySkeleton = new Map<string, string>();
  const airportCores = new Set<string>();
  const placeByCore = new Map<string, string>();
  const standingGovernments: { sm: SentenceMentions; i: number }[] = [];
  const genericBodies: { sm: SentenceMentions; i: number }[] = [];
  const genericAcronyms = new Map<string, string>(); // an acronym declared for a generic body → that body's name
  const baseCores = new Set(sentences.flatMap((sm) => sm.mentions.filter((m) => m.kind === 'base').map((m) => skeleton(withoutShipPrefix(m.core ?? m.surface)))));
  // "off Koh Lipe ... Koh Lipe is popular": a name typed a person only because no dictionary knows
  // its words is the place the article elsewhere puts after a preposition of place or before a
  // place noun, unless some mention of it has a title or a name the tagger knows.
  // A name the tagger knows as a person's ("Rio Branco") is a place too when this mention of it
  // follows a preposition of place ("officials in Rio Branco said") and another is a place.
  const placeLike = (m: RawMention, sm: SentenceMentions): boolean => !m.role && (!!m.guessed || (m.from - 1 >= sm.from && /^(in|near|off|outside|inside|into|across|around)$/.test(tokens[m.from - 1].normal)));
  const placeNames = new Set<string>();
  const knownPeople = new Set<string>();
  for (const sm of sentences) {
    for (const m of sm.mentions) {
      if (m.kind === 'place' && !m.metonym) placeNames.add(skeleton(m.surface));
      else if (m.kind === 'person' && !placeLike(m, sm)) knownPeople.add(skeleton(m.surface));
    }
  }
  // The weight of the article's evidence for a name typed a person only by default (no title, the
  // tagger's guess or a given name): a person's cue anywhere (a title, an honorific, speaking as
  // the subject, the last word used alone as a person's) keeps it a person; otherwise a
  // preposition of place or a place noun after it, at any of its mentions, makes it a place.
  const personCue = new Set<string>();
  const placeCue = new Map<string, number>();
  const givenNamed = new Set<string>();
  const aloneAsPerson = new Set<string>();
  for (const sm of sentences) {
    for (const m of sm.mentions) {
      if ((m.kind === 'person' || m.kind === 'name') && m.to - m.from === 1 && !m.placeLike && !placeCueAt(tokens, m, sm.from)) aloneAsPerson.add(tokens[m.from].normal.replace(/['’]s$/, ''));
      if (m.kind !== 'person' || m.to - m.from < 2) continue;
      const sk = skeleton(m.surface);
      // A given name the tagger knows opening the name ("Kamal", "Ali") weighs for a person: then
      // one "in" is not enough ("confidence in Ali Hassan"), a stronger or a second cue is.
      if (['FirstName', 'MaleName', 'FemaleName'].some((g) => tokens[m.from].tags.includes(g))) givenNamed.add(sk);
      const weight = placeCueAt(tokens, m, sm.from);
      if (weight) placeCue.set(sk, (placeCue.get(sk) ?? 0) + weight);
      else if (m.role || honorificGender(tokens, m.from, sm.from) || (m.to < sm.to && SPEAKS.test(tokens[m.to].normal))) personCue.add(sk);
    }
  }
  for (const sm of sentences) {
    for (const m of sm.mentions) {
      if (m.kind !== 'person' || m.to - m.from < 2) continue;
      const sk = skeleton(m.surface);
      const usedAlone = aloneAsPerson.has(tokens[m.to - 1].normal.replace(/['’]s$/, ''));
      if (placeLike(m, sm) && placeNames.has(sk) && !knownPeople.has(sk)) m.kind = 'place';
      // "barracks in Nong Khai ... Nong Khai, the army's ...": a name the article types a place at
      // one mention is that place at the others where nothing marks a person (no title, honorific,
      // speaking, or name the tagger knows): a default reading yields to the article's evidence.
      else if (placeNames.has(sk) && !m.role && !personCue.has(sk) && !usedAlone && !tokens.slice(m.from, m.to).some((t) => NAME_TAGS.some((g) => t.tags.includes(g)))) m.kind = 'place';
      else if ((placeCue.get(sk) ?? 0) >= (givenNamed.has(sk) ? 2 : 1) && !personCue.has(sk) && !usedAlone) m.kind = 'place';
    }
  }
  // "Its coordinator, Komi Amavi, was held ... Komi Amavi is his cousin": a name the article
  // types a person by a cue at one mention (a title, a person's noun set beside it) is that
  // person at another the dictionary alone made a place (its first word a region's name), where
  // nothing places it (no preposition of place, no place noun, no known place).
  for (const sm of sentences) {
    for (const m of sm.mentions) {
      if (m.kind !== 'place' || m.metonym || m.vessel || m.to - m.from < 2 || !knownPeople.has(skeleton(m.surface))) continue;
      if (placeCueAt(tokens, m, sm.from) || isKnownPlace(m.surface.toLowerCase()) || stateOfCapital(m.surface)) continue;
      if (m.to < sm.to && !tokens[m.to].proper && (PLACE_HEADS.has(tokens[m.to].normal) || GEO_TAILS.has(tokens[m.to].normal))) continue;
      m.kind = 'person';
    }
  }
  // "the al-Shabaab stronghold ... Al Shabaab, whose fighters ... hands al Shabaab a poster": a
  // name the article once reads as a body (by a cue the recogniser trusts: its fighters, its
  // head noun, its acronym) is that body where it stands alone, in any spelling with the same
  // skeleton, unless that mention carries a person's title or honorific. The body's first key
  // is kept, so the spellings make one node.
  const bodyBySkeleton = new Map<string, string>();
  for (const sm of sentences) {
    for (const m of sm.mentions) {
      if (m.kind !== 'organization' || m.government || m.expands || m.possessive) continue;
      const sk = skeleton(m.surface);
      if (sk.length >= 3 && !bodyBySkeleton.has(sk)) bodyBySkeleton.set(sk, `organization:${bodySlug(m.surface)}`);
    }
  }
  // "claimed by al-Shabaab", "al-Shabaab, the Somali militant group", "members of al-Nusra":
  // a bare name -- one word, or one word after an Arabic article, with no given name -- that the
  // article once writes in a construction only a body takes (claiming an attack, being a group in
  // apposition, having members or fighters) is that body wherever it stands alone. People are
  // kept: a name ever given a title or an honorific, or said to speak and then called "he"/"she",
  // is a person's, and so is a word the article writes after a given name ("Ahmed al-Sharaa").
  for (const [sk, key] of armedBodies(tokens, sentences)) if (!bodyBySkeleton.has(sk)) bodyBySkeleton.set(sk, key);
  // "Mineração Serra Azul ... Serra Azul", "Karadağ İnşaat ... Karadağ": a company named again
  // without the word for its kind (opening a Romance name) or for its trade or legal form (ending
  // it) is the same company -- unless what is left names a state, a place or a common word.
  for (const sm of sentences) {
    for (const m of sm.mentions) {
      if (m.kind !== 'organization' || m.government || m.expands || m.possessive || m.to - m.from < 2) continue;
      const words = m.surface.split(/\s+/);
      const rest = BODY_LEADS.has(tokens[m.from].normal) ? words.slice(1).join(' ') : COMPANY_HEADS.has(tokens[m.to - 1].normal) ? words.slice(0, -1).join(' ') : '';
      if (!rest || stateName(rest) || stateOfDemonym(rest) || isKnownPlace(rest.toLowerCase()) || isDictionaryWord(rest.toLowerCase()) || ORG_HEADS.has(rest.toLowerCase())) continue;
      const sk = skeleton(rest);
      if (sk.length >= 3 && !bodyBySkeleton.has(sk)) bodyBySkeleton.set(sk, `organization:${bodySlug(m.surface)}`);
    }
  }
  // "the Houthis ... the Houthi movement": a body named in the plural is the body its singular names
  // where that singular is read as a body too (never a person: "Philips" is no "Philip").
  const bodyBySingular = new Map<string, string>();
  for (const sm of sentences) {
    for (const m of sm.mentions) {
      if (m.kind !== 'organization' || m.government || m.expands || m.possessive || m.to - m.from !== 1 || !/\p{Ll}s$/u.test(m.surface)) continue;
      const key = bodyBySkeleton.get(skeleton(m.surface));
      const singular = skeleton(m.surface.slice(0, -1));
      if (key && singular.length >= 3 && !bodyBySingular.has(singular)) bodyBySingular.set(singular, key);
    }
  }
  const bodyKeyOf = new Map<RawMention, string>();
  if (bodyBySingular.size) {
    for (const sm of sentences) {
      for (const m of sm.mentions) {
        if (m.kind !== 'organization' || m.government || m.expands || m.to - m.from !== 1) continue;
        const key = bodyBySingular.get(skeleton(m.surface));
        if (key) bodyKeyOf.set(m, key);
      }
    }
  }
  if (bodyBySkeleton.size) {
    for (const sm of sentences) {
      for (const m of sm.mentions) {
        if ((m.kind !== 'name' && !(m.kind === 'person' && !m.role) && m.kind !== 'organization') || bodyKeyOf.has(m)) continue;
        const key = bodyBySkeleton.get(skeleton(m.surface));
        if (!key || (m.kind !== 'organization' && honorificGender(tokens, m.from, sm.from))) continue;
        // Only the words of the body's name: a person's full name sharing a body's skeleton is a person.
        if (m.kind === 'person' && m.to - m.from > 2) continue;
        m.kind = 'organization';
        delete m.placeLike;
        delete m.guessed;
        bodyKeyOf.set(m, key);
      }
    }
  }
  // "Kofi and Ama Boateng ... The Boatengs did not speak": the plural of a surname the article
  // gives a person is that person's family -- no body, no place and no one person; it is no node.
  const fullSurnames = new Set<string>();
  for (const sm of sentences) {
    for (const m of sm.mentions) {
      if (m.kind !== 'person') continue;
      const words = personWords(m, tokens);
      if (words.length >= 2) fullSurnames.add(personCore(bare(words[words.length - 1])));
    }
  }
  const familyPlural = (m: RawMention): boolean => {
    if (m.kind === 'state' || m.kind === 'base' || m.role) return false;
    // ("the Van Dijks", "the al-Masris": particles before the plural belong to the surname.)
    const words = personWords(m, tokens);
    if (words.length !== 1 || m.to - m.from > 2) return false;
    const word = bare(words[0]).replace(/['’]$/, '');
    if (!/\p{Ll}s$/u.test(word)) return false;
    return fullSurnames.has(personCore(word.slice(0, -1))) || (/es$/.test(word) && fullSurnames.has(personCore(word.slice(0, -2))));
  };
  // "the trawler Morskaya Zvezda ... Morskaya Zvezda's crew": a vessel the article names after a
  // noun for its kind is that vessel wherever its name stands alone, in the kind it was given.
  const vesselBySkeleton = new Map<string, RawMention>();
  for (const sm of sentences) for (const m of sm.mentions) if (m.vessel && !vesselBySkeleton.has(skeleton(m.surface))) vesselBySkeleton.set(skeleton(m.surface), m);
  if (vesselBySkeleton.size) {
    for (const sm of sentences) {
      for (const m of sm.mentions) {
        const v = !m.vessel && !m.role && (m.kind === 'person' || m.kind === 'name' || m.kind === 'organization') ? vesselBySkeleton.get(skeleton(m.surface)) : undefined;
        if (!v) continue;
        m.kind = v.kind;
        m.vessel = true;
        delete m.placeLike;
        delete m.guessed;
        if (v.kind === 'base') {
          m.core = m.surface;
          m.baseKind = '';
        }
      }
    }
  }
  const order = [...sentences].sort((a, b) => Number(a.sentence.headline) - Number(b.sentence.headline));
  for (const sm of order) {
    if (sm.sentence.headline) continue;
    sm.mentions.forEach((m, i) => {
      const s = sm.sentence;
      if (fullSurnames.size && familyPlural(m)) {
        m.kind = 'name';
        m.family = true;
        return;
      }
      // "Pedro and Inés Salgado", "Kwame and Ama Mensah": a given name joined by "and" to a full
      // name of two words shares its surname -- two full names. Not a surname the article gives
      // someone else ("Ruiz and Inés Salgado" names Tomás Ruiz).
      const next = sm.mentions[i + 1];
      if ((m.kind === 'person' || m.kind === 'name') && m.to - m.from === 1 && !m.possessive && !m.role && next?.kind === 'person' && next.from === m.to + 1 && tokens[m.to].normal === 'and' && /^\s$/.test(tokens[m.from].post) && personWords(next, tokens).length === 2) {
        const given = tokens[m.from];
        const first = personCore(bare(given));
        const lastWord = personWords(next, tokens)[1];
        const last = personCore(bare(lastWord));
        if (first && last && first !== last && !fullSurnames.has(first) && !stateName(m.surface) && !stateOfDemonym(m.surface) && !isKnownPlace(m.surface.toLowerCase())) {
          const key = `person:${first} ${last}`;
          // ("Pieter and Anouk van Dijk": the surname keeps its particle.)
          const surname = next.surface.replace(/^\S+\s+/, '');
          sm.keys[i] = add(key, 'person', `${m.surface} ${surname}`, m, s, (e) => {
            e.surname = last;
          });
          const firsts = firstNames.get(first) ?? [];
          if (!firsts.includes(key)) firsts.push(key);
          firstNames.set(first, firsts);
          const list = surnames.get(last) ?? [];
          if (!list.includes(key)) list.push(key);
          surnames.set(last, list);
          return;
        }
      }
      switch (m.kind) {
        case 'person': {
          // "landed at Tarvo Oro air base ... the air force, which operates Tarvo Oro": a base's own
          // name alone, without a title or a given name the tagger knows, is the base, not a person.
          if (!m.role && baseCores.has(skeleton(m.surface)) && !NAME_TAGS.some((g) => tokens[m.from].tags.includes(g)) && !townCue(tokens, m, sm.from)) {
            sm.keys[i] = add(`base:${skeleton(m.surface)}`, 'base', m.surface, m, s);
            return;
          }
          // "Trans-Kivu Airlines cancelled flights ... a pilot who left Trans-Kivu": a name read as a person's only
          // by default, that opens the name of one body of the article, is that body's short name.
          const body = m.guessed && !m.role ? bodyOpenedBy(entities, m.surface) : undefined;
          if (body) {
            sm.keys[i] = add(body, 'organization', entities.get(body)!.label, m, s);
            return;
          }
          const words = personWords(m, tokens);
          if (words.length < 2) return;
          const first = personCore(bare(words[0]));
          const last = personCore(bare(words[words.length - 1]));
          const key = `person:${first} ${last}`;
          sm.keys[i] = add(key, 'person', m.surface, m, s, (e) => {
            e.surname = last;
            addRole(e, m.role?.text);
          });
          if (m.role?.holderState && m.role.holderToken !== undefined && !sm.mentions.some((o) => o.from <= m.role!.holderToken! && m.role!.holderToken! < o.to)) {
            ensureDemonymState(entities, articleId, m.role.holderState, tokens[m.role.holderToken], s);
          }
          const firsts = firstNames.get(first) ?? [];
          if (!firsts.includes(key)) firsts.push(key);
          firstNames.set(first, firsts);
          // "Héctor Barraza Lugo": in Spanish and Portuguese names the first of two surnames is the
          // one used alone, so a middle word of a three-word name also finds its person.
          const surnameCores = [last, ...words.slice(1, -1).map((w) => personCore(bare(w)))];
          for (const core of surnameCores) {
            const list = surnames.get(core) ?? [];
            if (!list.includes(key)) list.push(key);
            surnames.set(core, list);
          }
          return;
        }
        case 'state':
          sm.keys[i] = add(`state:${slug(m.state ?? m.surface)}`, 'state', m.state ?? m.surface, m, s);
          return;
        case 'organization': {
          if (m.government) {
            const state = m.government.state;
            // ("the army said": a national body named by its noun alone is the leading state's.)
            if (!state && m.government.body) {
              genericBodies.push({ sm, i });
              return;
            }
            if (!state) {
              standingGovernments.push({ sm, i });
              return;
            }
            sm.keys[i] = add(m.government.body ? `organization:${m.government.body}-of-${slug(state)}` : governmentKey(state), 'organization', m.surface, m, s);
            if (m.government.demonymToken !== undefined) ensureDemonymState(entities, articleId, state, tokens[m.government.demonymToken], s);
            return;
          }
          const renamed = i > 0 ? appositeBody(tokens, sm, i) : undefined;
          if (renamed) {
            sm.keys[i] = add(renamed, 'organization', m.surface, m, s);
            return;
          }
          // "Turkey's Foreign Ministry", "Turkish Foreign Ministry": a body every state has is named
          // with its state, one key per state however the article writes it.
          const national = nationalBody(tokens, m);
          if (national) {
            sm.keys[i] = add(`organization:${slug(national.body)}-of-${slug(national.state)}`, 'organization', national.label, m, s);
            if (national.demonymToken !== undefined) ensureDemonymState(entities, articleId, national.state, tokens[national.demonymToken], s);
            return;
          }
          // ("the Ministry of Foreign Affairs (MFA) ... the MFA": the acronym of a generic body too.)
          if (isGenericBody(tokens, m.from, m.to) || (!!m.expands && portfolioMinistryName(m.expands)) || genericAcronyms.has(m.surface)) {
            if (m.expands && !isGenericBody(tokens, m.from, m.to)) genericAcronyms.set(m.surface, m.expands);
            genericBodies.push({ sm, i });
            return;
          }
          // ("the Tana Falls Dam (TFD) ... TFD will"): an acronym declared for a place names it alone too.
          const placeNamed = placeAcronyms.get(m.surface);
          if (placeNamed && !m.expands) {
            sm.keys[i] = add(placeNamed, 'place', m.surface, m, s);
            return;
          }
          const known = acronyms.get(m.surface);
          const key = m.expands ? `organization:${bodySlug(m.expands)}` : known ?? bodyKeyOf.get(m) ?? `organization:${bodySlug(m.surface)}`;
          if (m.expands) acronyms.set(m.surface, key);
          sm.keys[i] = add(key, 'organization', m.expands ?? m.surface, m, s);
          return;
        }
        case 'place':
          // "the Oyster Cove naval base ... The Oyster Cove facility": the base's own name alone is the base.
          // ("a settlement on Tarnholm ... Tarnholm Airport": after a preposition of place the name
          // is where, the place the base is named after.)
          // ("Kessaro state governor ... Kessaro International Airport": a name before a place's noun is the place.)
          if (baseCores.has(skeleton(m.surface)) && !townCue(tokens, m, sm.from) && !(m.to < sm.to && !tokens[m.to].proper && PLACE_HEADS.has(tokens[m.to].normal))) {
            sm.keys[i] = add(`base:${skeleton(m.surface)}`, 'base', m.surface, m, s);
            return;
          }
          sm.keys[i] = add(`place:${placeSkeleton(m.expands ?? m.surface) || slug(m.expands ?? m.surface)}`, 'place', m.surface, m, s);
          if (m.expands) placeAcronyms.set(m.surface, sm.keys[i] as string);
          placeByCore.set(nameCore(m.surface), sm.keys[i] as string);
          // "the Brazilian state of Minas Gerais", "the Russian region of Belgorod": the demonym
          // before the unit's noun names the state the place lies in.
          if (m.from - 3 >= sm.from && tokens[m.from - 1].normal === 'of' && UNIT_NOUNS.test(tokens[m.from - 2].normal) && tokens[m.from - 3].proper && !sm.mentions.some((o) => o.from <= m.from - 3 && m.from - 3 < o.to)) {
            const t = tokens[m.from - 3];
            const state = stateOfDemonym(bare(t));
            if (state) ensureDemonymState(entities, articleId, state, t, s);
          }
          return;
        case 'base': {
          // ("ITS Marco Vellani", "the Marco Vellani": a warship is keyed by its name without its
          // navy's prefix, as other reports name it.)
          const sk = skeleton(withoutShipPrefix(m.core ?? m.surface));
          const key = `base:${sk}`;
          // A numbered base ("Air Base 101") is named by its kind already.
          const label = m.baseKind ? `${m.core} ${m.baseKind === 'base' ? 'base' : m.baseKind}` : m.core ?? m.surface;
          sm.keys[i] = add(key, 'base', label, m, s);
          if (m.baseKind !== 'airport' || !baseBySkeleton.has(sk)) baseBySkeleton.set(sk, key);
          if (m.baseKind === 'airport') airportCores.add(sk);
          return;
        }
        default:
          return;
      }
    });
  }

  for (const sm of sentences) if (sm.sentence.dateline && !sm.sentence.headline) addDatelinePlace(sm, sm.sentence.dateline);

  // "The internationally recognised government": the government of the state the article is
  // about, when one state clearly leads (three mentions, twice any other); else a body of its own.
  // "the Foreign Ministry said" with no state named: the ministry of the state the article is
  // about, if one clearly leads; else the bare name, as written.
  if (genericBodies.length) {
    const lead = leadingState(entities)?.label ?? textLeadState(tokens);
    // (Bodies added in the loop are labelled "<body> of <state>" and never name a state's body by
    // its demonym, so the list taken before it is the one each look-up would see.)
    const organizations = lead ? [...entities.values()].filter((e) => e.type === 'organization') : [];
    for (const { sm, i } of genericBodies) {
      const m = sm.mentions[i];
      const body = (m.expands ?? genericAcronyms.get(m.surface) ?? m.surface).replace(/^the\s+/i, '');
      // A body named in lower case by its noun alone ("the army") is no node when no state leads.
      if (!lead && /^\p{Ll}/u.test(body)) continue;
      // ("the Chilean Navy ... the navy commander": the body the article names with its state's
      // demonym or name is the one its noun alone stands for.)
      const named = lead ? organizations.find((e) => namesStateBody(e.label, lead, body)) : undefined;
      if (named) sm.keys[i] = add(named.key, 'organization', named.label, m, sm.sentence);
      // (With no state leading, a ministry named by its portfolio alone is this article's: another
      // article's "Ministry of Foreign Affairs" may be another state's.)
      else if (lead) sm.keys[i] = add(`organization:${slug(body)}-of-${slug(lead)}`, 'organization', `${body} of ${lead}`, m, sm.sentence);
      else sm.keys[i] = add(`organization:${slug(body)}${portfolioMinistryName(body) ? `@${articleId}` : ''}`, 'organization', body, m, sm.sentence);
    }
  }
  if (standingGovernments.length) {
    const lead = leadingState(entities);
    for (const { sm, i } of standingGovernments) {
      const m = sm.mentions[i];
      sm.keys[i] = lead ? add(governmentKey(lead.label), 'organization', `Government of ${lead.label}`, m, sm.sentence) : add(`organization:${slug(m.surface)}`, 'organization', m.surface, m, sm.sentence);
    }
  }

  // "Hurricane Imelda ... Imelda made landfall": a name the article gives a storm stands for the
  // storm wherever it appears alone; a storm is no person, place or body.
  const stormNames = new Set<string>();
  for (let k = 0; k + 1 < tokens.length; k++) if (/^(hurricane|typhoon|cyclone|storm)$/.test(tokens[k].normal) && tokens[k + 1].proper) stormNames.add(tokens[k + 1].normal.replace(/['’]s$/, ''));

  // Words the article writes after another capitalised word ("Vikram Sethi"), whatever was made
  // of that name: a bare one of them is someone's surname.
  const surnameWritten = new Set<string>();
  for (let k = 1; k < tokens.length; k++) if (tokens[k - 1].proper && tokens[k].proper && /^\s$/.test(tokens[k - 1].post)) surnameWritten.add(tokens[k].normal.replace(/['’]s$/, ''));
  // People the article names as someone's relative ("his sister, X"): a bare surname they share
  // with the person they are the relative of means that person unless something points to them.
  const relatives = new Set<string>();
  for (const sm of sentences) {
    sm.mentions.forEach((m, i) => {
      const key = sm.keys[i];
      if (key?.startsWith('person:') && m.to - m.from >= 2 && (kinOf(tokens, m, sm.from, sm.to) || relativeApposed(tokens, m, sm.to) || successorOf(tokens, m, sm.from))) relatives.add(key);
    });
  }

  // "in the department of Tarma ... the Tarma Truce Mission ... Colombia's Tarma": a one-word name
  // the article puts after a preposition of place or a unit's or a settlement's noun and "of" is
  // that place at every bare mention, never the body or the base named after it (a surname the
  // article gives someone still finds that person first).
  markTownNames(tokens, sentences);

  // Pass 2: single names, mentioned by surname, as a base or a place named earlier.
  for (const sm of sentences) {
    sm.mentions.forEach((m, i) => {
      if (sm.keys[i] || m.family) return;
      const s = sm.sentence;
      if ((m.kind === 'person' || m.kind === 'name') && m.to - m.from === 1 && stormNames.has(tokens[m.from].normal.replace(/['’]s$/, ''))) return;
      if (m.kind === 'person' || m.kind === 'name') {
        const words = personWords(m, tokens);
        const core = personCore(bare(words[words.length - 1] ?? tokens[m.from]));
        if (!core) return;
        // "Anton Velisar's sister Mirela", "Okello's son Baraka": a given name alone right after a
        // person's possessive and a kinship noun is that relative, who shares the family name.
        const relative = givenNameOfRelative(tokens, sm, i);
        if (relative) {
          const owner = entities.get(relative.ownerKey)!;
          const key = `person:${core} ${owner.surname}`;
          sm.keys[i] = add(key, 'person', `${m.surface} ${relative.surname}`, m, s, (e) => {
            e.surname = owner.surname;
          });
          return;
        }
        const candidates = surnames.get(core);
        if (candidates?.length) {
          const best =
            chooseBySurname(
              candidates.map((key) => ({ key, mentions: entities.get(key)!.mentions, roles: entities.get(key)!.roles, gender: candidates.length > 1 ? genderOf(key) : undefined, relative: candidates.length > 1 && relatives.has(key) })),
              m.start,
              m.role?.text ?? governmentHead(tokens, m, sm.to),
              candidates.length > 1 ? mentionGender(tokens, sm, m) : undefined,
            ) ?? candidates[0];
          sm.keys[i] = add(best, 'person', entities.get(best)!.label, m, s, (e) => addRole(e, m.role?.text));
          return;
        }
        // Some people go by their first name ("Abiy" for Abiy Ahmed): only when no surname matched.
        const byFirst = firstNames.get(core);
        if (byFirst?.length === 1) {
          sm.keys[i] = add(byFirst[0], 'person', entities.get(byFirst[0])!.label, m, s, (e) => addRole(e, m.role?.text));
          return;
        }
        // "a safe house in Kupang ... Kupang airfield": a base named after its town is not the
        // town; the bare name after "in", "near" or "outside" is where something is, the town.
        const townUse = !!m.placeLike && townCue(tokens, m, sm.from);
        // An airport is named after the town or island it serves ("Kessaro International Airport"): where
        // the article names that place too, the bare name is the place.
        const base = townUse || (airportCores.has(skeleton(core)) && placeByCore.has(core)) ? undefined : baseBySkeleton.get(skeleton(core));
        if (base) {
          sm.keys[i] = add(base, 'base', entities.get(base)!.label, m, s);
          return;
        }
        const place = placeByCore.get(core);
        if (place) {
          sm.keys[i] = add(place, 'place', entities.get(place)!.label, m, s);
          return;
        }
        // "the Janzour Protection Force ... posts in Janzour": after a preposition of place, the
        // first word of a body named after its town is the town, not the body.
        // ("it nearly ruined the Kopje" beside "the Kopje Polytechnic": a body's first
        // word alone after "the", with no noun after it, is the region the body is named after.)
        const regionAlone = m.from - 1 >= sm.from && tokens[m.from - 1].normal === 'the' && !m.possessive && !(m.to < sm.to && /^[a-z]+$/.test(tokens[m.to].text) && tokens[m.to].tags.includes('Noun'));
        const body = m.to - m.from === 1 && !regionAlone ? bodyNamedBy(entities, tokens[m.from], (!!m.placeLike || townCue(tokens, m, sm.from)) && !m.possessive) : undefined;
        if (body) {
          sm.keys[i] = add(body, 'organization', entities.get(body)!.label, m, s);
          return;
        }
        // "those of Amazon and Google": an unknown name listed with a body is a body too.
        // "Russia's Volgaprom, which", "a Volgaprom spokesperson", "Norvigaz, the state gas company": one
        // unknown word no full name of the article ends, owned by a state, qualifying a body's
        // officer, or set beside a body's noun, is a body.
        if (!sm.sentence.headline && (listedWithBody(tokens, sm, i) || (m.kind === 'name' && bodyCue(tokens, sm, m)))) {
          sm.keys[i] = add(`organization:${slug(m.surface)}`, 'organization', m.surface, m, s);
          return;
        }
        if (sm.sentence.headline) return;
        if (m.placeLike) {
          sm.keys[i] = add(`place:${placeSkeleton(m.expands ?? m.surface) || slug(m.expands ?? m.surface)}`, 'place', m.surface, m, s);
          if (m.expands) placeAcronyms.set(m.surface, sm.keys[i] as string);
          return;
        }
        if (romanceArticleName(tokens, m, sm.from) || groupKnownAs(tokens, m, sm.from)) {
          sm.keys[i] = add(`organization:${slug(m.surface)}`, 'organization', m.surface, m, s);
          return;
        }
        if (m.kind === 'person' || tokens[m.from].tags.includes('Person') || saysOrActs(tokens, m, sm.to)) {
          if (stateOfDemonym(m.surface)) return;
          // "Hamas said its fighters withdrew", "Volgaprom said its flows would resume": one word no
          // full name of the article ends, with no title, honorific or given-name tag, that the
          // sentence then calls "its", names a body, not a person.
          const t0 = tokens[m.from];
          if (m.kind === 'name' && m.to - m.from === 1 && !m.role && !honorificGender(tokens, m.from, sm.from) && !NAME_TAGS.some((g) => t0.tags.includes(g)) && /^\p{Lu}\p{Ll}+$/u.test(bare(t0)) && !surnameWritten.has(t0.normal.replace(/['’]s$/, '')) && !pronounAfter(tokens, m.to, sm.to) && calledIt(tokens, m.to, sm.to)) {
            sm.keys[i] = add(`organization:${slug(m.surface)}`, 'organization', m.surface, m, s);
            return;
          }
          sm.keys[i] = add(`surname:${core}`, 'person', m.surface, m, s, (e) => {
            e.surname = core;
            addRole(e, m.role?.text);
          });
        }
        return;
      }
      if (!sm.sentence.headline) return;
      // Headlines: only names the body also uses.
      const key =
        m.kind === 'state' ? `state:${slug(m.state ?? m.surface)}` : m.kind === 'base' ? `base:${skeleton(m.core ?? m.surface)}` : undefined;
      if (key && entities.has(key)) sm.keys[i] = add(key, entities.get(key)!.type, entities.get(key)!.label, m, s);
    });
  }
  return entities;
}

// States that share their name with a state of the United States. In the article either reading
// has its cues: the country's capital, demonym and neighbours ("Tbilisi", "Georgian", "Abkhazia"),
// or the federation's offices and towns ("a senator from Georgia", "Atlanta, Georgia", "the U.S.
// state of Georgia").
const US_NAMESAKES = new Set(['Georgia']);
const COUNTRY_CUES: Record<string, RegExp> = { Georgia: /^(tbilisi|georgian|georgians|abkhazia|abkhaz|ossetia|ossetian|batumi|kutaisi|caucasus)$/ };
// (Offices only the federation has: "governor" and "democratic" are said of the country too.)
const US_CUES = /^(senator|congressman|congresswoman|congressional|atlanta|savannah|county)$/;

/**
 * "a senator from Georgia": a name both a sovereign state's and a US state's is the US state's (a
 * place) where the article ties it to the United States and never names the country's own cues.
 */
function readNamesakeStates(tokens: Token[], sentences: SentenceMentions[]): void {
  const namesakes = sentences.flatMap((sm) => sm.mentions.filter((m) => m.kind === 'state' && !!m.state && US_NAMESAKES.has(m.state)).map((m) => ({ sm, m })));
  if (!namesakes.length) return;
  for (const state of new Set(namesakes.map(({ m }) => m.state!))) {
    if (tokens.some((t) => COUNTRY_CUES[state].test(t.normal.replace(/['’]s$/, '')))) continue;
    // A cue in a sentence naming the state: an office of the federation or its parties, "U.S.
    // state", or a town before ", Georgia".
    const tied = namesakes.some(({ sm, m }) => m.state === state && (tokens.slice(sm.from, sm.to).some((t) => US_CUES.test(t.normal.replace(/['’]s$/, ''))) || (m.from - 2 >= sm.from && tokens[m.from - 1].normal === 'of' && tokens[m.from - 2].normal === 'state' && m.from - 3 >= sm.from && stateName(tokens[m.from - 3].text) === 'United States')));
    if (!tied) continue;
    for (const { m } of namesakes) {
      if (m.state !== state) continue;
      m.kind = 'place';
      delete m.state;
    }
  }
}

// Words that may make up a place's name although the dictionary knows them ("NEW YORK", "THE HAGUE").
const PLACE_NAME_WORDS = new Set(['the', 'new', 'san', 'santa', 'santo', 'saint', 'st', 'port', 'city', 'el', 'la', 'de', 'al', 'north', 'south', 'east', 'west', 'cape', 'fort', 'mount', 'lake', 'bay', 'beach', 'upper', 'lower', 'great']);

/** "HMS Kent" → "Kent": a ship's name without its navy's prefix. */
function withoutShipPrefix(name: string): string {
  const space = name.indexOf(' ');
  return space > 0 && SHIP_PREFIXES.test(name.slice(0, space)) ? name.slice(space + 1) : name;
}

/** A dateline's name is a place unless it is a word of the language ("UPDATE:", "ANALYSIS —"). */
function isDatelinePlace(surface: string): boolean {
  const lower = surface.toLowerCase();
  if (stateName(surface) || stateOfCapital(surface) || isKnownPlace(lower)) return true;
  // "SANTA CRUZ": a word the dictionary knows only as a person's name is no word of the language,
  // though a dateline of names alone ("MARIA LOPEZ —") is a byline's.
  const words = lower.split(/[\s-]+/);
  return words.every((w) => PLACE_NAME_WORDS.has(w) || !isDictionaryWord(w) || isKnownPlace(w) || isNameWord(w)) && !words.every(isNameWord);
}

/**
 * "the Hawks, the police's Directorate for Priority Crime Investigation, ...": a body's name in
 * apposition to the body named just before it is its other name. A list ("the Hawks, the NPA and
 * the SIU") is no apposition. Returns the first body's key.
 */
function appositeBody(tokens: Token[], sm: SentenceMentions, i: number): string | undefined {
  const [first, second] = [sm.mentions[i - 1], sm.mentions[i]];
  const key = sm.keys[i - 1];
  if (!key?.startsWith('organization:') || first.kind !== 'organization' || first.possessive) return undefined;
  if (!/^,\s$/.test(tokens[first.to - 1].post) || tokens[first.to]?.normal !== 'the') return undefined;
  const between = second.from - first.to;
  if (between !== 1 && !(between === 2 && tokens[first.to + 1].possessive)) return undefined;
  const end = tokens[second.to - 1];
  if (!/^[,.;]/.test(end.post.trim()) || second.possessive) return undefined;
  if (/^,/.test(end.post.trim()) && /^(and|or)$/.test(tokens[second.to]?.normal ?? '')) return undefined;
  return key;
}

/**
 * "X Velisar's sister Mirela": the person whose possessive and kinship noun stand right before a
 * bare one-word name (with the family name as written), when that possessive is a person's full
 * name in this article.
 */
function givenNameOfRelative(tokens: Token[], sm: SentenceMentions, i: number): { ownerKey: string; surname: string } | undefined {
  const m = sm.mentions[i];
  if (m.to - m.from !== 1 || m.from - 2 < sm.from || m.role) return undefined;
  const noun = tokens[m.from - 1].normal;
  if (tokens[m.from - 1].proper || !(KIN_FEMALE.test(noun) || KIN_MALE.test(noun)) || !/^\s$/.test(tokens[m.from - 1].post)) return undefined;
  const k = sm.mentions.findIndex((o) => o.to === m.from - 1 && o.possessive);
  const ownerKey = k >= 0 ? sm.keys[k] : undefined;
  if (!ownerKey?.startsWith('person:')) return undefined;
  const owner = sm.mentions[k];
  const words = personWords(owner, tokens);
  if (words.length < 2) return undefined;
  return { ownerKey, surname: owner.surface.slice(words[1].start - owner.start) };
}

/**
 * "La Esperanza said", "the leader of El Mirador": a name opened by a Romance article, that no
 * person of the article bears as a surname (checked before) and that no preposition of place
 * introduces ("in La Guaira"), names a body: a given name never takes an article.
 */
function romanceArticleName(tokens: Token[], m: RawMention, sentenceFrom: number): boolean {
  if (m.to - m.from < 2 || m.role || m.placeLike || !ROMANCE_ARTICLES.test(tokens[m.from].text) || !/^\s$/.test(tokens[m.from].post)) return false;
  // ("La Rioja's governor", "Las Tunas's mayor": a place's office holder makes the name a place's.)
  if (m.possessive && PLACE_OFFICES.test(tokens[m.to]?.normal ?? '')) return false;
  const before = m.from - 1 >= sentenceFrom ? tokens[m.from - 1].normal : '';
  return !PLACE_PREPOSITIONS.test(before) && !/^(from|to|at|into)$/.test(before) && !isKnownPlace(m.surface.toLowerCase());
}

// Nouns for armed or political groups a name may be given to ("the insurgents, known locally as X").
const GROUP_NOUNS = /^(insurgents|militants|rebels|jihadists|gunmen|fighters|militiamen|guerrillas|group|movement|militia|faction|insurgency|network|gang|cartel)$/;
/**
 * "the rebels, known locally as al-Nur, ...", "a militia called X": a name given to a
 * group after "known as" or "called" names that group, not a person.
 */
function groupKnownAs(tokens: Token[], m: RawMention, sentenceFrom: number): boolean {
  if (m.role) return false;
  let k = m.from - 1;
  if (k < sentenceFrom) return false;
  if (tokens[k].normal === 'as') {
    k--;
    if (k >= sentenceFrom && /^(locally|widely|commonly|also|better|popularly)$/.test(tokens[k].normal)) k--;
    if (k < sentenceFrom || tokens[k].normal !== 'known') return false;
  } else if (!/^(called|dubbed|calling)$/.test(tokens[k].normal)) return false;
  for (let j = k - 1; j >= Math.max(sentenceFrom, k - 4); j--) if (GROUP_NOUNS.test(tokens[j].normal)) return true;
  return false;
}

// Officers and parts of a body after its name: "a Volgaprom spokesperson", "the Tarvel board".
const BODY_PARTS = /^(spokesperson|spokesman|spokeswoman|executive|executives|official|officials|board|shareholders|subsidiary|headquarters|refinery|plant)$/;
// Nouns that head an apposition naming a body: "X, the state gas company".
const BODY_APPOSITION_HEADS = /^(company|firm|operator|group|agency|corporation|conglomerate|giant|producer|exporter|utility|broadcaster|network|bank|lender|insurer|carrier|airline|party|movement|militia|union|charity|organisation|organization|regulator|watchdog|monopoly)$/;

/** Cues that a one-word name no dictionary reads as a person's names a body (see the caller). */
function bodyCue(tokens: Token[], sm: SentenceMentions, m: RawMention): boolean {
  const t = tokens[m.from];
  if (m.to - m.from !== 1 || NAME_TAGS.some((g) => t.tags.includes(g)) || honorificGender(tokens, m.from, sm.from)) return false;
  const prev = m.from - 1 >= sm.from ? tokens[m.from - 1] : undefined;
  const next = m.to < sm.to ? tokens[m.to] : undefined;
  // ("Russia's Volgaprom, which ...": owned by a state and taken up by "which", never "who".)
  if (prev?.possessive && !!stateName(bare(prev)) && /^\s$/.test(prev.post) && /^,\s$/.test(t.post) && next?.normal === 'which') return true;
  if (!t.possessive && prev && /^(a|an|the)$/.test(prev.normal) && next && !next.proper && BODY_PARTS.test(next.normal) && /^\s$/.test(t.post)) return true;
  if (!t.possessive && /^,\s$/.test(t.post) && next && /^(a|an|the)$/.test(next.normal)) {
    for (let k = m.to + 1; k < Math.min(sm.to, m.to + 6); k++) {
      const w = tokens[k];
      if (w.proper || w.tags.includes('Preposition')) return false;
      if (/[,;.]/.test(w.post) || k + 1 >= sm.to) return BODY_APPOSITION_HEADS.test(w.normal) && !w.possessive;
    }
  }
  return false;
}

/** A name joined by "and"/"or" to a body's name right before or after it. */
function listedWithBody(tokens: Token[], sm: SentenceMentions, i: number): boolean {
  const m = sm.mentions[i];
  const isBody = (k: number): boolean => !!sm.keys[k]?.startsWith('organization:') && !sm.mentions[k].metonym;
  const next = sm.mentions[i + 1];
  if (next && next.from === m.to + 1 && /^(and|or)$/.test(tokens[m.to].normal) && isBody(i + 1)) return true;
  const prev = sm.mentions[i - 1];
  return !!prev && m.from === prev.to + 1 && /^(and|or)$/.test(tokens[prev.to].normal) && isBody(i - 1);
}

/**
 * A single word standing for a body named in full in the article: the same name ("Tarvel said"),
 * the first word of exactly one body's name ("Kelvaro" for "Kelvaro Technologies"), or the head
 * noun ending exactly one ("the Commission" for "the European Commission").
 */
/** "Whyte's government", "Perera's cabinet": a surname owning a government names its head, so
 * among people sharing the surname the one titled prime minister, president or premier. */
function governmentHead(tokens: Token[], m: RawMention, to: number): string | undefined {
  if (!m.possessive || m.to >= to || !/^(government|administration|cabinet|coalition)$/.test(tokens[m.to].normal)) return undefined;
  return 'prime president premier chancellor';
}

/** A body's key: "Revolutionary Guards" and "Revolutionary Guard", "National Guards" and
 * "National Guard" are one body written in the plural or the singular. */
function bodySlug(surface: string): string {
  return slug(surface.replace(/^the\s+/i, '').replace(/(\bGuard)s(['’]s?)?$/i, '$1'));
}

// Verbs of speech right after a name: the name is their subject, a speaker.
const SPEAKS = /^(said|says|told|added|stated|argued|wrote|warned|noted|denied|insisted|urged|called|confirmed|announced)$/;
// Verbs of motion before "to", "from" or "at": "escorted to X", "flown in from X", "arrived at X".
const MOTION = /^(escorted|taken|took|travelled|traveled|travel|flown|flew|sailed|headed|heading|returned|moved|transferred|trucked|shipped|deployed|evacuated|driven|drove|diverted|towed|fled|arrived|arriving|bound|relocated|airlifted|marched|docked|anchored)$/;
// Nouns after a name that make it a place: "the Sainshand area", "the Ulaan Khad copper deposit".
const PLACE_AFTER = /^(area|areas|region|province|district|deposit|mine|field|oilfield|gasfield|basin|site|valley|plateau|village|town|city|port|airport|county|municipality|settlement|camp|corridor)$/;

/** Whether the words around a mention put it as a place: after a preposition of place, after a
 * verb of motion and "to"/"from"/"at", or before a place's noun. */
function placeCueAt(tokens: Token[], m: RawMention, sentenceFrom: number): number {
  const prev = m.from - 1 >= sentenceFrom ? tokens[m.from - 1].normal : '';
  // "in Rahimi's view", "confidence in Rahimi's team": a possessive is its owner's, not a place.
  // "in" and "inside" also follow nouns of trust or interest, so they weigh less.
  if (!m.possessive && /^(in|inside)$/.test(prev)) return 1;
  if (!m.possessive && /^(near|off|outside|into|across|around|towards|toward|outskirts)$/.test(prev)) return 2;
  // "the research station at Ny-Ålesund", "a base at Kandahar": "at" after a noun (not a verb:
  // "looked at", "angry at") places the thing named before it.
  if (!m.possessive && prev === 'at' && m.from - 2 >= sentenceFrom && tokens[m.from - 2].tags.includes('Noun') && !tokens[m.from - 2].tags.includes('Verb') && !tokens[m.from - 2].tags.includes('Pronoun') && !tokens[m.from - 2].tags.includes('Adjective')) return 1;
  if (/^(to|from|at)$/.test(prev)) {
    for (let k = m.from - 2; k >= Math.max(sentenceFrom, m.from - 4); k--) {
      const w = tokens[k].normal;
      if (MOTION.test(w)) return 2;
      if (!/^(in|back|out|away|on|up|down|directly|over|home|them|him|her|it)$/.test(w)) break;
    }
  }
  const next = tokens[m.to];
  const after = tokens[m.to + 1];
  if (!m.possessive && next && !next.proper && PLACE_AFTER.test(next.normal) && m.from - 1 >= sentenceFrom && /^(the|a|an)$/.test(tokens[m.from - 1].normal)) return 2;
  if (!m.possessive && next && after && !next.proper && !after.proper && /^[a-z]+$/.test(next.text) && PLACE_AFTER.test(after.normal) && /^(the|a|an)$/.test(tokens[m.from - 1]?.normal ?? '')) return 2;
  return 0;
}

const MALE = /^(he|him|his|himself)$/;
const FEMALE = /^(she|her|hers|herself)$/;

function pronounGender(t: Token): Gender | undefined {
  return MALE.test(t.normal) ? 'm' : FEMALE.test(t.normal) ? 'f' : undefined;
}

/** "Mr Quispe", "Ms. Quispe", "Mrs Quispe": an honorific right before the name. */
// Kinship nouns and the gender they give the relative they name.
const KIN_FEMALE = /^(sister|daughter|wife|mother|aunt|niece|granddaughter|grandmother|widow|sister-in-law|daughter-in-law|mother-in-law|stepmother|stepdaughter|stepsister|half-sister)$/;
const KIN_MALE = /^(brother|son|husband|father|uncle|nephew|grandson|grandfather|widower|brother-in-law|son-in-law|father-in-law|stepfather|stepson|stepbrother|half-brother)$/;

/**
 * "Ani Petrosyan, who is also his sister", "his brother, Rui Soares, said", "Yaw Boateng,
 * their son": a name set beside "his/her/their" and a kinship noun names someone's relative. The
 * gender is the kinship noun's (the possessive pronoun is the other person's). Looked for in the
 * name's own sentence, three words before it or eight after it, with no other name in between.
 */
const KIN_ADJECTIVES = /^(younger|older|elder|eldest|youngest|twin|late|only|estranged|former)$/;

/**
 * "Her replacement, X", "his successor, X": a person introduced as the one who took (or held)
 * another's post is named apart from that person; the bare surname they share stays with the
 * person the story is about, as with a relative.
 */
function successorOf(tokens: Token[], m: RawMention, from: number): boolean {
  const k = m.from - 1;
  return k - 1 >= from && /^(replacement|successor|predecessor)$/.test(tokens[k].normal) && /^,\s$/.test(tokens[k].post) && (/^(his|her|their)$/.test(tokens[k - 1].normal) || tokens[k - 1].possessive);
}

/** "X, a cousin of the president, Y", "X, the younger brother of Y": an apposition naming X another's relative. */
function relativeApposed(tokens: Token[], m: RawMention, to: number): boolean {
  if (m.to + 2 >= to || !/^,\s$/.test(tokens[m.to - 1].post) || !/^(a|an|the)$/.test(tokens[m.to].normal)) return false;
  let k = m.to + 1;
  if (KIN_ADJECTIVES.test(tokens[k].normal)) k++;
  return k + 1 < to && /^(cousin|cousins|relative|nephew|niece|brother|sister|son|daughter|brother-in-law|sister-in-law|son-in-law|daughter-in-law)$/.test(tokens[k].normal) && tokens[k + 1].normal === 'of';
}

function kinOf(tokens: Token[], m: RawMention, sentenceFrom: number, sentenceTo: number): Gender | undefined {
  const kin = (k: number): Gender | undefined => {
    // ("his sister", "their son"; "the student's father", "Perović's brother": a possessive noun too;
    // "his younger brother", "her late husband": an adjective of age or standing may come between.)
    let p = k - 1;
    if (p - 1 >= sentenceFrom && KIN_ADJECTIVES.test(tokens[p].normal)) p--;
    if (p < sentenceFrom || !(/^(his|her|their)$/.test(tokens[p].normal) || tokens[p].possessive)) return undefined;
    const w = tokens[k].normal.replace(/['’]s$/, '');
    return KIN_FEMALE.test(w) ? 'f' : KIN_MALE.test(w) ? 'm' : undefined;
  };
  for (let k = m.from - 1; k >= Math.max(sentenceFrom + 1, m.from - 3); k--) {
    const g = kin(k);
    if (g) return g;
    if (tokens[k].proper) break;
  }
  for (let k = m.to + 1; k < Math.min(sentenceTo, m.to + 9); k++) {
    if (tokens[k].proper) break;
    const g = kin(k);
    if (g) return g;
  }
  return undefined;
}

function honorificGender(tokens: Token[], from: number, sentenceFrom: number): Gender | undefined {
  const t = from - 1 >= sentenceFrom ? tokens[from - 1] : undefined;
  if (!t) return undefined;
  const w = t.normal.replace(/\.$/, '');
  return /^(mr|sir|lord)$/.test(w) ? 'm' : /^(mrs|ms|miss|madam|dame|lady)$/.test(w) ? 'f' : undefined;
}

/**
 * "X was detained at his home", "X said she …": the first personal pronoun after a name in its
 * sentence, before any other name (which the pronoun might stand for instead).
 */
function pronounAfter(tokens: Token[], from: number, to: number): Gender | undefined {
  for (let k = from; k < to; k++) {
    if (tokens[k].proper) return undefined;
    const g = pronounGender(tokens[k]);
    if (g) return g;
  }
  return undefined;
}

/**
 * "Hamas said its fighters", "Volgaprom says its exports": a verb of saying right after the name,
 * then "its" standing for the name. ("it" is left out: in "Netanyahu said it was a good day" it
 * stands for nothing.)
 */
function calledIt(tokens: Token[], from: number, to: number): boolean {
  return from + 1 < to && /^(said|says|added|announced|stated|warned|insisted|denied|claimed|confirmed|declared|vowed|threatened|pledged|accused)$/.test(tokens[from].normal) && tokens[from + 1].normal === 'its';
}

function firstPronoun(tokens: Token[], from: number, to: number): Gender | undefined {
  for (let k = from; k < to; k++) {
    const g = pronounGender(tokens[k]);
    if (g) return g;
  }
  return undefined;
}

/**
 * The gender a bare surname's sentence gives it: an honorific before it, a possessive pronoun
 * before it with no other name in between ("Through his lawyer, Quispe denied"), or a pronoun
 * after it ("Quispe said he").
 */
function mentionGender(tokens: Token[], sm: SentenceMentions, m: RawMention): Gender | undefined {
  const byTitle = honorificGender(tokens, m.from, sm.from);
  if (byTitle) return byTitle;
  let before: Gender | undefined;
  for (let k = sm.from; k < m.from; k++) {
    if (tokens[k].proper) before = undefined;
    else if (/^(his|her)$/.test(tokens[k].normal)) before = pronounGender(tokens[k]);
  }
  return before ?? pronounAfter(tokens, m.to, sm.to);
}

function bodyNamedBy(entities: Map<string, LocalEntity>, token: Token, asPlace = false): string | undefined {
  const word = bare(token).toLowerCase();
  const bodies = [...entities.values()].filter((e) => e.type === 'organization');
  const same = bodies.filter((e) => e.aliases.some((a) => a.toLowerCase() === word));
  if (same.length === 1) return same[0].key;
  if (asPlace) return undefined;
  const firsts = bodies.filter((e) => e.label.split(/\s+/).length >= 2 && e.label.toLowerCase().replace(/^the\s+/, '').split(/\s+/)[0] === word);
  // "Kelvaro" beside "Kelvaro Technologies" and "Kelvaro Cloud": the company, named by a company word.
  const companies = firsts.filter((e) => ORG_HEADS.has(e.label.toLowerCase().split(/\s+/).pop() ?? ''));
  if (!ORG_HEADS.has(word) && (firsts.length === 1 || companies.length === 1)) return (firsts.length === 1 ? firsts[0] : companies[0]).key;
  const heads = bodies.filter((e) => e.label.split(/\s+/).length >= 2 && e.label.toLowerCase().split(/\s+/).pop() === word);
  if (heads.length === 1 && ORG_HEADS.has(word)) return heads[0].key;
  return undefined;
}

/** A one-word name without a role: the only kind of mention a town's name may be. */
const oneWordName = (m: RawMention): boolean => m.kind === 'name' && m.to - m.from === 1 && !m.role;
const bareWord = (t: Token): string => t.normal.replace(/['’]s$/, '');

/** Marks as a place every bare mention of a one-word name the article sets once where a town stands. */
function markTownNames(tokens: Token[], sentences: SentenceMentions[]): void {
  const townNamed = new Set<string>();
  for (const sm of sentences) {
    for (const m of sm.mentions) {
      if (!oneWordName(m) || m.possessive) continue;
      if (townOfCue(tokens, m, sm.from) || (m.from - 1 >= sm.from && TOWN_PREPOSITIONS.test(tokens[m.from - 1].normal)) || islandOn(tokens, sm, m)) townNamed.add(bareWord(tokens[m.from]));
    }
  }
  if (!townNamed.size) return;
  for (const sm of sentences) for (const m of sm.mentions) if (oneWordName(m) && townNamed.has(bareWord(tokens[m.from]))) m.placeLike = true;
}

/** The one body of the article whose name is `surface` and a body's head noun after it ("X" → "X Airlines"), or undefined. */
function bodyOpenedBy(entities: Map<string, LocalEntity>, surface: string): string | undefined {
  const prefix = `${surface.toLowerCase()} `;
  let found: string | undefined;
  for (const e of entities.values()) {
    if (e.type !== 'organization') continue;
    const label = e.label.toLowerCase().replace(/^the\s+/, '');
    if (!label.startsWith(prefix) || !ORG_HEADS.has(label.split(/\s+/).pop() ?? '')) continue;
    if (found && found !== e.key) return undefined;
    found = e.key;
  }
  return found;
}

/**
 * A body's name made only of title words and a body's head noun ("Foreign Ministry", "Defence
 * Ministry", "Interior Ministry"): every state has one, so the name alone says not whose.
 */
function isGenericBody(tokens: Token[], from: number, to: number): boolean {
  // (The head word is tested first: most names are no ministry, and need no word list.)
  if (to - from >= 3 && MINISTRY_WORDS.test(tokens[from].normal) && portfolioMinistry(tokens.slice(from, to).map((t) => t.normal))) return true;
  if (to - from < 2 || !ORG_HEADS.has(tokens[to - 1].normal.replace(/['’]s$/, ''))) return false;
  for (let k = from; k < to - 1; k++) if (!TITLE_WORDS.has(tokens[k].normal) || /^(state|of|press)$/.test(tokens[k].normal)) return false;
  return true;
}

const MINISTRY_WORDS = /^(ministry|ministère|ministerio|ministero)$/;
/**
 * "Ministry of Foreign Affairs", "Ministry of the Interior", "Ministry of National Defence": a
 * ministry named by its portfolio alone is as generic as "Foreign Ministry" -- every state has one.
 */
function portfolioMinistry(words: string[]): boolean {
  if (words.length < 3 || !MINISTRY_WORDS.test(words[0]) || words[1] !== 'of') return false;
  const rest = words.slice(2).filter((w) => !/^(the|and|,)$/.test(w));
  return rest.length >= 1 && rest.every((w) => PORTFOLIO_WORDS.has(w.replace(/,$/, '')));
}
/** The same for a name written out (an acronym's expansion). */
const portfolioMinistryName = (name: string): boolean => portfolioMinistry(name.replace(/^the\s+/i, '').toLowerCase().split(/\s+/));

/** "Turkey's Foreign Ministry" / "Turkish Foreign Ministry": a generic body and the state holding it. */
function nationalBody(tokens: Token[], m: RawMention): { state: string; body: string; label: string; demonymToken?: number } | undefined {
  const first = tokens[m.from];
  const demonymState = stateOfDemonym(bare(first));
  if (demonymState && isGenericBody(tokens, m.from + 1, m.to)) {
    return { state: demonymState, body: m.surface.slice(first.end - first.start).trim(), label: m.surface, demonymToken: m.from };
  }
  const before = tokens[m.from - 1];
  const possessor = before?.possessive ? stateName(bare(before)) : undefined;
  if (possessor && isGenericBody(tokens, m.from, m.to)) {
    // "the Republic of Peru's Ministry of ...": the label keeps the state's formal name whole.
    const k = m.from - 3;
    const formal = k >= 0 && tokens[m.from - 2].normal === 'of' && /^(republic|kingdom|state|federation|commonwealth|principality)$/.test(tokens[k].normal) && tokens[k].proper;
    return { state: possessor, body: m.surface, label: `${formal ? `${tokens[k].text} of ` : ''}${before.text} ${m.surface}` };
  }
  // "the Ministry of Foreign Affairs in Lima": a generic body placed in a capital is its state's.
  const seat = tokens[m.to];
  const capital = seat?.normal === 'in' && tokens[m.to + 1]?.proper ? stateOfCapital(bare(tokens[m.to + 1])) : undefined;
  if (capital && isGenericBody(tokens, m.from, m.to)) return { state: capital, body: m.surface, label: `${m.surface.replace(/^the\s+/i, '')} in ${bare(tokens[m.to + 1])}` };
  return undefined;
}

/** One key for a state's government however it is named: "Dutch government", "Government of Yemen". */
function governmentKey(state: string): string {
  return `organization:government-of-${slug(state)}`;
}

/** "Chilean Navy", "Ghana Army" for the state Chile or Ghana and the body "navy" or "army". */
function namesStateBody(label: string, state: string, body: string): boolean {
  const words = label.replace(/^the\s+/i, '').split(/\s+/);
  if (words.length !== 2 || words[1].toLowerCase() !== body.toLowerCase()) return false;
  return (stateOfDemonym(words[0]) ?? stateName(words[0].replace(/['’]s$/, ''))) === state;
}

/**
 * The state an article's words name most, by name, demonym or capital ("BANGKOK — Thai military
 * police ... Thailand"): at least three times and twice as often as any other; else undefined.
 */
function textLeadState(tokens: Token[]): string | undefined {
  const counts = new Map<string, number>();
  for (const t of tokens) {
    if (!/^\p{Lu}/u.test(t.text)) continue;
    const word = bare(t);
    const state = stateName(word) ?? stateOfDemonym(word) ?? stateOfCapital(word);
    if (state) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && leadsClearly(first[1], second?.[1]) ? first[0] : undefined;
}

/** A count that leads: at least three, and twice the runner-up's (if any). */
function leadsClearly(first: number, second: number | undefined): boolean {
  return first >= 3 && (second === undefined || first >= 2 * second);
}

/** The state an article is mostly about: at least three mentions and twice as many as any other. */
function leadingState(entities: Map<string, LocalEntity>): LocalEntity | undefined {
  const states = [...entities.values()].filter((e) => e.type === 'state').sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = states;
  if (!first || !leadsClearly(first.mentions.length, second?.mentions.length)) return undefined;
  return first;
}

/**
 * "Russian President X", "Turkish troops": the demonym stands for its state. The state gets a node
 * (the demonym is its mention) so roles and deployments can link to it.
 */
export function ensureDemonymState(
  entities: Map<string, LocalEntity>,
  articleId: string,
  state: string,
  token: Token,
  sentence: Sentence,
): string {
  const key = `state:${slug(state)}`;
  let e = entities.get(key);
  if (!e) {
    e = { key, type: 'state', label: state, aliases: [], mentions: [] };
    entities.set(key, e);
  }
  const surface = bare(token);
  if (!e.mentions.some((m) => m.start === token.start)) {
    e.mentions.push({ articleId, start: token.start, end: token.bareEnd, sentenceStart: sentence.start, sentenceEnd: sentence.end });
    if (!e.aliases.includes(surface)) e.aliases.push(surface);
  }
  return key;
}

/** A bare name that speaks or acts ("Ramani said", "Sharaa has demanded") is a person. */
function saysOrActs(tokens: Token[], m: RawMention, to: number): boolean {
  for (let i = m.to; i < Math.min(m.to + 3, to); i++) {
    const t = tokens[i];
    if (/^(said|says|told|added|stated|argued|wrote|explained|warned|noted)$/.test(t.normal)) return true;
    if (!/^(has|had|also|then|later|,)$/.test(t.normal)) break;
  }
  return false;
}

// Nouns for the people and parts of an armed group right after its name ("al-Shabaab fighters",
// "Taliban commanders"): a person's name there is rarer than a group's.
const GROUP_PARTS = /^(fighters|militants|insurgents|gunmen|rebels|members|commanders|cells|units|leaders|spokesman|spokesperson|militiamen|jihadists|operatives)$/;
// Nouns of an armed act after a name with an Arabic article ("an al-Shabaab raid"): movements
// are named before their acts; a person so named is written with a given name or a title.
const ARMED_ACTS = /^(raid|raids|attack|attacks|ambush|ambushes|offensive|bombing|bombings|assault|insurgency|stronghold|strongholds)$/;
// Nouns for a body in apposition: "X, the Somali militant group linked to ...".
const BODY_NOUNS = /^(group|movement|militia|organisation|organization|faction|network|insurgency|outfit)$/;

/** Bare names the article once writes as a body's by a construction only a group takes; keyed by skeleton. */
function armedBodies(tokens: Token[], sentences: SentenceMentions[]): Map<string, string> {
  const cued = new Map<string, string>();
  const blocked = new Set<string>();
  const written = new Set<string>();
  for (let k = 1; k < tokens.length; k++) if (tokens[k - 1].proper && /^\s$/.test(tokens[k - 1].post) && !ARABIC_ARTICLE.test(tokens[k - 1].normal)) written.add(tokens[k].normal.replace(/['’]s$/, ''));
  // "Ahmed al-Sharaa": a word the article writes after a given name and an Arabic article is a surname.
  const surnamed = new Set<string>();
  // (Only in a run read as a person's: "Harakat al-Shabaab al-Mujahideen" is a body's full name.)
  for (const sm of sentences) {
    for (const m of sm.mentions) {
      const k = m.to - 1;
      if (m.kind === 'person' && m.to - m.from >= 3 && ARABIC_ARTICLE.test(tokens[k - 1].normal) && tokens[k - 1].post === '-') surnamed.add(tokens[k].normal.replace(/['’]s$/, ''));
    }
  }
  for (const sm of sentences) {
    for (const m of sm.mentions) {
      if (m.kind !== 'name' && m.kind !== 'person') continue;
      const at = (k: number): string => (k >= sm.from && k < sm.to ? tokens[k].normal : '');
      // A person's marks: a title, an honorific, or speaking and then "he"/"she" ("President
      // al-Sharaa", "al-Sharaa said he would ..."), on any mention of the name.
      // "al-Hashi, a former commander,": a title in apposition marks a person too.
      const titled = /^,\s$/.test(tokens[m.to - 1].post) && /^(a|an|the)$/.test(at(m.to)) && [1, 2, 3].some((d) => /^(president|minister|secretary|spokesman|spokeswoman|spokesperson|chancellor|premier|governor|mayor|ambassador|envoy|commander|general|judge|prosecutor|director|chairman|chairwoman|chief|head|leader|elder|cleric|imam|sheikh|colonel|officer|official|analyst|resident|father|mother|son|daughter|brother|sister|husband|wife|nurse|doctor|teacher|farmer|trader|student)$/.test(at(m.to + d)));
      if (m.role || titled || honorificGender(tokens, m.from, sm.from) || (SPEAKS.test(at(m.to)) && pronounAfter(tokens, m.to + 1, sm.to))) {
        blocked.add(skeleton(m.surface));
        continue;
      }
      if (m.kind === 'person' && !m.guessed) continue;
      const arabic = m.to - m.from === 2 && ARABIC_ARTICLE.test(tokens[m.from].normal) && tokens[m.from].post === '-';
      // ("Boko Haram": a run of two or three words no dictionary knows as a name, read as a person's only by default.)
      const guessedRun = !arabic && m.kind === 'person' && m.to - m.from <= 3 && tokens.slice(m.from, m.to).every((t) => !NAME_TAGS.some((g) => t.tags.includes(g)));
      if (!arabic && !guessedRun && m.to - m.from !== 1) continue;
      const last = tokens[m.to - 1];
      const word = last.normal.replace(/['’]s$/, '');
      if (!arabic && !guessedRun && (NAME_TAGS.some((g) => last.tags.includes(g)) || written.has(word))) continue;
      if (arabic && surnamed.has(word)) continue;
      const sk = skeleton(m.surface);
      if (sk.length < 3) continue;
      const nextWord = at(m.to);
      const nextLower = m.to < sm.to && !tokens[m.to].proper;
      let cue = nextLower && GROUP_PARTS.test(nextWord) && (arabic || !last.possessive);
      if (!cue && arabic && nextLower && !last.possessive && ARMED_ACTS.test(nextWord)) cue = true;
      // "claimed by X", "claimed on Tuesday by X": the author of an attack claimed is a group.
      if (!cue && at(m.from - 1) === 'by') for (let k = m.from - 2; k >= Math.max(sm.from, m.from - 5); k--) if (/^(claimed|carried)$/.test(tokens[k].normal)) cue = true;
      // "X claimed responsibility", "X has carried out attacks".
      if (!cue) {
        let k = m.to;
        if (/^(has|have|had)$/.test(at(k))) k++;
        if ((at(k) === 'claimed' && at(k + 1) === 'responsibility') || (at(k) === 'carried' && at(k + 1) === 'out' && /^(attacks|raids|bombings|assaults|ambushes)$/.test(at(k + 2)))) cue = true;
      }
      // "members of X", "fighters of X".
      if (!cue && at(m.from - 1) === 'of' && GROUP_PARTS.test(at(m.from - 2))) cue = true;
      // "X, the Somali militant group": a body's noun in apposition, within a few words.
      if (!cue && /^,\s$/.test(last.post) && /^(the|a|an)$/.test(at(m.to))) {
        for (let k = m.to + 1; k < Math.min(sm.to, m.to + 6); k++) {
          // (The head comes before any preposition: "the main island of the group" is an island.)
          if (/^(of|in|on|at|for|from|with|near|to|by)$/.test(tokens[k].normal)) break;
          if (BODY_NOUNS.test(tokens[k].normal)) cue = true;
          if (cue || /[,.;]/.test(tokens[k].post) || tokens[k].proper && !stateOfDemonym(tokens[k].text)) break;
        }
      }
      if (cue && !cued.has(sk)) cued.set(sk, `organization:${bodySlug(m.surface)}`);
    }
  }
  // "Taliban commanders met ...": the cue may stand where the recogniser made no mention (a
  // sentence's first word), so one capitalised word alone before a group's noun counts too.
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (!t.proper || t.possessive || !/^\p{Lu}\p{Ll}+$/u.test(bare(t)) || !/^\s$/.test(t.post)) continue;
    if ((k > 0 && tokens[k - 1].proper && /^\s$/.test(tokens[k - 1].post)) || tokens[k + 1].proper || !GROUP_PARTS.test(tokens[k + 1].normal)) continue;
    if (NAME_TAGS.some((g) => t.tags.includes(g)) || written.has(t.normal) || stateOfDemonym(t.text) || isKnownPlace(t.normal) || stateName(t.text)) continue;
    const sk = skeleton(t.text);
    if (sk.length >= 3 && !cued.has(sk)) cued.set(sk, `organization:${bodySlug(t.text)}`);
  }
  for (const sk of blocked) cued.delete(sk);
  return cued;
}
