// Typed, directed relations from a sentence's structure: verb and its subject/object, passives
// ("X was toppled by Y" → Y toppled X), relation nouns ("Russia’s sheltering of Assad"), role
// appositions ("Kremlin spokesman Dmitry Peskov"). Negated statements and quoted speech state none.
import type { LocalEntity, LocalRelation } from './article';
import { relateActNouns } from './actNouns';
import { relateBlocMembers } from './blocMembers';
import { relateCompounds } from './compoundRelations';
import { ADMIN_UNIT_NOUNS, COMPASS_POINT, GEO_TAILS, REGION_NAMES, stateName, stateOfCapital, stateOfDemonym, TITLE_RELATIONS, TITLE_WORDS } from './gazetteer';
import { slug } from './names';
import type { RawMention } from './recognise';
import { bodyNamed } from './namedSlots';
import { relatePlaces } from './placeRelations';
import { fitsTarget, KIN_PLURALS, MISSION_RELATIONS, NOUN_RELATIONS, PORTFOLIOS, SPOKESPERSON, SUB_OFFICE, SYMMETRIC, verbRelationOf } from './relations';
import { ensureDemonymState, type SentenceMentions } from './resolveArticle';
import type { Token } from './tokens';

// Head nouns after a place that keep it the place ("Sindh province"): units, settlements and landforms.
// Not "department" or "territory".
const PLACE_UNIT_HEADS = new RegExp(`^(${[...ADMIN_UNIT_NOUNS.filter((w) => w !== 'department' && w !== 'territory'), 'town', 'village', 'area', 'coast', 'port', 'island', 'islands', 'peninsula', 'valley', 'basin', 'desert', 'mountains'].join('|')})$`);

interface Slot {
  key: string;
  m: RawMention;
  /** A modifier of a following name ("Moscow" in "Moscow ally Bashar al-Assad"): not an argument. */
  holder: boolean;
}

// Negations, and "whether"/"if", which leave the act open ("did not say whether Russia would join").
// A negative pronoun before a participle or verb negates it too ("talks ended with nothing settled", "none
// agreed"): the act did not happen.
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'denied', 'refused', 'whether', 'if', 'nothing', 'none', 'nobody']);
// A name after one of these is an object or an adjunct, never the clause's subject.
const OBJECT_PREPOSITIONS = new Set([
  'in', 'on', 'at', 'with', 'from', 'to', 'for', 'into', 'towards', 'toward', 'of', 'about', 'against', 'between',
  'under', 'over', 'near', 'across', 'through', 'within', 'without', 'like', 'including', 'among', 'than', 'per',
]);
/**
 * A deputy's office ("Deputy Foreign Minister", "Vice-Premier", "deputy commander"): titles read
 * at recognition leave a deputy without a relation, since the deputy does not hold the office
 * named. A deputy minister or vice-premier is a minister of the same government
 * (deputy_minister_of); any other deputy keeps the office's relation as deputy_<relation>, and a
 * deputy of a works_for office still works for the body.
 */
export function deputyRelation(title: string): string | undefined {
  // "Security Secretary", "Home Secretary", "Treasury Secretary": a portfolio and "secretary" name a
  // cabinet minister in many governments.
  if (/\b(interior|security|home|homeland|finance|treasury|health|energy|economy|labour|labor|education|transport|agriculture|commerce|trade|justice|environment)\s+secretary$/i.test(title.trim()) && !/\b(deputy|vice|under|assistant|press|party|general|permanent)\b/i.test(title)) return 'minister_of';
  const m = /\b(deputy|vice)[\s-]+(.+)$/i.exec(title.trim());
  if (!m || /^president$/i.test(m[2])) return undefined;
  const office = m[2].toLowerCase().replace(/^(acting|interim)\s+/, '');
  if (/\b(minister|premier|chancellor|secretary of state)$/.test(office)) return 'deputy_minister_of';
  const words = office.split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const tail = words.slice(words.length - n).join(' ');
    const rel = TITLE_RELATIONS.find(([re]) => re.test(tail))?.[1];
    if (rel) return rel === 'works_for' || rel === 'ally_of' ? rel : `deputy_${rel}`;
  }
  return undefined;
}

// Lower-case nouns for the people who act for a state ("Kyrgyz border guards", "Turkish police").
const AGENT_NOUNS = /^(guards|police|policemen|troops|forces|soldiers|marines|sailors|officers|officials|authorities|agents|commandos|coastguard|navy|army|military|prosecutors|investigators|border|security)$/;
// Head nouns of a state's organs ("Defence Ministry", "Northern Fleet", "Africa Corps", "Border Service").
const STATE_ORGANS = /^(ministry|army|navy|forces|corps|fleet|committee|service|services|agency|council|guard|police|office|command|directorate|bureau|commission|authority|inspectorate|superintendency|gendarmerie|coastguard)$/;
// Head nouns of a state's forces and military craft, after a demonym ("Spanish jets", "Russian troops").
// Participles of affiliation after a body's description: "a group linked to Y", "allied with Y".
const AFFILIATION_PARTICIPLES: Record<string, string> = { linked: 'linked_to', affiliated: 'linked_to', tied: 'linked_to', allied: 'ally_of', aligned: 'aligned_with' };
// A state's diplomats act and are acted on for it, as its forces do: "expelled two Uruguayan
// diplomats" expels Uruguay's.
const DIPLOMAT_HEADS = /^(diplomats|diplomat|envoys|attachés|attaches|consuls)$/;
const FORCE_HEADS = /^(troops|forces|soldiers|marines|commandos|paratroopers|jets|fighters|warplanes|bombers|drones|helicopters|gunships|warships|frigates|destroyers|corvettes|submarines|gunboats|aircraft|fighter|jet|warplane|bomber|drone|helicopter|warship|frigate|destroyer|corvette|submarine|gunboat)$/;
// A state's organs named by a common noun ("Eritrea's government", "the defence ministry in Vilnius").
const ORGAN_NOUNS = /^(government|ministry|cabinet|presidency|army|navy|military|junta|regime|administration)$/;
// Words that say which government a state has ("Mali's military government", "the transitional
// administration"): between the state's possessive and the organ, they leave the organ the state's.
const REGIME_QUALIFIERS = /^(military|transitional|interim|new|caretaker|civilian|ruling|federal|central|elected|coalition|provisional|de facto)$/;
const NATIONAL_OFFICE = /^(former_)?(leader_of|opposition_leader_of|vice_president_of|minister_of|\w+_minister_of)$/;
const ADJUNCT_PREPOSITIONS = new Set([
  'in', 'at', 'on', 'near', 'from', 'since', 'during', 'into', 'across', 'outside', 'inside', 'around', 'after', 'before',
  'until', 'through', 'throughout', 'within', 'via', 'over', 'under', 'between', 'among', 'amid', 'despite', 'like', 'against',
  'by',
  // "joined the patrol off the X coast", "sailed the convoy along Y": a sea or coast so placed is where
  // the act happened, not what was joined.
  'off', 'along', 'beyond', 'aboard',
]);
const IRREGULAR_PARTICIPLES = new Set(['run', 'led', 'held', 'hit', 'struck', 'met', 'fought', 'shot', 'sent', 'won', 'beaten', 'sold', 'bought']);
// Nouns of a bond between two parties, read from "<noun> between A and B" (symmetric).
const BETWEEN_NOUNS: Record<string, string> = {
  venture: 'joint_venture_with', partnership: 'partners_with', consortium: 'partners_with', alliance: 'ally_of',
  talks: 'meets', negotiations: 'negotiates_with', agreement: 'signed_agreement_with', deal: 'signed_agreement_with',
  pact: 'signed_agreement_with', treaty: 'signed_agreement_with', merger: 'merged_with',
};
const REACHES_PLACE = new Set(['attacked', 'visits', 'invaded', 'occupies', 'controls', 'captured']);
const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get']);
// Verbs whose object may be a clause, so a name after them may be that clause's subject.
const CLAUSE_VERBS = /^(say|says|said|saying|tell|tells|told|add|adds|added|announce[sd]?|believe[sd]?|think|thinks|thought|argue[sd]?|claim(s|ed)?|insist(s|ed)?|warn(s|ed)?|note[sd]?|state[sd]?|confirm(s|ed)?|report(s|ed)?|hope[sd]?|expect(s|ed)?|acknowledge[sd]?|suggest(s|ed)?|fear(s|ed)?|know|knows|knew|show(s|ed)?|mean(s|t)?|ensure[sd]?|predict(s|ed)?|deny|denies|denied|allege[sd]?|agree[sd]?|decide[sd]?|make|makes|made|let|lets|help(s|ed)?|see|sees|saw|watch(es|ed)?|urge[sd]?|ask(s|ed)?)$/;
// Verbs and nouns that report speech or belief: "X said (that) ...", "X repeated his claim that ...".
// What follows them is another clause with its own subject.
// The verbs count as verbs only ("a state of emergency" states nothing); the nouns only before "that".
const REPORT_WORDS = /^(say|says|said|saying|tell|tells|told|add|adds|added|announce[sd]?|announcing|claim(s|ed)?|insist(s|ed)?|note[sd]?|state[sd]?|confirm(s|ed)?|report(s|ed)?|allege[sd]?|maintain(s|ed)?|believe[sd]?|think|thinks|thought|argue[sd]?|warn(s|ed)?|fear(s|ed)?|suggest(s|ed)?|predict(s|ed)?|acknowledge[sd]?)$/;
// Organs whose report names the state an official serves ("..., the Chilean foreign ministry said").
const REPORTING_ORGANS = /^(ministry|government|presidency|office)$/;
const REPORT_NOUNS = /^(claim|claims|statement|allegation|allegations|assertion|belief|view|insistence|announcement|report|reports|accusation|accusations)$/;
// Words that take up the reporter again inside the reported clause ("X said it had struck Y").
const RESUMING_PRONOUNS = /^(it|they|he|she|we|i|its|their|his|her|our|my)$/;
// Head nouns of facilities: a place so named ("the Yellow River Station", "the Kestrel Mine") is a
// facility that a body runs, uses or owns, whatever type recognition gave it.
const FACILITY_HEADS = /^(station|mine|dam|port|airport|airfield|airbase|terminal|refinery|plant|base|camp|facility|depot|pipeline|harbour|harbor|factory|smelter|reactor|observatory|laboratory|shipyard|barracks|garrison|outpost)$/;
/** A slot's kind for a verb's typed object: a place named by a facility head counts as a base. */
const objectKind = (s: { m: { kind: string; surface: string } }): string =>
  s.m.kind === 'place' && FACILITY_HEADS.test(s.m.surface.split(/\s+/).pop()!.toLowerCase()) ? 'base' : s.m.kind;
const DEMAND_CUES = /^(demand|demanded|demands|demanding|request|requests|requested|seek|seeks|sought|call|calls|called|press|pressed|ask|asked|urge|urged)$/;

/**
 * The state whose officials an article's bare titles ("Defence Secretary X", "President Y") name.
 * A state is evidenced by its name, its capital standing for it ("Manila said ...") and its demonym
 * qualifying bodies and people ("the Philippine Air Force"); a foreign state is usually named only
 * as a place or a partner ("a base in Japan", "Japan offered a plane"), so counting the names alone
 * lets a foreign state named twice outweigh the home state named once beside three demonyms. A
 * dateline capital ("MANILA — ...") settles it. The leader must be named three times and twice as
 * often as any other; with no clear leader a bare title names no state.
 */
