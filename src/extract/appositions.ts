// What the words around a name say about it. Type cues: "shipping line X", "the union X", "the
// electoral service X" name an organisation; "mayor of X", "the town of X" a place; "X
// International Airport" a place. Relations stated by apposition or by the next sentence:
// "His father, former president X" (family across sentences), "Its chief executive, X" and
// "the association's chairman, X" (an office in the organisation just named), "Union leader X"
// (the one union the article names), "X, operated by Y" (operator), "Antwerp in Belgium"
// (location). General vocabulary only.
import type { LocalEntity, LocalRelation } from './article';
import { COMPASS_POINTS, GEO_TAILS, LEGISLATURE_WORDS, PLACE_HEADS, PLACE_OF_NOUNS, TITLE_RELATIONS, TITLE_WORDS, isTitleAbbreviation, stateName, stateOfDemonym } from './gazetteer';
import { slug, placeSkeleton, wordInitial } from './names';
import type { SentenceMentions } from './resolveArticle';
import { relateRoles } from './roleRelations';
import { fitsTarget } from './relations';
import { bareText, type Token } from './tokens';

// Common nouns that introduce an organisation's name ("the union X", "shipping line X").
const ORG_CUES = /^(union|company|firm|carrier|airline|line|group|agency|service|bank|party|broadcaster|newspaper|network|association|federation|ministry|movement|coalition|charity|organisation|organization|operator|insurer|manufacturer|retailer|developer|watchdog|regulator|lender|conglomerate|startup|court|tank|broker|consultancy|club|chain|maker|giant|producer|supplier|contractor|exporter|importer|fund|institute|outlet|daily|weekly|magazine|channel)$/;
// Nouns after which "of X" is a place ("the mayor of X", "the town of X").
const PLACE_OF = new RegExp(`^(${[...PLACE_OF_NOUNS, 'mayor', 'governor', 'centre', 'center', 'people'].join('|')})$`);
// Name endings that make a place, whatever the words before them ("X International Airport").
const LEGISLATURES = /^(parliament|legislature|assembly|senate|congress|council|cabinet|army|navy|military|police|intelligence|regulator|watchdog|broadcaster|bank)$/;
const PLACE_ENDINGS = /\b(airport|harbour|harbor|station|square|bridge|stadium)$/i;
// Offices inside an organisation, to the relation they state.
const ORG_OFFICES: [RegExp, string][] = [
  [/^(chairman|chairwoman|chair|chairperson|president|head|leader|chief|director|director-general|secretary-general|general secretary|chief executive|executive director|managing director|ceo|founder)$/, 'leader_of'],
  [/^(spokesman|spokeswoman|spokesperson)$/, 'spokesperson_of'],
];
const KIN = /^(father|mother|son|daughter)$/;
// "Hurricane Delia" is a storm, not a person: the event pass names the storm.
const NAMED_STORM = /^(hurricane|typhoon|cyclone|tropical storm|storm)\s/i;
const EMPLOYEE = /^(fellow|analyst|researcher|professor|lecturer|economist|scientist|director|editor|reporter|correspondent|spokesman|spokeswoman|spokesperson|official|adviser|advisor|consultant|strategist|expert|scholar)$/;
// People named by what they do in a body ("a party member", "a union activist").
const MEMBER_NOUNS = /^(member|members|lawmaker|legislator|politician|candidate|activist|worker|employee|organiser|organizer|stalwart|loyalist|veteran|insider|figure)$/;

/**
 * "X, a party list MP", "X, a union official", "X, a company director": a body's noun that a
 * noun for a person follows in the same phrase only qualifies that person; the person is the
 * apposition's head, so the name is a person's.
 */
function qualifiesPerson(tokens: Token[], k: number, end: number): boolean {
  for (let j = k; j < Math.min(end, k + 3); j++) {
    if (j > k) {
      const t = tokens[j];
      if (isTitleAbbreviation(t.text) || (!t.proper && /^[a-z-]+$/.test(t.text) && (TITLE_WORDS.has(t.normal) || EMPLOYEE.test(t.normal) || MEMBER_NOUNS.test(t.normal)))) return true;
      if (t.proper || !/^[a-z-]+$/.test(t.text)) return false;
    }
    if (!/^\s$/.test(tokens[j].post)) return false;
  }
  return false;
}

