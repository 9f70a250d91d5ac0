// One thing named differently by different articles: transliterated people ("Abdulqader
// al-Murtada" / "Abdul Qader al-Murtadha") and bodies by acronym in one article, by full name in
// another ("UN" / "United Nations"). Within one article, resolution already joined what it could;
// this works on the article-local keys of the whole corpus.
import type { ArticleExtraction } from './article';
import { isRegionName, stateName, stateOfDemonym } from './gazetteer';
import { NAME_PARTICLES, slug, placeSkeleton, wordInitial } from './names';

interface KeyInfo {
  type: string;
  label: string;
  aliases: Set<string>;
  articles: Set<string>;
  mentions: number;
}

function collect(extractions: ArticleExtraction[]): Map<string, KeyInfo> {
  const info = new Map<string, KeyInfo>();
  for (const x of extractions) {
    for (const e of x.entities) {
      // ("organization:ministry-of-foreign-affairs@a3": a generic body kept to its article joins no other.)
      if (e.type === 'event' || e.key.startsWith('surname:') || e.key.includes('@')) continue;
      let k = info.get(e.key);
      if (!k) {
        k = { type: e.type, label: e.label, aliases: new Set(), articles: new Set(), mentions: 0 };
        info.set(e.key, k);
      }
      if (e.label.length > k.label.length) k.label = e.label;
      for (const a of e.aliases) k.aliases.add(a);
      k.articles.add(x.meta.id);
      k.mentions += e.mentions.length;
    }
  }
  return info;
}

/** A name's words in lower case without accents, particles dropped: "Abdul Qader al-Murtadha" → abdul, qader, murtadha. */
function nameWords(label: string): string[] {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && !NAME_PARTICLES.has(w));
}

/** A person's name as plain letters, particles dropped: "Abdul Qader al-Murtadha" → "abdulqadermurtadha". */
function plainName(label: string): string {
  return (
    nameWords(label)
      // French and English transliterations write one vowel "ou" and "u" ("Abou"/"Abu", "Souleymane").
      // English writes the same vowel "oo" ("Mansoori"/"Mansouri"/"Mansuri").
      .map((w) => w.replace(/ou|oo/g, 'u'))
      // A word-final "h" after a vowel is written or left out ("Abdullah"/"Abdulla", "Hamzah"/"Hamza").
      .map((w) => (w.length > 3 ? w.replace(/([aeiou])h$/, '$1') : w))
      .join('')
      .replace(/[^a-z]/g, '')
  );
}

/**
 * What transliterations keep: consonants, with "dh"/"kh"/"th"... read as one sound, "q" as "k",
 * doubled letters as one ("Murtadha" and "Murtada", "Qader" and "Kader").
 */
function transliterationKey(plain: string): string {
  return plain
    // Arabic and Somali qaf and ghayn are written "q" or "gh" ("Abdiqani"/"Abdighani").
    .replace(/gh/g, 'q')
    .replace(/([^aeiou])h/g, '$1')
    .replace(/q/g, 'k')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

const disjoint = (a: Set<string>, b: Set<string>): boolean => [...a].every((x) => !b.has(x));

/**
 * Romanisations of one name that differ letter for letter, written one way: "w"/"v" ("Dawud"/
 * "Davud"), French "ou" between vowels for "w", "q"/"k", "ee"/"i", "dj"/"zh"/"j", "sch"/"sh". Vowels other than these pairs are kept:
 * "Mario" and "Maria" stay apart.
 */
function romanised(plain: string): string {
  return plain
    // French romanisation writes "ou" between vowels for English "w" ("Mahdaoui"/"Mahdawi"); the
    // plain name has already written that "ou" as "u".
    .replace(/(?<=[aei])u(?=[aeiy])/g, 'w')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/ee/g, 'i')
    .replace(/dj|zh/g, 'j')
    .replace(/sch/g, 'sh')
    // French romanisation writes "ch" before a vowel for English "sh" ("Chadid"/"Shadid").
    .replace(/(^|[^st])ch(?=[aeiouy])/g, '$1sh');
}