const storyStates = new WeakMap<Map<string, LocalEntity>, string | undefined>();
// "MANILA — ", "KIGALI, Rwanda — ", and the wire form "QUITO, May 3 (Agency) — ".
const DATELINE = /^\s*(\p{Lu}[\p{Lu} .'-]+?)(?:,\s*[\p{Lu} .]+|,\s*\p{Lu}\p{Ll}+\.? \d{1,2}(?:\s*\([^)\n]{1,40}\))?)?\s+[—–]\s/mu;
export function storyStateOf(text: string, tokens: Token[], entities: Map<string, LocalEntity>, fallback?: string): string | undefined {
  if (storyStates.has(entities)) return storyStates.get(entities);
  // Every state with evidence is scored, named or not: a home state evidenced only by demonyms and
  // its capital still outweighs a foreign one; a leader the article never names gives no holder.
  const known = (name: string | undefined): string | undefined => (name ? `state:${slug(name)}` : undefined);
  let home: string | undefined;
  const dateline = DATELINE.exec(text);
  home = dateline ? known(stateOfCapital(dateline[1].trim())) : undefined;
  if (home && !entities.has(home)) home = undefined;
  if (!home) {
    const score = new Map<string, number>();
    const add = (key: string | undefined, n: number): void => {
      if (key) score.set(key, (score.get(key) ?? 0) + n);
    };
    for (const e of entities.values()) {
      if (e.type === 'state') add(e.key, e.mentions.length);
      // "Kenya Defence Forces", "US Marine Corps": a body the state's name qualifies is the state's.
      else if (e.type === 'organization') add(known(stateName(e.label.split(/\s+/)[0])), e.mentions.length);
      else if (e.type === 'place') add(known(stateOfCapital(e.label)), e.mentions.length);
    }
    // Demonyms only ("Philippine", "Japanese"): a state's own name ("US Marine Corps") is counted
    // where recognition read it, and a capitalised word that is both is the name.
    for (const t of tokens) {
      if (!t.proper || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || stateName(t.text)) continue;
      add(known(stateOfDemonym(t.text)), 1);
    }
    const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    if (first && first[1] >= 3 && !(second && first[1] < 2 * second[1])) home = first[0];
    // No clear leader on all the evidence: the state leading on its name alone still counts when it
    // leads on all the evidence too.
    else if (fallback && first?.[0] === fallback && !(second && second[1] >= first[1])) home = fallback;
  }
  if (home && !entities.has(home)) home = undefined;
  storyStates.set(entities, home);
  return home;
}

/**
 * The state the text speaks of last before offset `at`: the one state that the nearest earlier
 * sentence naming any names, that sentence's part before `at` included.
 * "China criticised the pact. Foreign Ministry spokesperson X said ...": an organ's unnamed
 * spokesperson speaks for the state just spoken of, which need not be the article's own.
 */
export function lastNamedState(entities: Map<string, LocalEntity>, at: number): string | undefined {
  let nearest = -1;
  const found = new Set<string>();
  // States by name or demonym only: a capital is as often only a place ("a group based in X").
  for (const e of entities.values()) {
    if (e.type !== 'state') continue;
    const key = e.key;
    for (const m of e.mentions) {
      if (m.start >= at) continue;
      const s = m.sentenceStart ?? m.start;
      if (s > nearest) {
        nearest = s;
        found.clear();
      }
      if (s === nearest) found.add(key);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

// A state's organs that a story means as its own state's ("the government", "the presidency").
export const NATIONAL_ORGANS = /^(government|presidency|presidential|cabinet|administration)$/;
// Offices of one holder per state at a time.
const ONE_HOLDER_OFFICE = /^(president|prime minister|premier|king|queen|emir|sultan|chancellor)$/;
const twoGovernmentMemo = new WeakMap<Map<string, LocalEntity>, Map<string, boolean>>();
/**
 * Whether the article names `home`'s holder of a one-holder office by a qualified title ("Korean
 * President X") and gives another person that office by a bare title ("President Y"): the bare
 * title is then another state's, the visiting government's, and nothing but the title told the two
 * governments' officials apart, so the article's bare titles name no state by default.
 */
export function twoGovernments(entities: Map<string, LocalEntity>, home: string | undefined): boolean {
  if (!home) return false;
  const memo = twoGovernmentMemo.get(entities) ?? new Map<string, boolean>();
  twoGovernmentMemo.set(entities, memo);
  const known = memo.get(home);
  if (known !== undefined) return known;
  const qualified = new Map<string, string>();
  const bare: [string, string][] = [];
  for (const e of entities.values()) {
    if (e.type !== 'person') continue;
    for (const role of e.roles ?? []) {
      const words = role.toLowerCase().replace(/^former\s+/, '').split(/\s+/);
      for (const n of [1, 2]) {
        const office = words.slice(-n).join(' ');
        if (!ONE_HOLDER_OFFICE.test(office)) continue;
        const lead = role.split(/\s+/).slice(0, -n).join(' ');
        if (!lead) bare.push([office, e.key]);
        else {
          const state = stateOfDemonym(lead) ?? stateName(lead) ?? stateOfDemonym(lead.split(/\s+/).pop()!);
          if (state && `state:${slug(state)}` === home) qualified.set(office, e.key);
        }
      }
    }
  }
  const found = bare.some(([office, key]) => qualified.has(office) && qualified.get(office) !== key);
  memo.set(home, found);
  return found;
}

/** "Air Force spokeswoman Major", "Coast Guard spokesman Lieutenant Colonel": a spokesperson's title
 * followed by the holder's military rank is still a spokesperson's. */
function rankedSpokesperson(title: string): string | undefined {
  const words = title.toLowerCase().split(/\s+/);
  const at = words.findIndex((w) => SPOKESPERSON.test(w));
  return at >= 0 && at < words.length - 1 && words.slice(at + 1).every((w) => TITLE_WORDS.has(w)) ? 'spokesperson_of' : undefined;
}

/**
 * Whom a state organ named by its common noun (`noun`: "navy", "ministry", "government") speaks for,
 * seen at offset `at`. The government, the presidency and the like are the story's own state's
 * (`storyState`) when the text spoke of that state last (the story's state is a guess from counts;
 * the two agreeing make it safe), and then only if `twoGovernmentsCheck` does not find a second
 * government's officials in the article. Another organ is the article's one body named before
 * whose name ends in that noun, else the state of the capital `spokenFrom` gives, else the state
 * the text spoke of last.
 */
export function organHolder(
  entities: Map<string, LocalEntity>,
  noun: string,
  at: number,
  storyState: string | undefined,
  options: { twoGovernmentsCheck?: boolean; spokenFrom?: () => string | undefined } = {},
): string | undefined {
  if (NATIONAL_ORGANS.test(noun)) {
    return storyState && !(options.twoGovernmentsCheck && twoGovernments(entities, storyState)) && lastNamedState(entities, at) === storyState ? storyState : undefined;
  }
  return organNamed(entities, noun, at) ?? options.spokenFrom?.() ?? lastNamedState(entities, at);
}

/** The article's one organisation named before offset `at` whose name ends in `noun` ("the
 * Republic of Velmar Navy" for "navy"); undefined when none or several. */
export function organNamed(entities: Map<string, LocalEntity>, noun: string, at: number): string | undefined {
  // The noun may be two words ("air force"): the name's last words must spell it.
  const n = noun.split(' ').length;
  const keys = [...entities.values()]
    .filter((e) => e.type === 'organization' && /\s/.test(e.label.trim()) && e.label.toLowerCase().split(/\s+/).slice(-n).join(' ') === noun && e.label.trim().split(/\s+/).length > n && e.mentions.some((m) => m.start < at))
    .map((e) => e.key);
  return keys.length === 1 ? keys[0] : undefined;
}

/**
 * Bare titles of one holder per state ("President", "Foreign Minister") that two people bear side by
 * side in one sentence ("signed by President A and President B"): each is another state's, so the
 * story's state is no guess for either. Holders in different sentences may be successive holders of
 * one office ("President X ... in 2012, when President Y was ousted"), so they do not count.
 */
const sharedTitleMemo = new WeakMap<Map<string, LocalEntity>, Set<string>>();
export function sharedTitlesOf(entities: Map<string, LocalEntity>): Set<string> {
  const known = sharedTitleMemo.get(entities);
  if (known) return known;
  const sentencesOf = new Map<string, Set<number>[]>();
  for (const e of entities.values()) {
    if (e.type !== 'person') continue;
    for (const r of new Set((e.roles ?? []).map((x) => x.toLowerCase()))) {
      if (!/^((deputy|vice) )?(president|prime minister|premier|(\w+ ){0,2}minister)$/.test(r)) continue;
      const list = sentencesOf.get(r) ?? [];
      list.push(new Set(e.mentions.map((m) => m.sentenceStart ?? -1)));
      sentencesOf.set(r, list);
    }
  }
  const shared = new Set<string>();
  for (const [r, list] of sentencesOf) {
    if (list.some((a, i) => list.some((b, j) => j > i && [...a].some((x) => x >= 0 && b.has(x))))) shared.add(r);
  }
  sharedTitleMemo.set(entities, shared);
  return shared;
}

/**
 * The states the article gives a person's office outright, anywhere in it: "Chile's Minister for
 * Public Works, X", "the Chilean works minister, X". A bare title the same person bears elsewhere
 * ("Works Minister X toured the port") is that state's, not the story's.
 */
const STATED_OFFICE = /(?:^|[\s(“"])(\p{Lu}[\p{Ll}-]*(?: \p{Lu}[\p{Ll}-]*){0,3}?)(['’]s?)? (?:[\p{L}-]+ ){0,6}?(?:[Mm]inister|[Ss]ecretary|[Pp]resident|[Pp]remier|[Aa]mbassador|[Ee]nvoy|[Ss]pokes(?:man|woman|person))(?: (?:for|of) [\p{L} -]{1,40}?)?,\s*$/u;
const statedStateMemo = new WeakMap<Map<string, LocalEntity>, Map<string, Set<string>>>();
function statedStatesOf(text: string, entities: Map<string, LocalEntity>): Map<string, Set<string>> {
  const known = statedStateMemo.get(entities);
  if (known) return known;
  const out = new Map<string, Set<string>>();
  for (const e of entities.values()) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      const hit = STATED_OFFICE.exec(text.slice(Math.max(0, m.start - 90), m.start));
      if (!hit) continue;
      const state = hit[2] ? stateName(hit[1]) : stateOfDemonym(hit[1]);
      if (!state || !entities.has(`state:${slug(state)}`)) continue;
      const set = out.get(e.key) ?? new Set<string>();
      set.add(`state:${slug(state)}`);
      out.set(e.key, set);
    }
  }
  statedStateMemo.set(entities, out);
  return out;
}
/** Whether the article ties `person`'s office outright to a state other than `home`. */
export function statedElsewhere(text: string, entities: Map<string, LocalEntity>, person: string, home: string | undefined): boolean {
  for (const state of statedStatesOf(text, entities).get(person) ?? []) if (state !== home) return true;
  return false;
}

// Offices of a state's government that a possessive or an "of" gives to the official named after
// them ("Spain's foreign minister, X"): a candidate or a citizen holds no office of the state.
const OFFICE_NOUN = /^(minister|secretary|president|premier|chancellor|ambassador|envoy|spokesman|spokeswoman|spokesperson|consul|king|queen|emir|sultan|monarch|head|chief|commander|governor)$/;
// Nouns for one person that a body or a person after "of" only qualifies ("the leader of X", "the
// wife of Y"): offices, ranks and kin. Members act for their body ("members of the guard") and stay out.
const PERSON_HEADS = /^(leader|head|chief|chairman|chairwoman|chair|chairperson|president|vice-president|founder|co-founder|commander|spokesman|spokeswoman|spokesperson|director|secretary|secretary-general|minister|ambassador|envoy|deputy|lawyer|governor|mayor|editor|owner|boss|captain|master|son|daughter|wife|husband|brother|sister|father|mother|widow|cousin|nephew|niece|uncle|aunt|relative|children|child|grandson|granddaughter|aide|adviser|advisor|bodyguard|sons|daughters)$/;
// Relations whose object is where the subject went: a capital there is the city.
const DESTINATION_RELATIONS = /^(visits|travelled_to|traveled_to|arrived_in|flew_to|returned_to)$/;
/** Places the gazetteer knows as a state's capital, by the end of each sentence naming both the
 * place and that state (the earliest start of the place's mention there, a dateline's included). */
const capitalMemo = new WeakMap<Map<string, LocalEntity>, Map<number, { place: string; state: string; start: number }[]>>();
function capitalsBySentence(text: string, entities: Map<string, LocalEntity>): Map<number, { place: string; state: string; start: number }[]> {
  const known = capitalMemo.get(entities);
  if (known) return known;
  const out = new Map<number, { place: string; state: string; start: number }[]>();
  for (const e of entities.values()) {
    if (e.type !== 'place') continue;
    const name = stateOfCapital(e.label);
    // The state as the article spells it: "Timor-Leste" for the gazetteer's "East Timor" (a hyphen
    // spelling the alias table lists with a space).
    const state = !name ? undefined : entities.get(`state:${slug(name)}`) ?? [...entities.values()].find((x) => x.type === 'state' && (stateName(x.label) === name || stateName(x.label.replace(/-/g, ' ')) === name));
    if (!state) continue;
    const stateEnds = new Set(state.mentions.map((m) => m.sentenceEnd));
    const m = e.mentions.find((x) => x.sentenceEnd !== undefined && stateEnds.has(x.sentenceEnd) && text.slice(x.start, x.end).length > 0);
    if (!m || m.sentenceEnd === undefined) continue;
    const list = out.get(m.sentenceEnd) ?? [];
    list.push({ place: e.key, state: state.key, start: Math.min(m.start, m.sentenceStart ?? m.start) });
    out.set(m.sentenceEnd, list);
  }
  capitalMemo.set(entities, out);
  return out;
}

// Conjunctions opening an adverbial clause with its own subject ("after a bomb ruptured ...").
const SUBORDINATORS = /^(after|before|because|although|though|while|whereas|since|until|unless|when|whenever)$/;
// Words of leasing and handing over a site ("a lease handing the runway at X to Y", "ceded X to Y").
const HANDOVER_WORDS = /^(lease|leases|leased|leasing|hand|hands|handed|handing|cede|cedes|ceded|ceding|transfer|transfers|transferred|transferring|rent|rents|rented|renting)$/;

export function relateSentence(
  articleId: string,
  text: string,
  tokens: Token[],
  sm: SentenceMentions,
  entities: Map<string, LocalEntity>,
  _home?: string,
): LocalRelation[] {
  const { sentence, from, to } = sm;
  if (sentence.headline) return [];
  const homeState = storyStateOf(text, tokens, entities, _home);
  const quote = text.slice(sentence.start, sentence.end);
  const evidence = { start: sentence.start, end: sentence.end, quote };
  const out: LocalRelation[] = [];
  const seen = new Set<string>();
  const emit = (source: string | undefined, relation: string, target: string | undefined): void => {
    if (!source || !target || source === target || !fitsTarget(relation, entities.get(target))) return;
    let [s, t] = [source, target];
    if (SYMMETRIC.has(relation) && s > t) [s, t] = [t, s];
    const id = `${s}|${relation}|${t}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ source: s, target: t, relation, evidence });
  };
  const actor = (slot: Slot | undefined): string | undefined => (slot ? slotActor(slot, entities) : undefined);

  const slots: Slot[] = [];
  sm.mentions.forEach((m, i) => {
    const key = sm.keys[i];
    if (key) slots.push({ key, m, holder: false });
    else if (m.kind === 'name') {
      // "a Houthi drone attack", "the Iran-aligned Houthis": another form of a body's name.
      const body = bodyNamed(m.surface, entities);
      const type = body ? entities.get(body)?.type : undefined;
      if (body && (type === 'organization' || type === 'state')) slots.push({ key: body, m: { ...m, kind: type }, holder: false });
    }
  });
  /** The slot whose name covers token `n`, if any. */
  const slotCovering = (n: number): Slot | undefined => slots.find((x) => x.m.from <= n && n < x.m.to);
  /** A slot made for a state that a demonym or possessive stands for, spanning tokens `from`..`to`. */
  const stateSlot = (key: string, surface: string, from: number, to: number, possessive: boolean, state?: string): Slot => ({
    key,
    m: { kind: 'state', surface, start: tokens[from].start, end: tokens[to - 1].bareEnd, from, to, possessive, ...(state ? { state } : {}) },
    holder: false,
  });
  /** Adds a slot where its first token puts it, keeping the slots in text order. */
  const insertSlot = (slot: Slot): void => {
    const at = slots.findIndex((x) => x.m.from > slot.m.from);
    if (at < 0) slots.push(slot);
    else slots.splice(at, 0, slot);
  };
  // Slots standing for a state's diplomats ("two Uruguayan diplomats"): expelling them is expelling
  // that state's diplomats, not the state.
  const diplomatSlots = new Set<Slot>();
  // "Two Spanish Eurofighter jets", "a Russian Il-20 reconnaissance aircraft", "Turkish troops": a
  // demonym before a state's forces or military craft (model names and nouns between) stands for the
  // state in the clause, as subject, object or agent. Civil craft (tankers, ferries) speak for no state.
  for (let d = from; d < to - 1; d++) {
    const dt = tokens[d];
    if (!dt.proper || dt.possessive || /[,;:–—()]/.test(dt.post) || slotCovering(d)) continue;
    const state = stateOfDemonym(dt.text);
    if (!state) continue;
    // The phrase's head: the last force noun within a few words, past model names and numbers
    // ("Il-20", "Mi-17"), other nouns and adjectives; "fighter jets" ends in "jets".
    let head = -1;
    for (let n = d + 1; n < to && n < d + 6; n++) {
      const t = tokens[n];
      if (slotCovering(n)) break;
      if ((FORCE_HEADS.test(t.normal) || DIPLOMAT_HEADS.test(t.normal)) && !t.proper) head = n;
      else if (head >= 0) break;
      else if (!(t.proper || /^[\p{L}\d-]+$/u.test(t.text) && (t.tags.includes('Noun') || t.tags.includes('Adjective') || t.tags.includes('Value')))) break;
      if (/[,;:–—()]/.test(t.post)) break;
    }
    if (head < 0) continue;
    const n = head;
    const made = stateSlot(ensureDemonymState(entities, articleId, state, dt, sentence), dt.text, d, n + 1, false);
    if (DIPLOMAT_HEADS.test(tokens[n].normal)) diplomatSlots.add(made);
    insertSlot(made);
    d = n;
  }
  // "Eritrea's government accused ...", "Peru's foreign ministry summoned ...", "the foreign ministry
  // in Vilnius summoned ...": a state's (or its capital's) unnamed organ acts for the state. The
  // phrase becomes one slot for the state, so it can be a subject, an object or an agent.
  // A state's possessive that recognition folded into the organ's phrase ("Peru's government") is
  // read back from the token.
  for (let d = from; d < to - 1; d++) {
    const dt = tokens[d];
    if (!dt.proper || !dt.possessive || slotCovering(d)) continue;
    const state = stateName(dt.text.slice(0, dt.bareEnd - dt.start).replace(/['’]s?$/, ''));
    if (!state || !ORGAN_NOUNS.test(tokens[d + 1].normal)) continue;
    insertSlot(stateSlot(ensureDemonymState(entities, articleId, state, dt, sentence), state, d, d + 1, true, state));
  }
  for (let k = 0; k < slots.length; k++) {
    const s = slots[k];
    const stateLike = s.m.kind === 'state' || (s.m.metonym === 'capital' && !!s.m.state);
    if (!stateLike) continue;
    if (s.m.possessive) {
      let n = s.m.to;
      while (n < to && n < s.m.to + 2 && /^[a-z]/.test(tokens[n].text) && (PORTFOLIOS.test(tokens[n].normal) || REGIME_QUALIFIERS.test(tokens[n].normal)) && /^\s+$/.test(tokens[n].post)) n++;
      if (n < to && /^[a-z]/.test(tokens[n].text) && ORGAN_NOUNS.test(tokens[n].normal) && !(tokens[n + 1]?.tags.includes('Noun') && /^\s+$/.test(tokens[n].post))) {
        slots[k] = { ...s, m: { ...s.m, possessive: false, to: n + 1, end: tokens[n].bareEnd } };
      }
      continue;
    }
    // "the [foreign] ministry in <capital>": the article, the organ, "in", then the capital, nothing after.
    const inAt = s.m.from - 1;
    if (s.m.metonym !== 'capital' || tokens[inAt]?.normal !== 'in' || /[,;:–—]/.test(tokens[inAt - 1]?.post ?? ',')) continue;
    const organ = inAt - 1;
    if (organ <= from || !ORGAN_NOUNS.test(tokens[organ].normal) || !/^[a-z]/.test(tokens[organ].text)) continue;
    let d = organ - 1;
    while (d > from && /^[a-z]/.test(tokens[d].text) && PORTFOLIOS.test(tokens[d].normal)) d--;
    if (tokens[d]?.normal !== 'the' || (k > 0 && slots[k - 1].m.to > d)) continue;
    slots[k] = { ...s, m: { ...s.m, from: d, start: tokens[d].start } };
  }
  // Role holders are modifiers of the name after them.
  for (const s of slots) {
    const h = s.m.role?.holderToken;
    if (h === undefined) continue;
    for (const o of slots) if (o !== s && o.m.from <= h && h < o.m.to) o.holder = true;
  }

  // Which tokens sit inside quotation marks: quoted speech is reported, not asserted by the text.
  const inQuote: boolean[] = [];
  let open = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (/[“"]/.test(t.pre)) open = true;
    inQuote[i - from] = open;
    if (/[”"]/.test(t.post) || /[”]$/.test(t.text)) open = false;
  }
  // "by" right after a participle, or after one adverb ("led first by", "run jointly by").
  const byAfter = (i: number): boolean =>
    tokens[i + 1]?.normal === 'by' || (tokens[i + 2]?.normal === 'by' && /^(first|later|initially|jointly|now|mainly|largely|partly|once|long|then)$/.test(tokens[i + 1]?.normal ?? ''));
  // Relative clauses and parentheticals (", who ... ,") hide their names from the main clause.
  const clauseOf: number[] = new Array(to - from).fill(0);
  let clause = 0;
  for (let i = from; i < to; i++) {
    if (i > from && /,\s*$/.test(tokens[i - 1].post) && /^(who|which|whom|whose|where)$/.test(tokens[i].normal)) clause = i;
    // "The RSF, led by X, has accused ...": a participle phrase in commas is a parenthesis too.
    if (i > from && /,\s*$/.test(tokens[i - 1].post) && byAfter(i) && (/(ed|en|wn)$/.test(tokens[i].normal) || IRREGULAR_PARTICIPLES.has(tokens[i].normal))) clause = i;
    clauseOf[i - from] = clause;
    if (clause && /[,;]\s*$/.test(tokens[i].post) && i > clause) clause = 0;
  }
  const sameClause = (a: number, b: number): boolean => clauseOf[a - from] === clauseOf[b - from] || clauseOf[a - from] === 0;

  const negated = (i: number): boolean => {
    for (let k = Math.max(from, i - 4); k < i; k++) if (NEGATORS.has(tokens[k].normal) || /n['’]t$/i.test(tokens[k].text)) return true;
    // "accused Egypt of supplying ...", "suspected of arming ...": an accusation, not a fact.
    if (tokens[i - 1]?.normal === 'of' && tokens.slice(Math.max(from, i - 7), i - 1).some((x) => /^(accus|suspect|alleg)/.test(x.normal))) return true;
    // "X denied reports that drones had struck Y": a denied claim is no fact.
    for (let k = Math.max(from, i - 12); k < i - 1; k++) {
      if (!/^(denied|denies|deny|denying|dismissed|rejected|refuted)$/.test(tokens[k].normal)) continue;
      const that = tokens.slice(k + 1, Math.min(i, k + 4)).findIndex((x) => x.normal === 'that');
      if (that >= 0) return true;
    }
    return tokens[from]?.normal === 'neither' || tokens[from]?.normal === 'nor';
  };

  /** Whether a word of reporting in the verb's own clause stands between `a` and the verb at `i`, with no pronoun after it. */
  const reportedFrom = (a: number, i: number): boolean => {
    for (let k = a; k < i; k++) {
      if (clauseOf[k - from] !== clauseOf[i - from] || /^[A-Z]/.test(tokens[k].text)) continue;
      const reports = (REPORT_WORDS.test(tokens[k].normal) && tokens[k].tags.includes('Verb')) || (REPORT_NOUNS.test(tokens[k].normal) && tokens[k + 1]?.normal === 'that');
      if (!reports) continue;
      for (let r = k + 1; r < i; r++) if (RESUMING_PRONOUNS.test(tokens[r].normal)) return false;
      // "X said the attack was deliberate and called on Y": a verb after "and", with no "that" to open a
      // reported clause, is coordinated with the verb of saying and shares its subject.
      const conj = /^(only|also|then|later|quickly|immediately)$/.test(tokens[i - 1]?.normal ?? '') ? i - 2 : i - 1;
      if (/^(and|but)$/.test(tokens[conj]?.normal ?? '') && tokens[k].tags.includes('Verb') && !tokens.slice(k + 1, i).some((x) => x.normal === 'that')) return false;
      return true;
    }
    return false;
  };

  // "X, which the army accuses of ...": in a relative clause whose pronoun is the object, the
  // subject is inside the clause and the antecedent is the object.
  const objectRelative = (i: number): number => {
    const c = clauseOf[i - from];
    return c && /^(which|whom|that)$/.test(tokens[c].normal) && !tokens[c + 1]?.tags.includes('Verb') && !tokens[c + 1]?.tags.includes('Adverb') ? c : 0;
  };
  /** Whether a subordinating conjunction between `a` and the verb at `i` opens the verb's own
   * clause: no clause break or "and"/"or" after it, and a common noun for that clause's subject. */
  const subordinateClauseBetween = (a: number, i: number): boolean => {
    for (let k = i - 1; k >= a; k--) {
      if (/[,;:–—()]/.test(tokens[k].post) || /^(and|or|but)$/.test(tokens[k].normal)) return false;
      // Right after the conjunction no finite verb can stand: "after bomb ruptures ..." (headlinese)
      // is a noun the tagger misread, and the clause is the conjunction's all the same.
      if (SUBORDINATORS.test(tokens[k].normal)) return k === i - 1 || tokens.slice(k + 1, i).some((x) => !x.proper && x.tags.includes('Noun') && !x.tags.includes('Pronoun'));
    }
    return false;
  };
  /** For a verb right after "and which"/"or who", the antecedent of the relative clause the pair
   * continues: the name right before the first pronoun, or the name an indefinite description
   * before it stands in apposition to ("X, a group that ..."). False when the verb opens no such clause. */
  const coordinatedRelativeAntecedent = (i: number): Slot | undefined | false => {
    let p = i - 1;
    while (p > from && p > i - 3 && (tokens[p].tags.includes('Adverb') || /^(also|later|then|now|still|once|since|has|have|had)$/.test(tokens[p].normal))) p--;
    if (!/^(which|who)$/.test(tokens[p]?.normal ?? '') || !/^(and|or)$/.test(tokens[p - 1]?.normal ?? '')) return false;
    let r = p - 2;
    while (r > from && !/^(which|who|that)$/.test(tokens[r].normal)) r--;
    if (r <= from || !/^(which|who|that)$/.test(tokens[r].normal)) return undefined;
    const named = slots.find((x) => x.m.to === r && !x.holder);
    if (named) return named;
    let k = r - 1;
    while (k > from && k > r - 6 && !tokens[k].proper && !/,\s*$/.test(tokens[k - 1].post)) k--;
    if (!/^(a|an|the)$/.test(tokens[k]?.normal ?? '') || !/,\s*$/.test(tokens[k - 1]?.post ?? '')) return undefined;
    return slots.find((x) => x.m.to === k && !x.holder);
  };
  const subjectOf = (i: number, patient = false): Slot | undefined => {
    const inside = patient ? 0 : objectRelative(i);
    // "Prime Minister X thanked Chile, which sent doctors": a subject relative clause's verb, with no
    // name between the pronoun and it, has the antecedent for subject, even when that name is the
    // object of the verb before it.
    const rc = clauseOf[i - from];
    if (!patient && !inside && rc && /^(who|which)$/.test(tokens[rc].normal) && !slots.some((x) => x.m.from > rc && x.m.from < i)) {
      const antecedent = slots.find((x) => x.m.to === rc && !x.holder);
      if (antecedent) return antecedent.m.kind === 'place' && !antecedent.m.metonym ? undefined : antecedent;
    }
    // "X, a group that emerged from Y and which controls Z": a relative clause coordinated with an
    // earlier one shares its antecedent; names inside the first clause are not the subject.
    if (!patient && !inside) {
      const shared = coordinatedRelativeAntecedent(i);
      if (shared !== false) return shared;
    }
    // "X said the Houthis were ..., and he called on Y": a personal pronoun right before the verb
    // (past auxiliaries and adverbs) is its subject and stands for the last person named before it;
    // a body named between them is no subject. With no person before it, the doer is unnamed here.
    if (!patient) {
      let p = i - 1;
      while (p > from && p > i - 4 && (tokens[p].tags.includes('Auxiliary') || tokens[p].tags.includes('Adverb') || /^(has|have|had|was|is|will|would|also|then|later|later|again)$/.test(tokens[p].normal))) p--;
      if (p >= from && /^(he|she)$/.test(tokens[p].normal) && !inQuote[p - from]) {
        return [...slots].reverse().find((x) => x.m.to <= p && x.m.kind === 'person' && !x.holder);
      }
    }
    for (let k = slots.length - 1; k >= 0; k--) {
      const s = slots[k];
      if (s.m.to > i || s.holder) continue;
      if (inside && s.m.from < inside) return undefined;
      if (i - s.m.to > 25) break;
      if ((s.m.kind === 'place' || s.m.kind === 'base') && !s.m.metonym && !patient) continue;
      // What a passive is done to is a phrase's head: "a former NATO logistics hub now operated by
      // X" speaks of the hub, and NATO only modifies it.
      if (patient && s.m.to < i && !tokens[s.m.to].proper && tokens[s.m.to].tags.includes('Noun') && !tokens[s.m.to].tags.includes('Verb')) continue;
      // "... rescued five engineers who were abducted by Y": a relative pronoun after a common noun
      // makes that noun what the passive happened to; no name further back is.
      if (patient) {
        let common = false;
        for (let r = s.m.to + 1; r < i; r++) if (/^(who|which|whom)$/.test(tokens[r].normal) && !tokens[r - 1].proper && tokens[r - 1].tags.includes('Noun')) common = true;
        if (common) return undefined;
      }
      if (!sameClause(s.m.from, i)) continue;
      // Behind a preposition, with perhaps an adjective between ("in southern Yemen"): an adjunct.
      let b = s.m.from - 1;
      while (b > from && b >= s.m.from - 2 && !tokens[b].proper && (tokens[b].tags.includes('Adjective') || /^(northern|southern|eastern|western|central|north|south|east|west)$/.test(tokens[b].normal))) b--;
      const before = b >= from ? tokens[b] : undefined;
      if (before && OBJECT_PREPOSITIONS.has(before.normal)) continue;
      // "The mission was authorised by the Council and is funded by X": the agent of one passive is
      // not what the next one happened to.
      if (patient && (before?.normal === 'by' || (before?.normal === 'the' && tokens[b - 1]?.normal === 'by'))) continue;
      // "X visited Ankara and signed ...": a name right after a verb is that verb's object, unless
      // the verb takes a clause ("said Russia would ...").
      const verbBefore = tokens[startOf(s) - 1];
      if (!patient && startOf(s) - 1 >= from && /^[a-z]/.test(verbBefore.text) && verbBefore.tags.includes('Verb') && !verbBefore.tags.includes('Auxiliary') && !CLAUSE_VERBS.test(verbBefore.normal) && !BE.has(verbBefore.normal)) continue;
      if (inQuote[s.m.from - from] && !inQuote[i - from]) continue;
      // "X halted exports after a bomb ruptured the pipeline": a finite verb inside a clause opened by
      // a subordinating conjunction has that clause's subject; a name before the conjunction is the
      // main clause's. ("X signed, after talks, ..." closes the phrase; "after meeting Y" shares X.)
      // Only a verb opens such a clause: "since independence from Y" and "after talks in Y" are phrases.
      // A relation noun ("after talks in Y") read as a noun states its relation all the same.
      if (!patient && tokens[i].tags.includes('Verb') && !/ing$/.test(tokens[i].normal) && !NOUN_RELATIONS[tokens[i].normal] && subordinateClauseBetween(s.m.to, i)) return undefined;
      // "The minister repeated his claim that the strike had killed X", "An analyst at Y said a strike
      // which kills civilians ...": a name before a word of reporting speaks; the reported verb's
      // subject is inside the reported clause, and when no name is there the doer is unnamed. A
      // pronoun in the clause ("said it had struck X") takes the reporter up again as the doer.
      if (!patient && reportedFrom(s.m.to, i)) return undefined;
      return s;
    }
    return undefined;
  };

  const objectOf = (i: number, preposition?: string, maxGap = 14, direct = false): Slot | undefined => {
    let prepSeen = !preposition;
    let prepAt = -1;
    let inAdjunct = false;
    for (let k = i + 1; k < Math.min(to, i + maxGap); k++) {
      // "struck targets in Syria", "met in Moscow with X", "backed the government against the
      // Iran-aligned Houthis": the name closing a phrase of place, time or opposition is an
      // adjunct, not the verb's direct object.
      if (direct && ADJUNCT_PREPOSITIONS.has(tokens[k].normal)) inAdjunct = true;
      // "criticised the pact, saying Beijing ...": a direct object ends at a clause break, unless a
      // name follows it in apposition ("met the new leader, Ahmed al-Sharaa"). A break right after
      // the verb ("a two-day state visit, the leader's first to X") ends it too.
      if (!preposition && (k > i + 1 || direct) && /[,;:–—]/.test(tokens[k - 1].post) && !slots.some((x) => x.m.from === k)) return undefined;
      // "... kills 14 fighters, Somali government says": a name after the break that a verb of saying
      // follows is the sentence's source, not an apposition to the object.
      if (!preposition && /[,;:–—]/.test(tokens[k - 1].post)) {
        const after = slots.find((x) => x.m.from === k);
        if (after && REPORT_WORDS.test(tokens[after.m.to]?.normal ?? '')) return undefined;
      }
      if (preposition && tokens[k].normal === preposition) {
        prepSeen = true;
        prepAt = k;
      }
      const s = slots.find((x) => x.m.from === k);
      if (!s) continue;
      if (s.holder) continue;
      if (!prepSeen) continue;
      if (preposition && prepAt >= 0 && s.m.from < prepAt) continue;
      if (inAdjunct) {
        inAdjunct = false;
        // "talks between Ostland and Velmar": names coordinated in the adjunct stay in it.
        let last = s;
        for (let n = 0; n < 4; n++) {
          const next = slots.find((x) => x.m.from === last.m.to + 1 && /^(and|or)$/.test(tokens[last.m.to].normal) || (x.m.from === last.m.to && /^,\s*$/.test(tokens[last.m.to - 1].post)));
          if (!next) break;
          last = next;
        }
        k = last.m.to - 1;
        continue;
      }
      // "detained Radio Kestrel correspondent X": a name before an occupation noun and a person's
      // name only says whose that person is; the object is the person.
      if (!preposition && !s.m.possessive && s.m.kind !== 'person') {
        let n = s.m.to;
        while (n < s.m.to + 2 && n < to && /^\p{Ll}/u.test(tokens[n].text) && tokens[n].tags.includes('Noun') && /^\s+$/.test(tokens[n - 1].post)) n++;
        const person = n > s.m.to && /^\s+$/.test(tokens[n - 1].post) ? slots.find((x) => x.m.from === n && x.m.kind === 'person') : undefined;
        if (person) return person;
      }
      // "arrested the leader of the opposition Harvest League, X", "met the wife of the governor":
      // a body after "<person noun> of" only says whose that person is; the object is the person,
      // named in apposition after the body or not named at all.
      if (!preposition) {
        let b = s.m.from - 1;
        while (b > i + 1 && b > s.m.from - 4 && /^\p{Ll}/u.test(tokens[b].text) && tokens[b].normal !== 'of' && !/[,;:]/.test(tokens[b].post)) b--;
        if (b > i && tokens[b].normal === 'of' && PERSON_HEADS.test(tokens[b - 1].normal) && !/[,;:]/.test(tokens[b - 1].post)) {
          const named = /,\s*$/.test(tokens[s.m.to - 1].post) ? slots.find((x) => x.m.from === s.m.to && x.m.kind === 'person') : undefined;
          return named;
        }
      }
      if (s.m.possessive) {
        // "Syria’s new leader, Ahmed al-Sharaa" / "Sharaa’s predecessor Bashar al-Assad": the person.
        const person = slots.find((x) => x.m.from > s.m.to && x.m.from <= s.m.to + 5 && x.m.kind === 'person');
        if (person) return person;
        // "bought most of Turkmenistan's gas": the possessor only qualifies the direct object named
        // after it ("support for X's efforts" still supports X).
        const head = tokens[s.m.to];
        if (direct && head && !head.proper && head.tags.includes('Noun') && !head.tags.includes('Pronoun')) return undefined;
      }
      // "the Turkmenistan–Afghanistan pipeline": a name joined by a dash to the next only qualifies.
      if (direct && /^[–—-]$/.test(tokens[s.m.to - 1].post)) return undefined;
      return s;
    }
    return undefined;
  };

  // Where a name's phrase starts: its title too ("and Philippine President Ramon Villanueva").
  const startOf = (s: Slot): number => {
    const words = s.m.role ? s.m.role.text.split(/\s+/).length : 0;
    const k = s.m.from - words;
    return words && k >= from && tokens.slice(k, s.m.from).map((x) => x.text.replace(/['’]s$/, '')).join(' ') === s.m.role!.text ? k : s.m.from;
  };
  // "A and B": the name coordinated after this one.
  const coordinatedAfter = (s: Slot): Slot | undefined => {
    const next = slots[slots.indexOf(s) + 1];
    // "A and the B" too: the article belongs to the second name's phrase.
    const at = tokens[s.m.to + 1]?.normal === 'the' ? s.m.to + 2 : s.m.to + 1;
    if (next && tokens[s.m.to]?.normal === 'and' && at === startOf(next) && next.m.kind === s.m.kind) return next;
    return undefined;
  };

  // "A, B and C": the next name of a comma list of the same kind.
  const listedAfter = (s: Slot): Slot | undefined => {
    const next = slots[slots.indexOf(s) + 1];
    if (!next || next.m.kind !== s.m.kind || !/^,\s*$/.test(tokens[s.m.to - 1].post) || startOf(next) !== s.m.to) return undefined;
    // The list goes on to an "and" before its last member; an apposition ("X, Y's leader") does not.
    const after = slots[slots.indexOf(next) + 1];
    return (tokens[next.m.to]?.normal === 'and' || /^,\s*$/.test(tokens[next.m.to - 1].post)) && after && after.m.kind === s.m.kind ? next : undefined;
  };

  const coordinated = (s: Slot): Slot | undefined => {
    const idx = slots.indexOf(s);
    const partner = slots[idx - 1];
    if (partner && tokens[partner.m.to]?.normal === 'and' && partner.m.to + 1 === startOf(s) && partner.m.kind === s.m.kind) return partner;
    return undefined;
  };

  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (inQuote[i - from]) continue;
    // "was hit by": a participle after "be" and before "by" is a verb whatever the tagger says.
    // "a hub now operated by X": a participle straight before "by" is passive without "be" too.
    const byPassive = (BE.has(tokens[i - 1]?.normal ?? '') || /(ed|en|wn)$/.test(t.normal) || IRREGULAR_PARTICIPLES.has(t.normal)) && byAfter(i);
    const verb = t.tags.includes('Verb') || byPassive ? verbRelationOf(t.normal) : undefined;
    if (verb && !t.tags.includes('Gerund') || (verb && t.normal.endsWith('ing') && !NOUN_RELATIONS[t.normal])) {
      if (negated(i)) continue;
      // "who would succeed X if he is removed", "is set to replace X": a succession not yet made.
      if (verb.relation === 'succeeded' && /^(would|could|might|may|will|shall|should|to|must|cannot)$/.test(tokens[i - 1]?.normal ?? '')) continue;
      const passive =
        byPassive || t.tags.includes('Passive') || (BE.has(tokens[i - 1]?.normal ?? '') && /(ed|en|wn|ld|ght)$/.test(t.normal));
      if (passive) {
        let by = tokens.slice(i + 1, Math.min(to, i + 4)).findIndex((x) => x.normal === 'by');
        // "was arrested in X in March by Y", "was detained at his home on Monday by police": adjuncts
        // of place and time may stand between the participle and its agent, within one clause.
        if (by < 0) {
          for (let k = i + 1; k < Math.min(to, i + 11); k++) {
            if (tokens[k].normal === 'by') {
              by = k - i - 1;
              break;
            }
            if (/[,;:–—()]/.test(tokens[k].post) || /^(and|or|but|who|which|that|after|before|as|while|when|because|where|than)$/.test(tokens[k].normal)) break;
            if (tokens[k].tags.includes('Verb') && !tokens[k].tags.includes('Date')) break;
          }
        }
        if (by < 0) continue; // agentless passive: nobody to name
        let agent = objectOf(i + 1 + by, undefined, 8);
        // "detained by marine police in Satun": a name behind a preposition after the agent's own
        // common noun only places it; the agent is unnamed.
        if (agent && tokens.slice(i + 2 + by, agent.m.from).some((x) => /^(in|at|near|from|on|outside)$/.test(x.normal))) agent = undefined;
        // "by Kyrgyz border guards", "by Turkish police": a demonym before a lower-case agent noun
        // names the state whose forces acted.
        {
          const b = i + 1 + by;
          const d = tokens[b + 1]?.normal === 'the' ? b + 2 : b + 1;
          let n = d + 1;
          while (n < Math.min(to, d + 3) && !tokens[n].proper && !AGENT_NOUNS.test(tokens[n].normal) && tokens[n].tags.includes('Noun') && !/[,;:]/.test(tokens[n - 1].post)) n++;
          const demonym = tokens[d]?.proper && !slotCovering(d) ? stateOfDemonym(tokens[d].text) : undefined;
          if (demonym && n < to && AGENT_NOUNS.test(tokens[n].normal) && !tokens[n].proper && !/[,;:]/.test(tokens[n - 1].post) && (!agent || agent.m.from > n)) {
            agent = stateSlot(ensureDemonymState(entities, articleId, demonym, tokens[d], sentence), tokens[d].text, d, d + 1, false);
          }
        }
        // "The Tarnwick Fund mission has been headed by X", "the Velmar delegation is led by Y": the person heads the
        // body's mission or delegation, not the body.
        if (verb.relation === 'leads' && agent?.m.kind === 'person') {
          let k = i - 1;
          while (k > from && (BE.has(tokens[k].normal) || /^(has|have|had|now|also|currently)$/.test(tokens[k].normal))) k--;
          const headed = MISSION_RELATIONS.get(tokens[k]?.normal ?? '');
          const unit = headed && !tokens[k].proper ? headed : undefined;
          const body = unit ? slots.find((x) => x.m.to === k && (x.m.kind === 'organization' || x.m.kind === 'state') && !x.m.possessive) : undefined;
          if (body && unit) {
            emit(agent.key, unit, actor(body));
            continue;
          }
        }
        const partner = agent && coordinatedAfter(agent);
        if (verb.symmetric && partner) {
          // "The pact was signed by Morimoto and Villanueva": the two agents did it together.
          emit(actor(agent), verb.relation, actor(partner));
          continue;
        }
        // The patient may be a base or a place ("The X airbase was hit by ..."): it is no actor here.
        // "forces led by X": without "be", the participle describes the phrase just before it.
        const reduced = !BE.has(tokens[i - 1]?.normal ?? '') && !BE.has(tokens[i - 2]?.normal ?? '');
        let patient = subjectOf(i, true);
        // "the X mission, which is commanded by Y": a relative pronoun's passive happened to its
        // antecedent, even when that name is itself another passive's agent.
        const rel = clauseOf[i - from];
        if (rel && /^(which|who|that)$/.test(tokens[rel].normal)) {
          patient = [...slots].reverse().find((x) => x.m.to <= rel && rel - x.m.to <= 3 && !x.holder) ?? patient;
          // "X Air Base in Y, which is used by Z": a place after "in" only locates the name before it;
          // when the verb cannot take the place, the relative clause speaks of that name.
          const p0 = patient;
          if (p0 && verb.objectKinds && !verb.objectKinds.includes(p0.m.kind) && /^(in|at|near|outside)$/.test(tokens[p0.m.from - 1]?.normal ?? '')) {
            const located = slots.find((x) => x.m.to === p0.m.from - 1 && !x.holder && verb.objectKinds!.includes(x.m.kind));
            if (located) patient = located;
          }
        }
        if (reduced) {
          // "forces led by X", "the government in Damascus, led first by X": the participle describes
          // the name just before it (or before its adverb); nothing further back. "X, a former hub now
          // operated by Y" describes the hub, which is no name.
          const adverb = /^(now|also|later|once|first|then|jointly|currently|still)$/.test(tokens[i - 1]?.normal ?? '');
          patient = slots.find((x) => !x.holder && (x.m.to === i || (adverb && x.m.to === i - 1)));
          // "Viv Ansanm, a coalition of gangs led by X": the participle ends an apposition that
          // describes the name before it (an indefinite noun phrase with no name or verb inside).
          if (!patient) {
            let k = i - 1;
            while (k > from && k > i - 6 && !tokens[k].proper && !/,\s*$/.test(tokens[k - 1].post) && !tokens[k].tags.includes('Verb')) k--;
            if (/^(a|an)$/.test(tokens[k]?.normal ?? '') && /,\s*$/.test(tokens[k - 1]?.post ?? '')) patient = slots.find((x) => x.m.to === k && !x.holder && x.m.kind === 'organization');
            // "the Aegean Star, the crude tanker detained by the IRGC": a definite common noun
            // phrase in apposition describes the name before it, whatever its kind, when the verb
            // can take that kind.
            else if (tokens[k]?.normal === 'the' && k < i - 1 && /,\s*$/.test(tokens[k - 1]?.post ?? '')) patient = slots.find((x) => x.m.to === k && !x.holder && (!verb.objectKinds || verb.objectKinds.includes(x.m.kind)));
          }
        }
        // "the government in Damascus, led by X": a seat of government stands for its state when
        // the verb takes a body ("leads"), not when it takes a place ("was shelled by").
        const seatAsState = !!patient?.m.metonym && !!verb.objectKinds?.includes('state') && !verb.objectKinds.includes('place');
        if (verb.objectKinds && patient && !verb.objectKinds.includes(patient.m.kind) && !verb.objectKinds.includes(objectKind(patient)) && !seatAsState) continue;
        emit(actor(agent), verb.relation, seatAsState ? actor(patient) : patient?.key);
        // "owned by A and B", "backed by A, B and C": each coordinated agent did it.
        for (let a = agent, n = 0; a && patient && n < 4; n++) {
          const next = coordinatedAfter(a) ?? listedAfter(a);
          if (next && next !== patient) emit(actor(next), verb.relation, seatAsState ? actor(patient) : patient.key);
          a = next;
        }
        continue;
      }
      if (verb.preposition === 'power') {
        const hasPower = tokens.slice(i + 1, Math.min(to, i + 10)).some((x) => x.normal === 'power');
        if (!hasPower) continue;
      }
      let subject = subjectOf(i);
      // "X won Chile’s runoff, defeating Y": a participle after a comma shares the main verb's subject.
      if (t.normal.endsWith('ing') && i > from && /,\s*$/.test(tokens[i - 1].post)) {
        let k = i - 1;
        while (k > from && !(tokens[k].tags.includes('Verb') && !tokens[k].tags.includes('Auxiliary') && !tokens[k].normal.endsWith('ing'))) k--;
        if (k > from) subject = subjectOf(k);
      }
      // Strikes, visits and occupations reach the place they happen in ("struck targets in X"); other
      // verbs do not reach a name behind "in", "at", "during" ("praised the deal in Beijing").
      const direct = (!verb.preposition || verb.preposition === 'power') && !REACHES_PLACE.has(verb.relation);
      let object = objectOf(i, verb.preposition === 'power' ? undefined : verb.preposition, 14, direct);
      // Verbs with a typed object take it directly: "headed the union", not "headed to Brazil".
      const behindPreposition = (o: Slot): boolean => {
        const p = tokens[tokens[o.m.from - 1]?.normal === 'the' ? o.m.from - 2 : o.m.from - 1];
        return !!p && (p.tags.includes('Preposition') || OBJECT_PREPOSITIONS.has(p.normal) || ADJUNCT_PREPOSITIONS.has(p.normal) || p.normal === 'by');
      };
      if (object && verb.objectKinds && ((!verb.objectKinds.includes(object.m.kind) && !verb.objectKinds.includes(objectKind(object))) || (!verb.preposition && behindPreposition(object)))) object = undefined;
      // "leaving the talks to the ministry and the UN": a typed direct object comes before any
      // preposition; a name after one belongs to that preposition's phrase.
      if (object && verb.objectKinds && !verb.preposition && tokens.slice(i + 1, object.m.from).some((x) => x.tags.includes('Preposition') && x.normal !== 'of')) object = undefined;
      // "seized a checkpoint on the highway to Y": a place reached by strikes and seizures is where
      // they happen ("in", "at", "near"), not where a road leads or something came from.
      if (object && REACHES_PLACE.has(verb.relation) && /^(to|towards|toward|from|into|via)$/.test(tokens[tokens[object.m.from - 1]?.normal === 'the' ? object.m.from - 2 : object.m.from - 1]?.normal ?? '') && tokens.slice(i + 1, object.m.from).some((x) => !x.proper && x.tags.includes('Noun'))) object = undefined;
      // "signed a contract with a private firm registered in Dubai", "talks with a delegation based
      // in Geneva": the partner after "with" is the head of its phrase; a name behind a common noun
      // and a further preposition or participle only qualifies that noun ("of" keeps the phrase:
      // "with the government of Chile").
      if (object && verb.preposition === 'with') {
        const w = tokens.slice(i + 1, object.m.from).findIndex((x) => x.normal === 'with');
        const between = w >= 0 ? tokens.slice(i + 2 + w, object.m.from) : [];
        const noun = between.findIndex((x) => !x.proper && x.tags.includes('Noun') && !x.tags.includes('Pronoun'));
        if (noun >= 0 && between.slice(noun + 1).some((x) => x.normal !== 'of' && (x.tags.includes('Preposition') || (x.tags.includes('Verb') && /ed$/.test(x.normal))))) object = undefined;
      }
      // "warned that Hoshino carries the risk": a name after a complementiser opens the reported
      // clause and is its subject, not the verb's object (the object comes before "that").
      if (object && tokens.slice(i + 1, object.m.from).some((x) => /^(that|whether|if)$/.test(x.normal))) object = undefined;
      // "seized a tanker in the Strait": a seizure's patient is its direct object; when a common noun
      // holds that place, a name behind a preposition is only where it happened.
      if (object && verb.relation === 'captured' && behindPreposition(object) && tokens[tokens[object.m.from - 1]?.normal === 'the' ? object.m.from - 2 : object.m.from - 1]?.normal !== 'of' && tokens.slice(i + 1, object.m.from).some((x) => !x.proper && x.tags.includes('Noun'))) object = undefined;
      // "A and B spoke to their families": the verb's preposition leads to a phrase that names
      // nobody, so the pair did not speak with each other.
      const unnamedPartner = !!verb.preposition && /^(to|with)$/.test(verb.preposition) && (() => {
        const p = tokens.slice(i + 1, Math.min(to, i + 4)).findIndex((x) => /^(to|with)$/.test(x.normal));
        return p >= 0 && !slots.some((x) => x.m.from > i + 1 + p && x.m.from <= i + 4 + p);
      })();
      if (!object && verb.symmetric && subject && !unnamedPartner) {
        // "Putin and Sharaa met": the partner is coordinated with the subject.
        const idx = slots.indexOf(subject);
        const partner = slots[idx - 1];
        if (partner && tokens[partner.m.to]?.normal === 'and' && partner.m.to + 1 === startOf(subject)) object = partner;
      }
      if (objectRelative(i) && !verb.preposition) object = undefined;
      if (!object && clauseOf[i - from] && /^(whom|which|that)$/.test(tokens[clauseOf[i - from]].normal)) {
        // "Assad, whom Moscow continues to shelter": the antecedent is the object.
        const start = clauseOf[i - from];
        object = [...slots].reverse().find((x) => x.m.to <= start && start - x.m.to <= 2 && !x.holder);
        // "Lumbo, the capital of Sandor province, which the rebels captured": the name before the
        // apposition ("the capital of ...") is what the clause speaks of.
        if (object && tokens[object.m.from - 1]?.normal === 'of') {
          let k = object.m.from - 2;
          while (k > from && k > object.m.from - 6 && !tokens[k].proper && !/,\s*$/.test(tokens[k - 1].post)) k--;
          const head = /^(the|a|an)$/.test(tokens[k]?.normal ?? '') && /,\s*$/.test(tokens[k - 1]?.post ?? '') ? slots.find((x) => x.m.to === k && !x.holder) : undefined;
          if (head) object = head;
        }
      }
      // "visited Ouagadougou": a visit's destination is the place, not the government the capital
      // may stand for.
      const target = (o: Slot | undefined): string | undefined => (DESTINATION_RELATIONS.test(verb.relation) && o?.m.metonym === 'capital' ? o.key : actor(o));
      emit(actor(subject), verb.relation === 'expelled' && object && diplomatSlots.has(object) ? 'expelled_diplomats_of' : verb.relation, target(object));
      // "met Albanese and Luxon", "sanctioned A, B and C": each coordinated object.
      for (let o = object, n = 0; o && n < 4; n++) {
        const next = coordinatedAfter(o) ?? listedAfter(o);
        if (next && (!verb.objectKinds || verb.objectKinds.includes(next.m.kind))) emit(actor(subject), verb.relation, target(next));
        o = next;
      }
      if (verb.relation === 'backs' && subject) {
        // "X has backed the government against the Houthis": the backer and the backed oppose Z.
        const against = tokens.slice(i + 1, Math.min(to, i + 8)).findIndex((x) => x.normal === 'against');
        let foe = against >= 0 ? objectOf(i + 1 + against, undefined, 6) : undefined;
        // "against the rebels in Mali": the foe heads the phrase; a name behind its common noun only places it.
        if (foe && tokens.slice(i + 2 + against, foe.m.from).some((x) => !x.proper && x.tags.includes('Noun'))) foe = undefined;
        if (foe && foe !== object) {
          emit(actor(subject), 'opposes', actor(foe));
          if (object) emit(actor(object), 'opposes', actor(foe));
        }
      }
      continue;
    }
    // "a joint venture between A and B", "a partnership between A and B": the pair the noun joins.
    const joint = BETWEEN_NOUNS[t.normal];
    if (joint && tokens[i + 1]?.normal === 'between' && !negated(i)) {
      const a = objectOf(i + 1, undefined, 6);
      // B follows "and": "Japan's Hoshino Trading" is the company, its possessor only qualifies it.
      let b = a && tokens[a.m.to]?.normal === 'and' ? slots.find((x) => x.m.from === a.m.to + 1 || (x.m.from === a.m.to + 2 && tokens[a.m.to + 1].normal === 'the')) : undefined;
      if (b?.m.possessive) b = slots.find((x) => x.m.from === b!.m.to) ?? b;
      if (a && b && !tokens.slice(i + 2, a.m.from).some((x) => x.tags.includes('Verb'))) emit(actor(a), joint, actor(b));
    }
    const noun = t.tags.includes('Noun') ? NOUN_RELATIONS[t.normal] : undefined;
    if (noun) {
      if (negated(i)) continue;
      // Whose act: a possessor just before ("Russia’s continued sheltering"), else the clause subject.
      let subject: Slot | undefined;
      for (const s of slots) if (s.m.possessive && s.m.to <= i && i - s.m.to <= 3) subject = s;
      subject ??= subjectOf(i);
      // The preposition follows within four words and no comma: in "a state visit, the leader's
      // first to X" the "to" belongs to the apposition, not to this visit.
      let k = i + 1;
      const prep = new RegExp(`^(${noun.preposition})$`);
      while (k < to && k <= i + 4 && !prep.test(tokens[k].normal) && !/[,;:–—]/.test(tokens[k - 1].post)) k++;
      if (k >= to || k > i + 4 || !prep.test(tokens[k].normal) || /[,;:–—]/.test(tokens[k - 1].post)) continue;
      let object = objectOf(k, undefined, 8);
      // "independence from the previous regime while Moscow ...": the object is the phrase after
      // the preposition, not a name past a verb or a conjunction.
      if (object && tokens.slice(k + 1, object.m.from).some((x) => x.tags.includes('Verb') || x.tags.includes('Conjunction') || /^(while|whereas|that|as)$/.test(x.normal))) object = undefined;
      if (object && subject && object !== subject) {
        emit(actor(subject), noun.relation, actor(object));
        // "Venezuela and Iran, both of which have strong ties with Russia": each of the pair.
        const partner = coordinated(subject);
        if (partner && partner !== object) emit(actor(partner), noun.relation, actor(object));
      }
    }
  }

  // "Finland and Sweden, both of which joined NATO", "A and B, which both belong to Z": a relative
  // clause on a coordinated pair or list says its verb of each of them.
  for (let i = from + 1; i < to - 3; i++) {
    if (!/,\s*$/.test(tokens[i - 1].post) || inQuote[i - from]) continue;
    let v = -1;
    if (/^(both|all|each)$/.test(tokens[i].normal) && tokens[i + 1].normal === 'of' && /^(which|whom)$/.test(tokens[i + 2].normal)) v = i + 3;
    else if (/^(which|who)$/.test(tokens[i].normal) && /^(both|all)$/.test(tokens[i + 1].normal)) v = i + 2;
    if (v < 0) continue;
    while (v < to && /^(have|has|had|also|already|later|since|now|still|both|all)$/.test(tokens[v].normal)) v++;
    // Right after the relative pronoun, a past form is the clause's verb whatever the tagger says.
    const verb = v < to && (tokens[v].tags.includes('Verb') || /ed$/.test(tokens[v].normal)) ? verbRelationOf(tokens[v].normal) : undefined;
    const last = slots.find((x) => x.m.to === i && !x.holder);
    if (!verb || !last || negated(v)) continue;
    const group: Slot[] = [last];
    for (let cur: Slot | undefined = last, n = 0; cur && n < 5; n++) {
      const idx = slots.indexOf(cur);
      const prev = slots[idx - 1];
      cur = coordinated(cur) ?? (prev && prev.m.kind === cur.m.kind && /^,\s*$/.test(tokens[prev.m.to - 1].post) && startOf(cur) === prev.m.to ? prev : undefined);
      if (cur) group.push(cur);
    }
    if (group.length < 2) continue;
    const object = objectOf(v, verb.preposition, 10, !verb.preposition);
    if (!object || group.includes(object) || (verb.objectKinds && !verb.objectKinds.includes(object.m.kind))) continue;
    for (const g of group) emit(actor(g), verb.relation, actor(object));
  }

  // "X called on NATO to expand ...": an appeal to a body or person, not a visit or a phone call.
  for (let i = from; i < to - 2; i++) {
    if (!/^(call|calls|called|calling)$/.test(tokens[i].normal) || !/^(on|upon)$/.test(tokens[i + 1].normal) || negated(i) || inQuote[i - from]) continue;
    const k = tokens[i + 2].normal === 'the' ? i + 3 : i + 2;
    const addressee = slots.find((s) => s.m.from === k && !s.holder && (s.m.kind === 'organization' || s.m.kind === 'state' || s.m.kind === 'person'));
    if (addressee) emit(actor(subjectOf(i)), 'called_on', actor(addressee));
  }

  // "Polish jets flying from Malbork air base", "planes of the Philippine Air Force have been flying
  // food from Basa Air Base", "Indian Air Force helicopters are operating from X", "French jets based
  // at the Y base": the state or body whose craft or forces fly, operate, take off or are based at a
  // base operates from it. The owner must be in the craft's own phrase (a demonym or body right
  // before the craft noun, or "of" a body after it) or the verb's subject right before it.
  for (let i = from; i < to - 2; i++) {
    const w = tokens[i].normal;
    const takeOff = /^(take|takes|took|taken|taking)$/.test(w) && tokens[i + 1]?.normal === 'off';
    const fly = takeOff || /^(fly|flies|flew|flown|flying|operate|operates|operated|operating|launch|launches|launched|launching)$/.test(w);
    const based = /^(based|stationed)$/.test(w);
    if ((!fly && !based) || inQuote[i - from] || negated(i)) continue;
    // The preposition within a few words, no clause break or other verb between.
    let p = -1;
    for (let k = i + (takeOff ? 2 : 1); k < Math.min(to, i + 9); k++) {
      const n = tokens[k].normal;
      if (fly && (n === 'from' || (n === 'out' && tokens[k + 1]?.normal === 'of'))) {
        p = n === 'out' ? k + 1 : k;
        break;
      }
      if (based && (n === 'at' || n === 'in') && k === i + 1) {
        p = k;
        break;
      }
      if (/[,;:–—()]/.test(tokens[k - 1].post) && k > i + 1) break;
      if (tokens[k].tags.includes('Verb') && !tokens[k].tags.includes('Gerund')) break;
    }
    if (p < 0) continue;
    const site = slots.find((x) => x.m.from === (tokens[p + 1]?.normal === 'the' ? p + 2 : p + 1) && !x.holder);
    if (!site || objectKind(site) !== 'base') continue;
    // Back over auxiliaries to the subject phrase.
    let k = i - 1;
    while (k > from && /^(have|has|had|been|be|are|is|was|were|being|now|also|already|still|regularly)$/.test(tokens[k].normal)) k--;
    let owner: Slot | undefined;
    const ending = (n: number): Slot | undefined => slots.find((x) => x.m.to === n + 1 && !x.holder && (x.m.kind === 'state' || x.m.kind === 'organization' || (x.m.metonym && x.m.state)));
    const craft = (t: Token | undefined): boolean => !!t && !t.proper && (FORCE_HEADS.test(t.normal) || /^(planes?|boats?|ships?|vessels?|squadrons?|units?|crews?|airlifters?|transports?)$/.test(t.normal));
    const direct = ending(k);
    if (direct) {
      // "planes of the Philippine Air Force have been flying": a body after "of" owns the craft
      // before it; after another "of" ("the ambassador of France flew") it owns nothing here.
      const before = tokens[direct.m.from - 1]?.normal === 'the' ? direct.m.from - 2 : direct.m.from - 1;
      if (tokens[before]?.normal !== 'of' || craft(tokens[before - 1])) owner = direct;
    } else if (craft(tokens[k])) {
      // "Indian Air Force helicopters are operating from X", "the US Navy's P-8 aircraft flying
      // from Y": a body or demonym before the craft phrase (model names and nouns between).
      let j = k - 1;
      while (j > from && j > k - 5 && !ending(j) && !/[,;:]/.test(tokens[j].post) && (tokens[j].proper || /^[\p{L}\d-]+$/u.test(tokens[j].text)) && !tokens[j].tags.includes('Verb') && !/^(the|a|an|of|and|from|by|with|in|at)$/.test(tokens[j].normal)) j--;
      owner = ending(j);
      // "planes of the X": the body after "of" right after the craft noun.
      if (!owner && tokens[k + 1]?.normal === 'of') owner = slots.find((x) => x.m.from === (tokens[k + 2]?.normal === 'the' ? k + 3 : k + 2) && (x.m.kind === 'state' || x.m.kind === 'organization'));
    }
    // "a Turkish-made drone", "US-built jets": a hyphenated modifier names the maker, not the owner.
    if (owner && /^-$/.test(tokens[owner.m.from].post)) owner = undefined;
    if (owner) emit(actor(owner), 'operates_from', site.key);
  }

  // "X steered the contract to Y", "awarded a tender to Y": who got the public money.
  for (let i = from; i < to - 3; i++) {
    if (!/^(award|awarded|awards|steer|steered|steers|give|gave|given|grant|granted|hand|handed)$/.test(tokens[i].normal) || negated(i)) continue;
    const words = tokens.slice(i + 1, Math.min(to, i + 6));
    const noun = words.findIndex((x) => /^(contract|contracts|tender|tenders|concession|concessions)$/.test(x.normal));
    if (noun < 0 || words[noun + 1]?.normal !== 'to') continue;
    const recipient = objectOf(i + 2 + noun, undefined, 4);
    const giver = subjectOf(i);
    if (recipient && (recipient.m.kind === 'organization' || recipient.m.kind === 'person')) emit(actor(giver), 'awarded_contract_to', recipient.key);
  }

  // "X won Chile's presidential runoff": elected to lead that state; "won Kenya's general election":
  // won an election there.
  for (let i = from; i < to - 2; i++) {
    if (!/^(won|wins|win|winning)$/.test(tokens[i].normal) || negated(i)) continue;
    const state = slots.find((s) => s.m.from === i + 1 && s.m.kind === 'state' && s.m.possessive);
    if (!state) continue;
    const words = tokens.slice(state.m.to, Math.min(to, state.m.to + 3)).map((x) => x.normal);
    const at = words.findIndex((w) => /^(election|elections|runoff|run-off|vote|poll|ballot|race)$/.test(w));
    if (at < 0) continue;
    const presidential = words.slice(0, at).includes('presidential');
    emit(subjectOf(i)?.key, presidential ? 'elected_leader_of' : 'won_election_in', state.key);
  }

  // Asylum: "X was granted asylum in Y", "Y granted X asylum" → Y shelters X.
  const asylumAt = tokens.slice(from, to).findIndex((x) => x.normal === 'asylum');
  if (asylumAt >= 0 && !negated(from + asylumAt)) {
    const a = from + asylumAt;
    if (tokens[a + 1]?.normal === 'in') {
      const host = objectOf(a, undefined, 4);
      const guest = subjectOf(a);
      if (host && guest && host.m.kind === 'state') emit(host.key, 'shelters', guest.key);
    }
  }

  // Extradition demands: "X has demanded Assad’s extradition", "X’s requests to extradite Assad".
  const extraditionAt = tokens.slice(from, to).findIndex((x) => /^extradit/.test(x.normal));
  if (extraditionAt >= 0) {
    const e = from + extraditionAt;
    const cue = tokens.slice(from, e).map((x, j) => (DEMAND_CUES.test(x.normal) ? from + j : -1)).filter((j) => j >= 0).pop();
    if (cue !== undefined && !negated(cue)) {
      let demander: Slot | undefined;
      for (const s of slots) if (s.m.possessive && s.m.to <= cue && cue - s.m.to <= 3) demander = s;
      demander ??= subjectOf(cue);
      let target: Slot | undefined;
      for (const s of slots) if (s.m.possessive && s.m.to === e) target = s;
      target ??= objectOf(e, undefined, 5);
      if (target !== demander) emit(actor(demander), 'demands_extradition_of', target?.key);
    }
  }

  // "X asked A and B for help", "turned to A for assistance": a request for help names who is
  // asked, each of a coordinated list; the asker is the verb's subject.
  for (let i = from; i < to - 3; i++) {
    const t = tokens[i];
    if (!/^(ask|asks|asked|asking|turn|turns|turned)$/.test(t.normal) || !t.tags.includes('Verb') || inQuote[i - from] || negated(i)) continue;
    let k = /^turn/.test(t.normal) ? (tokens[i + 1]?.normal === 'to' ? i + 2 : -1) : i + 1;
    if (k < 0) continue;
    if (tokens[k]?.normal === 'the') k++;
    const first = slots.find((o) => o.m.from === k && (o.m.kind === 'state' || o.m.kind === 'organization' || o.m.kind === 'person'));
    if (!first) continue;
    const asked: Slot[] = [first];
    for (let a: Slot | undefined = first, n = 0; a && n < 4; n++) {
      a = coordinatedAfter(a) ?? listedAfter(a);
      if (a) asked.push(a);
    }
    const last = asked[asked.length - 1];
    if (tokens[last.m.to]?.normal !== 'for' || !/^(help|assistance|aid|support|protection|troops|relief|reinforcements|backing)$/.test(tokens[last.m.to + 1]?.normal ?? '')) continue;
    const asker = subjectOf(i);
    for (const a of asked) emit(actor(asker), 'requested_help_from', actor(a));
  }

  // "Russia's Africa Corps", "Kyrgyzstan's State Committee for National Security": a state's
  // possessive before a body named by a state organ's head noun (ministry, fleet, corps, service)
  // makes it part of that state. Companies and groups ("Russia's Gazprom") are not read as organs.
  for (let k = 1; k < slots.length; k++) {
    const [owner, body] = [slots[k - 1], slots[k]];
    // One capitalised word left out of the body's name may stand between ("Kyrgyzstan's State Committee").
    const adjacent = owner.m.to === body.m.from || (body.m.from - owner.m.to === 1 && tokens[owner.m.to].proper && /^\s+$/.test(tokens[owner.m.to].post));
    if (body.m.kind !== 'organization' || !owner.m.possessive || !adjacent || (owner.m.kind !== 'state' && !(owner.m.metonym && owner.m.state))) continue;
    const words = body.m.surface.toLowerCase().split(/\s+/);
    if (STATE_ORGANS.test(words[words.length - 1]) || (words.includes('for') && STATE_ORGANS.test(words[words.indexOf('for') - 1] ?? ''))) emit(body.key, 'part_of', actor(owner));
  }

  // "Pakistan’s Sindh province", "Syria’s Latakia": a place owned by the state just before it lies in
  // it; a sea or region shared by several ("Syria’s Mediterranean coast") does not.
  for (let k = 1; k < slots.length; k++) {
    const [owner, place] = [slots[k - 1], slots[k]];
    // "Sudan's Jeddah corridor": a place before a common noun only names that thing, which may lie
    // anywhere; a unit noun ("Sindh province") keeps the place.
    const head = tokens[place.m.to];
    const qualifies = !!head && !head.proper && head.tags.includes('Noun') && /^\s+$/.test(tokens[place.m.to - 1].post) && !PLACE_UNIT_HEADS.test(head.normal);
    if (place.m.kind === 'place' && !place.m.metonym && !qualifies && owner.m.kind === 'state' && owner.m.possessive && owner.m.to === place.m.from && !REGION_NAMES.has(place.m.surface.toLowerCase()) && !GEO_TAILS.has(place.m.surface.split(/\s+/).pop()!.toLowerCase())) emit(place.key, 'located_in', owner.key);
  }

  // States the sentence gives, by a possessive or an "of", to another official it names ("Spain's
  // foreign minister, X, ...", "the foreign minister of Togo, X"): the sentence tells that state's
  // official apart, so a bare title beside him ("grateful to President Y") is no safe guess for it.
  const ownedStates = new Map<string, string>();
  for (const o of slots) {
    if (!(o.m.kind === 'state' || (o.m.metonym === 'capital' && o.m.state))) continue;
    const key = actor(o);
    if (!key) continue;
    // "Spain's foreign minister, X": lower-case office words after the possessive, then the person.
    let k = o.m.to;
    if (o.m.possessive) {
      while (k < to && k < o.m.to + 4 && /^\p{Ll}/u.test(tokens[k].text) && !/[;:]/.test(tokens[k].post)) k++;
      const official = k > o.m.to && OFFICE_NOUN.test(tokens[k - 1].normal) ? slots.find((x) => x.m.kind === 'person' && x.m.from === k) : undefined;
      if (official) ownedStates.set(key, official.key);
    }
    // "the foreign minister of Togo, X": the office before "of", the person after the comma.
    const ofAt = o.m.from - (tokens[o.m.from - 1]?.normal === 'the' ? 2 : 1);
    if (tokens[ofAt]?.normal === 'of' && OFFICE_NOUN.test(tokens[ofAt - 1]?.text ?? '') && /,\s*$/.test(tokens[o.m.to - 1].post)) {
      const official = slots.find((x) => x.m.kind === 'person' && x.m.from === o.m.to);
      if (official) ownedStates.set(key, official.key);
    }
  }
  const sharedTitles = sharedTitlesOf(entities);
  /** "Foreign Ministry spokesperson X", "Chinese Defence Ministry spokesman Y", "Government
   * spokesperson Z": capitalised words before a spokesperson's title that name a state's organ (a
   * demonym or state, portfolios, then an organ noun) are no holder of their own, as recognition
   * read them; the organ speaks for its state, the demonym's when one opens the phrase. */
  /** "..., the Chilean foreign ministry said", "..., Ecuador's government said": the state whose organ
   * reports the sentence, read after token `after`. */
  const reportingState = (after: number): string | undefined => {
    for (let k = after + 1; k < to; k++) {
      if (!REPORT_WORDS.test(tokens[k].normal) || !REPORTING_ORGANS.test(tokens[k - 1].normal)) continue;
      let j = k - 2;
      while (j > after && PORTFOLIOS.test(tokens[j].normal) && !tokens[j].proper) j--;
      // (A state's organ may be a slot of its own spanning "Ecuador's foreign ministry".)
      const owner = slots.find((o) => o.m.from <= j && j < o.m.to && (o.m.kind === 'state' || (o.m.metonym && o.m.state)));
      if (owner) return actor(owner);
      const st = tokens[j]?.proper ? stateOfDemonym(tokens[j].text) : undefined;
      return st ? ensureDemonymState(entities, articleId, st, tokens[j], sentence) : undefined;
    }
    return undefined;
  };
  const organTitle = (role: { text: string; relation?: string; holderToken?: number; holderState?: string }, s: Slot): { from: number; organ: number; state?: string } | undefined => {
    // Recognition may read the organ as the title's holder ("Ministry") or as a word of the title
    // ("Air Force spokeswoman Major").
    const h = role.holderToken ?? s.m.from - role.text.split(/\s+/).length;
    if (h < from || role.holderState || role.relation !== 'spokesperson_of' || slotCovering(h)) return undefined;
    let a = h;
    // "government spokesperson X", "military government spokesman X": recognition took only the
    // title; the lower-case organ (and its qualifiers) before it names whose.
    if (role.holderToken === undefined && a - 1 >= from && ORGAN_NOUNS.test(tokens[a - 1].normal) && !tokens[a - 1].possessive && !slotCovering(a - 1) && (!tokens[a - 1].proper || a - 1 === from)) {
      const organ = a - 1;
      a = organ;
      while (a - 1 >= from && (REGIME_QUALIFIERS.test(tokens[a - 1].normal) || PORTFOLIOS.test(tokens[a - 1].normal)) && !slotCovering(a - 1) && (!tokens[a - 1].proper || a - 1 === from)) a--;
      return { from: a, organ };
    }
    while (a - 1 >= from && tokens[a - 1].proper && /^\s+$/.test(tokens[a - 1].post) && !slotCovering(a - 1) && (PORTFOLIOS.test(tokens[a - 1].normal) || stateOfDemonym(tokens[a - 1].text))) a--;
    const state = stateOfDemonym(tokens[a].text) ?? stateName(tokens[a].text);
    let n = state ? a + 1 : a;
    while (n < s.m.from && PORTFOLIOS.test(tokens[n].normal)) n++;
    if (n >= s.m.from || !(ORGAN_NOUNS.test(tokens[n].normal) || tokens[n].normal === 'presidential')) return undefined;
    // Only the title itself may follow the organ noun, and a rank ("Air Force spokeswoman Major X").
    if (tokens.slice(n + 1, s.m.from).some((t) => !SPOKESPERSON.test(t.normal) && !/^(press|chief|deputy)$/.test(t.normal) && !TITLE_WORDS.has(t.normal))) return undefined;
    // A capitalised word before the phrase ("Polish Defence Ministry" with an unknown demonym) names
    // another state: no guess then.
    if (!state && a - 1 >= from && tokens[a - 1].proper && /^\p{Lu}\p{Ll}/u.test(tokens[a - 1].text) && !tokens[a - 1].tags.includes('Determiner') && !/^(and|but|then|now|meanwhile|also|a|the)$/.test(tokens[a - 1].normal)) return undefined;
    return { from: a, organ: n, state };
  };
  /** The state a slot names: a state, or a capital (standing for its state or not). */
  const stateOfSlot = (o: Slot): string | undefined => {
    if (o.m.kind === 'state') return o.key;
    const capital = o.m.kind === 'place' ? stateOfCapital(o.m.surface) : undefined;
    return capital && entities.has(`state:${slug(capital)}`) ? `state:${slug(capital)}` : undefined;
  };
  /** "X said in Beijing that ...", "X told reporters in Moscow": a capital where a spokesperson
   * speaks is the seat of the government they speak for. */
  const spokenFrom = (s: Slot): string | undefined => {
    const v = s.m.to;
    if (!/^(said|says|told|added|spoke)$/.test(tokens[v]?.normal ?? '')) return undefined;
    const inAt = tokens[v + 1]?.normal === 'in' ? v + 1 : tokens[v + 2]?.normal === 'in' && tokens[v + 1].normal === 'reporters' ? v + 2 : -1;
    const place = inAt > 0 ? slots.find((o) => o.m.from === inAt + 1 && o.m.kind === 'place') : undefined;
    return place ? stateOfSlot(place) : undefined;
  };
  // Roles: "Syrian President X" → leader_of Syria; "Kremlin spokesman X" → spokesperson_of the Kremlin.
  for (const s of slots) {
    const role = s.m.role && { ...s.m.role, relation: s.m.role.relation ?? deputyRelation(s.m.role.text) ?? rankedSpokesperson(s.m.role.text) };
    if (!role?.relation || s.m.kind !== 'person') continue;
    // A one-holder office ("President", "Foreign Minister") that two people bear in one article is
    // held in two states: a bare title there names no state by itself.
    const shared = sharedTitles.has(role.text.toLowerCase());
    const otherOfficial = (state: string): boolean => { const o = ownedStates.get(state); return !!o && o !== s.key; };
    // "opposition leader X": the leader of the opposition, not of the state; with no state named in
    // the title, the article's own state, never another state the sentence mentions (the opposition
    // of one state criticises another state's deal).
    const opposition = role.relation === 'leader_of' && (/^opposition\b/i.test(role.text) || tokens[s.m.from - role.text.split(/\s+/).length - 1]?.normal === 'opposition');
    let holder: string | undefined;
    if (opposition) {
      role.relation = 'opposition_leader_of';
      // "Opposition leader X": the capitalised word is part of the title, not a holder.
      if (role.holderToken !== undefined && tokens[role.holderToken]?.normal === 'opposition') delete role.holderToken;
      // "Kenya's opposition leader X", "the Kenyan opposition leader X": the state before "opposition".
      const at = s.m.from - role.text.split(/\s+/).length - (/^opposition\b/i.test(role.text) ? 1 : 2);
      const st = at >= from ? slotCovering(at) : undefined;
      if (st && (st.m.kind === 'state' || (st.m.metonym && st.m.state))) holder = actor(st);
      else if (at >= from && tokens[at].proper) {
        const state = stateOfDemonym(tokens[at].text);
        if (state) holder = ensureDemonymState(entities, articleId, state, tokens[at], sentence);
      }
    }
    // "Thai Transport Minister X", "Information Minister X": capitalised words before "Minister" that
    // name nothing the article knows are a portfolio, part of the title, not its holder. A demonym
    // or state opening them is the holder; with none, the title is bare.
    let portfolio = false;
    let rivalStates = false;
    if (role.holderToken !== undefined && !role.holderState && /minister_of$/.test(role.relation) && /\b(minister|secretary)$/i.test(role.text) && !slotCovering(role.holderToken)) {
      const words = tokens.slice(role.holderToken, s.m.from);
      const first = words[0];
      const lead = first ? stateOfDemonym(first.text) ?? stateName(first.text) : undefined;
      const rest = lead ? words.slice(1) : words;
      // Only title words and capitalised common words ("Transport", "Information") in between.
      if (rest.length && rest.every((t) => t.proper && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !stateOfDemonym(t.text) && !stateName(t.text) && !bodyNamed(t.text, entities))) {
        portfolio = true;
        if (lead) holder = ensureDemonymState(entities, articleId, lead, first, sentence);
        // "Norway's Fisheries Minister X": a state's possessive right before the portfolio holds it.
        const owner = slots.find((o) => o.m.to === role.holderToken && o.m.possessive && (o.m.kind === 'state' || (o.m.metonym && o.m.state)));
        if (!lead && owner) holder = actor(owner);
      }
    }
    const organ = portfolio ? undefined : organTitle(role, s);
    if (organ?.state) holder = ensureDemonymState(entities, articleId, organ.state, tokens[organ.from], sentence);
    // "Navy spokesperson X" after "the Royal Velmar Navy": the article's one body of that organ's name;
    // else the state the text spoke of last ("China criticised ... Foreign Ministry spokesperson X").
    // The government and the presidency are the story's own state's, when the text spoke of that
    // state last (the story's state is a guess from counts; the two agreeing make it safe).
    else if (organ) holder = organHolder(entities, tokens[organ.organ].normal, tokens[organ.from].start, homeState, { twoGovernmentsCheck: true, spokenFrom: () => spokenFrom(s) });
    // Another state named in the sentence leaves the article's own no safe guess for an organ.
    const otherStateHere = !!organ && slots.some((o) => { const st = stateOfSlot(o); return !!st && st !== homeState; });
    if (role.holderToken !== undefined && !portfolio && !organ) {
      const h = slotCovering(role.holderToken);
      if (h) holder = h.key;
      else if (role.holderState) {
        const stateKey = `state:${slug(role.holderState)}`;
        if (entities.has(stateKey)) holder = stateKey;
      }
    }
    // "Uruguayan government spokesperson X": a body named right before a bare title, its last word in
    // lower case so recognition did not take it as the holder, holds the title.
    const titleAt = s.m.from - role.text.split(/\s+/).length;
    if (!holder && role.holderToken === undefined) {
      let at = titleAt;
      // "KORA country director X", "the FMA regional spokesperson X": lower-case qualifiers of a
      // sub-office may stand between the body and the title; the office is held under the body.
      let sub = false;
      while (at - 1 > from && at > titleAt - 2 && /^\p{Ll}/u.test(tokens[at - 1].text) && SUB_OFFICE.test(tokens[at - 1].normal)) {
        at--;
        sub = true;
      }
      if (sub && role.relation === 'leader_of') role.relation = 'works_for';
      const body = slots.find((o) => o.m.to === at && (o.m.kind === 'organization' || o.m.kind === 'state') && !o.m.possessive && /^\s+$/.test(tokens[at - 1]?.post ?? ''));
      if (body) holder = actor(body);
    }
    // "Foreign Minister X of Djibouti", "President X of the Philippines": a state right after the
    // titled name, joined by "of", holds the title (before any state named earlier in the sentence).
    if (!holder && tokens[s.m.to]?.normal === 'of' && !/[,;:]/.test(tokens[s.m.to - 1].post)) {
      const at = tokens[s.m.to + 1]?.normal === 'the' ? s.m.to + 2 : s.m.to + 1;
      const st = slots.find((o) => o.m.from === at && (o.m.kind === 'state' || (o.m.metonym && o.m.state)));
      if (st && NATIONAL_OFFICE.test(role.relation)) holder = actor(st);
    }
    // "X sent help at the request of President Y", "at the invitation of Prime Minister Y": the one
    // who asks or invites is another party than the state that acts.
    const askedBy = tokens[titleAt - 1]?.normal === 'of' && /^(request|invitation|behest|urging)$/.test(tokens[titleAt - 2]?.normal ?? '');
    // "Foreign Minister X will brief the envoy, the Chilean foreign ministry said": the state whose
    // ministry or government reports the minister's act is the minister's (before any state the
    // act touches).
    if (!holder && NATIONAL_OFFICE.test(role.relation) && role.holderToken === undefined) holder = reportingState(s.m.to);
    if (!holder && role.relation !== 'works_for' && !opposition && !askedBy) {
      // "The Kremlin ... with Foreign Minister Sergei Lavrov": the one government the sentence names.
      // Only a government named before the title: one named after it is what the person acts on
      // ("Defence Minister X has made Turkey his closest partner"), not the office's holder.
      // One after it counts only as the subject of what they said ("told reporters that Kenya ...").
      const reported = (o: Slot): boolean => /^(that|said|says|told|added)$/.test(tokens[o.m.from - 1]?.normal ?? '');
      // An organ's spokesperson reports what others did ("said Uganda had been informed"): only a
      // state before the title holds it.
      const govs = new Set(slots.filter((o) => (o.m.kind === 'state' || o.m.metonym === 'seat') && (o.m.to <= s.m.from || (reported(o) && !organ))).map((o) => o.key));
      if (govs.size === 1 && !shared && !otherOfficial([...govs][0])) holder = [...govs][0];
      // Several states in the sentence's frame and the article's own not among them: it is no safe guess.
      if (govs.size > 1 && homeState && !govs.has(homeState)) rivalStates = true;
    }
    // "Interior Minister X", "President X" with no state in sight: a national office of the state
    // the article is about, when one state clearly dominates it.
    // A capitalised word before the title that was not read as a state ("Polish Defence Minister" when
    // the demonym is unknown) names another state: the article's own is no safe guess then.
    // A portfolio before the title ("Energy Minister", "Information Minister") is part of the office,
    // not a qualifier naming another state.
    let qualifierAt = s.m.from - role.text.split(/\s+/).length - 1;
    while (qualifierAt >= from && /minister_of$/.test(role.relation) && PORTFOLIOS.test(tokens[qualifierAt].normal)) qualifierAt--;
    if (organ) qualifierAt = organ.from - 1;
    const qualifier = qualifierAt >= from ? tokens[qualifierAt] : undefined;
    const foreignQualifier =
      !!qualifier && /^\p{Lu}\p{Ll}/u.test(qualifier.text) && !TITLE_WORDS.has(qualifier.normal) && !qualifier.tags.includes('Determiner') &&
      !/^(and|but|then|now|meanwhile|also|former|acting|interim)$/.test(qualifier.normal) && !slots.some((o) => o.m.to === s.m.from - role.text.split(/\s+/).length);
    // "Prime Minister X thanked Chile": a state the titled person acts on, after the name and not as
    // the subject of what they said, is another state than theirs.
    // Only a direct object counts: a name right after a verb other than one of saying ("said Peru
    // would ...", "flown to Lima" are no acts on the state).
    const actedOn = slots.some((o) => {
      const v = tokens[o.m.from - 1];
      // ("guard Ecuador's waters" acts on the waters: a possessive is no object.)
      return o.m.from >= s.m.to && !o.m.possessive && actor(o) === homeState && !!v && v.tags.includes('Verb') && !v.tags.includes('Auxiliary') && !v.tags.includes('Passive') && !/^(that|said|says|told|added|say|tell)$/.test(v.normal);
    });
    // The same person's office tied outright to another state elsewhere in the article keeps it.
    // (Read before the states this sentence may add: the first reading is kept for the article.)
    const stated = statedElsewhere(text, entities, s.key, homeState);
    if (!holder && homeState && !stated && !shared && !otherOfficial(homeState) && !twoGovernments(entities, homeState) && !rivalStates && !actedOn && (role.holderToken === undefined || portfolio || organ) && (NATIONAL_OFFICE.test(role.relation) || (organ && !otherStateHere)) && !foreignQualifier) holder = homeState;
    if (!holder && role.relation === 'works_for') {
      // "Journalist X from the outlet Y", "X, a fellow at the Y think tank"
      const org = slots.find((o) => o.m.kind === 'organization' && o.m.from > s.m.to && o.m.from - s.m.to <= 8);
      holder = org?.key;
    }
    emit(s.key, role.relation, holder);
  }

  // Appositive roles: "Samuel Ramani, an associate fellow at the London-based RUSI think tank".
  for (const s of slots) {
    if (s.m.kind !== 'person' || !/,\s*$/.test(tokens[s.m.to - 1].post)) continue;
    const det = tokens[s.m.to];
    if (!det || !/^(a|an|the)$/.test(det.normal)) continue;
    let k = s.m.to + 1;
    const words: string[] = [];
    while (k < to && k < s.m.to + 6 && !tokens[k].proper && !/^(at|of|for|from|with|in)$/.test(tokens[k].normal)) {
      words.push(tokens[k].normal);
      k++;
    }
    if (!/^(at|of|for|from|with)$/.test(tokens[k]?.normal ?? '')) continue;
    // The body follows the preposition ("at the London-based RUSI think tank"), within the apposition.
    // A conjunction between them ("at the institute and Y") makes Y another party, not the employer.
    const org = slots.find((o) => o.m.kind === 'organization' && o.m.from > k && o.m.from - k <= 4 && !tokens.slice(k, o.m.from).some((x) => /[,;:]/.test(x.post) || /^(and|or|but|while)$/.test(x.normal)));
    if (!org || !words.length) continue;
    const e = entities.get(s.key);
    if (e) {
      e.roles ??= [];
      const role = words.join(' ');
      if (!e.roles.includes(role)) e.roles.push(role);
    }
    // "a member of the X party" belongs to it; other appositive offices work for it.
    emit(s.key, words[words.length - 1] === 'member' ? 'member_of' : 'works_for', org.key);
  }

  // Family: "Hafez al-Assad and later by his son Bashar al-Assad" → Hafez parent_of Bashar.
  for (let i = from + 1; i < to - 1; i++) {
    const kin = tokens[i].normal;
    if (!/^(son|daughter|father|mother|cousin|brother|sister)$/.test(kin) || !/^(his|her)$/.test(tokens[i - 1].normal)) continue;
    const named = slots.find((s) => s.m.from === i + 1 && s.m.kind === 'person');
    const before = slots.filter((s) => s.m.to <= i - 1 && s.m.kind === 'person' && !s.holder).pop();
    if (!named || !before || named.key === before.key) continue;
    if (kin === 'son' || kin === 'daughter') emit(before.key, 'parent_of', named.key);
    else if (kin === 'cousin') emit(before.key, 'cousin_of', named.key);
    else if (kin === 'brother' || kin === 'sister') emit(before.key, 'sibling_of', named.key);
    else emit(named.key, 'parent_of', before.key);
  }
  // "two cousins, A and B": the kinship noun the pair is in apposition with.
  for (let i = from; i < to - 3; i++) {
    const rel = KIN_PLURALS[tokens[i].normal];
    if (!rel || !/,\s*$/.test(tokens[i].post) || negated(i)) continue;
    const first = slots.find((s) => s.m.from === i + 1 && s.m.kind === 'person');
    const second = first && coordinatedAfter(first);
    if (second && second.m.kind === 'person') emit(first.key, rel, second.key);
  }

  // "The harbour police received radar vans and advisers from Suriname and the OSCE": the giver
  // supplies the receiver. Words, visits and calls received are no supplies.
  for (let i = from; i < to - 2; i++) {
    if (!/^(received|receives|receive|receiving|obtained|acquired)$/.test(tokens[i].normal) || negated(i)) continue;
    let f = i + 1;
    while (f < to && f < i + 9 && tokens[f].normal !== 'from' && !/[,;:]/.test(tokens[f - 1].post) && !slotCovering(f)) f++;
    if (tokens[f]?.normal !== 'from' || f === i + 1) continue;
    if (tokens.slice(i + 1, f).some((x) => /^(calls?|letters?|messages?|invitations?|requests?|complaints?|visits?|delegations?|assurances?|guarantees?|warnings?|threats?|responses?|reply|replies|reports?|notes?|news|word|praise|criticism|votes?|orders?|instructions?|summons|permission|approval|backing)$/.test(x.normal))) continue;
    const giver = slots.find((o) => o.m.from === f + 1 || (o.m.from === f + 2 && tokens[f + 1].normal === 'the'));
    const receiver = subjectOf(i);
    if (!giver || !receiver || !/^(state|organization)$/.test(giver.m.kind)) continue;
    // Givers joined by "and" or commas may be states and bodies together ("from Suriname and the OSCE").
    for (let g: Slot | undefined = giver, n = 0; g && n < 4; n++) {
      emit(actor(g), 'supplies', actor(receiver));
      const next: Slot | undefined = slots[slots.indexOf(g) + 1];
      const joined: boolean = !!next && (tokens[g.m.to]?.normal === 'and' || /^,\s*$/.test(tokens[g.m.to - 1].post));
      const at: number = next ? (tokens[startOf(next) - 1]?.normal === 'the' ? startOf(next) - 1 : startOf(next)) : -1;
      g = next && joined && /^(state|organization)$/.test(next.m.kind) && (at === g.m.to + 1 || at === g.m.to) ? next : undefined;
    }
  }

  // "Red Dawn Brigade, the armed faction linked to the Northern Front", "X, a faction allied with Y": a
  // participle of affiliation closing an apposition (or right after the name) ties the name it
  // describes to the body after "to"/"with".
  for (let i = from + 1; i < to - 1; i++) {
    const rel = AFFILIATION_PARTICIPLES[tokens[i].normal];
    if (!rel || !/^(to|with)$/.test(tokens[i + 1].normal) || negated(i)) continue;
    const target = slots.find((o) => (o.m.from === i + 2 || (o.m.from === i + 3 && tokens[i + 2].normal === 'the')) && /^(state|organization)$/.test(o.m.kind));
    let described = slots.find((o) => o.m.to === i && /^(state|organization)$/.test(o.m.kind) && /,\s*$/.test(tokens[i - 1].post));
    if (!described) {
      let k = i - 1;
      // Back over the description's words (a demonym among them: "the Nigerian militant group").
      while (k > from && k > i - 6 && (!tokens[k].proper || !!stateOfDemonym(tokens[k].text)) && !/,\s*$/.test(tokens[k - 1].post) && !tokens[k].tags.includes('Verb')) k--;
      if (/^(a|an|the)$/.test(tokens[k]?.normal ?? '') && /,\s*$/.test(tokens[k - 1]?.post ?? '')) described = slots.find((o) => o.m.to === k && o.m.kind === 'organization');
      // "X, which is linked to Y": a relative clause on the name.
      if (/^(is|was|are|were)$/.test(tokens[i - 1].normal) && /^(which|who)$/.test(tokens[i - 2]?.normal ?? '') && /,\s*$/.test(tokens[i - 3]?.post ?? '')) described = slots.find((o) => o.m.to === i - 2 && o.m.kind === 'organization');
    }
    if (described && target) emit(actor(described), rel, actor(target));
  }

  // "Uruguay ordered two Bhutanese attachés to leave within a week": ordering someone to leave is
  // expelling them.
  for (let i = from; i < to - 3; i++) {
    if (!/^(ordered|orders|order|told|tells|gave)$/.test(tokens[i].normal) || negated(i)) continue;
    // The one ordered: the name closing the object phrase right before "to leave".
    const object = slots.find((o) => o.m.from > i && o.m.to <= i + 7 && !o.holder && tokens[o.m.to]?.normal === 'to' && !tokens.slice(i + 1, o.m.from).some((x) => /[,;:]/.test(x.post) || (x.tags.includes('Verb') && !x.tags.includes('Noun'))));
    if (!object || !/^(leave|depart|quit)$/.test(tokens[object.m.to + 1]?.normal ?? '')) continue;
    emit(actor(subjectOf(i)), diplomatSlots.has(object) ? 'expelled_diplomats_of' : 'expelled', object.key);
  }

  // "Russia aims to secure ... its military bases in Syria": a state with bases in another.
  for (let i = from; i < to - 2; i++) {
    // "Osprey Air Base in Suriname": a base's own name is no state's presence there.
    if (!/^(bases|base|outposts|troops|forces|presence)$/.test(tokens[i].normal) || tokens[i].proper || slotCovering(i) || tokens[i + 1].normal !== 'in' || negated(i)) continue;
    if (!tokens.slice(Math.max(from, i - 3), i).some((x) => /^(military|its|their|troop|naval|air)$/.test(x.normal) || x.tags.includes('Possessive'))) continue;
    const host = slots.find((s) => s.m.from === i + 2 && s.m.kind === 'state');
    if (!host) continue;
    let owner = slots.filter((s) => s.m.possessive && s.m.to <= i && i - s.m.to <= 4).pop();
    owner ??= subjectOf(i);
    const ownerKey = actor(owner);
    if (ownerKey && ownerKey.startsWith('state:') && ownerKey !== host.key) emit(ownerKey, 'military_presence_in', host.key);
  }

  // "The navy sent two frigates from the X naval base", "India flew helicopters from Y air base":
  // whoever sends forces or craft out of a base operates it. "China has operated a naval base at
  // X", "France runs an air base at Y": a base noun "at" a name makes that name the base's site.
  for (let i = from; i < to - 2; i++) {
    const t = tokens[i];
    if (inQuote[i - from] || negated(i)) continue;
    const sends = /^(sent|sends|send|dispatched|dispatches|deployed|deploys|flew|flies|launched|launches|scrambled|scrambles)$/.test(t.normal) && t.tags.includes('Verb');
    const runs = /^(operates|operated|operate|runs|run|maintains|maintained|keeps|kept)$/.test(t.normal) && t.tags.includes('Verb');
    if (!sends && !runs) continue;
    // "The drone that attacked X was launched from Y": the subject of a passive is what was sent,
    // not who sent it.
    if (BE.has(tokens[i - 1]?.normal ?? '') || BE.has(tokens[i - 2]?.normal ?? '') && /ly$/.test(tokens[i - 1]?.normal ?? '')) continue;
    const subject = subjectOf(i);
    const op = subject && (subject.m.kind === 'state' || subject.m.kind === 'organization' || (subject.m.metonym && subject.m.state)) ? actor(subject) : undefined;
    if (!op) continue;
    for (let k = i + 1; k < Math.min(to, i + 12); k++) {
      if (/[;:–—()]/.test(tokens[k - 1].post) || (k > i + 1 && /,/.test(tokens[k - 1].post))) break;
      if (sends && tokens[k].normal === 'from') {
        const at = tokens[k + 1]?.normal === 'the' ? k + 2 : k + 1;
        const base = slots.find((x) => x.m.from === at && x.m.kind === 'base');
        if (base) emit(op, 'operates', base.key);
        // "Malaysia dispatched three vessels from the Malaysian Maritime Enforcement Agency": a body
        // named with the sending state's demonym is that state's own.
        const body = slots.find((x) => x.m.from === at && x.m.kind === 'organization');
        const own = body && stateOfDemonym(tokens[at].text);
        if (body && own && `state:${slug(own)}` === op) emit(body.key, 'part_of', op);
        break;
      }
      if (runs && /^(base|airbase|outpost|garrison|facility)$/.test(tokens[k].normal) && tokens[k + 1]?.normal === 'at') {
        const site = slots.find((x) => x.m.from === k + 2 && (x.m.kind === 'base' || (x.m.kind === 'place' && !x.m.metonym)));
        const military = tokens.slice(i + 1, k).some((x) => /^(military|naval|air|army|navy)$/.test(x.normal)) || tokens[k].normal === 'airbase';
        if (site && military && !/[,;]/.test(tokens[k].post)) emit(op, 'operates', site.key);
        break;
      }
    }
  }

  // A state's capital named in the same sentence as the state (a dateline's too: "PRAIA — Lawmakers
  // in the Comoros ..."): general knowledge of capitals says which it is.
  for (const c of capitalsBySentence(text, entities).get(sentence.end) ?? []) {
    const start = Math.min(c.start, sentence.start);
    if (!out.some((r) => r.source === c.place && r.relation === 'capital_of')) out.push({ source: c.place, target: c.state, relation: 'capital_of', evidence: { start, end: sentence.end, quote: text.slice(start, sentence.end) } });
  }
  relateBases(articleId, tokens, sm, slots, entities, emit);
  relateCompounds(articleId, tokens, sm, entities, emit);
  relatePlaces(tokens, sm, entities, emit);
  relateActNouns(articleId, tokens, sm, entities, emit);
  relateBlocMembers(tokens, sm, entities, emit);
  return out;
}

/** Bases: who operates them ("Russia’s ... bases", "Russian troops are based at X") and where they are. */
function relateBases(
  articleId: string,
  tokens: Token[],
  sm: SentenceMentions,
  slots: Slot[],
  entities: Map<string, LocalEntity>,
  emit: (s: string | undefined, r: string, t: string | undefined) => void,
): void {
  const { from, to } = sm;
  relateBaseAppositions(articleId, tokens, sm, slots, entities, emit);
  relateBaseByCraft(tokens, sm, slots, emit);
  relateBaseByNoun(tokens, sm, slots, entities, emit);
  relateBaseByAcronym(slots, entities, emit);
  // "The JDF set up a hub at Up Park Camp, its headquarters in Kingston": a site in apposition with
  // "its headquarters" (base, home) is the seat of the body the sentence is about (its first body).
  for (const site of slots) {
    if ((site.m.kind !== 'base' && site.m.kind !== 'place') || !/,\s*$/.test(tokens[site.m.to - 1].post)) continue;
    if (!/^(its|their)$/.test(tokens[site.m.to]?.normal ?? '') || !/^(headquarters|hq|base|garrison|home)$/.test(tokens[site.m.to + 1]?.normal ?? '')) continue;
    const owner = slots.find((o) => o.m.to <= site.m.from && (o.m.kind === 'organization' || o.m.kind === 'state') && !tokens[o.m.from - 1]?.tags.includes('Preposition'));
    if (owner) emit(owner.key, tokens[site.m.to + 1].normal === 'home' || tokens[site.m.to + 1].normal === 'base' ? 'based_at' : 'headquartered_at', site.key);
  }
  const bases = slots.filter((s) => s.m.kind === 'base');
  if (!bases.length) return;
  // "a lease handing the runway at X airport to the air force of Y", "leased X to Y", "ceded the
  // port of X to Y": a site given by lease, handover or cession goes to the body or state after
  // "to" (a state's forces, "the air force of Y", are the state's), which then uses it.
  for (let i = from; i < to - 2; i++) {
    if (!HANDOVER_WORDS.test(tokens[i].normal)) continue;
    const base = bases.find((b) => b.m.from > i && b.m.from - i <= 8 && !tokens.slice(i, b.m.from).some((x) => /[;:]/.test(x.post)));
    if (!base) continue;
    let k = base.m.to;
    if (tokens[k]?.normal !== 'to' || /[,;:]/.test(tokens[k - 1].post)) continue;
    k++;
    if (tokens[k]?.normal === 'the') k++;
    // "the air force of Y", "the armed forces of Y": a state's forces, read as the state.
    let j = k;
    while (j < to && j < k + 3 && /^(air|naval|armed|force|forces|navy|army|military|coast|guard)$/.test(tokens[j].normal)) j++;
    if (j > k && tokens[j]?.normal === 'of') k = tokens[j + 1]?.normal === 'the' ? j + 2 : j + 1;
    const recipient = slots.find((o) => o.m.from === k && (o.m.kind === 'organization' || o.m.kind === 'state'));
    if (recipient) emit(recipient.key, 'uses', base.key);
  }
  // "The Fifth Fleet, headquartered at X", "a unit based at X": the participle describes the body
  // just before it.
  for (const base of bases) {
    const prep = base.m.from - 1 - (tokens[base.m.from - 1]?.normal === 'the' ? 1 : 0);
    if (!/^(at|in)$/.test(tokens[prep]?.normal ?? '') || !/^(headquartered|based|stationed|garrisoned)$/.test(tokens[prep - 1]?.normal ?? '')) continue;
    const owner = slots.find((o) => o.m.to === prep - 1 && (o.m.kind === 'organization' || o.m.kind === 'state'));
    if (owner) emit(owner.key, tokens[prep - 1].normal === 'headquartered' ? 'headquartered_at' : 'based_at', base.key);
  }
  // Location: "X air base in Latakia province", "... on Syria’s Mediterranean coast".
  let lastLocation: string | undefined;
  for (let b = bases.length - 1; b >= 0; b--) {
    const base = bases[b];
    const after = tokens[base.m.to];
    if (after && /^(in|on|at|near|outside)$/.test(after.normal)) {
      const loc = slots.find((o) => o.m.from > base.m.to && o.m.from - base.m.to <= 3 && (o.m.kind === 'place' || o.m.kind === 'state'));
      if (loc) lastLocation = loc.key;
      else lastLocation = undefined;
    }
    // Coordinated bases ("the X airbase and the Y naval base on Syria’s coast") share the location.
    const next = bases[b + 1];
    const coordinated = next && tokens.slice(base.m.to, next.m.from).every((x) => /^(and|the|,|its)$/.test(x.normal));
    if (lastLocation && (coordinated || (after && /^(in|on|at|near|outside)$/.test(after.normal)))) emit(base.key, 'located_in', lastLocation);
  }
  // Operator: a state that owns ("Russia’s"), has ("Russia has ... the X airbase") or stations troops there.
  const operators = new Set<string>();
  // Where each operator is named: in "France kept troops at X, and the United States built Y"
  // each operates the bases of its own clause.
  const operatorAt = new Map<string, number>();
  for (const s of slots) {
    if (s.m.kind !== 'state' && !(s.m.metonym && s.m.state)) continue;
    const key = s.m.metonym && s.m.state ? `state:${slug(s.m.state)}` : s.key;
    if (!entities.has(key)) continue;
    // "on Syria’s coast", "in Syria": the location, not the operator.
    // "in the United Arab Emirates": the article may stand between the preposition and the name.
    const lead = s.m.from > from && tokens[s.m.from - 1].normal === 'the' ? s.m.from - 2 : s.m.from - 1;
    if (lead >= from && (tokens[lead].tags.includes('Preposition') || /^(in|at|on|near|from|to|into|of)$/.test(tokens[lead].normal))) continue;
    const nextWords = tokens.slice(s.m.to, s.m.to + 4).map((x) => x.normal);
    const ownsBases = s.m.possessive && nextWords.slice(0, 3).some((w) => /^(bases?|outposts?|military|airbase|facilit(y|ies)|deployments?|troops|forces)$/.test(w));
    // "Russia, which keeps a base at X", "Russia, whose troops still use the X base": a relative
    // clause right after the state says the same of it.
    const relative = /,\s*$/.test(tokens[s.m.to - 1].post) && nextWords[0] === 'which' ? nextWords.slice(1).filter((w) => !/^(still|also|now|already)$/.test(w)) : undefined;
    const troopsUse = /,\s*$/.test(tokens[s.m.to - 1].post) && nextWords[0] === 'whose' && /^(troops|forces|military|soldiers|navy)$/.test(nextWords[1] ?? '') && nextWords.slice(2).some((w) => /^(use|uses|used|man|occupy|occupies|keep|keeps)$/.test(w));
    // "has a base", not "has criticised": an auxiliary before a participle is no possession.
    const heads = relative ?? nextWords;
    const auxiliary = /^(has|had|have)$/.test(heads[0] ?? '') && /(ed|en|wn)$|^(been|long|also|not|never|said|made|kept|left|built|sent|held|run|led)$/.test(heads[1] ?? '');
    // "X had tracked the tanker": an auxiliary says nothing of bases, in a relative clause or not.
    if (ownsBases || troopsUse || (/^(has|had|have|operates|operated|maintains|keeps|kept|withdrew|left)$/.test(heads[0] ?? '') && !auxiliary)) {
      operators.add(key);
      if (!operatorAt.has(key)) operatorAt.set(key, s.m.from);
    }
  }
  // "the Spanish air force's Zaragoza air base", "the Italian navy's Sigonella naval air station": a
  // body's possessive right before a base (its article aside) owns it.
  for (const base of bases) {
    const owner = slots.find((o) => o.m.kind === 'organization' && o.m.possessive && (o.m.to === base.m.from || (o.m.to === base.m.from - 1 && tokens[o.m.to].normal === 'the')));
    if (owner) emit(owner.key, 'operates', base.key);
  }
  const users: [string, string][] = [];
  for (let i = from; i < to - 1; i++) {
    const t = tokens[i];
    const st = t.proper ? stateOfDemonym(t.text) : undefined;
    // "Russian troops are based at X", "Russian forces withdrew from X": stationed there. Access to,
    // training at or refuelling at a base ("gives Indian warships access to X") is no operation.
    if (!st || (i > from && tokens[i - 1].normal === 'royal') || !/^(troops|forces|soldiers|military|navy|warships|ships|vessels|jets|aircraft)$/.test(tokens[i + 1].normal)) continue;
    const stationed = tokens.slice(i + 2, Math.min(to, i + 6)).some((x) => /^(based|stationed|deployed|garrisoned|withdrew|withdrawn|withdrawing|left|leaving|evacuated|pulled|operate|operates|operated|run|maintain|maintains)$/.test(x.normal));
    if (stationed) {
      const key = ensureDemonymState(entities, articleId, st, t, sm.sentence);
      operators.add(key);
      if (!operatorAt.has(key)) operatorAt.set(key, i);
    }
    else {
      // "allow Japanese warships to refuel at X", "gives Indian warships access to X": a use granted
      // by the host, not an operation; only for bases named after the phrase.
      const reach = bases.find((b) => b.m.from > i + 1 && b.m.from - i <= 10);
      if (reach && tokens.slice(i + 2, reach.m.from).some((x) => /^(access|refuel|refuelling|refueling|resupply|dock|docking|use|using)$/.test(x.normal))) {
        users.push([ensureDemonymState(entities, articleId, st, t, sm.sentence), reach.key]);
      }
    }
  }
  const clauseBreak = (a: number, b: number): boolean =>
    tokens.slice(a, b).some((x, j) => /;\s*$/.test(x.post) || (/,\s*$/.test(x.post) && /^(and|but|while|whereas)$/.test(tokens[a + j + 1]?.normal ?? '')));
  for (const base of bases) {
    const mine = [...operators].filter((op) => {
      const at = operatorAt.get(op);
      // "X is a US base, and China has operated ...": a clause break either way parts them.
      return at === undefined || (at > base.m.from ? !clauseBreak(base.m.from, at) : !clauseBreak(at, base.m.from));
    });
    for (const op of mine) emit(op, 'operates', base.key);
  }
  for (const [user, base] of users) if (!operators.has(user)) emit(user, 'uses', base);
}

/** Capitals and seats of government act for their state ("Moscow continues to shelter ..."). */
function slotActor(slot: Slot, entities: Map<string, LocalEntity>): string {
  if (slot.m.metonym && slot.m.state) {
    const stateKey = `state:${slug(slot.m.state)}`;
    if (entities.has(stateKey)) return stateKey;
  }
  return slot.key;
}

// Nouns heading a base's description in apposition ("X, an air force facility outside Y").
const BASE_DESCRIPTION_HEADS = /^(base|airbase|airfield|airstrip|camp|garrison|outpost|facility|installation|station|hub)$/;
// Words of a description that make a site named as a place a military one ("Y, an air force station").
const MILITARY_WORDS = /^(military|air|naval|navy|army|force|forces|defence|defense|airbase|airfield|garrison|outpost)$/;
// A state's service by its common noun ("the air force's main base", "the navy's"): the article's
// one body whose name ends so.
const SERVICE_NOUNS = /^(navy|army|air force|coast guard)$/;
const DISTANCE_WORDS = /^(about|some|roughly|nearly|around|approximately|just|only|barely)$/;
const DISTANCE_UNITS = /^(km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|mi|metres|meters)$/;
const EDGE_WORDS = /^(edge|outskirts|fringe|fringes|periphery)$/;
const OPERATED = /^(operated|run|managed)$/;
// Words between a site and "operated by" ("which is now run by", "the base has been run by").
const OPERATED_LEAD = /^(is|was|are|were|has|have|had|been|now|also|still|jointly)$/;
const RELATIVE_PRONOUNS = /^(which|that)$/;
const COMPASS_ADJECTIVES = /^(northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)$/;
// Common nouns by which an article takes up a base it named ("the base is run by X").
const BASE_NOUNS = /^(base|airbase|airfield|airport)$/;
const HYPHEN_OPERATED = /^(run|operated|managed|controlled|owned|held|manned)$/;

/** The body or state named just after "operated by" at token k ("by" at k + 1, "the" allowed). */
function operatorSlot(slots: Slot[], k: number): Slot | undefined {
  return slots.find((o) => o.m.from > k + 1 && o.m.from <= k + 3 && (o.m.kind === 'organization' || o.m.kind === 'state'));
}

/**
 * "X air base, a Chilean facility outside Y", "Camp X, the United States' main military base in
 * Z", "X, a former airstrip some miles north of Y, which is run by Z", "X, a training airfield
 * beside Y Airport", "X, the air force's oldest base south of Y in Z": a base described in
 * apposition by a facility noun. The state or body
 * qualifying the noun (a name, a demonym, "the air force's") or named by a relative clause or
 * participle after the description runs the base; the place after the noun is where it lies.
 */
function relateBaseAppositions(
  articleId: string,
  tokens: Token[],
  sm: SentenceMentions,
  slots: Slot[],
  entities: Map<string, LocalEntity>,
  emit: (s: string | undefined, r: string, t: string | undefined) => void,
): void {
  const { to } = sm;
  const covering = (k: number): Slot | undefined => slots.find((o) => o.m.from <= k && k < o.m.to);
  // A place or state named at k (past "the" and compass adjectives); never a possessive ("Y's war").
  const placeAt = (k: number): Slot | undefined => {
    if (tokens[k]?.normal === 'the') k++;
    while (k < to && COMPASS_ADJECTIVES.test(tokens[k].normal) && !tokens[k].proper) k++;
    const o = slots.find((x) => x.m.from === k);
    return o && (o.m.kind === 'place' || o.m.kind === 'state' || o.m.kind === 'base') && !o.m.possessive ? o : undefined;
  };
  /** The body after "(which|that) (is) operated|run by" read at token k. */
  const operatorAfter = (k: number): string | undefined => {
    if (RELATIVE_PRONOUNS.test(tokens[k]?.normal ?? '')) k++;
    while (k < to && OPERATED_LEAD.test(tokens[k].normal)) k++;
    if (!OPERATED.test(tokens[k]?.normal ?? '') || tokens[k + 1]?.normal !== 'by') return undefined;
    const op = operatorSlot(slots, k);
    return op && slotActor(op, entities);
  };
  for (const b of slots) {
    if ((b.m.kind !== 'base' && b.m.kind !== 'place') || b.m.possessive || !/,\s*$/.test(tokens[b.m.to - 1].post)) continue;
    // "X, about 20 km east of Y, is operated by Z": a site set off by commas, then the operator.
    if (!/^(a|an|the)$/.test(tokens[b.m.to]?.normal ?? '')) {
      const site: string[] = [];
      const end = relateBaseSite(tokens, b, b.m.to, to, placeAt, (_s, r, t) => t && site.push(r, t));
      if (end === b.m.to || !/,\s*$/.test(tokens[end - 1].post)) continue;
      const op = operatorAfter(end);
      if (!op) continue;
      emit(op, 'operates', b.key);
      for (let n = 0; n < site.length; n += 2) emit(b.key, site[n], site[n + 1]);
      continue;
    }
    let head = -1;
    let owner: string | undefined;
    let military = false;
    let demonym: Token | undefined;
    for (let k = b.m.to + 1; k < Math.min(to, b.m.to + 9); k++) {
      const t = tokens[k];
      const o = covering(k);
      if (o) {
        if (o.m.kind !== 'state' && o.m.kind !== 'organization') break;
        owner ??= slotActor(o, entities);
        military ||= o.m.kind === 'organization';
        k = o.m.to - 1;
        if (/[,;:–—()]/.test(tokens[k].post) && !o.m.possessive) break;
        continue;
      }
      if (!t.proper && !t.possessive && BASE_DESCRIPTION_HEADS.test(t.normal)) {
        head = k;
        break;
      }
      const bare = t.normal.replace(/['’]s$/, '');
      military ||= MILITARY_WORDS.test(bare);
      // "a Soviet-era camp", "a US-built base": a hyphenated demonym dates or makes, it does not own;
      // "the US-run base" does.
      if (t.proper && !demonym && (t.post !== '-' || HYPHEN_OPERATED.test(tokens[k + 1]?.normal ?? '')) && stateOfDemonym(t.text)) demonym = t;
      // "the air force's main base": the one air force the article names.
      if (t.possessive && !t.proper) {
        const noun = SERVICE_NOUNS.test(bare) ? bare : SERVICE_NOUNS.test(`${tokens[k - 1].normal} ${bare}`) ? `${tokens[k - 1].normal} ${bare}` : undefined;
        if (noun) owner ??= organNamed(entities, noun, t.start + 1);
      }
      if (/[,;:–—()]/.test(t.post)) break;
    }
    if (head < 0 || (b.m.kind === 'place' && !military)) continue;
    if (!owner && demonym) owner = ensureDemonymState(entities, articleId, stateOfDemonym(demonym.text)!, demonym, sm.sentence);
    emit(owner, 'operates', b.key);
    const end = relateBaseSite(tokens, b, head + 1, to, placeAt, emit);
    // "..., which is operated by Y", "... that is run by Y", "an airfield operated by Y".
    for (const r of new Set([head + 1, end])) emit(operatorAfter(r), 'operates', b.key);
  }
}

/**
 * Where the base `b` lies, read at token k after its description's noun: "in"/"at" Y, "near" or
 * "outside" Y, "(15 km) west of" Y (and "in" Z after it), "next to" Y, "on the edge of" Y. Returns
 * the token after what it read.
 */
function relateBaseSite(
  tokens: Token[],
  b: Slot,
  k: number,
  to: number,
  placeAt: (k: number) => Slot | undefined,
  emit: (s: string | undefined, r: string, t: string | undefined) => void,
): number {
  // "about 15 kilometres (9 miles) west of": the distance says nothing of where.
  let j = k;
  if (DISTANCE_WORDS.test(tokens[j]?.normal ?? '')) j++;
  if (/^[\d.,]+$/.test(tokens[j]?.normal ?? '') && DISTANCE_UNITS.test(tokens[j + 1]?.normal ?? '')) {
    j += 2;
    if (j < to && (/\(/.test(tokens[j].pre) || /\(/.test(tokens[j - 1].post) || tokens[j].text.startsWith('('))) {
      while (j < to - 1 && !/\)/.test(tokens[j].post)) j++;
      j++;
    }
  }
  const w = tokens[j]?.normal ?? '';
  let site: Slot | undefined;
  let relation = 'located_in';
  if (/^(in|at)$/.test(w)) site = placeAt(j + 1);
  else if (/^(near|outside)$/.test(w) || (COMPASS_POINT.test(w) && tokens[j + 1]?.normal === 'of')) {
    site = placeAt(w === 'near' || w === 'outside' ? j + 1 : j + 2);
    relation = 'located_near';
  } else if ((/^(next|adjacent|close)$/.test(w) && tokens[j + 1]?.normal === 'to') || /^(beside|alongside)$/.test(w)) {
    site = placeAt(w.startsWith('beside') || w === 'alongside' ? j + 1 : j + 2);
    relation = 'next_to';
  } else if (w === 'on' && tokens[j + 1]?.normal === 'the') {
    let e = j + 2;
    while (e < to && e < j + 5 && !EDGE_WORDS.test(tokens[e].normal) && /^[a-z-]+$/.test(tokens[e].text)) e++;
    if (EDGE_WORDS.test(tokens[e]?.normal ?? '') && tokens[e + 1]?.normal === 'of') site = placeAt(e + 2);
  }
  if (!site || site.key === b.key || (relation !== 'next_to' && site.m.kind === 'base')) return k;
  emit(b.key, relation, site.key);
  // "west of Y in Z": the base lies in Z too.
  let end = site.m.to;
  if (tokens[end]?.normal === 'in') {
    const region = placeAt(end + 1);
    if (region && region.m.kind !== 'base' && region.key !== b.key) {
      emit(b.key, 'located_in', region.key);
      end = region.m.to;
    }
  }
  return end;
}

// Machines and units a state or body sends out of a base ("Ruritanian Air Force helicopters from X").
const CRAFT_NOUNS = /^(jets?|fighters?|warplanes?|bombers?|drones?|helicopters?|gunships?|aircraft|planes?|airplanes?|transports?|squadrons?|crews?|warships?|frigates?|ships?|vessels?|boats?|troops|soldiers|units?)$/;

/**
 * "Ruritanian Air Force helicopters from X air base flew over ...": a body's or a state's craft
 * coming "from" a base with no verb between say that body operates from it (the verb-led
 * "jets flying from X" is read with the other flights).
 */
function relateBaseByCraft(tokens: Token[], sm: SentenceMentions, slots: Slot[], emit: (s: string | undefined, r: string, t: string | undefined) => void): void {
  const { from } = sm;
  for (const base of slots) {
    if (base.m.kind !== 'base') continue;
    const p = tokens[base.m.from - 1]?.normal === 'the' ? base.m.from - 2 : base.m.from - 1;
    const craft = tokens[p - 1];
    if (tokens[p]?.normal !== 'from' || !craft || craft.proper || !CRAFT_NOUNS.test(craft.normal) || /[,;:–—()]/.test(craft.post)) continue;
    // Back over model names and numbers ("Mi-17", "C-130") to the owner's name.
    let j = p - 2;
    while (j > from && j > p - 5 && !slots.some((o) => o.m.to === j + 1) && !/[,;:]/.test(tokens[j].post) && (tokens[j].proper || /\d/.test(tokens[j].text)) && !stateOfDemonym(tokens[j].text)) j--;
    const owner = slots.find((o) => o.m.to === j + 1 && (o.m.kind === 'organization' || o.m.kind === 'state') && !o.m.possessive);
    // "a Turkish-made drone": a hyphenated modifier names the maker, not the owner.
    if (owner && !/^-$/.test(tokens[owner.m.to - 1].post)) emit(owner.key, 'operates_from', base.key);
  }
}

/**
 * "The base is run by the X Air Force", "the airfield, operated by Y since 2015": a base named by its
 * common noun alone is the base the article named last; the body after "operated by" runs it.
 * "The Z Police Air Unit, which flies out of the airport": a body operating from "the airport" (or
 * base) operates from the one the article named last.
 */
function relateBaseByNoun(
  tokens: Token[],
  sm: SentenceMentions,
  slots: Slot[],
  entities: Map<string, LocalEntity>,
  emit: (s: string | undefined, r: string, t: string | undefined) => void,
): void {
  const { from, to } = sm;
  for (let i = from + 1; i < to - 1; i++) {
    if (tokens[i - 1].normal !== 'the' || tokens[i].proper) continue;
    const noun = tokens[i].normal.replace(/['’]s$/, '');
    if (!BASE_NOUNS.test(noun) || slots.some((o) => o.m.from <= i && i < o.m.to)) continue;
    let agent: string | undefined;
    let relation = 'operates';
    // "the base is run by Y", "the airfield, operated by Y"
    let k = i + 1;
    while (k < to && OPERATED_LEAD.test(tokens[k].normal)) k++;
    if ((k > i + 1 || /,\s*$/.test(tokens[i].post)) && noun !== 'airport' && OPERATED.test(tokens[k]?.normal ?? '') && tokens[k + 1]?.normal === 'by') agent = operatorSlot(slots, k)?.key;
    // "Y, which operates from the airport", "Y, which flies out of the base", "Y, which is based at
    // the airfield".
    if (!agent) {
      let j = i - 2;
      if (tokens[j]?.normal === 'of' && tokens[j - 1]?.normal === 'out') j--;
      let v = j - 1;
      if (/^(from|out|at)$/.test(tokens[j]?.normal ?? '') && /^(is|are|was|were)$/.test(tokens[v - 1]?.normal ?? '') && tokens[v]?.normal === 'based') v--;
      const verb = /^(operates|operate|operated|flies|fly|flew|is|are|was|were)$/.test(tokens[v]?.normal ?? '') && /^(from|out|at)$/.test(tokens[j]?.normal ?? '');
      const which = verb && RELATIVE_PRONOUNS.test(tokens[v - 1]?.normal ?? '') ? v - 1 : -1;
      const body = which > from && /,\s*$/.test(tokens[which - 1].post) ? slots.find((o) => o.m.to === which && o.m.kind === 'organization') : undefined;
      if (body) {
        agent = body.key;
        relation = 'operates_from';
      }
    }
    if (!agent) continue;
    // The site the reader met last: named before this noun, in this sentence or an earlier one.
    const at = tokens[i].start;
    let best: string | undefined;
    let bestAt = -1;
    for (const e of entities.values()) {
      const fits = noun === 'airport' ? (e.type === 'base' || e.type === 'place') && /\bairport$/i.test(e.label) : e.type === 'base';
      if (!fits) continue;
      for (const m of e.mentions) if (m.start < at && m.start > bestAt) [best, bestAt] = [e.key, m.start];
    }
    emit(agent, relation, best);
  }
}

/**
 * "ABCF Base X", "XYAF Station Y": a base whose name opens with a body's acronym and the word "Base"
 * is that body's, when the article names the body (its acronym among its names).
 */
function relateBaseByAcronym(slots: Slot[], entities: Map<string, LocalEntity>, emit: (s: string | undefined, r: string, t: string | undefined) => void): void {
  for (const base of slots) {
    if (base.m.kind !== 'base') continue;
    const m = /^(\p{Lu}{2,7})\s+(?:Air\s+|Naval\s+)?(?:Base|Station)\s/u.exec(base.m.surface);
    if (!m) continue;
    const body = [...entities.values()].find((e) => e.type === 'organization' && e.aliases.includes(m[1]));
    if (body) emit(body.key, 'operates', base.key);
  }
}