// Bodies a person belongs to, named after "X of the ...".
const MEMBERSHIP_HEADS = /^(party|coalition|front|movement|alliance|union|bloc|caucus|league|congress)$/;

/** Move an entity to a new type and key, and point the sentences' mentions at it. */
function retype(entities: Map<string, LocalEntity>, sentences: SentenceMentions[], from: LocalEntity, type: 'organization' | 'place'): void {
  const key = type === 'place' ? `place:${placeSkeleton(from.label) || slug(from.label)}` : `organization:${slug(from.label.replace(/^the\s+/i, ''))}`;
  entities.delete(from.key);
  const into = entities.get(key);
  if (into) {
    for (const a of from.aliases) if (!into.aliases.includes(a)) into.aliases.push(a);
    into.mentions.push(...from.mentions);
  } else {
    entities.set(key, { key, type, label: from.label, aliases: from.aliases, mentions: from.mentions });
  }
  for (const sm of sentences)
    sm.keys.forEach((k, i) => {
      if (k === from.key) {
        sm.keys[i] = key;
        sm.mentions[i].kind = type;
      }
    });
}

/** Fold one entity into another: its mentions and surface forms become the other's. */
function absorb(entities: Map<string, LocalEntity>, sentences: SentenceMentions[], from: LocalEntity, into: LocalEntity): void {
  entities.delete(from.key);
  for (const a of from.aliases) if (!into.aliases.includes(a)) into.aliases.push(a);
  into.mentions.push(...from.mentions);
  for (const sm of sentences) sm.keys.forEach((k, i) => { if (k === from.key) sm.keys[i] = into.key; });
}

const MINOR_WORDS = /^(of|the|for|and|on|in|de|da|des|du|la|le|el)$/i;
// Legislatures' own words, not English nouns every state's house is called by ("Parliament", "Senate").
const OWN_LEGISLATURE_WORDS = new Set(LEGISLATURE_WORDS.filter((w) => !/^(senate|congress|parliament|legislature|diet|parlament|parlamento|landtag)$/.test(w)));

/**
 * One organisation under two names in one article: "UN" beside "United Nations" (its initials),
 * "Red Cross" beside "International Committee of the Red Cross" (the end of the full name).
 */
export function mergeShortNames(sentences: SentenceMentions[], entities: Map<string, LocalEntity>): void {
  const orgs = (): LocalEntity[] => [...entities.values()].filter((e) => e.type === 'organization');
  // The end of an organisation's name may have been read as a place ("Red Crescent"): it joins too.
  const shorts = [...entities.values()].filter((e) => e.type === 'organization' || (e.type === 'place' && e.label.split(/\s+/).length >= 2));
  for (const short of shorts) {
    if (!entities.has(short.key)) continue;
    const label = short.label.replace(/^the\s+/i, '');
    let into: LocalEntity[] = [];
    // "the Oliy Majlis ... the Majlis's committee", "the State Duma ... the Duma": a
    // legislature's own word alone is the one legislature the article names with it.
    if (short.type === 'organization' && OWN_LEGISLATURE_WORDS.has(label.toLowerCase())) {
      into = orgs().filter((o) => o !== short && o.label.toLowerCase().endsWith(` ${label.toLowerCase()}`));
    } else if (/^[A-Z]{2,6}$/.test(label) && short.type === 'organization') {
      into = orgs().filter((o) => o !== short && o.label.split(/\s+/).filter((w) => !MINOR_WORDS.test(w)).map(wordInitial).join('') === label);
    } else if (label.split(/\s+/).length >= 2) {
      // "the Public Prosecutor's Office of Minas Gerais" ends in the place it serves, after "of",
      // "for" or "in": that place is the body's remit, not its short name. (After "of the" the
      // words are the body's own: "International Committee of the Red Cross".)
      into = orgs().filter((o) => o !== short && o.label.length > label.length && o.label.endsWith(` ${label}`) && !(short.type === 'place' && /\b(of|for|in|on)$/i.test(o.label.slice(0, -label.length).trimEnd())));
      // "the Regional Council of Tavria ... the Regional Council", "the Supreme Court of
      // Ghana ... the Supreme Court": a body's name without the place or state it serves,
      // which the article names, is that body.
      if (!into.length && short.type === 'organization') into = orgs().filter((o) => o !== short && o.label.replace(/^the\s+/i, '').startsWith(`${label} of `) && servedPlace(entities, o.label.replace(/^the\s+/i, '').slice(label.length + 4)) && firstMention(o) < firstMention(short));
    }
    if (into.length === 1 && !laterStateBody(short, into[0], label)) absorb(entities, sentences, short, into[0]);
  }
}