/**
 * The Russian-style rendering of the same name: "g" for "h" and "h" for "kh" ("Ibragim"/"Ibrahim",
 * "Akhmedov"/"Ahmedov"). A name is looked up under both its spellings.
 */
function russianStyle(r: string): string {
  return r.replace(/kh/g, 'h').replace(/g(?!h)/g, 'h');
}

/**
 * Two full names are one person's when their transliteration keys match, their letters differ by
 * at most two edits (and a fifth of the name), and no article names both -- an article that does
 * has told them apart. Short names are left alone: too many people share them. Each name is keyed
 * in its plain and its Russian-style romanisation; a pair joined only through these romanisations
 * must also have the same number of words.
 */
function samePeople(info: Map<string, KeyInfo>, rekey: Map<string, string>): void {
  const byKey = new Map<string, string[]>();
  for (const [key, k] of info) {
    if (!key.startsWith('person:')) continue;
    const plain = plainName(k.label);
    if (plain.length < 8) continue;
    const r = romanised(plain);
    for (const t of new Set([transliterationKey(plain), `r:${transliterationKey(r)}`, `r:${transliterationKey(russianStyle(r))}`]))
      byKey.set(t, [...(byKey.get(t) ?? []), key]);
  }
  for (const [t, keys] of byKey) {
    if (keys.length < 2) continue;
    const viaRomanisation = t.startsWith('r:');
    const [main, ...rest] = [...keys].sort((a, b) => info.get(b)!.mentions - info.get(a)!.mentions || a.localeCompare(b));
    if (rekey.has(main)) continue;
    const m = info.get(main)!;
    const mainPlain = plainName(m.label);
    for (const other of rest) {
      if (rekey.has(other)) continue;
      const o = info.get(other)!;
      const plain = plainName(o.label);
      if (viaRomanisation && nameWords(m.label).length !== nameWords(o.label).length) continue;
      const d = viaRomanisation ? romanisedDistance(mainPlain, plain) : editDistance(mainPlain, plain);
      if (d <= 2 && d <= Math.max(mainPlain.length, plain.length) / 5 && mainPlain[0] === plain[0] && disjoint(m.articles, o.articles)) rekey.set(other, main);
    }
  }
}

/** Letters apart once both names are romanised the same way, in either style. */
function romanisedDistance(a: string, b: string): number {
  const [ra, rb] = [romanised(a), romanised(b)];
  return Math.min(editDistance(ra, rb), editDistance(russianStyle(ra), russianStyle(rb)));
}

const MINOR_WORDS = /^(of|the|for|and|on|in|de|da|des|du|la|le|el)$/i;
const ACRONYM = /^(?:\p{Lu}\.?){2,7}$/u;

function initials(label: string): string {
  return label
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .filter((w) => w && !MINOR_WORDS.test(w))
    .map(wordInitial)
    .join('')
    .toUpperCase();
}

/**
 * A body named only by its acronym in one article joins the body another article names in full:
 * the one that declared the acronym ("Economic Community of West African States (ECOWAS)"), else
 * the only body in the corpus whose initials spell it ("United Nations" for "UN").
 */
function sameBodies(info: Map<string, KeyInfo>, rekey: Map<string, string>): void {
  const declared = new Map<string, Set<string>>();
  const byInitials = new Map<string, Set<string>>();
  for (const [key, k] of info) {
    // "GKGD talks" in one outlet, "the Great Kafue Gorge Dam" in another: an acronym of
    // three letters or more may spell a place's or a base's name of as many words (a dam, an
    // airport, a canal), which it then names.
    if ((k.type === 'place' || k.type === 'base') && !ACRONYM.test(k.label)) {
      const ini = k.label.split(/\s+/).length >= 3 && !k.label.split(/[\s-]+/).some((w) => /^[A-Z.]{2,}$/.test(w)) ? initials(k.label) : '';
      if (ini.length >= 3) byInitials.set(ini, new Set([...(byInitials.get(ini) ?? []), key]));
      continue;
    }
    if (k.type !== 'organization' || ACRONYM.test(k.label)) continue;
    for (const a of k.aliases) {
      const acr = a.replace(/\./g, '');
      if (a !== k.label && ACRONYM.test(a)) declared.set(acr, new Set([...(declared.get(acr) ?? []), key]));
    }
    // "US Navy" spells no "UN": a name holding an acronym of its own is not spelt out by initials.
    if (k.label.split(/\s+/).length >= 2 && !k.label.split(/[\s-]+/).some((w) => /^[A-Z.]{2,}$/.test(w))) {
      const ini = initials(k.label);
      if (ini.length >= 2) byInitials.set(ini, new Set([...(byInitials.get(ini) ?? []), key]));
    }
  }
  for (const [key, k] of info) {
    if (k.type !== 'organization' || !ACRONYM.test(k.label)) continue;
    const acr = k.label.replace(/\./g, '');
    const candidates = declared.get(acr) ?? byInitials.get(acr);
    if (!candidates || candidates.size !== 1) continue;
    const [target] = candidates;
    if (target !== key) rekey.set(key, target);
  }
}

/**
 * One body written with its leading acronym or in full, and with or without where it serves:
 * "UN Support Mission", "UN Support Mission in Libya" and "United Nations Support Mission in
 * Libya" are one mission. A shorter form joins the only body whose full name it abbreviates.
 */
function sameBodyShortForms(info: Map<string, KeyInfo>, rekey: Map<string, string>): void {
  const bodies = [...info].filter(([key, k]) => k.type === 'organization' && !rekey.has(key) && k.label.split(/\s+/).length >= 2).sort((x, y) => y[1].label.length - x[1].label.length);
  // The form a full name is compared in: words lower-cased, "the" dropped.
  const words = (label: string): string[] => label.replace(/^the\s+/i, '').toLowerCase().split(/\s+/);
  const abbreviates = (short: string[], full: string[], acronym: string): boolean => {
    // "UN support mission" against "united nations support mission": the acronym spells the words it replaces.
    const rest = short.slice(1);
    const head = full.length - rest.length;
    if (head < 2 || rest.join(' ') !== full.slice(head).join(' ')) return false;
    return initials(full.slice(0, head).join(' ')) === acronym;
  };
  // Each body's words, once; and the bodies by the last word of their name with and without where
  // it serves, the only ones a shorter form can match (its last word ends both): this keeps the
  // pass near linear on a corpus of thousands of bodies.
  const forms = new Map(
    bodies.map(([key, o]) => {
      const full = words(o.label);
      const served = full.length >= 3 && full[full.length - 2] === 'in' ? full.slice(0, -2) : undefined;
      return [key, { full, served }] as const;
    }),
  );
  const byLastWord = new Map<string, [string, KeyInfo][]>();
  for (const body of bodies) {
    const { full, served } = forms.get(body[0])!;
    for (const last of new Set([full[full.length - 1], served?.[served.length - 1]])) {
      if (last === undefined) continue;
      const bucket = byLastWord.get(last) ?? [];
      bucket.push(body);
      byLastWord.set(last, bucket);
    }
  }
  for (const [key, k] of bodies) {
    const short = forms.get(key)!.full;
    const first = k.label.replace(/^the\s+/i, '').split(/\s+/)[0];
    const acronym = ACRONYM.test(first) ? first.replace(/\./g, '') : undefined;
    const matches = (byLastWord.get(short[short.length - 1]) ?? []).filter(([other]) => {
      if (other === key) return false;
      const { full, served } = forms.get(other)!;
      const longer = (f: string[]): boolean => f.length >= short.length && (acronym ? abbreviates(short, f, acronym) : false);
      // Without where it serves: "UN Support Mission" for "UN Support Mission in Libya".
      return longer(full) || (served !== undefined && (served.join(' ') === short.join(' ') || longer(served)));
    });
    // Longer forms were joined first, so several matches may all end in one body.
    const finals = new Set(matches.map(([other]) => {
      let t = other;
      while (rekey.has(t) && rekey.get(t) !== t) t = rekey.get(t)!;
      return t;
    }));
    if (finals.size === 1 && !finals.has(key)) rekey.set(key, [...finals][0]);
  }
}