/** Whether `name` ("the Republic of Ghana", "Tavria") is a state, or a place the article names. */
function servedPlace(entities: Map<string, LocalEntity>, name: string): boolean {
  const bare = name.replace(/^the\s+/i, '');
  if (stateName(bare)) return true;
  return [...entities.values()].some((e) => (e.type === 'place' || e.type === 'state') && (e.label === bare || e.aliases.includes(bare)));
}

/**
 * "The Ministry of Finance (MOF) ... the Republic of Peru's Ministry of Finance":
 * a body every state has, named bare before the article names some state's, is not that state's
 * (a reader takes a bare name for one already named, never for one named later).
 */
function laterStateBody(short: LocalEntity, into: LocalEntity, label: string): boolean {
  const qualifier = into.label.slice(0, -label.length).trim().replace(/^the\s+/i, '').split(/\s+/).pop() ?? '';
  const bare = qualifier.replace(/['’]s?$/, '');
  if (!stateName(bare) && !stateOfDemonym(bare)) return false;
  return firstMention(short) < firstMention(into);
}

const firstMention = (e: LocalEntity): number => Math.min(...e.mentions.map((m) => m.start));

/**
 * Type cues around a name, applied before relations are read: a "person" introduced by an
 * organisation noun is an organisation; one after "mayor of" is a place.
 */
export function retypeByCues(tokens: Token[], sentences: SentenceMentions[], entities: Map<string, LocalEntity>): void {
  const verdict = new Map<string, 'organization' | 'place' | 'event'>();
  for (const sm of sentences) {
    sm.mentions.forEach((m, i) => {
      const key = sm.keys[i];
      const e = key ? entities.get(key) : undefined;
      if (!e || e.type !== 'person') return;
      const prev = m.from - 1 >= sm.from ? tokens[m.from - 1] : undefined;
      const prev2 = m.from - 2 >= sm.from ? tokens[m.from - 2] : undefined;
      // "the former mayor of X" may have been read as a title before a name.
      if (prev?.normal === 'of' && prev2 && PLACE_OF.test(prev2.normal)) verdict.set(e.key, 'place');
      else if (e.roles?.length) return;
      // "at Tsho Rolpa, one of the country's largest glacial lakes", "X, a fishing village": an
      // apposition headed by a place noun says the name is a place's.
      else if (placeApposition(tokens, m.to, sm.to)) verdict.set(e.key, 'place');
      else if (NAMED_STORM.test(e.label)) verdict.set(e.key, 'event');
      // "the X militant group", "the X rebel movement": the noun after the name.
      // ("Kalo's party", "Haftar's militia": after a possessive the noun is what the name owns.)
      // ("Rodrigo Quispe, whose company X operates the mine": after a comma only an apposition's
      // noun, "X, a coalition of gangs", is the name's head; a pronoun's, "whose company", is not.)
      else if (!m.possessive && (/^\s$/.test(tokens[m.to - 1].post) || /^(a|an|the)$/.test(tokens[m.to]?.normal ?? '')) && [tokens[m.to], tokens[m.to + 1]].some((t, j) => t && !t.proper && ORG_CUES.test(t.normal) && (j === 0 || !tokens[m.to].proper && /^[a-z-]+$/.test(tokens[m.to].text) && !/^(whose|his|her|their|its|our|my|your|whom|which|who|that)$/.test(tokens[m.to].normal) && !qualifiesPerson(tokens, m.to + 1, sm.to))) && !/^(line|service|court|chain)$/.test(tokens[m.to]?.normal ?? '')) verdict.set(e.key, 'organization');
      else if (PLACE_ENDINGS.test(e.label)) verdict.set(e.key, 'place');
      // "the union X said", "the employers' association, X, said".
      // ("a spokesman for the ministry, Zhang Wei, said": set off by commas after an office in
      // the body, the name is the office-holder's.)
      else if (prev && !prev.proper && ORG_CUES.test(prev.normal) && (/^\s$/.test(prev.post) || (/^,\s$/.test(prev.post) && /^,/.test(tokens[m.to - 1].post) && !officeBefore(tokens, m.from - 1, sm.from) && !apposedToNameBefore(tokens, m.from - 1, sm.from)))) verdict.set(e.key, 'organization');
    });
  }
  // "the State Great Khural, Mongolia's parliament", "the Storting, Norway's legislature": an
  // apposition of a state's possessive and a body's noun says the name is that body's.
  for (const sm of sentences)
    sm.mentions.forEach((m, i) => {
      const key = sm.keys[i];
      const e = key ? entities.get(key) : undefined;
      if (!e || (e.type !== 'person' && e.type !== 'place') || m.metonym || e.roles?.length || !/^,\s$/.test(tokens[m.to - 1].post)) return;
      const owner = tokens[m.to];
      const noun = tokens[m.to + 1];
      if (!owner?.possessive || !stateName(bareText(owner)) || !noun || noun.proper || !(LEGISLATURES.test(noun.normal) || ORG_CUES.test(noun.normal)) || !/^[,;.)]/.test(noun.post.trim() || ',')) return;
      verdict.set(e.key, 'organization');
    });
  // "Chatham House, a think tank based in London", "X, a civil society group, said": a name read as a
  // place that an apposition calls a body is an organisation.
  for (const sm of sentences)
    sm.mentions.forEach((m, i) => {
      const key = sm.keys[i];
      const e = key ? entities.get(key) : undefined;
      if (!e || e.type !== 'place' || m.metonym || !/,/.test(tokens[m.to - 1].post) || !/^(a|an|the)$/.test(tokens[m.to]?.normal ?? '')) return;
      let head: Token | undefined;
      let k = m.to + 1;
      for (; k < Math.min(sm.to, m.to + 5); k++) {
        const t = tokens[k];
        if (!/^[a-z-]+$/.test(t.text) || (t.tags.includes('Verb') && k > m.to + 1) || t.tags.includes('Preposition')) break;
        head = t;
        if (/[,;:]/.test(t.post)) {
          k++;
          break;
        }
      }
      // "in Wadi Qaraya, the ministry said": a reporting clause, not an apposition.
      const reporting = /^(said|says|say|told|added|reported|confirmed|announced|stated|according|noted|warned)$/.test(tokens[k]?.normal ?? '');
      if (head && !reporting && ORG_CUES.test(head.normal) && !/^(line|service|court|chain|club)$/.test(head.normal)) verdict.set(e.key, 'organization');
    });
  // "a research fellow at X", "an analyst at X": X employs people, so it is an organisation.
  for (const sm of sentences)
    sm.mentions.forEach((m, i) => {
      const key = sm.keys[i];
      const e = key ? entities.get(key) : undefined;
      if (!e || e.type !== 'place' || m.from - 2 < sm.from) return;
      // "an analyst at the Nairobi think tank X", "a lecturer at the Minsk state university": a
      // place's name before a lower-case noun says where the employer is; the place stays a place.
      const after = tokens[m.to];
      if (after && !m.possessive && /^\s$/.test(tokens[m.to - 1].post) && !after.proper && /^[a-z-]+$/.test(after.text) && after.tags.includes('Noun') && !after.tags.includes('Preposition')) return;
      let k = m.from - 1;
      while (k > sm.from && tokens[k].tags.includes('Determiner')) k--;
      if (/^(at|for)$/.test(tokens[k].normal) && EMPLOYEE.test(tokens[k - 1].normal)) verdict.set(e.key, 'organization');
    });
  for (const [key, type] of verdict) {
    const e = entities.get(key);
    if (!e) continue;
    if (type !== 'event') {
      retype(entities, sentences, e, type);
      continue;
    }
    entities.delete(key);
    for (const sm of sentences) sm.keys.forEach((k, i) => { if (k === key) sm.keys[i] = undefined; });
  }
  mergeShortNames(sentences, entities);
}

/**
 * "The leader of X, the dockers' union, Y, said": the noun phrase ending at `k` is itself set
 * beside the name before it, so it names that name's body; the name after it is someone else.
 */
function apposedToNameBefore(tokens: Token[], k: number, from: number): boolean {
  let i = k - 1;
  while (i > from && !tokens[i].proper && !/^(the|a|an)$/.test(tokens[i].normal) && /^['’]?\s$/.test(tokens[i].post) && k - i <= 6) i--;
  return i > from && /^(the|a|an)$/.test(tokens[i].normal) && tokens[i - 1].proper && /^,\s$/.test(tokens[i - 1].post);
}

/** "a spokesman for the ministry", "the governor of the central bank": an office within four words before the body's noun at `k`. */
function officeBefore(tokens: Token[], k: number, from: number): boolean {
  const office = (t: Token): boolean => ORG_OFFICES.some(([re]) => re.test(t.normal)) || /^(governor|minister|secretary|commissioner|deputy|manager|administrator|official|officer|lawmaker|legislator|member)$/.test(t.normal) || isTitleAbbreviation(t.text);
  for (let i = k - 1; i >= Math.max(from, k - 4); i--) if (office(tokens[i])) return true;
  // "the director of the state oil company": the body's noun phrase may be longer than the window;
  // walk back over its lower-case words to the "of"/"for"/"at" that opens it and read the noun
  // heading the phrase before it.
  let i = k - 1;
  while (i > from && !/^(of|for|at)$/.test(tokens[i].normal) && !tokens[i].proper && /^[a-z-]+$/.test(tokens[i].text) && /^\s$/.test(tokens[i].post) && k - i <= 8) i--;
  return i > from && /^(of|for|at)$/.test(tokens[i].normal) && office(tokens[i - 1]);
}

/** ", [one of] a/an/the <lower-case words> <place noun>" right after a name ending at `to`. */
function placeApposition(tokens: Token[], to: number, end: number): boolean {
  if (to >= end || !/^,\s$/.test(tokens[to - 1].post)) return false;
  let k = to;
  if (tokens[k]?.normal === 'one' && tokens[k + 1]?.normal === 'of') k += 2;
  if (!/^(a|an|the)$/.test(tokens[k]?.normal ?? '') && !tokens[k]?.possessive) return false;
  for (let n = 0; k < end && n < 7; k++, n++) {
    const t = tokens[k];
    if (t.proper && !t.possessive) return false;
    const w = t.normal.replace(/['’]s$/, '');
    const last = /[,;:.]/.test(t.post) || k + 1 >= end || tokens[k + 1].tags.includes('Preposition') || tokens[k + 1].tags.includes('Verb');
    if (!last) continue;
    const single = w.replace(/(ie)?s$/, (x) => (x === 'ies' ? 'y' : ''));
    return !t.possessive && (PLACE_HEADS.has(w) || PLACE_HEADS.has(single) || GEO_TAILS.has(w) || GEO_TAILS.has(single));
  }
  return false;
}

/** Relations stated by appositions and by pronouns opening the next sentence. */
export function relateAppositions(text: string, tokens: Token[], sentences: SentenceMentions[], entities: Map<string, LocalEntity>): LocalRelation[] {
  const out: LocalRelation[] = [];
  const typeOf = (k: string | undefined): string | undefined => (k ? entities.get(k)?.type : undefined);
  const emit = (source: string | undefined, relation: string, target: string | undefined, sm: SentenceMentions): void => {
    if (!source || !target || source === target || !fitsTarget(relation, entities.get(target))) return;
    const { start, end } = sm.sentence;
    if (out.some((r) => r.source === source && r.target === target && r.relation === relation && r.evidence.start === start)) return;
    out.push({ source, target, relation, evidence: { start, end, quote: text.slice(start, end) } });
  };
  const body = sentences.filter((sm) => !sm.sentence.headline);
  // Organisations by the common noun that introduces them in the article ("the FNV Havens union").
  const orgByNoun = new Map<string, Set<string>>();
  for (const sm of body)
    sm.mentions.forEach((m, i) => {
      const key = sm.keys[i];
      if (!key || typeOf(key) !== 'organization') return;
      for (const t of [tokens[m.to], tokens[m.from - 1]]) {
        if (!t || t.proper || !ORG_CUES.test(t.normal)) continue;
        const set = orgByNoun.get(t.normal) ?? new Set<string>();
        set.add(key);
        orgByNoun.set(t.normal, set);
      }
      // "Havenwerkgevers Rotterdam, the employers' association": the noun in the apposition.
      const after = tokens.slice(m.to, Math.min(sm.to, m.to + 4));
      if (/,/.test(tokens[m.to - 1].post)) for (const t of after) if (ORG_CUES.test(t.normal)) orgByNoun.set(t.normal, new Set([...(orgByNoun.get(t.normal) ?? []), key]));
    });
  for (const sm of body)
    sm.mentions.forEach((m, i) => {
      const key = sm.keys[i];
      if (!key || typeOf(key) !== 'organization') return;
      // "the employers' association, Havenwerkgevers Rotterdam": the noun before the comma.
      const before = tokens.slice(Math.max(sm.from, m.from - 3), m.from);
      const last = before[before.length - 1];
      const noun = before.find((t) => ORG_CUES.test(t.normal));
      if (last && /,/.test(last.post) && noun) orgByNoun.set(noun.normal, new Set([...(orgByNoun.get(noun.normal) ?? []), key]));
    });

  let lastPerson: string | undefined;
  let lastOrg: string | undefined;
  for (const sm of body) {
    const { from, to } = sm;
    const slots = sm.mentions.map((m, i) => ({ m, key: sm.keys[i] })).filter((s): s is { m: (typeof s)['m']; key: string } => !!s.key && entities.has(s.key));
    const first = tokens[from];

    // "His father, former president X, ..." / "His son, X, ...": kin of the person just named.
    if (first && /^(his|her)$/.test(first.normal) && tokens[from + 1] && KIN.test(tokens[from + 1].normal) && lastPerson) {
      const named = slots.find((s) => typeOf(s.key) === 'person' && s.m.from <= from + 6);
      if (named && named.key !== lastPerson) {
        const kin = tokens[from + 1].normal;
        if (kin === 'son' || kin === 'daughter') emit(lastPerson, 'parent_of', named.key, sm);
        else emit(named.key, 'parent_of', lastPerson, sm);
      }
    }

    // "His sister, Alma Ruiz, ...": "his" may point past the last name read (a quoted official), so
    // a sibling is linked only to the one other person of the article who shares the family name.
    if (first && /^(his|her)$/.test(first.normal) && /^(brother|sister)$/.test(tokens[from + 1]?.normal ?? '') && /,/.test(tokens[from + 1].post)) {
      const named = slots.find((s) => typeOf(s.key) === 'person' && s.m.from === from + 2);
      const family = named ? entities.get(named.key)!.label.split(/\s+/).pop()!.toLowerCase() : undefined;
      const kin = family ? [...entities.values()].filter((e) => e.type === 'person' && e.key !== named!.key && e.label.split(/\s+/).some((w) => w.toLowerCase() === family)) : [];
      if (named && kin.length === 1) emit(kin[0].key, 'sibling_of', named.key, sm);
    }

    // "Its chief executive, X" / "The association's chairman, X": an office in the organisation just named.
    if (first && /^(its|the)$/.test(first.normal)) {
      let k = from + 1;
      let holder: string | undefined;
      if (first.normal === 'the' && tokens[k]?.possessive && ORG_CUES.test(tokens[k].normal.replace(/['’]s$/, ''))) {
        const noun = tokens[k].normal.replace(/['’]s$/, '');
        const orgs = orgByNoun.get(noun);
        holder = orgs?.size === 1 ? [...orgs][0] : undefined;
        k++;
      } else if (first.normal === 'its') holder = lastOrg;
      const words: string[] = [];
      while (k < to && !tokens[k].proper && words.length < 3) {
        words.push(tokens[k].normal);
        if (/,/.test(tokens[k].post)) break;
        k++;
      }
      const office = words.join(' ');
      const named = slots.find((s) => s.m.from === k + 1 && typeOf(s.key) === 'person');
      const rel = ORG_OFFICES.find(([re]) => re.test(office))?.[1];
      if (holder && named && rel) {
        emit(named.key, rel, holder, sm);
        const e = entities.get(named.key)!;
        e.roles ??= [];
        if (!e.roles.includes(office)) e.roles.push(office);
      }
    }

    for (const s of slots) {
      // "Union leader X", "party spokesman X": the one organisation of that kind the article names.
      const role = s.m.role;
      const heldBySlot = role?.holderToken !== undefined && slots.some((o) => o.m.from <= role.holderToken! && role.holderToken! < o.m.to);
      if (typeOf(s.key) === 'person' && role && !heldBySlot && !role.holderState) {
        let words = role.text.toLowerCase().split(/\s+/);
        // "Union leader X": the organisation noun opens the role; else it stands just before it.
        let lead = words.length > 1 && ORG_CUES.test(words[0]) ? words[0] : tokens[s.m.from - words.length - 1]?.normal;
        if (words.length > 1 && lead === words[0]) words = words.slice(1);
        if (lead && ORG_CUES.test(lead) && !/^(line|service|court)$/.test(lead)) {
          const orgs = orgByNoun.get(lead);
          const rel = ORG_OFFICES.find(([re]) => re.test(words.join(' ')))?.[1] ?? TITLE_RELATIONS.find(([re]) => re.test(words.join(' ')))?.[1];
          if (orgs?.size === 1 && rel) emit(s.key, rel, [...orgs][0], sm);
          else if (orgs && rel) {
            // Several of that kind: the one the reader met last before this sentence ("members of
            // the X union walked out ... Union leader Y said"), as a reader resolves "the union".
            const named = [...orgs].map((k) => [k, Math.max(-1, ...(entities.get(k)?.mentions ?? []).filter((x) => x.start < sm.sentence.start).map((x) => x.start))] as const).filter(([, at]) => at >= 0).sort((a, b) => b[1] - a[1]);
            if (named.length) emit(s.key, rel, named[0][0], sm);
          }
        }
      }
      // "X, operated by Y" / "X, run by Y": the operator.
      const tk = typeOf(s.key);
      // ("X air base in Y province, operated by Z": a place after "in"/"at"/"of" is where the thing
      // named just before it stands; the participle describes that, not the place. An unnamed one,
      // "the airstrip at Y, which is operated by Z", is known by the place, which is then operated.)
      const sitePlace = tk === 'place' && s.m.from - 1 > from && /^(in|at|of|near|outside)$/.test(tokens[s.m.from - 1].normal) && slots.some((o) => o.m.to === s.m.from - 1);
      if ((tk === 'base' || tk === 'place') && !isLandmark(tokens, s.m.from) && !sitePlace) {
        // A place is operated only when the participle describes it directly ("X facility, operated
        // by Y"); "X province, a former hub now operated by Y" describes the hub, not the province.
        const reach = tk === 'base' ? 8 : 4;
        for (let k = s.m.to; k < Math.min(to, s.m.to + reach); k++) {
          if (k > s.m.to && slots.some((o) => o.m.from === k)) break;
          if (!/^(operated|run|managed|controlled|held)$/.test(tokens[k].normal) || tokens[k + 1]?.normal !== 'by') continue;
          const op = slots.find((o) => o.m.from > k + 1 && o.m.from <= k + 4 && (typeOf(o.key) === 'organization' || typeOf(o.key) === 'state'));
          if (op) emit(op.key, tokens[k].normal === 'operated' || tokens[k].normal === 'run' || tokens[k].normal === 'managed' ? 'operates' : 'controls', s.key, sm);
          break;
        }
      }
      // "Antwerp in Belgium": a place in a state or region, named side by side.
      if (tk === 'place' && tokens[s.m.to]?.normal === 'in') {
        const where = slots.find((o) => o.m.from === s.m.to + 1 && (typeOf(o.key) === 'state' || typeOf(o.key) === 'place'));
        const verbBefore = s.m.from - 1 >= from && /^(in|at)$/.test(tokens[s.m.from - 1].normal) === false && tokens[s.m.from - 1].tags.includes('Verb');
        if (where && !verbBefore && !bareText(tokens[s.m.to - 1]).endsWith(',')) emit(s.key, 'located_in', where.key, sm);
      }
    }

    for (const s of slots) {
      if (typeOf(s.key) !== 'person') continue;
      // "Rojas of the Broad Front coalition", "Larraín of the Republican Party": member of a party or bloc.
      let k = s.m.to;
      if (tokens[k]?.normal !== 'of') continue;
      k++;
      if (tokens[k]?.normal === 'the') k++;
      const body = slots.find((o) => o.m.from === k && typeOf(o.key) === 'organization');
      if (!body) continue;
      const head = [tokens[body.m.to - 1], tokens[body.m.to]].filter(Boolean).map((t) => t.normal);
      if (head.some((w) => MEMBERSHIP_HEADS.test(w))) emit(s.key, 'member_of', body.key, sm);
    }
    // "Judge X in the Y Court": the court they sit in.
    for (const s of slots) {
      if (typeOf(s.key) !== 'person' || !s.m.role) continue;
      if (!/^(in|at|of)$/.test(tokens[s.m.to]?.normal ?? '')) continue;
      const k = tokens[s.m.to + 1]?.normal === 'the' ? s.m.to + 2 : s.m.to + 1;
      const court = slots.find((o) => o.m.from === k && typeOf(o.key) === 'organization');
      if (court && /^(judge|justice|magistrate|prosecutor|registrar)\b/i.test(s.m.role.text.replace(/^(former|lead|chief|senior)\s+/i, ''))) emit(s.key, 'works_for', court.key, sm);
    }

    for (const s of slots) if (typeOf(s.key) === 'person') lastPerson = s.key;
    // "Its" opening the next sentence points back to the body this one opened with (its subject),
    // organisation or state: "Belarus, Moscow's closest ally, ... Its leader, X".
    // A possessor ("Tonga's emergency office said") qualifies the body after it and opens nothing.
    const opener = slots.find((s) => (typeOf(s.key) === 'organization' || typeOf(s.key) === 'state') && !s.m.metonym && !(s.m.possessive && tokens[s.m.to]?.proper) && !/^(in|to|from|at|of|for|with|by|into|on|near|against|between)$/.test(tokens[s.m.from - 1]?.normal ?? ''));
    lastOrg = opener?.key;
  }
  out.push(...relateRoles(text, tokens, sentences, entities));
  return out;
}

// "A strip 20 km east of Kesso, which is operated by Y", "the airfield next to X Airport
// that is run by Y": a name after a word of position is the landmark that locates another site;
// the participle describes that site, not the landmark.
const POSITION_WORDS = /^(near|outside|beside|behind|past)$/;
const DIRECTION_WORDS = new RegExp(`^(${[...COMPASS_POINTS, 'outskirts', 'edge'].join('|')})$`);
function isLandmark(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.normal;
  if (before === 'to') return tokens[at - 2]?.normal === 'next';
  if (before === 'of') return DIRECTION_WORDS.test(tokens[at - 2]?.normal ?? '');
  return before !== undefined && POSITION_WORDS.test(before);
}