/**
 * "Omani Maritime Security Centre" in one article, "Maritime Security Centre" in another; "US Fifth
 * Fleet" and "Fifth Fleet": a state's name or demonym before a body's name of two words or more
 * says whose body it is, not another body. The bare name joins the only qualified one, but only
 * where every article using the bare name also names that state: "the Red Cross" in a report that
 * never mentions Kenya is not the "Kenya Red Cross" of another report.
 */
function sameBodiesWithoutTheirState(info: Map<string, KeyInfo>, rekey: Map<string, string>): void {
  const articlesNaming = new Map<string, Set<string>>(); // state → the articles that name it
  for (const k of info.values()) {
    const state = k.type === 'state' ? stateName(k.label) : undefined;
    if (!state) continue;
    const into = articlesNaming.get(state) ?? new Set<string>();
    for (const a of k.articles) into.add(a);
    articlesNaming.set(state, into);
  }
  const qualified = new Map<string, Set<string>>(); // bare name → the states that qualify it
  const keyOf = new Map<string, string>(); // bare name → one qualified key
  for (const [key, k] of info) {
    if (k.type !== 'organization' || rekey.has(key)) continue;
    const m = /^(?:the\s+)?(\S+)\s+(\S+\s+\S.*)$/i.exec(k.label);
    if (!m) continue;
    const state = stateName(m[1]) ?? stateOfDemonym(m[1]);
    if (!state) continue;
    const bare = m[2].toLowerCase();
    qualified.set(bare, (qualified.get(bare) ?? new Set()).add(state));
    if (!keyOf.has(bare)) keyOf.set(bare, key);
  }
  if (!qualified.size) return;
  for (const [key, k] of info) {
    if (k.type !== 'organization' || rekey.has(key)) continue;
    const bare = k.label.replace(/^the\s+/i, '').toLowerCase();
    const states = qualified.get(bare);
    const target = keyOf.get(bare);
    if (states?.size !== 1 || !target || target === key) continue;
    const naming = articlesNaming.get([...states][0]!);
    if ([...k.articles].every((a) => naming?.has(a))) rekey.set(key, target);
  }
}

/**
 * "Mitiga International Airport" in one article, "Mitiga" in another: an airport (a crossing, a
 * terminal) named with and without its head noun is one entity, when exactly one bare name
 * matches. A base reading wins.
 */
function sameAirports(info: Map<string, KeyInfo>, rekey: Map<string, string>): void {
  const bare = new Map<string, string[]>();
  for (const [key, k] of info) {
    if ((k.type !== 'place' && k.type !== 'base') || rekey.has(key)) continue;
    const name = k.label.toLowerCase();
    bare.set(name, [...(bare.get(name) ?? []), key]);
  }
  for (const [key, k] of info) {
    if ((k.type !== 'place' && k.type !== 'base') || rekey.has(key)) continue;
    // ("the Korvani crossing" in one article, "Korvani" in another: a crossing point, a checkpoint
    // or a terminal is named after the place where it stands, and news uses the two for one.)
    const core = /^(.+?)\s+(?:(?:international\s+)?(?:airport|airfield)|crossing(?: point)?|checkpoint|terminal|jetty|pier)$/i.exec(k.label)?.[1]?.toLowerCase();
    const targets = core ? bare.get(core) ?? [] : [];
    if (targets.length !== 1 || targets[0] === key) continue;
    const [target] = targets;
    // "a settlement on Tarnholm ... landing at Tarnholm Airport": where every article naming the
    // bare place names the airport too, and resolution kept them apart there, the airport is named
    // after the place and is not it.
    // (So too for an airport read as a base: resolution gives a bare name beside an airport to the
    // town or island it is named after, "Yap International Airport ... in Yap".)
    if ([...info.get(target)!.articles].every((a) => k.articles.has(a)) && info.get(target)!.type === 'place') continue;
    if (info.get(target)!.type === 'base' || k.type !== 'base') rekey.set(key, target);
    else rekey.set(target, key);
  }
}

/**
 * "the Houthis" in one article, "Houthi rebels" read as the body "Houthi" in another: a body of
 * one word named in the singular and in the plural is one body, when exactly one plural matches.
 */
function samePluralBodies(info: Map<string, KeyInfo>, rekey: Map<string, string>): void {
  const plurals = new Map<string, string[]>();
  for (const [key, k] of info) {
    if (k.type !== 'organization' || rekey.has(key) || !/^\p{Lu}\p{Ll}+s$/u.test(k.label)) continue;
    plurals.set(k.label.toLowerCase(), [...(plurals.get(k.label.toLowerCase()) ?? []), key]);
  }
  if (!plurals.size) return;
  for (const [key, k] of info) {
    if (k.type !== 'organization' || rekey.has(key) || !/^\p{Lu}\p{Ll}+$/u.test(k.label)) continue;
    const match = plurals.get(`${k.label.toLowerCase()}s`);
    if (match?.length === 1 && match[0] !== key) rekey.set(key, match[0]);
  }
}

/**
 * A name typed a person in one place and a body in another, letter for letter ("issued to Minera
 * Andina" after "the company Minera Andina"): the body's cue is the stronger evidence, since a
 * multi-word name of unknown words is read as a person only by default.
 */
function samePersonAsBody(info: Map<string, KeyInfo>, rekey: Map<string, string>): void {
  const bodies = new Map<string, string[]>();
  for (const [key, k] of info) if (k.type === 'organization' && !rekey.has(key)) bodies.set(k.label.toLowerCase(), [...(bodies.get(k.label.toLowerCase()) ?? []), key]);
  for (const [key, k] of info) {
    if (k.type !== 'person' || rekey.has(key) || k.label.split(/\s+/).length < 2) continue;
    const match = bodies.get(k.label.toLowerCase());
    if (match?.length === 1 && [...k.aliases].every((a) => a.toLowerCase() === k.label.toLowerCase())) rekey.set(key, match[0]);
  }
}

/**
 * "Sharaa fighters" in one article, "President Ahmed al-Sharaa" in another: a body of one word
 * that an article read as a group only by the noun after it ("fighters", "supporters") is the
 * person the corpus names in full with that surname, when exactly one person has it -- a group is
 * named after its leader that way; a group's own name is seldom a surname of the story.
 * (An acronym, "NATO", is never a surname.)
 */
function sameBodyAsLeader(info: Map<string, KeyInfo>, rekey: Map<string, string>): void {
  const bySurname = new Map<string, string[]>();
  for (const [key, k] of info) {
    const words = nameWords(k.label);
    if (k.type !== 'person' || rekey.has(key) || words.length < 2) continue;
    const last = words[words.length - 1];
    bySurname.set(last, [...(bySurname.get(last) ?? []), key]);
  }
  for (const [key, k] of info) {
    if (k.type !== 'organization' || rekey.has(key) || /^[A-Z]{2,}$/.test(k.label)) continue;
    const names = [...k.aliases].map(nameWords);
    if (!names.every((w) => w.length === 1) || new Set(names.map((w) => w[0])).size !== 1) continue;
    const people = bySurname.get(names[0][0]);
    if (people?.length === 1) rekey.set(key, people[0]);
  }
}

/** A region a cue made an organisation ("adviser for Africa") joins the place of that name. */
function sameRegions(info: Map<string, KeyInfo>, rekey: Map<string, string>): void {
  for (const [key, k] of info) {
    if (k.type !== 'organization' || !isRegionName(k.label)) continue;
    const place = `place:${placeSkeleton(k.label) || slug(k.label)}`;
    if (info.has(place)) rekey.set(key, place);
  }
}

/**
 * "the Sudanese army" and "the Sudanese Armed Forces": a state's army named by its demonym is the
 * state's armed forces when the corpus names exactly one body "<Demonym|State> Armed Forces" or
 * "Armed Forces of <State>" for that state.
 */
function sameNationalArmies(info: Map<string, KeyInfo>, rekey: Map<string, string>): void {
  const forcesOf = new Map<string, string[]>();
  for (const [key, k] of info) {
    if (k.type !== 'organization' || rekey.has(key)) continue;
    const m = /^(?:the\s+)?(.+?)\s+armed forces$/i.exec(k.label) ?? /^(?:the\s+)?armed forces of (?:the\s+)?(.+)$/i.exec(k.label);
    const state = m ? stateOfDemonym(m[1]) ?? stateName(m[1]) : undefined;
    if (state) forcesOf.set(slug(state), [...(forcesOf.get(slug(state)) ?? []), key]);
  }
  for (const key of info.keys()) {
    const m = /^organization:army-of-(.+)$/.exec(key);
    const targets = m ? forcesOf.get(m[1]) : undefined;
    if (targets?.length === 1 && !rekey.has(key)) rekey.set(key, targets[0]);
  }
}

/**
 * "Dileita Omar" or "Abdourahman Dileita" beside "Abdourahman Dileita Omar": a two-word name that
 * opens or ends exactly one longer name of the corpus is a short form of it (a given name or a
 * family name left out). Two or more longer names that fit leave it alone.
 */
function samePartialNames(info: Map<string, KeyInfo>, rekey: Map<string, string>): void {
  // Longer names by each of their two-word edges: near linear on a corpus of many people.
  const byEdge = new Map<string, Set<string>>();
  for (const [key, k] of info) {
    if (!key.startsWith('person:') || rekey.has(key)) continue;
    const w = nameWords(k.label);
    if (w.length < 3) continue;
    for (const edge of [w.slice(0, 2).join(' '), w.slice(-2).join(' ')]) byEdge.set(edge, new Set([...(byEdge.get(edge) ?? []), key]));
  }
  for (const [key, k] of info) {
    if (!key.startsWith('person:') || rekey.has(key)) continue;
    const w = nameWords(k.label);
    if (w.length !== 2 || w.some((x) => x.length < 3)) continue;
    const targets = byEdge.get(w.join(' '));
    if (targets?.size === 1) {
      const [target] = targets;
      if (target !== key) rekey.set(key, target);
    }
  }
}

/**
 * "the Baltic" and "the Baltic Sea": a place named by one word joins the only sea or ocean of the
 * corpus that word names.
 */
function sameSeas(info: Map<string, KeyInfo>, rekey: Map<string, string>): void {
  const seas = new Map<string, string[]>();
  for (const [key, k] of info) {
    const m = /^(?:the\s+)?(\S+)\s+(?:sea|ocean)$/i.exec(k.label);
    if (k.type === 'place' && m) seas.set(m[1].toLowerCase(), [...(seas.get(m[1].toLowerCase()) ?? []), key]);
  }
  for (const [key, k] of info) {
    if (k.type !== 'place' || rekey.has(key)) continue;
    const targets = seas.get(k.label.replace(/^the\s+/i, '').toLowerCase());
    if (targets?.length === 1 && targets[0] !== key) rekey.set(key, targets[0]);
  }
}

/**
 * One body spelt with a vowel written once or twice ("al-Shabab", "al-Shabaab", "al Shabaab"),
 * its Arabic article attached or apart: a transliteration, not another body. Names of one word
 * after the particles, five letters or more, and no article naming both spellings.
 */
function sameBodySpellings(info: Map<string, KeyInfo>, rekey: Map<string, string>): void {
  const bySpelling = new Map<string, string[]>();
  for (const [key, k] of info) {
    if (k.type !== 'organization' || rekey.has(key) || nameWords(k.label).length !== 1) continue;
    const plain = plainName(k.label).replace(/(.)\1+/g, '$1');
    if (plain.length < 5) continue;
    bySpelling.set(plain, [...(bySpelling.get(plain) ?? []), key]);
  }
  for (const keys of bySpelling.values()) {
    if (keys.length < 2) continue;
    const [main, ...rest] = [...keys].sort((a, b) => info.get(b)!.mentions - info.get(a)!.mentions || a.localeCompare(b));
    for (const other of rest) if (disjoint(info.get(main)!.articles, info.get(other)!.articles)) rekey.set(other, main);
  }
}

/**
 * "Kwadwo Asare" in one outlet, "Kwadwon Asare" in another; "Tarvo Oro air base" and "Tarvos Oro
 * air base": a person's or a base's name written with one consonant more or less is one name,
 * when the names have the same words otherwise, eight letters or more, and no article names both.
 * (A vowel more or less -- "Mario"/"Maria", "Jan"/"Jana" -- is often another person; the
 * transliteration keys of samePeople already join the vowel variants that are not.) Each name
 * looks up its one-consonant-shorter forms, so the pass stays linear in the corpus.
 */
const VOWEL = /[aeiouy]/;
function sameConsonantVariants(info: Map<string, KeyInfo>, rekey: Map<string, string>): void {
  const kindOf = (key: string): string | undefined => (key.startsWith('person:') ? 'person' : key.startsWith('base:') ? 'base' : undefined);
  const byPlain = new Map<string, string[]>();
  const plainOf = new Map<string, string>();
  for (const [key, k] of info) {
    const kind = kindOf(key);
    if (!kind || rekey.has(key) || (kind === 'person' && nameWords(k.label).length < 2)) continue;
    const plain = plainName(k.label);
    if (plain.length < 8) continue;
    plainOf.set(key, plain);
    const same = byPlain.get(`${kind}:${plain}`);
    if (same) same.push(key);
    else byPlain.set(`${kind}:${plain}`, [key]);
  }
  for (const [key, plain] of plainOf) {
    if (rekey.has(key)) continue;
    const k = info.get(key)!;
    const kind = kindOf(key);
    // (Two consonants that write one sound go together: "Bantchiare"/"Bantiare".)
    const drops: [number, number][] = [];
    for (let p = 1; p < plain.length; p++) {
      if (VOWEL.test(plain[p])) continue;
      drops.push([p, p + 1]);
      if (plain[p + 1] === 'h' && p + 2 < plain.length) drops.push([p, p + 2]);
    }
    for (const [p, q] of drops) {
      const shorter = byPlain.get(`${kind}:${plain.slice(0, p)}${plain.slice(q)}`);
      const other = shorter?.length === 1 ? shorter[0] : undefined;
      if (!other || rekey.has(other) || rekey.has(key)) continue;
      const o = info.get(other)!;
      if (nameWords(o.label).length !== nameWords(k.label).length || !disjoint(k.articles, o.articles)) continue;
      const [main, minor] = o.mentions > k.mentions || (o.mentions === k.mentions && other < key) ? [other, key] : [key, other];
      rekey.set(minor, main);
    }
  }
}

/** Article-local keys that name the same thing as another key in the corpus → that key. */
export function sameThingAcrossArticles(extractions: ArticleExtraction[]): Map<string, string> {
  const info = collect(extractions);
  const rekey = new Map<string, string>();
  samePeople(info, rekey);
  sameConsonantVariants(info, rekey);
  sameBodies(info, rekey);
  sameBodySpellings(info, rekey);
  sameBodyShortForms(info, rekey);
  sameBodiesWithoutTheirState(info, rekey);
  sameAirports(info, rekey);
  samePluralBodies(info, rekey);
  samePersonAsBody(info, rekey);
  sameBodyAsLeader(info, rekey);
  sameRegions(info, rekey);
  sameNationalArmies(info, rekey);
  samePartialNames(info, rekey);
  sameSeas(info, rekey);
  return rekey;
}
