// Offices stated around a person's name, beyond the "Syrian President X" titles recognition reads:
//   "X, head of the ICRC delegation"            apposition naming the office and its body
//   "X, a West Africa analyst at the Y"          apposition with a regional qualifier
//   "said its executive director, X"             the body the sentence or the one before named
//   "The UN envoy, X" / "The Houthis' negotiator, X"   a body before the office, then the name
//   "UN Special Envoy for Yemen X"               an office "for" a place between body and name
//   "China's foreign ministry criticised ... Spokesperson X said"   a bare title opening a sentence
//   "lead prosecutor X" beside "prosecutors from the Y"              the body the article gave the office
//   "X, the Philippines' only treaty ally"       a relation noun in apposition
// General vocabulary only: office nouns, determiners, prepositions.
import type { LocalEntity, LocalRelation } from './article';
import { ADMIN_UNIT_NOUNS, stateName, stateOfCapital, stateOfDemonym, TITLE_RELATIONS, TITLE_WORDS } from './gazetteer';
import { ensureDemonymState, type SentenceMentions } from './resolveArticle';
import { slug } from './names';
import { bodyNamed, namedSlots, type NamedSlot } from './namedSlots';
import { fitsTarget, KIN_PLURALS, MISSION_RELATIONS, PORTFOLIOS, SPOKESPERSON, SUB_OFFICE } from './relations';
import { lastNamedState, organHolder, sharedTitlesOf, statedElsewhere, storyStateOf, twoGovernments } from './relate';
import type { Token } from './tokens';

/** Words that date an office rather than name it: "the new defence minister" holds the defence ministry. */
const OFFICE_QUALIFIERS = /^(new|current|former|acting|interim)$/;
// Words between a possessive and a kin noun that say which of the kin ("his younger brother").
const KIN_QUALIFIERS = /^(younger|older|elder|eldest|youngest|late|estranged|only)$/;
// Words of a title that alone name no office one person holds ("the deputy's son" names no one).
const NO_BEARER_TITLES = /^(state|of|former|acting|interim|special|vice|deputy)$/;
// Words before a title that date or qualify its bearer ("the ousted president's son").
const BEARER_QUALIFIERS = /^(former|late|then|ousted|deposed|jailed|exiled|retired)$/;
// An office that portfolios joined by "and" may precede ("Mining and Energy Minister").
const PORTFOLIO_OFFICE = /\b(minister|secretary)\b/;

// Office nouns (the last word or two of an office) to the relation they state with their body.
const OFFICES: [RegExp, string][] = [
  [/^(spokesman|spokeswoman|spokesperson)$/, 'spokesperson_of'],
  [/^((chief|lead|top) )?negotiator$/, 'negotiator_for'],
  [/^((special|personal|peace) )?(envoy|representative)$/, 'envoy_of'],
  // Opposition leaders lead the opposition in their state's parliament, not the state.
  [/^opposition leader$/, 'opposition_leader_of'],
  [/^(head|leader|chief|chairman|chairwoman|chair|chairperson|president|director|director-general|director general|secretary-general|secretary general|general secretary|chief executive|executive director|managing director|ceo|founder|commander|inspector general|inspector-general|commissioner|chief of staff)$/, 'leader_of'],
  // A ship's master, captain or commanding officer commands the vessel, not a body.
  [/^(commanding officer|captain|master|skipper)$/, 'commands'],
  [/^((executive|senior|first) )?vice-president$/, 'vice_president_of'],
  // The diplomat heading a state's mission in its ambassador's absence.
  [/^charg[eé] d['’]affaires$/, 'charge_d_affaires_of'],
  [/^mayor$/, 'mayor_of'],
  [/^governor$/, 'governor_of'],
  // A state's consul heads its consulate in another state's city: an office of the sending state.
  [/^(consul|consul-general|consul general|vice-consul|honorary consul)$/, 'consul_of'],
  // A party's candidate stands for it in an election.
  [/^candidate$/, 'candidate_of'],
  [/^(analyst|fellow|researcher|economist|professor|lecturer|lawyer|adviser|advisor|official|correspondent|reporter|editor|prosecutor|investigator|inspector|scientist|scholar|expert|strategist|consultant|officer|coordinator|manager|secretary|counsellor|counselor|attaché|attache|diplomat|engineer|pilot)$/, 'works_for'],
];
const NON_STATE_OCCUPATIONS = /^(correspondent|reporter|editor|journalist|analyst|fellow|researcher|scholar|professor|lecturer|economist|strategist|consultant)$/;
// Relation nouns in apposition: "X, the Philippines' only treaty ally".
const APPOSED_RELATIONS: Record<string, string> = { ally: 'ally_of', backer: 'backs', sponsor: 'backs', patron: 'backs', neighbour: 'borders', neighbor: 'borders' };
// Kinship is a closed class: every common kin word, read from the possessor ("X's son, Y": X is Y's
// parent) to the one named, or back when reversed ("X's mother, Y": Y is X's parent). Kin beyond
// parents, children, siblings, spouses and cousins are stated as relatives.
const KIN_WORDS: Record<string, { relation: string; reversed?: boolean }> = {
  son: { relation: 'parent_of' }, daughter: { relation: 'parent_of' }, child: { relation: 'parent_of' }, children: { relation: 'parent_of' },
  sons: { relation: 'parent_of' }, daughters: { relation: 'parent_of' }, stepson: { relation: 'parent_of' }, stepdaughter: { relation: 'parent_of' },
  father: { relation: 'parent_of', reversed: true }, mother: { relation: 'parent_of', reversed: true }, parent: { relation: 'parent_of', reversed: true },
  stepfather: { relation: 'parent_of', reversed: true }, stepmother: { relation: 'parent_of', reversed: true },
  wife: { relation: 'spouse_of' }, husband: { relation: 'spouse_of' }, spouse: { relation: 'spouse_of' }, widow: { relation: 'spouse_of' }, widower: { relation: 'spouse_of' },
  brother: { relation: 'sibling_of' }, sister: { relation: 'sibling_of' }, sibling: { relation: 'sibling_of' }, brothers: { relation: 'sibling_of' }, sisters: { relation: 'sibling_of' },
  'half-brother': { relation: 'sibling_of' }, 'half-sister': { relation: 'sibling_of' }, twin: { relation: 'sibling_of' },
  cousin: { relation: 'cousin_of' },
  grandson: { relation: 'relative_of' }, granddaughter: { relation: 'relative_of' }, grandchild: { relation: 'relative_of' },
  grandfather: { relation: 'relative_of' }, grandmother: { relation: 'relative_of' }, uncle: { relation: 'relative_of' }, aunt: { relation: 'relative_of' },
  nephew: { relation: 'relative_of' }, niece: { relation: 'relative_of' }, relative: { relation: 'relative_of' },
  'brother-in-law': { relation: 'relative_of' }, 'sister-in-law': { relation: 'relative_of' }, 'son-in-law': { relation: 'relative_of' },
  'daughter-in-law': { relation: 'relative_of' }, 'father-in-law': { relation: 'relative_of' }, 'mother-in-law': { relation: 'relative_of' },
};
// Plural kin nouns in apposition to two people ("A and B, brothers who ..."): the tie between them.
const KIN_PLURALS_OF: Record<string, string> = { ...KIN_PLURALS, twins: 'sibling_of', spouses: 'spouse_of' };
/** "The two are cousins", "both men were relatives": what two people named together are to each other. */
const KIN_OF_THE_TWO: Record<string, string> = { ...KIN_PLURALS, twins: 'sibling_of', relatives: 'relative_of', 'in-laws': 'relative_of' };
// A person's own staff, named after "his"/"her"/"whose" or a possessive ("His chief of staff, X",
// "the senator's spokeswoman, Y"): the one named serves the owner.
const STAFF: Record<string, { relation: string; reversed?: boolean }> = {
  'chief of staff': { relation: 'chief_of_staff_of', reversed: true },
  spokesman: { relation: 'spokesperson_of', reversed: true }, spokeswoman: { relation: 'spokesperson_of', reversed: true }, spokesperson: { relation: 'spokesperson_of', reversed: true },
  aide: { relation: 'aide_of', reversed: true }, adviser: { relation: 'adviser_of', reversed: true }, advisor: { relation: 'adviser_of', reversed: true },
  deputy: { relation: 'deputy_of', reversed: true },
  lawyer: { relation: 'represents', reversed: true }, attorney: { relation: 'represents', reversed: true }, counsel: { relation: 'represents', reversed: true },
};
// A person's kin or counsel named after "X's": the relation, read from X to the one named, or back.
const PERSONAL: Record<string, { relation: string; reversed?: boolean }> = {
  ...KIN_WORDS,
  lawyer: { relation: 'represents', reversed: true }, attorney: { relation: 'represents', reversed: true },
  counsel: { relation: 'represents', reversed: true }, advocate: { relation: 'represents', reversed: true },
  spokesman: { relation: 'spokesperson_of', reversed: true }, spokeswoman: { relation: 'spokesperson_of', reversed: true }, spokesperson: { relation: 'spokesperson_of', reversed: true },
  ...STAFF,
};
// Kin named of a person after a copula or in apposition ("X is a cousin of Y"): the relation read
// from X to Y, or from Y to X when reversed ("X is the son of Y": Y is X's parent).
const KIN: Record<string, { relation: string; reversed?: boolean }> = Object.fromEntries(
  Object.entries(KIN_WORDS).map(([w, k]) => [w, k.relation === 'parent_of' ? { relation: k.relation, reversed: !k.reversed } : k]),
);
// Ties between two people named after "his"/"her"/"whose": kin, and rivals in a contest ("His
// rival, former deputy prime minister X, received 23 votes").
const PRONOUN_TIES: Record<string, { relation: string; reversed?: boolean }> = {
  ...KIN_WORDS,
  ...STAFF,
  rival: { relation: 'rival_of' }, opponent: { relation: 'rival_of' }, challenger: { relation: 'rival_of' },
};
/** The kin word at token k, joining a hyphenated compound ("brother-in-law", "half-sister"): its
 * entry and the token after it. A kin word inside an unknown compound ("brother-officer") is none. */
function kinAt(tokens: Token[], k: number, table: Record<string, { relation: string; reversed?: boolean }>): { kin: { relation: string; reversed?: boolean }; next: number } | undefined {
  let word = tokens[k]?.normal ?? '';
  let j = k + 1;
  while (tokens[j - 1]?.post === '-' && tokens[j] && j < k + 3) {
    word += `-${tokens[j].normal}`;
    j++;
  }
  // "chief of staff": an office of three words joined by "of".
  if (tokens[j]?.normal === 'of' && tokens[j + 1] && table[`${word} of ${tokens[j + 1].normal}`]) return { kin: table[`${word} of ${tokens[j + 1].normal}`], next: j + 2 };
  const kin = table[word];
  return kin ? { kin, next: j } : undefined;
}
const BODY_TYPES = new Set(['organization', 'state']);
// Lower-case nouns naming a local unit after its name ("the X province").
const LOCAL_UNITS = new RegExp(`^(${ADMIN_UNIT_NOUNS.join('|')})$`);
// Lower-case nouns naming a state's body after its demonym ("the Russian embassy").
const BODY_NOUN_WORDS = ['embassy', 'consulate', 'mission', 'delegation', 'government', 'ministry', 'army', 'navy', 'military', 'cabinet', 'parliament', 'presidency'];
const BODY_NOUNS = new RegExp(`^(${BODY_NOUN_WORDS.join('|')})$`);
// Words naming a state's own organs in a body's name ("Uruguayan government", "Defence Ministry"):
// such a body is never what "the company's" or "the charity's" describes. The body nouns but a
// mission or a delegation, and the police and an administration.
const ORGAN_IN_NAME = new RegExp(`\\b(${[...BODY_NOUN_WORDS.filter((w) => w !== 'mission' && w !== 'delegation'), 'police', 'administration'].join('|')})\\b`, 'i');
const LINKS = /^(of|at|for|with|from|in)$/;
// Words that open another phrase or clause after a name's comma rather than an office in apposition.
const CLAUSE_OPENERS = /^(and|or|but|by|to|who|which|that|as|while|when|whose|said|says)$/;
// Facilities a company or a state runs, named by their head noun ("the Kolwe Ridge mine").
const FACILITY_NOUNS = /^(mine|port|airport|terminal|plant|refinery|smelter|factory|facility|base|camp|railway|pipeline|dam|field|station|airfield|airstrip|harbour|harbor)$/;
// Nouns naming a unit inside a body ("the West Africa bureau of Y", "the legal department of Y").
const UNIT_NOUNS = /^(desk|bureau|office|department|division|unit|branch|section|team|programme|program|directorate|wing)$/;
// Offices held in a town, province or state by their own name: the relation with that place.
const LOCAL_OFFICES: Record<string, string> = { governor: 'governor_of', mayor: 'mayor_of' };
// Head nouns of bodies' own names ("the federation", "the agency").
const ORG_HEAD_WORDS = [
  'hospital', 'clinic', 'school', 'agency', 'organisation', 'organization', 'group', 'company', 'firm',
  'charity', 'body', 'operator', 'alliance', 'bloc', 'fund', 'programme', 'program', 'institute', 'party',
  'movement', 'network', 'union', 'federation', 'centre', 'center', 'council', 'commission', 'committee',
  'authority', 'court', 'board', 'association', 'bank', 'corporation', 'league', 'coalition', 'foundation',
  'university', 'front', 'militia', 'secretariat', 'tribunal', 'regulator', 'watchdog', 'society', 'trust',
  'institution', 'consortium',
];
// Head nouns of a state's organs and of a body's parts ("the navy's", "the IRGC navy's").
const ORGAN_HEAD_WORDS = [
  'ministry', 'department', 'office', 'service', 'police', 'navy', 'army', 'military', 'force', 'forces',
  'guard', 'guards', 'government', 'embassy', 'mission', 'delegation', 'parliament', 'assembly', 'command',
  'fleet',
];
// Common head nouns of bodies and of a state's organs: "the federation's", "the navy's".
const BODY_HEADS = new RegExp(`^(${[...ORG_HEAD_WORDS, ...ORGAN_HEAD_WORDS].join('|')})$`);
// Head nouns of political parties and movements, the last word of their names.
const PARTY_HEADS = /^(party|movement|front|alliance|coalition|congress|league)$/i;
// A state's organs by their common noun ("a ministry spokesperson", "the presidency's spokesperson"):
// each speaks for its state.
const STATE_ORGAN = /^(ministry|government|presidency|army|navy|military|police|cabinet|administration)$/;
/** The organ a possessive names ("the navy's" → "navy"), if `word` is one. */
function organPossessor(word: string): string | undefined {
  if (!/['’]s$/.test(word)) return undefined;
  const noun = word.slice(0, -2);
  return STATE_ORGAN.test(noun) ? noun : undefined;
}
// Descriptions by a body's kind and the head nouns of names of that kind: a bloc of states is a
// community, union or league; a regulator an authority or commission; a company a corporation.
const HEAD_KINDS: Record<string, string[]> = {
  bloc: ['community', 'union', 'alliance', 'league', 'organisation', 'organization', 'association', 'pact'],
  regulator: ['authority', 'commission', 'autorité', 'autoridad', 'council', 'board'],
  watchdog: ['authority', 'commission', 'watch', 'council', 'board'],
  company: ['corporation', 'group', 'holdings', 'mining', 'ltd', 'plc', 'inc', 'limited', 'terminals', 'airlines', 'energy', 'resources'],
  firm: ['corporation', 'group', 'holdings', 'ltd', 'plc', 'inc', 'limited', 'partners'],
  lender: ['bank', 'fund'],
  broadcaster: ['tv', 'television', 'radio', 'broadcasting', 'channel'],
  hospital: ['clinic', 'infirmary'],
  clinic: ['hospital', 'infirmary'],
};
// Head nouns that name the whole body they end ("the federation's" is the Federation itself); others
// name an organ of the body before them ("the IRGC navy's").
const ORG_HEAD_SAME = new RegExp(`^(${ORG_HEAD_WORDS.join('|')})$`);

function officeRelation(words: string[], holderType: string): string | undefined {
  // A vessel (read as a base) has a master and a commanding officer and holds no other office.
  if (holderType === 'base') {
    const last = words.slice(-2).join(' ');
    return /(^|\s)(commanding officer|captain|master|skipper)$/.test(last) ? 'commands' : undefined;
  }
  for (const n of [3, 2, 1]) {
    if (words.length < n) continue;
    const office = words.slice(-n).join(' ');
    let mine = OFFICES.find(([re]) => re.test(office))?.[1];
    // "a captain in the army" is a rank in a body, not command of it.
    if (mine === 'commands') mine = 'works_for';
    // "project director", "regional head": an office under the leader, in a lower-case qualifier.
    const qualifier = words[words.length - n - 1];
    if (mine === 'leader_of' && qualifier && SUB_OFFICE.test(qualifier)) mine = 'works_for';
    // A state's envoy is its ambassador; a body's envoy is its envoy.
    if (mine === 'envoy_of' && holderType === 'state') return 'ambassador_of';
    // A candidate stands for a party; "Uruguay's opposition candidate" runs in the state's election.
    if (mine === 'candidate_of' && holderType !== 'organization') return undefined;
    // Correspondents, analysts and scholars work for outlets and institutes, never for a state: a
    // state read there is a misread outlet's name ("Namibia Today") or the state of their remit.
    if (mine === 'works_for' && holderType === 'state' && NON_STATE_OCCUPATIONS.test(words[words.length - 1])) return undefined;
    if (mine) return mine;
    const title = TITLE_RELATIONS.find(([re]) => re.test(office))?.[1];
    if (title && (holderType === 'state' || !/^(\w+_)?minister_of$|^foreign_minister_of$|^defence_minister_of$/.test(title))) return title;
  }
  return undefined;
}

// Offices only a state holds, as titles: its head of government, its ministers of any portfolio and
// the leader of its parliamentary opposition. A president may lead a company or a body too, so a
// bare "President" is not read as the article's state.
// A government's spokesperson speaks for its state, as its ministers serve it.
const STATE_OFFICE = /^(?:(?:deputy |acting |interim |former )?(prime minister|premier)|(?:deputy |acting |interim |former )?(?:[a-z-]+ ){0,2}minister(?: of [a-z ]+)?|(opposition leader|leader of the opposition)|(government (?:spokesperson|spokesman|spokeswoman)))$/;
function stateOfficeRelation(title: string): string | undefined {
  const m = STATE_OFFICE.exec(title.trim());
  if (!m) return undefined;
  const former = /^former /.test(title) ? 'former_' : '';
  if (m[3]) return 'spokesperson_of';
  if (m[1]) return `${former}leader_of`;
  if (m[2]) return `${former}opposition_leader_of`;
  return `${former}minister_of`;
}

/** The one government an article names ("the Dutch government"), and its state when known. */
export function governmentOf(entities: Map<string, LocalEntity>): { key: string; state?: string } | undefined {
  const governments = [...entities.values()].filter((e) => e.type === 'organization' && /\bgovernment\b/i.test(e.label));
  if (governments.length !== 1) return undefined;
  const gov = governments[0];
  // Its state: named in its key or label ("government of Yemen", "Dutch government").
  let state: string | undefined;
  const fromKey = /^organization:government-of-(.+)$/.exec(gov.key)?.[1];
  if (fromKey && entities.has(`state:${fromKey}`)) state = `state:${fromKey}`;
  for (const word of gov.label.split(/\s+/)) {
    const name = stateName(word) ?? stateOfDemonym(word);
    if (!state && name && entities.has(`state:${slug(name)}`)) state = `state:${slug(name)}`;
  }
  // No other state may clearly lead the article (three mentions, twice as many): a bare title
  // belongs to the state the story is about, not to a government named in passing.
  const mine = (state ? entities.get(state)?.mentions.length ?? 0 : 0) + gov.mentions.length;
  const others = [...entities.values()].filter((e) => e.type === 'state' && e.key !== state);
  if (others.some((e) => e.mentions.length >= 3 && e.mentions.length >= 2 * mine)) return undefined;
  return { key: gov.key, state };
}

/** The person a story is about: named at least three times and twice as often as anyone else. */
function centralPerson(entities: Map<string, LocalEntity>, except: string): string | undefined {
  const people = [...entities.values()].filter((e) => e.type === 'person' && e.key !== except).sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = people;
  if (!first || first.mentions.length < 3 || (second && first.mentions.length < 2 * second.mentions.length)) return undefined;
  return first.key;
}


// Forms of address and ranks that stand between a title and the name ("Minister of Foreign Affairs,
// Ms. X", "ambassador to the UN, Dame Y").
const ADDRESS_WORDS = /^(mr|mrs|ms|dr|dame|sir|madam|madame|lord|lady|general|gen|colonel|col|brigadier|admiral|lieutenant|lt|major|maj|captain|capt)\.?$/;
// Words linking the parts of a long formal title ("Minister of State for Foreign Affairs", "Minister
// of Fisheries and Ports", "ambassador to the UN").
const TITLE_LINKS = /^(of|for|and|to|the)$/;
// Bodies a title may name ("State Secretary of the Ministry of ...", "Director of the Department"):
// such an office is held in the body, not in the state the title also names.
const BODY_IN_TITLE = /\b(ministry|department|commission|committee|office|embassy|agency|council|party|directorate|bureau|secretariat|service|court)\b/;

/** The state office a long formal title before a name states: "Minister for Foreign Affairs",
 * "First Deputy Prime Minister", "Minister of State for Foreign Affairs", "ambassador to the UN".
 * `words` are the title's lower-cased words without the state's name; a remit after "to" (where an
 * ambassador is posted) is no part of the office. */
function formalStateOffice(words: string[]): string | undefined {
  const to = words.indexOf('to');
  const text = (to > 0 ? words.slice(0, to) : words).join(' ');
  if (BODY_IN_TITLE.test(text)) return undefined;
  const former = /\bformer\b/.test(text) ? 'former_' : '';
  const deputy = /\b(deputy|vice)\b/.test(text);
  if (/\b(ambassador|envoy)\b/.test(text)) return deputy ? undefined : `${former}ambassador_of`;
  if (/\bspokes(man|woman|person)\b/.test(text)) return 'spokesperson_of';
  if (/\b(prime minister|premier)\b/.test(text)) return former + (deputy ? 'deputy_minister_of' : 'leader_of');
  if (!/\bminister\b|\bcabinet secretary\b/.test(text)) return undefined;
  if (deputy) return former + 'deputy_minister_of';
  if (/\bminister of state\b/.test(text)) return former + 'minister_of';
  if (/\bforeign\b/.test(text)) return former + 'foreign_minister_of';
  if (/\bdefen[cs]e\b/.test(text)) return former + 'defence_minister_of';
  return former + 'minister_of';
}

/**
 * A long formal title before a name and the state it names: "Norway's Minister of Foreign Affairs,
 * Ms. X", "Minister for Foreign Affairs of Peru X", "First Deputy Minister of Foreign Affairs of
 * Ghana X", "Canada's ambassador to the UN, Y". The state is the possessive opening the title, or
 * the one after "of" inside it (a state after "to" is where an ambassador serves, never whose).
 * Recognition reads short titles ("Foreign Minister X"); these run past its reach.
 */
function formalTitleBefore(tokens: Token[], slots: NamedSlot[], nameFrom: number, from: number, endsClause: (t: Token | undefined) => boolean, entities: Map<string, LocalEntity>): { state?: string; relation: string; title: string } | undefined {
  let j = nameFrom;
  while (j - 1 >= from && ADDRESS_WORDS.test(tokens[j - 1].normal) && /^\p{Lu}/u.test(tokens[j - 1].text)) j--;
  const comma = j - 1 >= from && endsClause(tokens[j - 1]);
  // Without a comma before the name, the title must be capitalised, as a title before a name is.
  if (!comma && !/^\p{Lu}/u.test(tokens[j - 1]?.text ?? '')) return undefined;
  const words: string[] = [];
  let state: string | undefined;
  let w = j - 1;
  while (w >= from && words.length < 12) {
    if (w < j - 1 && endsClause(tokens[w])) break;
    const slot = slots.find((s) => s.m.to === w + 1 && s.m.from <= w);
    if (slot) {
      // The possessive state opens the title; a state after "of" is the one it serves.
      if (slot.type === 'state' && slot.m.possessive) {
        state ??= slot.key;
        w = slot.m.from - 1;
        break;
      }
      if (slot.type === 'state' && tokens[slot.m.from - 1]?.normal === 'of' && !state) {
        state = slot.key;
        words.unshift('<state>');
        w = slot.m.from - 1;
        continue;
      }
      // A body inside the title ("ambassador to the UN") is an ambassador's remit, after "to"; a
      // portfolio read as a body's name ("Minister of State for Regional Cooperation") is a portfolio,
      // which names no body's head noun.
      const words0 = tokens.slice(slot.m.from, slot.m.to).map((t) => t.normal);
      const portfolio = slot.type === 'organization' && /^(of|for|and)$/.test(tokens[slot.m.from - 1]?.normal ?? '') && !BODY_IN_TITLE.test(words0.join(' '));
      if (portfolio || words.includes('to') || tokens[slot.m.from - 1]?.normal === 'the' && tokens[slot.m.from - 2]?.normal === 'to') {
        words.unshift(...words0);
        w = slot.m.from - 1;
        continue;
      }
      return undefined;
    }
    const t = tokens[w];
    // Recognition may take the state ending a title for the title's holder, with no mention of its
    // own ("... of Ghana X"): the article's state of that name.
    const named = t.proper && !t.possessive && tokens[w - 1]?.normal === 'of' ? stateName(t.text) : undefined;
    if (named && entities.has(`state:${slug(named)}`) && !state) {
      state = `state:${slug(named)}`;
      words.unshift('<state>');
      w--;
      continue;
    }
    if (TITLE_LINKS.test(t.normal) && /^\p{Ll}/u.test(t.text)) words.unshift(t.normal);
    else if (/^\p{Lu}[\p{L}-]*$/u.test(t.text) || TITLE_WORDS.has(t.normal)) words.unshift(t.normal);
    else break;
    w--;
  }
  if (!words.length) return undefined;
  // A title with no possessive opens the sentence or a clause, or follows "the".
  const possessed = !!state && slots.some((s) => s.key === state && s.m.possessive && s.m.to === w + 1);
  if (!possessed && !(w < from || endsClause(tokens[w]) || /^(the|by|with|and)$/.test(tokens[w].normal))) return undefined;
  while (words[0] === 'the') words.shift();
  const office = words.filter((x) => x !== '<state>');
  // The state must close or open the office: "Minister ... of <State>", not "Minister of <State> Affairs".
  const at = words.indexOf('<state>');
  if (at >= 0 && at !== words.length - 1 && words[at + 1] !== 'to') return undefined;
  const relation = formalStateOffice(office);
  return relation ? { state, relation, title: office.join(' ') } : undefined;
}

/** "X said in Oslo", "X, ..., told reporters in Rome": the state whose capital the person named
 * before token `at` speaks from, when the article names that state. */
function spokenFromCapital(tokens: Token[], slots: NamedSlot[], entities: Map<string, LocalEntity>, at: number): string | undefined {
  if (!/^(said|says|told|added|announced|stated)$/.test(tokens[at]?.normal ?? '')) return undefined;
  const inAt = tokens[at + 1]?.normal === 'in' ? at + 1 : tokens[at + 2]?.normal === 'in' && tokens[at + 1].normal === 'reporters' ? at + 2 : -1;
  const place = inAt > 0 ? slots.find((o) => o.m.from === inAt + 1 && o.type === 'place') : undefined;
  const state = place ? stateOfCapital(entities.get(place.key)?.label ?? '') : undefined;
  return state && entities.has(`state:${slug(state)}`) ? `state:${slug(state)}` : undefined;
}

/** Whether recognition already read the name's title and its state ("Peruvian Foreign Minister X"). */
function titleReadWithState(m: NamedSlot['m']): boolean {
  return !!m.role?.holderState && !!m.role.relation;
}

export function relateRoles(text: string, tokens: Token[], sentences: SentenceMentions[], entities: Map<string, LocalEntity>): LocalRelation[] {
  // A comma the tokenizer left out of a token's trailing punctuation ("d'affaires, X") still closes it.
  const endsClause = (t: Token | undefined): boolean => !!t && (/[,;:–—]/.test(t.post) || /^\s*[,;:–—]/.test(text.slice(t.end, t.end + 2)));
  const out: LocalRelation[] = [];
  const emit = (source: string | undefined, relation: string, target: string | undefined, sm: SentenceMentions): void => {
    if (!source || !target || source === target || !fitsTarget(relation, entities.get(target))) return;
    const { start, end } = sm.sentence;
    if (out.some((r) => r.source === source && r.target === target && r.relation === relation && r.evidence.start === start)) return;
    out.push({ source, target, relation, evidence: { start, end, quote: text.slice(start, end) } });
  };
  const addRole = (key: string, role: string): void => {
    const e = entities.get(key);
    if (!e) return;
    e.roles ??= [];
    if (!e.roles.some((r) => r.toLowerCase() === role.toLowerCase())) e.roles.push(role);
  };

  // "Prosecutors from the National Prosecuting Authority": the body the article gives an office.
  const bodyOfOffice = new Map<string, string>();
  const body = sentences.filter((sm) => !sm.sentence.headline);
  const slotsBy = body.map((sm) => namedSlots(sm, entities));
  body.forEach((sm, n) => {
    for (let i = sm.from; i < sm.to - 2; i++) {
      const w = tokens[i].normal;
      if (!/s$/.test(w) || !/^(from|of|at|with)$/.test(tokens[i + 1].normal)) continue;
      const k = tokens[i + 2].normal === 'the' ? i + 3 : i + 2;
      const org = slotsBy[n].find((s) => s.m.from === k && s.type === 'organization');
      if (org && OFFICES.some(([re]) => re.test(w.slice(0, -1)))) bodyOfOffice.set(w.slice(0, -1), org.key);
      // "Prosecutors from the Y told the court that [the defendant] ...": Y prosecutes the person
      // the story is about, when the same sentence names them.
      if (org && w === 'prosecutors') {
        const central = centralPerson(entities, '');
        if (central && slotsBy[n].some((s) => s.key === central)) emit(org.key, 'prosecutes', central, sm);
      }
    }
  });

  let previousBodies: NamedSlot[] = [];
  let previousStates: NamedSlot[] = [];
  let lastOrg: NamedSlot | undefined;
  let describedBody: NamedSlot | undefined;
  // The article's own state: named at least twice and twice as often as any other.
  const states = [...entities.values()].filter((e) => e.type === 'state').sort((a, b) => b.mentions.length - a.mentions.length);
  const ownState = states[0] && states[0].mentions.length >= 2 && !(states[1] && states[0].mentions.length < 2 * states[1].mentions.length) ? states[0].key : undefined;
  // The state the story is told from: a dateline ("KINGSTON — ...") naming its capital, when the
  // article names that state. It agrees with, or stands in for, the state the article names most.
  let datelineState: string | undefined;
  // The dateline opens the story's first paragraph, after any section line, byline or date: capitals
  // at a paragraph's start, closed by a dash.
  for (let k = 0; k < Math.min(tokens.length, 200) && !datelineState; k++) {
    if (!/^\s*[—–]\s*$/.test(tokens[k].post) || !/^[\p{Lu}.'’-]+$/u.test(tokens[k].text)) continue;
    let j = k;
    while (j > 0 && j > k - 3 && !/\n/.test(tokens[j - 1].post) && /^[\p{Lu}.'’-]+$/u.test(tokens[j - 1].text)) j--;
    if (j > 0 && !/\n/.test(tokens[j - 1].post)) continue;
    const place = tokens.slice(j, k + 1).map((t) => t.text.charAt(0) + t.text.slice(1).toLowerCase()).join(' ');
    const state = stateOfCapital(place);
    if (state && entities.has(`state:${slug(state)}`)) datelineState = `state:${slug(state)}`;
    break;
  }
  // Bare national titles name the state the whole article is about, weighed on its name, capital and
  // demonym (relate.ts), the same state the sentence-level titles take.
  const storyState = storyStateOf(text, tokens, entities, ownState) ?? (datelineState && ownState === datelineState ? datelineState : undefined);
  // Bare titles two people bear in the article name another state each (relate.ts).
  const sharedTitles = sharedTitlesOf(entities);
  // "the country": the one state named before in the sentence, or in the previous one, or the article's.
  const thatState = (before: NamedSlot[], previous: NamedSlot[]): string | undefined => {
    const one = (list: NamedSlot[]): string | undefined => {
      const keys = new Set(list.filter((s) => s.type === 'state').map((s) => s.key));
      return keys.size === 1 ? [...keys][0] : undefined;
    };
    if (before.some((s) => s.type === 'state')) return one(before);
    if (previous.length) return one(previous);
    return ownState;
  };
  /** "X, the opposition leader, ...", "X, the leader of the opposition in the Grand Council,
   * ...": a lower-case office in apposition after the name, after "the", closed by a comma (a
   * chamber "in the ..." may follow it). */
  const appositiveOffice = (m: { to: number }, to: number): string | undefined => {
    if (!endsClause(tokens[m.to - 1]) || tokens[m.to]?.normal !== 'the') return undefined;
    const words: string[] = [];
    let k = m.to + 1;
    while (k < to && words.length < 5 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text) && tokens[k].normal !== 'in') {
      words.push(tokens[k].normal);
      if (endsClause(tokens[k])) return words.join(' ');
      k++;
    }
    if (tokens[k]?.normal !== 'in' || !words.length) return undefined;
    // "in the Grand Council,": the chamber closes the apposition.
    let c = k + 1;
    if (tokens[c]?.normal === 'the') c++;
    while (c < to && c < k + 6 && tokens[c].proper && !endsClause(tokens[c])) c++;
    return tokens[c]?.proper && endsClause(tokens[c]) ? words.join(' ') : undefined;
  };
  /** "The opposition leader, X": a lower-case office opening the sentence or a clause, after "the",
   * closed by the comma before the name. */
  const leadOffice = (at: number, from: number): string | undefined => {
    let k = at - 1;
    if (k <= from || !endsClause(tokens[k])) return undefined;
    const words: string[] = [];
    // (A lower-case "the" inside the sentence opens the office; it is no word of it.)
    while (k >= from && words.length < 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text) && tokens[k].normal !== 'the' && !tokens[k].possessive && (k === at - 1 || !endsClause(tokens[k]))) words.unshift(tokens[k--].normal);
    const the = tokens[k];
    if (!words.length || the?.normal !== 'the' || !(k === from || endsClause(tokens[k - 1]))) return undefined;
    return words.join(' ');
  };
  let previousPeople: NamedSlot[] = [];
  let previousOrgs: NamedSlot[] = [];
  let previousVessels: NamedSlot[] = [];
  // Organisations by the last word of their name ("centre" → "Maritime Security Centre"): a definite
  // description by that head noun ("the centre's spokesman") names the article's one such body.
  const orgsByHead = new Map<string, string[]>();
  for (const e of entities.values()) {
    // A one-word name that is the common noun itself ("Federation") describes nothing further.
    if (e.type !== 'organization' || !/\s/.test(e.label.trim())) continue;
    // "Development Bank of Uruguay": a name's head noun stands before its "of" phrase.
    const words = e.label.toLowerCase().split(/\s+/);
    const of = words.indexOf('of');
    const head = (of > 0 ? words[of - 1] : words[words.length - 1]).replace(/['’]s?$/, '');
    const list = orgsByHead.get(head) ?? [];
    list.push(e.key);
    orgsByHead.set(head, list);
  }
  /** Whether a body may be what a description by its kind means: "the bloc's" takes up only a body
   * whose name (or another name of it) is of that kind; a broadcaster is no bloc. */
  const ofKind = (noun: string, key: string): boolean => {
    // Companies bear brand names with no head noun at all ("Rosneft"): any body may be one.
    const kinds = /^(company|firm)$/.test(noun) ? undefined : HEAD_KINDS[noun];
    if (!kinds) return true;
    const e = entities.get(key);
    const words = [e?.label ?? '', ...(e?.aliases ?? [])].join(' ').toLowerCase().split(/[\s-]+/);
    return words.includes(noun) || kinds.some((k) => words.includes(k));
  };
  /** The article's bodies named by a head noun before token j: a definite description ("the
   * bank's") takes up a body already named, not one the article names only later. */
  const namedBefore = (keys: string[], j: number): string[] => keys.filter((key) => entities.get(key)?.mentions.some((mm) => mm.start < tokens[j].start));
  /** The body a possessive common noun at j stands for: "the IRGC navy's" (an organ of the body
   * named just before it), "the Omani centre's" / "the federation's" (the article's one body whose
   * name ends in that noun, else the demonym's state), "the agency's" (the body named before). */
  const possessedBody = (j: number, slots: NamedSlot[]): { key: string; type: string; organ: boolean } | undefined => {
    const t = tokens[j];
    if (!t?.possessive || t.proper || !/^\p{Ll}/u.test(t.text)) return undefined;
    const noun = t.normal.replace(/['’]s?$/, '');
    if (!BODY_HEADS.test(noun)) return undefined;
    const named = slots.find((s) => s.m.to === j && BODY_TYPES.has(s.type) && !s.m.possessive);
    // "the UN agency's": a name before a body's own head noun only qualifies it (the body is the one
    // named before, which the caller reads); before an organ ("navy", "police") it owns the organ.
    if (named) return ORG_HEAD_SAME.test(noun) ? undefined : { key: named.key, type: named.type, organ: true };
    if (slots.some((s) => s.m.to === j)) return undefined;
    let heads = namedBefore(orgsByHead.get(noun) ?? orgsByHead.get(`${noun}s`) ?? [], j);
    // "the bloc's" for "the Coastal Community of ...", "the regulator's" for "the ... Authority":
    // a description by the kind of body its name's head noun is.
    if (!heads.length && HEAD_KINDS[noun]) heads = [...new Set(HEAD_KINDS[noun].flatMap((h) => namedBefore(orgsByHead.get(h) ?? [], j)))];
    if (heads.length === 1) return { key: heads[0], type: 'organization', organ: false };
    const demonym = tokens[j - 1] && !tokens[j - 1].possessive ? stateOfDemonym(tokens[j - 1].text) : undefined;
    if (demonym && entities.has(`state:${slug(demonym)}`)) return { key: `state:${slug(demonym)}`, type: 'state', organ: true };
    // "The ITF urged ... 'said X, the federation's coordinator'": the one organisation the sentence
    // named before, else the one the previous sentence made an actor.
    if (ORG_HEAD_SAME.test(noun) && !demonym) {
      // These nouns never describe a state's own organ ("the company's" is not the government).
      // A description by a kind ("the bloc's", "the regulator's") takes up only a body whose name
      // (or another name of it) is of that kind: a broadcaster is no bloc.
      const described = (s: NamedSlot): boolean => s.type === 'organization' && !ORGAN_IN_NAME.test(entities.get(s.key)?.label ?? '') && ofKind(noun, s.key);
      const earlier = slots.filter((s) => s.m.to <= j && described(s));
      // With no actor there, the one organisation the previous sentence named at all ("a statement
      // attributed to the X ... The speaker, Y, the group's spokesperson").
      let pool = earlier.length ? earlier : previousBodies.filter(described);
      if (!pool.length) pool = previousOrgs.filter(described);
      if (new Set(pool.map((s) => s.key)).size === 1) return { key: pool[0].key, type: 'organization', organ: false };
    }
    return undefined;
  };
  /** The body a state organ's spokesperson speaks for, the organ named by its common noun ("A
   * ministry spokesperson, X", "a navy spokesperson, X", "the presidency's spokesperson, X"): the
   * story's own state for its government or presidency; else the article's one body named before
   * whose name ends in that noun ("the Velmar Navy"), else the state the text spoke of last. */
  const organSpeaker = (words: string[], before: Token | undefined, j: number, seat?: string): string | undefined => {
    const possessor = before ? organPossessor(before.normal) : undefined;
    const noun = possessor ?? (words.length >= 2 && STATE_ORGAN.test(words[words.length - 2]) ? words[words.length - 2] : undefined);
    if (!noun || !SPOKESPERSON.test(words[words.length - 1])) return undefined;
    // Only portfolios may qualify the organ ("the foreign ministry spokesperson").
    if (words.slice(0, -2).some((w) => !PORTFOLIOS.test(w))) return undefined;
    // "the presidency's", "a government spokesperson": the story's own state's, when the text spoke
    // of that state last.
    // "In Harare, the government's spokesman, X": a capital opening the clause seats the organ.
    return seat ?? organHolder(entities, noun, tokens[j].start, storyState);
  };
  /** The article's one person named before offset `at` whose title ends in `noun` ("general" for
   * "Major General X"), other than `not`. */
  const personTitled = (noun: string, at: number, not: string, former: boolean): string | undefined => {
    const bearers = [...entities.values()].filter((e) => e.type === 'person' && e.key !== not && (e.roles ?? []).some((r) => r.toLowerCase().split(/\s+/).pop() === noun) && e.mentions.some((m) => m.start < at));
    // "the former president's": of a sitting and a former holder, the former one.
    const past = former ? bearers.filter((e) => (e.roles ?? []).some((r) => /^(former|late|ex-)/i.test(r))) : [];
    const keys = (past.length === 1 ? past : bearers).map((e) => e.key);
    return keys.length === 1 ? keys[0] : undefined;
  };
  /** "In Harare, ...": the state whose capital opens the sentence, set off by a comma. */
  const capitalLead = (from: number, slots: NamedSlot[]): string | undefined => {
    if (tokens[from]?.normal !== 'in') return undefined;
    const place = slots.find((s) => s.m.from === from + 1 && (s.type === 'place' || s.m.metonym));
    if (!place || !endsClause(tokens[place.m.to - 1])) return undefined;
    const state = place.m.metonym && place.m.state ? place.m.state : stateOfCapital(place.m.surface);
    return state && entities.has(`state:${slug(state)}`) ? `state:${slug(state)}` : undefined;
  };
  /** "... voted to outlaw the movement and detain its chairman, X": the body a definite description by a body's
   * own head noun ("the party", "the agency") earlier in the sentence names, when the article
   * named one such body before. */
  const describedBefore = (j: number, from: number): NamedSlot | undefined => {
    for (let d = j - 1; d > from; d--) {
      const noun = tokens[d].normal;
      if (tokens[d - 1].normal !== 'the' || tokens[d].proper || tokens[d].possessive || !ORG_HEAD_SAME.test(noun) || tokens[d + 1]?.tags.includes('Noun')) continue;
      const heads = namedBefore(orgsByHead.get(noun) ?? [], d);
      return heads.length === 1 ? ({ key: heads[0], type: 'organization', m: { ...tokens[d], from: d, to: d + 1 } } as unknown as NamedSlot) : undefined;
    }
    return undefined;
  };
  const actors = (slots: NamedSlot[]): NamedSlot[] =>
    // A possessor ("Tonga's emergency office said") qualifies the actor after it and is none itself.
    // A name joined by a hyphen to the word after it ("the NATO-led force", "Iran-backed rebels")
    // only modifies that phrase's head.
    // A name behind a preposition ("in the Faroe Islands") is an adjunct, "the" or not.
    slots.filter((s) => !s.m.metonym && !(s.m.possessive && tokens[s.m.to]?.proper) && tokens[s.m.to - 1]?.post !== '-' && !/^(in|to|from|at|of|for|with|by|into|on|near|against|between|than|behind)$/.test(tokens[s.m.from - (tokens[s.m.from - 1]?.normal === 'the' ? 2 : 1)]?.normal ?? ''));
  body.forEach((sm, n) => {
    const { from, to } = sm;
    const slots = slotsBy[n];
    const people = slots.filter((s) => s.type === 'person');

    // "The United States, the Philippines' only treaty ally, welcomed ...": a relation noun owned by
    // the body in apposition.
    for (const a of slots) {
      if (!endsClause(tokens[a.m.to - 1]) || (a.type !== 'person' && !BODY_TYPES.has(a.type))) continue;
      const at = a.m.to + (tokens[a.m.to]?.normal === 'the' ? 1 : 0);
      const possessor = slots.find((s) => s.m.from === at && s.m.possessive);
      // A capital speaks for its state ("Belarus, Moscow's closest ally").
      const seat = possessor?.m.metonym && possessor.m.state && entities.has(`state:${slug(possessor.m.state)}`) ? `state:${slug(possessor.m.state)}` : undefined;
      let owner: { key: string; m: { to: number } } | undefined =
        possessor && BODY_TYPES.has(possessor.type) ? possessor : possessor?.m.metonym ? { key: seat ?? possessor.key, m: possessor.m } : undefined;
      // "the Philippines' ...": a plural state name's bare apostrophe may escape recognition.
      const t = tokens[at];
      if (!owner && t?.proper && /^['’]/.test(t.post)) {
        const state = stateName(t.text);
        const key = state && entities.has(`state:${slug(state)}`) ? `state:${slug(state)}` : bodyNamed(t.text, entities);
        if (key) owner = { key, m: { to: at + 1 } };
      }
      if (!owner) continue;
      for (let j = owner.m.to; j < Math.min(to, owner.m.to + 4); j++) {
        const rel = APPOSED_RELATIONS[tokens[j].normal];
        if (rel) {
          emit(a.key, rel, owner.key, sm);
          break;
        }
        if (endsClause(tokens[j]) || tokens[j].proper) break;
      }
    }

    // "X's Y Party", "his Y Party", "X, whose Y Party won": a party or movement named as a
    // politician's own is the one they lead; the phrase must end with the party's name ("X's
    // Labour Party colleagues" speaks of colleagues).
    for (const party of slots) {
      if (party.type !== 'organization' || !PARTY_HEADS.test(entities.get(party.key)?.label.split(/\s+/).pop() ?? '') || /^\p{Ll}/u.test(tokens[party.m.to]?.text ?? '') && tokens[party.m.to].tags.includes('Noun')) continue;
      const b = party.m.from - 1;
      let owner = people.find((p) => p.m.possessive && p.m.to === party.m.from);
      if (!owner && tokens[b]?.normal === 'whose' && endsClause(tokens[b - 1])) owner = people.find((p) => p.m.to === b);
      if (!owner && b >= from && /^(his|her)$/.test(tokens[b].normal)) {
        const before = people.filter((p) => p.m.to <= b && !p.m.possessive);
        owner = before.length ? before[before.length - 1] : new Set(previousPeople.map((p) => p.key)).size === 1 ? previousPeople[0] : undefined;
      }
      if (owner) emit(owner.key, 'leader_of', party.key, sm);
    }

    // "Navalny's lawyer Olga Mikhailova", "the senator's wife, Ana Ruiz": a person's kin or counsel.
    for (const owner of people) {
      if (!owner.m.possessive) continue;
      let k = owner.m.to;
      // "X's younger brother, Y", "X's late wife Y": an age or state word before the kin word.
      if (/^(younger|older|elder|eldest|youngest|late|estranged|former|first|second|eldest|only)$/.test(tokens[k]?.normal ?? '')) k++;
      const at = kinAt(tokens, k, PERSONAL);
      const rel = at?.kin;
      if (at) k = at.next - 1;
      const named = rel && people.find((x) => x.m.from === k + 1 || (x.m.from === k + 2 && /^(and|,)$/.test(tokens[k + 1].normal)) || (x.m.from === k + 1 && /,/.test(tokens[k].post)));
      if (!rel || !named || named.key === owner.key || tokens.slice(Math.max(from, owner.m.from - 3), owner.m.from).some((t) => /^(not|never|no)$/.test(t.normal))) continue;
      if (rel.reversed) emit(named.key, rel.relation, owner.key, sm);
      else emit(owner.key, rel.relation, named.key, sm);
    }

    // "Marie Lavoie, Pierre Lavoie's wife, said ...": a possessive person and a kin word in
    // apposition to the name before them.
    for (const p of people) {
      if (!endsClause(tokens[p.m.to - 1])) continue;
      const owner = people.find((o) => o.m.from === p.m.to && o.m.possessive && o.key !== p.key);
      const at = owner ? kinAt(tokens, owner.m.to, PERSONAL) : undefined;
      if (!owner || !at || !(at.next >= to || endsClause(tokens[at.next - 1]))) continue;
      if (at.kin.reversed) emit(p.key, at.kin.relation, owner.key, sm);
      else emit(owner.key, at.kin.relation, p.key, sm);
    }

    // "The former president's son, senator X", "X, the general's niece": a kin
    // word after a title's possessive ties X to the article's one person bearing that title.
    for (let k = from; k < to - 1; k++) {
      const t = tokens[k];
      if (!t.possessive || t.proper) continue;
      const title = t.normal.replace(/['’]s?$/, '');
      if (!TITLE_WORDS.has(title) || NO_BEARER_TITLES.test(title)) continue;
      let d = k - 1;
      while (d > from && BEARER_QUALIFIERS.test(tokens[d].normal)) d--;
      if (tokens[d]?.normal !== 'the') continue;
      let w = k + 1;
      if (KIN_QUALIFIERS.test(tokens[w]?.normal ?? '')) w++;
      const found = kinAt(tokens, w, PERSONAL);
      if (!found) continue;
      // The one named: after the comma (lower-case office words may come first), or before "the".
      let named = endsClause(tokens[found.next - 1]) ? people.find((x) => x.m.from >= found.next && x.m.from - found.next <= 3 && tokens.slice(found.next, x.m.from).every((y) => !y.proper || TITLE_WORDS.has(y.normal))) : undefined;
      named ??= people.find((x) => x.m.to === d && endsClause(tokens[d - 1]));
      const owner = named && personTitled(title, t.start, named.key, d < k - 1);
      if (!named || !owner) continue;
      if (found.kin.reversed) emit(named.key, found.kin.relation, owner, sm);
      else emit(owner, found.kin.relation, named.key, sm);
    }

    // "X, who commands the navy's northern flotilla": a unit of the body the possessive names.
    for (const p of people) {
      if (!endsClause(tokens[p.m.to - 1]) || tokens[p.m.to]?.normal !== 'who' || !/^(commands|commanded|leads|led|heads|headed)$/.test(tokens[p.m.to + 1]?.normal ?? '') || tokens[p.m.to + 2]?.normal !== 'the') continue;
      const j = p.m.to + 3;
      const named = slots.find((s) => s.m.from === j && s.m.possessive && s.type === 'organization');
      const body = named ? { key: named.key } : possessedBody(j, slots);
      // Only a unit's lower-case noun may follow ("southern squadron", "coastal patrol flotilla").
      const after = named ? named.m.to : j + 1;
      if (body && /^\p{Ll}/u.test(tokens[after]?.text ?? '')) emit(p.key, 'commands_unit_of', body.key, sm);
    }

    // "X is a cousin of Y", "X, a brother of Y,", "X is the daughter of the president": kin stated
    // of a name by a copula or an apposition. "the <title>" is the article's one holder of that title.
    for (const p of people) {
      let k = p.m.to;
      const comma = endsClause(tokens[k - 1]);
      if (/^(is|was)$/.test(tokens[k]?.normal ?? '')) k++;
      else if (!comma) continue;
      // "X, a 60-year-old farmer and the uncle of Y": a second description joined by "and".
      if (/^(a|an)$/.test(tokens[k]?.normal ?? '')) {
        let j = k + 1;
        while (j < to && j < k + 7 && !endsClause(tokens[j - 1]) && tokens[j].normal !== 'and' && !tokens[j].proper) j++;
        if (tokens[j]?.normal === 'and' && !endsClause(tokens[j - 1]) && /^(a|an|the)$/.test(tokens[j + 1]?.normal ?? '')) k = j + 1;
      }
      if (!/^(a|an|the)$/.test(tokens[k]?.normal ?? '')) continue;
      k++;
      if (/^(first|second|distant|younger|older|elder|half|late)$/.test(tokens[k]?.normal ?? '')) k++;
      const found = kinAt(tokens, k, KIN);
      const kin = found?.kin;
      if (found) k = found.next - 1;
      if (!kin || tokens[k + 1]?.normal !== 'of' || tokens.slice(Math.max(from, p.m.from - 3), k).some((t) => /^(not|never|no)$/.test(t.normal))) continue;
      const at = k + 2;
      // "the son of Chief X": a title may stand before the name.
      // ("the son of Prime Minister X": a title of several words.)
      let other = people.find((x) => x.m.from === at || (x.m.from > at && x.m.from <= at + 3 && tokens.slice(at, x.m.from).every((y, n) => (n === 0 && y.normal === 'the') || TITLE_WORDS.has(y.normal))));
      if (!other && tokens[at]?.normal === 'the' && tokens[at + 1] && !tokens[at + 1].proper) {
        // "a cousin of the prime minister": the title's words up to the clause's end.
        let e = at + 2;
        while (e < to && e < at + 4 && !tokens[e].proper && TITLE_WORDS.has(tokens[e].normal) && !endsClause(tokens[e - 1])) e++;
        const title = tokens.slice(at + 1, e).map((t) => t.normal).join(' ');
        const holders = [...entities.values()].filter((e) => e.type === 'person' && e.key !== p.key && e.roles?.some((r) => r.toLowerCase() === title)).sort((a, b) => b.mentions.length - a.mentions.length);
        // Several holders of the title (a past president named once): "the president" is the one the
        // article is about, named at least twice as often as any other.
        const dominant = holders.length === 1 || (holders.length > 1 && holders[0].mentions.length >= 2 * holders[1].mentions.length);
        if (dominant && (e >= to || !tokens[e].tags.includes('Noun'))) other = { key: holders[0].key } as NamedSlot;
      }
      if (!other || other.key === p.key) continue;
      if (kin.reversed) emit(other.key, kin.relation, p.key, sm);
      else emit(p.key, kin.relation, other.key, sm);
    }

    // "X, whose son Y", "X and his brother Y", "His cousin, Y, said": kin after a relative or
    // personal pronoun. "whose" refers to the name just before its comma; "his"/"her" to the last
    // person named before it in the sentence, else to the one person the previous sentence made an actor.
    for (const p of people) {
      let k = p.m.from - 1;
      // "His rival, former deputy prime minister X": a title (read with the name, or lower-case
      // title words) may stand between the comma and the name.
      if (!endsClause(tokens[k]) && k > from) {
        let j = p.m.role && tokens.slice(p.m.from - p.m.role.text.split(/\s+/).length, p.m.from).map((t) => t.text).join(' ') === p.m.role.text ? p.m.from - p.m.role.text.split(/\s+/).length - 1 : k;
        // "whose husband, Virac mayor X": a place may qualify a local office there.
        while (j > from && j > k - 5 && !endsClause(tokens[j]) && (TITLE_WORDS.has(tokens[j].normal) || /^(former|deputy|acting|interim|opposition|party)$/.test(tokens[j].normal) || (!!LOCAL_OFFICES[tokens[j + 1]?.normal ?? ''] && slots.some((s) => s.type === 'place' && s.m.from <= j && j < s.m.to)))) j--;
        // "her brother, the barrister X": an occupation after "the" describes the one named.
        if (j > from && !endsClause(tokens[j])) {
          let d = j;
          while (d > from && d > j - 2 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[d].text) && tokens[d].tags.includes('Noun') && !endsClause(tokens[d])) d--;
          if (tokens[d].normal === 'the' && endsClause(tokens[d - 1])) j = d - 1;
        }
        if (j >= from && endsClause(tokens[j])) k = j;
      }
      // Backwards over an age or state word and a hyphenated kin compound to the kin word's start.
      let start = k;
      while (start > from && tokens[start - 1].post === '-' && start > k - 3) start--;
      if (start - 2 > from && tokens[start - 1].normal === 'of' && PRONOUN_TIES[`${tokens[start - 2].normal} of ${tokens[start].normal}`]) start -= 2;
      if (start > from && KIN_QUALIFIERS.test(tokens[start - 1].normal)) start--;
      const pronoun = tokens[start - 1];
      if (!pronoun || !/^(whose|his|her)$/.test(pronoun.normal)) continue;
      let w = start;
      if (KIN_QUALIFIERS.test(tokens[w].normal)) w++;
      const found = kinAt(tokens, w, PRONOUN_TIES);
      if (!found || found.next !== k + 1) continue;
      const p0 = start - 1;
      if (tokens.slice(Math.max(from, p0 - 3), p0).some((t) => /^(not|never|no)$/.test(t.normal))) continue;
      let owner: string | undefined;
      if (pronoun.normal === 'whose') {
        owner = people.find((x) => x.m.to === p0 && endsClause(tokens[p0 - 1]))?.key;
        // "Governor X of Y, whose husband, ...": the name's phrase may end in "of" and a place.
        const of = slots.find((s) => s.m.to === p0 && (s.type === 'place' || s.type === 'state') && endsClause(tokens[p0 - 1]));
        const at = of && (tokens[of.m.from - 1]?.normal === 'the' ? of.m.from - 2 : of.m.from - 1);
        if (!owner && of && at !== undefined && tokens[at]?.normal === 'of') owner = people.find((x) => x.m.to === at)?.key;
      }
      else {
        const before = people.filter((x) => x.m.to <= p0 && x.key !== p.key);
        // Of several people the previous sentence named, kin usually share a surname: "... told
        // reporters that Varga was abroad. His sister, Eva Varga, ...".
        const surname = entities.get(p.key)?.surname;
        const namesakes = new Set(previousPeople.filter((x) => x.key !== p.key && !!surname && entities.get(x.key)?.surname === surname).map((x) => x.key));
        owner = before.length ? before[before.length - 1].key : previousPeople.length === 1 && previousPeople[0].key !== p.key ? previousPeople[0].key : namesakes.size === 1 ? [...namesakes][0] : undefined;
      }
      if (!owner || owner === p.key) continue;
      if (found.kin.reversed) emit(p.key, found.kin.relation, owner, sm);
      else emit(owner, found.kin.relation, p.key, sm);
    }

    // "A and B, a married couple who ...", "A and B, brothers from Y": a couple or a plural kin noun in
    // apposition to two people joined by "and" ties them.
    for (let n = 0; n + 1 < people.length; n++) {
      const [a, b] = [people[n], people[n + 1]];
      if (tokens[a.m.to]?.normal !== 'and' || b.m.from !== a.m.to + 1 || !endsClause(tokens[b.m.to - 1])) continue;
      let k = b.m.to;
      if (/^(a|an|the)$/.test(tokens[k]?.normal ?? '')) k++;
      if (/^(married|wedded|husband-and-wife|elderly|young|retired)$/.test(tokens[k]?.normal ?? '')) k++;
      const word = tokens[k]?.normal ?? '';
      const rel = word === 'couple' ? 'spouse_of' : KIN_PLURALS_OF[word];
      // "brothers of the president" ties each to a third person.
      if (rel && tokens[k + 1]?.normal !== 'of') emit(a.key, rel, b.key, sm);
    }

    // "His employer, the Murmansk-based fishing company X", "her employers, Y": the body that employs the
    // person "his"/"her" refers to (the last person named before in the sentence, else the one the
    // previous sentence made an actor).
    for (const o of slots) {
      if (o.type !== 'organization') continue;
      let k = o.m.from - 1;
      // Back over "the", a lower-case description and "<place>-based" to the comma after "employer".
      while (k > from && k > o.m.from - 7 && !endsClause(tokens[k]) && (/^[\p{Ll}-]+$/u.test(tokens[k].text) || tokens[k].post === '-' || slots.some((x) => x.m.from <= k && k < x.m.to && x.type === 'place'))) k--;
      if (!/^employers?$/.test(tokens[k]?.normal ?? '') || !endsClause(tokens[k]) || !/^(his|her)$/.test(tokens[k - 1]?.normal ?? '')) continue;
      const owner = [...people].reverse().find((x) => x.m.to <= k - 1)?.key ?? previousPeople[0]?.key;
      if (owner) emit(owner, 'works_for', o.key, sm);
    }

    // "the mine's operator, Windhoek-listed X", "the port's owner, X": a facility's operator or owner
    // named in apposition runs the article's one facility of that kind named before.
    for (const o of slots) {
      if (o.type !== 'organization') continue;
      let k = o.m.from - 1;
      while (k > from && k > o.m.from - 6 && !endsClause(tokens[k]) && (/^[\p{Ll}-]+$/u.test(tokens[k].text) || tokens[k].post === '-' || /^the$/i.test(tokens[k].text))) k--;
      const role = /^(operator|owner|operators|owners)$/.test(tokens[k]?.normal ?? '') && endsClause(tokens[k]) ? tokens[k].normal : undefined;
      const site = tokens[k - 1];
      if (!role || !site?.possessive || site.proper || tokens[k - 2]?.normal !== 'the') continue;
      const noun = site.normal.replace(/['’]s?$/, '');
      if (!FACILITY_NOUNS.test(noun)) continue;
      const headed = new RegExp(`\\b${noun}$`, 'i');
      const sites = [...entities.values()].filter((e) => (e.type === 'place' || e.type === 'base') && headed.test(e.label) && e.mentions.some((mm) => mm.start < tokens[k].start));
      if (sites.length === 1) emit(o.key, /^owner/.test(role) ? 'owns' : 'operates', sites[0].key, sm);
    }

    // "Y, who is also his sister", "Y, who was her lawyer": kin or counsel stated in a relative clause
    // of the name, owned by the person "his"/"her" refers to (the last other person named before in the
    // sentence, else the one the previous sentence made an actor).
    for (const p of people) {
      if (!endsClause(tokens[p.m.to - 1]) || tokens[p.m.to]?.normal !== 'who' || !/^(is|was)$/.test(tokens[p.m.to + 1]?.normal ?? '')) continue;
      let k = p.m.to + 2;
      if (/^(also|now|still)$/.test(tokens[k]?.normal ?? '')) k++;
      if (!/^(his|her)$/.test(tokens[k]?.normal ?? '')) continue;
      k++;
      if (/^(younger|older|elder|eldest|youngest|late|only|twin)$/.test(tokens[k]?.normal ?? '')) k++;
      const found = kinAt(tokens, k, PRONOUN_TIES);
      if (!found || (found.next < to && !endsClause(tokens[found.next - 1]) && !/^(and|but|who|since|until)$/.test(tokens[found.next].normal))) continue;
      const owner = [...people].reverse().find((x) => x.m.to <= p.m.from && x.key !== p.key)?.key ?? previousPeople.find((x) => x.key !== p.key)?.key;
      if (!owner) continue;
      if (found.kin.reversed) emit(p.key, found.kin.relation, owner, sm);
      else emit(owner, found.kin.relation, p.key, sm);
    }

    // "Their son, Yaw Boateng, told ...": "their" kin of a person bearing a surname the article gives
    // to others; those others (one or two) are the "they".
    for (const p of people) {
      const k = p.m.from - 1;
      if (k - 1 < from || !endsClause(tokens[k]) || tokens[k - 1]?.normal !== 'their' || (k - 1 > from && !endsClause(tokens[k - 2]))) continue;
      const kin = KIN_WORDS[tokens[k].normal];
      const surname = entities.get(p.key)?.surname;
      if (!kin || !surname) continue;
      const kinfolk = [...entities.values()].filter((e) => e.type === 'person' && e.key !== p.key && e.surname === surname);
      if (!kinfolk.length || kinfolk.length > 2) continue;
      for (const o of kinfolk) {
        if (kin.reversed) emit(p.key, kin.relation, o.key, sm);
        else emit(o.key, kin.relation, p.key, sm);
      }
    }

    // "A and B were detained; the two men are cousins", "X and his deputy, Y — the two are married":
    // a plural kin noun (or "married") said of "the two" or "both" ties the last two people named
    // before it in the sentence.
    for (let i = from; i < to - 2; i++) {
      let k = i;
      if (tokens[k].normal === 'the' && tokens[k + 1]?.normal === 'two') k += 2;
      else if (tokens[k].normal === 'both' && (i === from || endsClause(tokens[i - 1]) || /^(are|were)$/.test(tokens[i - 1].normal))) k += 1;
      else continue;
      if (/^(men|women|people|politicians|officials)$/.test(tokens[k]?.normal ?? '')) k++;
      if (!/^(are|were)$/.test(tokens[k]?.normal ?? '')) continue;
      k++;
      if (tokens[k]?.normal === 'both') k++;
      const word = tokens[k]?.normal ?? '';
      const rel = word === 'married' ? 'spouse_of' : KIN_OF_THE_TWO[word];
      // "the two are cousins of the president" ties each to a third person, not to each other.
      if (!rel || tokens[k + 1]?.normal === 'of' || tokens.slice(i, k).some((t) => /^(not|never)$/.test(t.normal))) continue;
      const before: string[] = [];
      for (const x of [...people].reverse()) if (x.m.to <= i && !before.includes(x.key)) before.push(x.key);
      if (before.length >= 2) emit(before[1], rel, before[0], sm);
    }

    // "X, who was mayor of Y for eight years", "X is the chairman of the Y", "X, who is also the
    // secretary-general of Y": an office stated of a name by a copula, in the main clause or a
    // relative clause on the name, "of" or "at" the body (a place holds only a governor or mayor).
    for (const p of people) {
      let k = p.m.to;
      // "X, 54, who ...": an age in commas stands between the name and its relative clause.
      if (endsClause(tokens[k - 1]) && /^\d{1,3}$/.test(tokens[k]?.text ?? '') && endsClause(tokens[k])) k++;
      if (endsClause(tokens[k - 1]) && tokens[k]?.normal === 'who') {
        k++;
        // "X, who leads the Y party and was mayor of Z": a copula coordinated in the relative clause.
        if (!/^(is|was)$/.test(tokens[k]?.normal ?? '')) {
          let c = k;
          while (c < to && c < k + 10 && !endsClause(tokens[c]) && !(tokens[c].normal === 'and' && /^(is|was)$/.test(tokens[c + 1]?.normal ?? ''))) c++;
          if (tokens[c]?.normal === 'and' && !endsClause(tokens[c])) k = c + 1;
        }
      } else if (endsClause(tokens[k - 1])) continue;
      if (!/^(is|was)$/.test(tokens[k]?.normal ?? '')) continue;
      const past = tokens[k].normal === 'was';
      k++;
      if (/^(also|now|still|previously|formerly|once|currently)$/.test(tokens[k]?.normal ?? '')) k++;
      if (/^(a|an|the)$/.test(tokens[k]?.normal ?? '')) k++;
      const words: string[] = [];
      while (k < to && words.length < 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text) && !/^(of|at|for)$/.test(tokens[k].normal) && !endsClause(tokens[k])) words.push(tokens[k++].normal);
      if (!words.length || !/^(of|at)$/.test(tokens[k]?.normal ?? '') || tokens.slice(p.m.to, k).some((t) => /^(not|never|no)$/.test(t.normal))) continue;
      const at = tokens[k + 1]?.normal === 'the' ? k + 2 : k + 1;
      const holder = slots.find((s) => s.m.from === at && (BODY_TYPES.has(s.type) || s.type === 'place'));
      if (!holder) continue;
      const office = words.filter((w) => !OFFICE_QUALIFIERS.test(w));
      let rel = office.length ? officeRelation(office, holder.type === 'place' ? 'state' : holder.type) : undefined;
      if (rel && holder.type === 'place' && !/^(governor|mayor)_of$/.test(rel)) rel = undefined;
      if (!rel) continue;
      // A past copula dates the office ("was mayor of Y for eight years"), as "former" does.
      const former = words.includes('former') || (past && !rel.startsWith('former_') && rel !== 'works_for');
      emit(p.key, (former ? 'former_' : '') + rel, holder.key, sm);
      addRole(p.key, words.join(' '));
    }

    // "Vietnam, a former French colony": a colony or protectorate of the demonym's state.
    for (const a of slots) {
      if (a.type !== 'state' || !endsClause(tokens[a.m.to - 1]) || !/^(a|an)$/.test(tokens[a.m.to]?.normal ?? '')) continue;
      let k = a.m.to + 1;
      const former = tokens[k]?.normal === 'former';
      if (former) k++;
      const state = tokens[k] ? stateOfDemonym(tokens[k].text) : undefined;
      if (!state || !/^(colony|protectorate|territory|dependency)$/.test(tokens[k + 1]?.normal ?? '')) continue;
      const key = `state:${slug(state)}`;
      const articleId = a.key && entities.get(a.key)?.mentions[0]?.articleId;
      if (entities.has(key)) emit(a.key, former ? 'former_colony_of' : 'colony_of', key, sm);
      else if (articleId) emit(a.key, former ? 'former_colony_of' : 'colony_of', ensureDemonymState(entities, articleId, state, tokens[k], sm.sentence), sm);
    }

    for (const p of people) {
      const m = p.m;
      // Local offices are held in a named place: "Governor X of Y", "Mayor X of Y", "the Y governor,
      // X", "Y mayor X". The office word stands right before the name (or before the comma closing
      // it); the place right before the office word, else after the name behind "of". A deputy's,
      // lieutenant's or vice office is another office.
      {
        const k = m.from - 1;
        const word = tokens[k];
        const comma = !!word && endsClause(word);
        const local = word && k >= from && !word.possessive && LOCAL_OFFICES[word.normal];
        const qualifier = tokens[k - 1]?.normal ?? '';
        if (local && !/^(deputy|vice|lieutenant|assistant|acting|interim)$/.test(qualifier) && (!comma || k - 1 >= from)) {
          const former = qualifier === 'former' || tokens[k - 2]?.normal === 'former';
          // "Kano state governor X", "Sindh province governor X": a local unit noun may follow the place.
          let place = slots.find((s) => (s.m.to === k || (s.m.to === k - 1 && LOCAL_UNITS.test(tokens[k - 1].normal) && !tokens[k - 1].proper)) && (s.type === 'place' || s.type === 'state') && !s.m.possessive);
          // "The Samarkand governor, X": a comma after the office closes a description opened by "the".
          if (place && comma && !(tokens[place.m.from - 1]?.normal === 'the' || place.m.from === from)) place = undefined;
          // "Lahore mayor X": recognition may read the place as the title's holder, with no mention of
          // its own; the article's place of that name holds the office.
          if (!place && !comma && m.role?.holderToken === k - 1 && tokens[k - 1]?.proper) {
            const name = tokens[k - 1].text.toLowerCase();
            const e = [...entities.values()].find((x) => (x.type === 'place' || x.type === 'state') && x.label.toLowerCase() === name);
            if (e) place = { key: e.key, type: e.type, m: { ...tokens[k - 1], from: k - 1, to: k } } as unknown as NamedSlot;
          }
          if (!place && !comma && tokens[m.to]?.normal === 'of' && !endsClause(tokens[m.to - 1])) {
            const at = tokens[m.to + 1]?.normal === 'the' ? m.to + 2 : m.to + 1;
            place = slots.find((s) => s.m.from === at && (s.type === 'place' || s.type === 'state'));
          }
          if (place) {
            emit(p.key, (former ? 'former_' : '') + local, place.key, sm);
            addRole(p.key, word.normal);
          }
        }
      }
      // Where the name's phrase starts: a rank or title with no holder of its own ("the commander of
      // the PNGDF, Brigadier General X") stands between the comma and the name.
      const titled = m.role && m.role.holderToken === undefined && !m.role.holderState ? m.role.text.split(/\s+/).length : 0;
      const ns = titled && m.from - titled > from && tokens.slice(m.from - titled, m.from).map((t) => t.text.replace(/['’]s$/, '')).join(' ') === m.role!.text ? m.from - titled : m.from;
      // "A spokesperson for the office, X", "the head of the agency, Y": an office, "for"/"of", then a
      // body's common head noun, which names the article's one body whose name ends in it.
      if (ns - 1 >= from && endsClause(tokens[ns - 1]) && !slots.some((s) => s.m.to === ns)) {
        const noun = tokens[ns - 1].normal;
        const heads = BODY_HEADS.test(noun) && tokens[ns - 2]?.normal === 'the' && /^(for|of|at)$/.test(tokens[ns - 3]?.normal ?? '') ? orgsByHead.get(noun) ?? [] : [];
        const words: string[] = [];
        let w = ns - 4;
        while (heads.length === 1 && w >= from && words.length < 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[w].text) && !/^(the|a|an)$/.test(tokens[w].normal) && !endsClause(tokens[w])) words.unshift(tokens[w--].normal);
        const opened = w < from || /^(the|a|an)$/.test(tokens[w].normal);
        const rel = heads.length === 1 && words.length && opened ? officeRelation(words, 'organization') : undefined;
        if (rel) {
          emit(p.key, rel, heads[0], sm);
          addRole(p.key, words.join(' '));
        }
      }
      // "Defence Minister X and his Emirati counterpart, Y", "the Kazakh water minister and her Kyrgyz
      // counterpart Y": a counterpart holds the same office as the person before "his"/"her", for the
      // state the demonym names.
      {
        let k = m.from - 1;
        if (k >= from && endsClause(tokens[k])) k = tokens[k].normal === 'counterpart' ? k : -1;
        const demonym = tokens[k]?.normal === 'counterpart' && k - 1 >= from ? stateOfDemonym(tokens[k - 1].text) : undefined;
        const det = tokens[k - 2]?.normal ?? '';
        if (demonym && /^(his|her|their|its)$/.test(det)) {
          const antecedent = [...people].reverse().find((x) => x.m.to <= k - 2 && x.key !== p.key) ?? previousPeople.find((x) => x.key !== p.key);
          // The antecedent's office, as the article gave it: the most specific role it bears.
          const roles = antecedent ? entities.get(antecedent.key)?.roles ?? [] : [];
          let rel: string | undefined;
          for (const r of [...roles].reverse()) {
            rel = officeRelation(r.toLowerCase().split(/\s+/).filter((x) => !OFFICE_QUALIFIERS.test(x)), 'state');
            if (rel && rel !== 'works_for') break;
            rel = undefined;
          }
          const articleId = entities.get(p.key)?.mentions[0]?.articleId;
          if (rel && articleId) {
            emit(p.key, rel, ensureDemonymState(entities, articleId, demonym, tokens[k - 1], sm.sentence), sm);
            addRole(p.key, 'counterpart');
          }
        }
      }
      // "the leader of the opposition Harvest League, X", "the foreign minister of Lesotho, X": an office,
      // "of", then the body (lower-case qualifiers may come between), and the name in apposition.
      if (ns - 1 >= from && endsClause(tokens[ns - 1])) {
        const body = slots.find((s) => s.m.to === ns && BODY_TYPES.has(s.type) && !s.m.possessive);
        let j = body ? body.m.from - 1 : -1;
        // Only qualifiers of the body may stand between "of" and its name: "head of mission in Y, X"
        // names Y as where the office is held, not as what it heads.
        while (body && j > from && j > body.m.from - 4 && /^\p{Ll}/u.test(tokens[j].text) && !/^(of|the)$/.test(tokens[j].normal) && !LINKS.test(tokens[j].normal) && !endsClause(tokens[j])) j--;
        if (tokens[j]?.normal === 'the') j--;
        if (body && j > from && tokens[j].normal === 'of') {
          const words: string[] = [];
          let w = j - 1;
          while (w >= from && words.length < 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[w].text) && !endsClause(tokens[w]) && !/^(the|a|an)$/.test(tokens[w].normal)) words.unshift(tokens[w--].normal);
          const opened = w < from || /^(the|a|an)$/.test(tokens[w].normal) || endsClause(tokens[w]);
          const rel = words.length && opened ? officeRelation(words.filter((x) => !/^(new|current|longtime|veteran|former|top)$/.test(x)), body.type) : undefined;
          if (rel) {
            emit(p.key, (words.includes('former') ? 'former_' : '') + rel, body.key, sm);
            addRole(p.key, words.join(' '));
          }
        }
      }
      // "X, head of the ICRC delegation", "X, a West Africa analyst at the Y": an office then a body.
      if (endsClause(tokens[m.to - 1])) {
        // "X, 52, leader of the Y": an age in commas stands between the name and its apposition.
        const opens = endsClause(tokens[m.to]) && /^\d{1,3}$/.test(tokens[m.to]?.text ?? '') ? m.to + 1 : m.to;
        let k = opens;
        if (/^(a|an|the)$/.test(tokens[k]?.normal ?? '')) k++;
        const words: string[] = [];
        // "of" inside a name ("a Horn of Africa analyst") is no link to the body.
        const inName = (j: number): boolean => tokens[j].normal === 'of' && !!tokens[j - 1]?.proper && !!tokens[j + 1]?.proper;
        while (k < to && k < opens + 8 && (!LINKS.test(tokens[k].normal) || inName(k)) && (k === opens || !endsClause(tokens[k - 1]))) {
          if (slots.some((s) => s.m.from <= k && k < s.m.to && s.type === 'person')) break;
          // "X, and by the ambassador of Y": a conjunction or a clause's preposition opens another
          // phrase, no apposition of X's office.
          if (CLAUSE_OPENERS.test(tokens[k].normal)) {
            words.length = 0;
            break;
          }
          words.push(tokens[k].normal);
          k++;
        }
        if (words.length && k < to && LINKS.test(tokens[k].normal) && tokens[k].normal !== 'in') {
          let j = k + 1;
          if (tokens[j]?.normal === 'the') j++;
          // "of the mining watchdog Y", "at the London-based think tank Y": a lower-case description
          // of the body, or "<place>-based", may come between the article and its name.
          let d = j;
          while (d < to && d < j + 5 && !endsClause(tokens[d])) {
            // "<place>-based" qualifies the body even where the place is a name of its own.
            if (tokens[d].post === '-' && tokens[d + 1]?.normal === 'based') {
              d += 2;
              continue;
            }
            // "the Mexico City-based X": a place of several capitalised words before "-based".
            let e = d;
            while (e < d + 3 && tokens[e]?.proper && /^\s+$/.test(tokens[e].post)) e++;
            if (e > d && tokens[e]?.proper && tokens[e].post === '-' && tokens[e + 1]?.normal === 'based') {
              d = e + 2;
              continue;
            }
            if (slots.some((s) => s.m.from === d) || !/^[a-z-]+$/.test(tokens[d].text) || /^(and|or|but|who|which|that|whose|with|by|to|in|on|said|says)$/.test(tokens[d].normal)) break;
            d++;
          }
          // The description ends in its head noun ("watchdog", "think tank") or "-based" just before the name.
          const described = d > j && d < j + 6 && tokens[d - 1] && /^[a-z]/.test(tokens[d - 1].text) && (tokens[d - 1].tags.includes('Noun') || (tokens[d - 1].normal === 'based' && tokens[d - 2]?.post === '-')) ? slots.find((s) => s.m.from === d && s.type === 'organization') : undefined;
          let holder = slots.find((s) => s.m.from >= j && s.m.from <= j + 1 && BODY_TYPES.has(s.type)) ?? described;
          // "X, the commander of Uganda's Border Service": a possessive names the owner of the
          // body the office is held in, not the office's body.
          // "X, a spokesperson for Norway's interior ministry": an organ by its common noun speaks
          // for its state, but no head of an organ heads the state.
          let organ = false;
          if (holder?.m.possessive) {
            const owned = slots.find((s) => s.m.from === holder!.m.to && s.type === 'organization');
            organ = !owned && /^\p{Ll}/u.test(tokens[holder.m.to]?.text ?? '');
            if (owned) holder = owned;
          }
          // "X, the chief of the Himalayan desk of Y": an office over a unit of the body (its
          // region's name may qualify the unit) is held under the body's leader.
          let unitOf = false;
          if (!holder) {
            let u = j;
            while (u < to && u < j + 4 && !UNIT_NOUNS.test(tokens[u].normal) && !endsClause(tokens[u]) && (tokens[u].proper || /^[a-z-]+$/.test(tokens[u].text)) && !LINKS.test(tokens[u].normal)) u++;
            const b = tokens[u + 1]?.normal === 'of' ? (tokens[u + 2]?.normal === 'the' ? u + 3 : u + 2) : -1;
            holder = UNIT_NOUNS.test(tokens[u]?.normal ?? '') && !endsClause(tokens[u]) && b > 0 ? slots.find((s) => s.m.from === b && s.type === 'organization') : undefined;
            unitOf = !!holder;
          }
          let rel = holder && officeRelation(words.filter((w) => !/^(former|senior|deputy|acting|interim)$/.test(w)), holder.type);
          if (unitOf && rel === 'leader_of') rel = 'works_for';
          if (organ && rel === 'leader_of') rel = undefined;
          // "X, an officer at the Y air base": serving at a base is being stationed there.
          const base = !holder && /^(at|in)$/.test(tokens[k].normal) ? slots.find((s) => s.m.from === j && s.type === 'base') : undefined;
          // "X, the commander of Y air base": a base's commander commands it.
          const commanded = !holder && tokens[k].normal === 'of' ? slots.find((s) => s.m.from === j && s.type === 'base') : undefined;
          if (commanded && !words.some((w) => /^(deputy|vice|assistant|former)$/.test(w)) && (/^(commander|commandant)$/.test(words[words.length - 1]) || words.slice(-2).join(' ') === 'commanding officer')) emit(p.key, 'commands', commanded.key, sm);
          if (base && officeRelation(words, 'organization') === 'works_for' && /^(officer|pilot|commander|soldier|airman|sailor|engineer|technician|instructor|sergeant|major|captain|lieutenant|colonel)$/.test(words[words.length - 1])) emit(p.key, 'stationed_at', base.key, sm);
          if (holder && rel) {
            const former = words.includes('former') ? 'former_' : '';
            emit(p.key, former + rel, holder.key, sm);
            addRole(p.key, words.join(' '));
          }
        }
      }

      // "X, the US senior adviser for Africa", "X, the French ambassador, ...": a state, or its
      // demonym, opening an apposition holds the office that follows it.
      if (endsClause(tokens[m.to - 1]) && tokens[m.to]?.normal === 'the' && tokens[m.to + 1]) {
        const k = m.to + 1;
        const named = slots.find((s) => s.m.from === k && s.type === 'state' && !s.m.possessive);
        const demonym = named ? undefined : stateOfDemonym(tokens[k].text);
        const words: string[] = [];
        let j = named ? named.m.to : k + 1;
        while (j < to && j < k + 6 && /^[\p{Ll}'’-]+$/u.test(tokens[j].text) && !tokens[j].possessive && !LINKS.test(tokens[j].normal)) {
          words.push(tokens[j].normal);
          if (endsClause(tokens[j])) break;
          j++;
        }
        // A counterpart holds someone else's office, which this apposition does not name.
        const rel = (named || demonym) && words.length && !words.includes('counterpart') ? officeRelation(words.filter((w) => !/^(former|senior|top|new|current|acting|interim)$/.test(w)), 'state') : undefined;
        const articleId = entities.get(p.key)?.mentions[0]?.articleId;
        const holder = named?.key ?? (rel && demonym && articleId ? ensureDemonymState(entities, articleId, demonym, tokens[k], sm.sentence) : undefined);
        if (rel && holder) {
          emit(p.key, (words.includes('former') ? 'former_' : '') + rel, holder, sm);
          addRole(p.key, words.join(' '));
        }
      }

      // "X, the Civic Harbour Party (CHP) candidate, ...", "X, the Brightwater spokeswoman": a body's
      // name (and its acronym in brackets) then the office, closing the apposition.
      if (endsClause(tokens[m.to - 1]) && tokens[m.to]?.normal === 'the') {
        const body = slots.find((s) => s.m.from === m.to + 1 && s.type === 'organization' && !s.m.possessive);
        let j = body ? body.m.to : to;
        if (body && /\(/.test(tokens[j]?.pre ?? '') && /\)/.test(tokens[j]?.post ?? '')) j++;
        const words: string[] = [];
        while (j < to && words.length < 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j].text)) {
          words.push(tokens[j].normal);
          if (endsClause(tokens[j])) break;
          j++;
        }
        const closes = words.length && (endsClause(tokens[j]) || j === to);
        const rel = body && closes ? officeRelation(words.filter((w) => !/^(former|new|current)$/.test(w)), 'organization') : undefined;
        if (body && rel) {
          emit(p.key, (words.includes('former') ? 'former_' : '') + rel, body.key, sm);
          addRole(p.key, words.join(' '));
        }
      }

      // "Xi Jinping, China's leader, ...": a possessive body and its office in apposition.
      if (endsClause(tokens[m.to - 1])) {
        // "X, then ANDE's president": a time adverb before the possessor dates the office; "former"
        // is read from the office words below, "then" makes it a past office.
        const then = /^(then|formerly|previously|now|currently)$/.test(tokens[m.to]?.normal ?? '') ? 1 : 0;
        const k = tokens[m.to + then]?.normal === 'the' ? m.to + then + 1 : m.to + then;
        let owner: { key: string; type: string; m: { to: number } } | undefined = slots.find((s) => s.m.from === k && s.m.possessive && BODY_TYPES.has(s.type));
        const bare = !owner && tokens[k]?.proper && tokens[k].possessive ? bodyNamed(tokens[k].text.replace(/['’]s?$/, ''), entities) : undefined;
        if (bare) owner = { key: bare, type: entities.get(bare)!.type, m: { to: k + 1 } };
        // "X, the federation's maritime coordinator": a body's common head noun names it.
        const described = !owner && tokens[m.to + then]?.normal === 'the' ? possessedBody(k, slots) : undefined;
        if (described) owner = { key: described.key, type: described.type, m: { to: k + 1 } };
        // "X, the country's information minister": "the country's" (nation's) is the one state the
        // sentence named before, else the one the previous sentence named, else the article's own.
        if (!owner && tokens[m.to + then]?.normal === 'the' && tokens[k]?.possessive && /^(country|nation)['’]s$/i.test(tokens[k].text)) {
          const state = thatState(slots.filter((s) => s.m.to <= m.from), previousStates);
          if (state) owner = { key: state, type: 'state', m: { to: k + 1 } };
        }
        if (owner) {
          const words: string[] = [];
          let j = owner.m.to;
          let remit = false;
          let closed = false;
          // "PressWatch's Pacific programme director, X": a region's name opening the office is its remit.
          let regional = false;
          let r = slots.find((s) => s.m.from === j && s.type === 'place' && !s.m.possessive)?.m.to ?? j;
          // A continent or region the article holds no node for: capitalised words that are no title.
          while (r === j || (r > owner.m.to && r < owner.m.to + 2)) {
            const t = tokens[r];
            if (!t?.proper || t.possessive || TITLE_WORDS.has(t.normal) || PORTFOLIOS.test(t.normal) || slots.some((s) => s.m.from <= r && r < s.m.to) || endsClause(t)) break;
            r++;
          }
          if (r > j && /^[\p{Ll}-]+$/u.test(tokens[r]?.text ?? '')) {
            j = r;
            regional = true;
          }
          while (j < to && j < owner.m.to + 5 + (regional ? 2 : 0) && (/^[\p{Ll}'’-]+$/u.test(tokens[j].text) || (TITLE_WORDS.has(tokens[j].normal) && !slots.some((s) => s.m.from <= j && j < s.m.to))) && !tokens[j].possessive) {
            // "executive vice-president for competition": the office ends where its remit begins.
            if (words.length && /^(for|of|in)$/.test(tokens[j].normal)) {
              remit = true;
              break;
            }
            if (tokens[j - 1]?.post === '-' && words.length && j > owner.m.to) words[words.length - 1] += `-${tokens[j].normal}`;
            else words.push(tokens[j].normal);
            if (endsClause(tokens[j])) {
              closed = true;
              break;
            }
            j++;
          }
          const closes = words.length && (remit || closed || j === to);
          let rel = closes ? officeRelation(words.filter((w) => !/^(new|current|longtime|long-time|veteran|former|top)$/.test(w)), owner.type) : undefined;
          if (regional && rel === 'leader_of') rel = 'works_for';
          if (rel) emit(p.key, (words.includes('former') || (then && !/^(now|currently)$/.test(tokens[m.to].normal)) ? 'former_' : '') + rel, owner.key, sm);
        }
      }

      // "Norway's Minister of Foreign Affairs, X", "Minister for Foreign Affairs of Peru X".
      if (!titleReadWithState(m)) {
        const formal = formalTitleBefore(tokens, slots, m.from, from, endsClause, entities);
        // "Minister of Foreign Affairs X said in Oslo": a title naming no state is the office of
        // the state whose capital its holder speaks from.
        const state = formal?.state ?? (formal ? spokenFromCapital(tokens, slots, entities, m.to) : undefined);
        if (formal && state) {
          emit(p.key, formal.relation, state, sm);
          addRole(p.key, formal.title);
        }
      }
      const role = m.role;
      const heldBySlot = role?.holderToken !== undefined && slots.some((s) => s.m.from <= role.holderToken! && role.holderToken! < s.m.to);
      if (role?.relation && role.holderToken !== undefined && !heldBySlot && !role.holderState) {
        // "ECOWAS Commission President X": the title swallowed the body's name; read it back.
        const key = bodyNamed(tokens[role.holderToken].text, entities);
        if (key && !role.text.toLowerCase().startsWith(tokens[role.holderToken].normal + ' minister')) emit(p.key, role.relation, key, sm);
      }
      // "Infrastructure Minister X", "Government negotiator X" in an article naming one government
      // ("the Dutch government"): an office in that government, of its state.
      const government = governmentOf(entities);
      if (government && !heldBySlot && !role?.holderState && !slots.some((s) => s.type === 'state')) {
        const words = role?.text.toLowerCase().split(/\s+/) ?? [];
        const lead = tokens[m.from - 2];
        if (role?.relation && /^(\w+_)?minister_of$/.test(role.relation)) emit(p.key, role.relation, government.state ?? government.key, sm);
        else if (lead?.normal === 'government' && tokens[m.from - 1] && !tokens[m.from - 1].proper) {
          const rel = officeRelation([tokens[m.from - 1].normal], 'organization');
          if (rel) emit(p.key, rel, government.key, sm);
        } else if (words[0] === 'government' && words.length > 1) {
          const rel = officeRelation(words.slice(1), 'organization');
          if (rel) emit(p.key, rel, government.key, sm);
        }
      }
      // "Prime Minister X", "Mining Minister X", "The opposition leader, X": a state's office with no
      // state named, in an article about one state (named twice and twice as often as any other), is
      // an office of that state, when the sentence names no state and no seat of one and the article
      // names no single government (read above).
      // "Russia's embassy in Reykjavík called it a provocation. The ambassador, X, said ...": an office
      // opening the sentence after "the", with no body named before it, belongs to the body or state
      // the previous sentence opened with (an employee's "works for" is no safe guess).
      let opened = false;
      {
        const lead = tokens[from]?.normal === 'the' ? leadOffice(m.from, from) : undefined;
        const opener = previousBodies[0];
        const rel = lead && opener && !slots.some((s) => s.m.to <= m.from && BODY_TYPES.has(s.type)) ? officeRelation(lead.split(/\s+/).filter((x) => !OFFICE_QUALIFIERS.test(x)), opener.type) : undefined;
        if (opener && rel && rel !== 'works_for' && previousBodies.every((b) => b.key === opener.key)) {
          emit(p.key, (/\bformer\b/.test(lead!) ? 'former_' : '') + rel, opener.key, sm);
          opened = true;
        }
      }
      if (!opened) {
        const before = role && role.holderToken === undefined && !role.holderState ? role.text.toLowerCase() : leadOffice(m.from, from);
        // An office after the name is a weaker cue: the story's state must be the one spoken of last.
        const after = before ? undefined : appositiveOffice(m, to);
        const title = before ?? (after && storyState && lastNamedState(entities, tokens[m.from].start) === storyState ? after : undefined);
        // A national qualifier ("Polish Defence Minister") names another state, read or not.
        const qualified = role && [...role.text.split(/\s+/), tokens[m.from - role.text.split(/\s+/).length - 1]?.text ?? ''].some((w) => !!w && (!!stateOfDemonym(w) || !!stateName(w.replace(/['’]s?$/, ''))));
        const rel = title && !qualified ? stateOfficeRelation(title) : undefined;
        // The same person's office tied outright to another state elsewhere in the article keeps it.
        // (Read before the states this sentence may add: the first reading is kept for the article.)
        const stated = statedElsewhere(text, entities, p.key, storyState);
        if (rel && storyState && !stated && !twoGovernments(entities, storyState) && !sharedTitles.has(title ?? "") && !government && !heldBySlot && !slots.some((s) => s.type === 'state' || s.m.metonym || (s.type === 'organization' && s.m.to <= m.from))) emit(p.key, rel, storyState, sm);
      }
      // "X, who led the government delegation": the government's delegation.
      for (let k = m.to; k < Math.min(to, m.to + 6); k++) {
        if (!/^(led|leads|heads|headed|leading|heading)$/.test(tokens[k].normal)) continue;
        const j = tokens[k + 1]?.normal === 'the' ? k + 2 : k + 1;
        if (tokens[j + 1]?.normal !== 'delegation') break;
        const body = tokens[j].normal === 'government' ? government?.key : slots.find((s) => s.m.from === j && BODY_TYPES.has(s.type))?.key;
        emit(p.key, 'led_delegation_of', body, sm);
        break;
      }

      // "The director-general of the Y, X, said", "the Emir of Qatar, X": an office of a body
      // before it, the name after the comma closing the body.
      // "The governor of the X province, Y": a place before a lower-case unit noun holds a local office.
      // "The spokesperson for the Russian embassy in Oslo, Y": "for" links an office as "of" does, a
      // place after "in" is where the body sits, and a demonym before a lower-case body noun names
      // the body's state.
      {
        let at = m.from - (m.role && m.from - 1 >= from && !endsClause(tokens[m.from - 1]) ? m.role.text.split(/\s+/).length : 0);
        // "The head of the X mission, former Ghanaian vice-president Y": "former" opens the title.
        if (at - 1 > from && tokens[at - 1].normal === 'former' && endsClause(tokens[at - 2]) && !endsClause(tokens[at - 1])) at--;
        let end = at;
        // A trailing "in PLACE" locates the body; the office's holder is before it.
        const seat = slots.find((s) => s.m.to === end && (s.type === 'place' || s.type === 'state') && tokens[s.m.from - 1]?.normal === 'in' && endsClause(tokens[end - 1]));
        if (seat) end = seat.m.from - 1;
        const closed = endsClause(tokens[at - 1]);
        // "The Governor of Svalbard, X", "the mayor of Lyon, X": a place holds a local office (only
        // governor or mayor, checked below).
        let h: { key: string; type: string; m: { from: number; to: number } } | undefined = slots.find((s) => s.m.to === end && (BODY_TYPES.has(s.type) || s.type === 'place'));
        let unit = false;
        if (!h && closed && LOCAL_UNITS.test(tokens[end - 1]?.normal ?? '')) {
          // "of the X province": a place named by its unit noun holds a governor or mayor.
          const place = slots.find((s) => s.m.to === end - 1 && s.type === 'place');
          if (place) {
            h = { key: place.key, type: 'place', m: { from: place.m.from, to: end } };
          }
        }
        if (!h && closed && end - 2 >= from && BODY_NOUNS.test(tokens[end - 1].normal) && !tokens[end - 1].proper) {
          // "the Russian defence ministry": a lower-case portfolio may stand between demonym and body.
          let dm = end - 2;
          if (dm > from && /^[a-z]/.test(tokens[dm].text) && PORTFOLIOS.test(tokens[dm].normal) && tokens[end - 1].normal === 'ministry') dm--;
          const demonym = stateOfDemonym(tokens[dm].text);
          const articleId = entities.get(p.key)?.mentions[0]?.articleId;
          if (demonym && articleId && (tokens[dm - 1]?.normal === 'the' || /^(of|for)$/.test(tokens[dm - 1]?.normal ?? ''))) {
            h = { key: ensureDemonymState(entities, articleId, demonym, tokens[dm], sm.sentence), type: 'state', m: { from: dm, to: end } };
            unit = true;
          }
        }
        // "The head of the Tarn League mission, X": a body's name before a lower-case mission or
        // delegation names the body that sent it; its head heads the mission, not the body.
        let mission: string | undefined;
        const sent = MISSION_RELATIONS.get(tokens[end - 1]?.normal ?? '');
        if (!h && closed && sent && !tokens[end - 1].proper) {
          const sender = slots.find((s) => s.m.to === end - 1 && BODY_TYPES.has(s.type) && !s.m.possessive);
          if (sender) {
            h = { key: sender.key, type: sender.type, m: { from: sender.m.from, to: end } };
            mission = sent;
          }
        }
        if (!h && closed && end - 2 >= from && BODY_NOUNS.test(tokens[end - 1].normal) && !tokens[end - 1].proper) {
          // "A spokesperson for Turkey's foreign ministry, X", "for the group's interior ministry":
          // a body's possessive before its organ (portfolios between) names whom the organ serves.
          let o = end - 2;
          while (o > from && o > end - 4 && /^[a-z]/.test(tokens[o].text) && PORTFOLIOS.test(tokens[o].normal)) o--;
          const owner = slots.find((s) => s.m.to === o + 1 && s.m.possessive && BODY_TYPES.has(s.type));
          if (owner) {
            h = { key: owner.key, type: owner.type, m: { from: owner.m.from, to: end } };
            unit = true;
          }
        }
        let j = h ? h.m.from - 1 : -1;
        if (h && closed && tokens[j]?.normal === 'the') j--;
        // "The commander of Peru's Coast Guard, X": the state owning the body stands between
        // "of" and the body's name.
        const ownerState = h && h.type === 'organization' ? slots.find((s) => s.m.to === j + 1 && s.m.possessive && s.type === 'state') : undefined;
        if (ownerState) j = ownerState.m.from - 1;
        if (h && closed && /^(of|for)$/.test(tokens[j]?.normal ?? '')) {
          const words: string[] = [];
          let k = j - 1;
          while (k >= from && words.length < 4 && /^[\p{L}'’-]+$/u.test(tokens[k].text) && !tokens[k].possessive && !/^(the|a|an|its|their|his|her)$/.test(tokens[k].normal) && !endsClause(tokens[k])) {
            // "director-general" may come as two words joined by a hyphen: one office word.
            if (tokens[k].post === '-' && words.length) words[0] = `${tokens[k].normal}-${words[0]}`;
            else words.unshift(tokens[k].normal);
            k--;
          }
          const opens = k < from || /^(the|a|an)$/.test(tokens[k].normal) || endsClause(tokens[k]);
          let rel = opens && words.length ? officeRelation(words.filter((w) => !/^(former|new|current|acting|interim)$/.test(w)), h.type === 'place' ? 'state' : h.type) : undefined;
          // A place holds only a local office; a unit of a state ("the head of the French delegation")
          // works for it rather than leading it.
          if (rel && h.type === 'place' && !/^(governor|mayor)_of$/.test(rel)) rel = undefined;
          if (unit && rel && !/^(spokesperson_of|ambassador_of|envoy_of)$/.test(rel)) rel = 'works_for';
          if (mission && rel) rel = rel === 'leader_of' ? mission : 'works_for';
          if (rel) {
            emit(p.key, (words.includes('former') ? 'former_' : '') + rel, h.key, sm);
            addRole(p.key, words.join(' '));
          }
        }
      }

      // A title with its own holder is the name's whole office, unless a comma opens it after
      // another office ("Its mission head, former Ghanaian foreign minister X").
      const roleStart = m.role ? m.from - m.role.text.split(/\s+/).length : m.from;
      if (m.role?.holderToken !== undefined && !(roleStart - 1 > from && endsClause(tokens[roleStart - 1]) && !endsClause(tokens[roleStart - 2]))) continue;
      // "The UN envoy, X", "The Houthis' negotiator, X", "its executive director, X": the office
      // just before the name, its body before the office.
      // "Its country director for Sudan, X", "the agency's head of office in Y, X": a remit
      // ("for"/"in" a place) may follow the office, and an office "of" a unit ("head of office") is
      // held under the body's leader. "Kenya, whose foreign minister, X": the body before "whose".
      let k = m.from - 1;
      // "whose head, Special Representative X": a title without a holder between the comma and the name.
      if (m.role && k >= from && !endsClause(tokens[k]) && endsClause(tokens[m.from - m.role.text.split(/\s+/).length - 1])) k = m.from - m.role.text.split(/\s+/).length - 1;
      // "Greece's ambassador to Iran, X": a diplomat's posting ("to" a state or a body) is a remit too.
      const remit = k === m.from - 1 && k >= from && endsClause(tokens[k]) ? slots.find((s) => s.m.to === m.from && (s.type === 'place' || s.type === 'state' || (s.type === 'organization' && tokens[s.m.from - 1]?.normal === 'to')) && /^(for|in|to)$/.test(tokens[s.m.from - 1]?.normal ?? '')) : undefined;
      if (remit) k = remit.m.from - 2;
      // "The EU's special representative for the Belgrade–Pristina dialogue, X", "its envoy for the
      // peace process, X": a remit of common words after "for" (a dash inside a compound is no break)
      // ends at the comma before the name; the office stands before "for".
      let wordRemit = false;
      // (A rank read with the name, "Admiral X", may stand after the comma.)
      if (!remit && k >= from && (k === m.from - 1 || (!!m.role && k === m.from - m.role.text.split(/\s+/).length - 1)) && /,\s*$/.test(tokens[k].post)) {
        for (let f = k - 1; f >= from && f > k - 8; f--) {
          if (/[,;:]/.test(tokens[f].post) || slots.some((s) => s.m.from <= f && f < s.m.to && s.type === 'person')) break;
          // "its correspondent in the capital, X": a place described by a common noun after "in"
          // is where the office is held, for any office.
          const where = tokens[f].normal === 'in' && tokens[f + 1]?.normal === 'the' && f + 2 === k && !tokens[k].proper;
          // "the navy's commander of the operation, X": a task after "of the" is a remit too.
          const task = tokens[f].normal === 'of' && tokens[f + 1]?.normal === 'the' && f + 2 === k && !tokens[k].proper && !ORG_HEAD_SAME.test(tokens[k].normal);
          if (tokens[f].normal !== 'for' && !where && !task) continue;
          const w = tokens[f - 1];
          if (w && !w.proper && OFFICES.some(([re, rel]) => re.test(w.normal) && (rel !== 'works_for' || where))) {
            k = f - 1;
            wordRemit = true;
          }
          break;
        }
      }
      if (remit && tokens[remit.m.from - 1]?.normal === 'to' && !/^(ambassador|envoy|representative|delegate|emissary|consul|attaché|attache|nuncio)$/.test(tokens[k]?.normal ?? '')) k = -1;
      if (k >= from && (remit || wordRemit ? !endsClause(tokens[k]) : endsClause(tokens[k])) && !endsClause(tokens[k - 1])) {
        const words: string[] = [];
        let j = k;
        // "its commander there, X": a place adverb closing the office is no part of it.
        if (/^(there|here)$/.test(tokens[j].normal) && j > from) j--;
        const last = j;
        // A capitalised portfolio is part of the office ("Kenya's Transport Minister, X"); two offices
        // joined by "and" are held together ("Y's founder and chief executive, X").
        // Portfolios joined by "and" ("Mining and Energy Minister", "Minister of Trade and
        // Regional Integration") may hold capitalised words of any field, state names and demonyms aside.
        const window = tokens.slice(Math.max(from, last - 6), last + 1);
        const joined = window.some((t, n) => t.normal === 'and' && n < window.length - 1) && window.some((t) => PORTFOLIO_OFFICE.test(t.normal));
        const field = (t: Token, n: number): boolean => joined && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.possessive && !stateOfDemonym(t.text) && !stateName(t.text) && !slots.some((s) => s.m.from <= n && n < s.m.to && s.type !== 'organization');
        while (j >= from && j > last - (joined ? 7 : tokens.slice(Math.max(from, last - 4), last).some((t) => t.normal === 'and') ? 5 : 3) && (!tokens[j].proper || TITLE_WORDS.has(tokens[j].normal) || field(tokens[j], j) || (PORTFOLIOS.test(tokens[j].normal) && !slots.some((s) => s.m.from <= j && j < s.m.to))) && !/^(its|their|whose|the|a|an)$/.test(tokens[j].normal) && !tokens[j].possessive) {
          words.unshift(tokens[j].normal);
          j--;
        }
        // "Its Third Naval Area commander, X": a unit's capitalised name between "its" and the office
        // (no name the article knows); the office is held under the body.
        let unitName = false;
        if (words.length && j > from && tokens[j].proper && !slots.some((s) => s.m.from <= j && j < s.m.to)) {
          let u = j;
          while (u > from && u > j - 4 && tokens[u].proper && !tokens[u].possessive && !slots.some((s) => s.m.from <= u && u < s.m.to)) u--;
          if (/^(its|their)$/.test(tokens[u].normal)) {
            j = u;
            unitName = true;
          }
        }
        const before = tokens[j];
        let holder: NamedSlot | undefined;
        // "The UN agency's country director, X": a body's common head noun, possessive, names the
        // body the sentence or the previous one named.
        // A capitalised head ("the African Union's") ends the body's own name, read below.
        const bodyNoun = before?.possessive && /^\p{Ll}/u.test(before.text) && /^(agency|organisation|organization|group|company|firm|charity|body|operator|alliance|bloc|fund|programme|program|institute|party|movement|network|union)['’]s$/.test(before.normal);
        const described = before?.possessive ? possessedBody(j, slots) : undefined;
        let organ = false;
        if (described) {
          holder = { key: described.key, type: described.type, m: { ...tokens[j], from: j, to: j + 1 } } as unknown as NamedSlot;
          organ = described.organ;
        } else if (before && /^(its|their)$/.test(before.normal) && /(^|\s)(commanding officer|captain|master|skipper)$/.test(words.join(' '))) {
          // "The Comfort ... was sent by Y. Its commanding officer, X": a ship's officer serves the
          // vessel the sentence or the previous one named.
          holder = slots.filter((s) => s.m.to <= j && s.type === 'base').pop() ?? previousVessels[0];
        } else if (bodyNoun) {
          // A name right before the noun only qualifies it ("the UN agency"): the body is the one named before.
          // The noun names an organisation ("the company's"), never a state.
          // A government's organ is no company, charity or bank: "the company's" skips it, and of
          // several candidates none is sure.
          const fits = (list: NamedSlot[]): NamedSlot[] => list.filter((s) => s.type === 'organization' && !ORGAN_IN_NAME.test(entities.get(s.key)?.label ?? '') && ofKind(before.normal.replace(/['’]s?$/, ''), s.key));
          const fitting = fits(previousBodies);
          const pool = fitting.length ? fitting : fits(slots.filter((s) => s.m.to < j)).slice(-1);
          holder = new Set(pool.map((s) => s.key)).size === 1 ? pool[0] : undefined;
        } else if (before && /^(its|their)$/.test(before.normal)) {
          // The body the sentence has named so far, else the one the previous sentence named.
          // Of several bodies the previous sentence made actors, none is surely the one "its" means.
          const single = new Set(previousBodies.map((s) => s.key)).size === 1 ? previousBodies[0] : undefined;
          holder = slots.filter((s) => s.m.to <= j && BODY_TYPES.has(s.type)).pop() ?? describedBefore(j, from) ?? single ?? (previousBodies.length ? undefined : describedBody);
        } else if (before?.normal === 'whose') {
          // "the Y (ACRONYM), whose ...": the parenthesis may close the body's name.
          holder = slots.filter((s) => s.m.to <= j && j - s.m.to <= 1 && endsClause(tokens[j - 1]) && BODY_TYPES.has(s.type)).pop();
          // "the UN human rights office in Geneva, whose spokesperson, X": the body before "in" and
          // the place where it sits.
          const seat = holder ? undefined : slots.find((s) => s.m.to === j && endsClause(tokens[j - 1]) && s.type === 'place');
          if (seat && /^(in|at)$/.test(tokens[seat.m.from - 1]?.normal ?? '')) holder = slots.find((s) => s.m.to === seat.m.from - 1 && BODY_TYPES.has(s.type));
        } else if (before) {
          holder = slots.find((s) => s.m.from <= j && j < s.m.to && BODY_TYPES.has(s.type));
        }
        // "the Russian consul, X", "the Swiss envoy, X": a demonym right after the article names the
        // state a diplomat or minister serves (other offices after a demonym, "the French director",
        // need not serve the state, and are filtered below).
        let byDemonym = false;
        if (!holder && before?.proper && !before.possessive && (j === from || /^(the|a|an)$/.test(tokens[j - 1]?.normal ?? ''))) {
          const state = stateOfDemonym(before.text);
          const articleId = entities.get(p.key)?.mentions[0]?.articleId;
          if (state && articleId) {
            holder = { key: ensureDemonymState(entities, articleId, state, before, sm.sentence), type: 'state', m: { ...before, from: j, to: j + 1 } } as unknown as NamedSlot;
            byDemonym = true;
          }
        }
        // "A ministry spokesperson, X", "the presidency's spokesperson, X": a state organ's spokesperson.
        const organSpokesperson = !holder && (j === from || /^(the|a|an)$/.test(before?.normal ?? '') || !!organPossessor(before?.normal ?? '')) ? organSpeaker(words, before, j, capitalLead(from, slots)) : undefined;
        if (organSpokesperson) holder = { key: organSpokesperson, type: entities.get(organSpokesperson)?.type ?? 'state', m: { ...tokens[j], from: j, to: j + 1 } } as unknown as NamedSlot;
        const of = words.indexOf('of');
        const office = of > 0 ? words.slice(0, of) : words;
        let rel = holder && office.length && of !== 0 ? officeRelation(office, holder.type) : undefined;
        // "a Brazilian foreign ministry spokesperson, X": a demonym before a state organ's office
        // names the state the organ speaks for.
        const organOffice = words.slice(0, -1).some((w) => STATE_ORGAN.test(w)) && rel === 'spokesperson_of';
        if (byDemonym && rel && !organOffice && !/^(ambassador_of|consul_of|charge_d_affaires_of|(\w+_)?minister_of)$/.test(rel)) rel = undefined;
        if (organSpokesperson && rel !== 'spokesperson_of') rel = undefined;
        // "Spain's air force ...; its commander, X": a possessor qualifying an organ is not what X leads.
        // "The bank's director for southern Africa, X": a head with a remit leads a part of the body.
        if (rel === 'leader_of' && (remit || wordRemit)) rel = 'works_for';
        // "Its mission head, X": the head of the body's mission, not of the body.
        const missionHead = MISSION_RELATIONS.get(office[office.length - 2] ?? '');
        if (rel === 'leader_of' && missionHead) rel = missionHead;
        if (rel === 'leader_of' && (of > 0 || unitName || organ || (/^(its|their)$/.test(before?.normal ?? '') && holder?.m.possessive && !!tokens[holder.m.to] && !tokens[holder.m.to].proper))) rel = 'works_for';
        if (holder && rel) {
          emit(p.key, rel, holder.key, sm);
          addRole(p.key, words.join(' '));
        }
      }
      // "UN Special Envoy for Yemen X": title words, "for" and a place between the body and the name.
      // "Washington's special envoy for Sudan, X" too: the comma may close the office.
      k = m.from - 1;
      while (k >= from && k > m.from - 4 && tokens[k].proper && !TITLE_WORDS.has(tokens[k].normal) && (k === m.from - 1 || !/,/.test(tokens[k].post))) k--;
      if (k < m.from - 1 && tokens[k]?.normal === 'for') {
        const words: string[] = [];
        let j = k - 1;
        while (j >= from && TITLE_WORDS.has(tokens[j].normal) && words.length < 4) {
          words.unshift(tokens[j].normal);
          j--;
        }
        const bodyKey = j >= from ? bodyNamed(tokens[j].text, entities) : undefined;
        const owner = slots.find((s) => s.m.to === j + 1);
        // A capital or seat speaks for its state ("Washington's special envoy").
        const seatState = owner?.m.metonym && owner.m.state && entities.has(`state:${slug(owner.m.state)}`) ? `state:${slug(owner.m.state)}` : undefined;
        const holder =
          (owner && BODY_TYPES.has(owner.type) ? owner : undefined) ??
          (seatState ? { key: seatState, m: { from: j }, type: 'state' } : undefined) ??
          (bodyKey ? { key: bodyKey, m: { from: j }, type: entities.get(bodyKey)!.type } : undefined);
        const rel = holder && words.length ? officeRelation(words, holder.type) : undefined;
        if (holder && rel) {
          emit(p.key, rel, holder.key, sm);
          addRole(p.key, tokens.slice(j, m.from).map((t) => t.text).join(' '));
        }
      }
      // "The X Office opened an inquiry, its spokesperson Y said": a bare title right after "its"
      // (no comma before the name) is held in the body the sentence named before, else in the one
      // body the previous sentence made an actor.
      const bare = m.role && m.role.holderToken === undefined && !m.role.holderState ? m.role.text.split(/\s+/).length : 0;
      if (bare && /^(its|their)$/.test(tokens[m.from - bare - 1]?.normal ?? '') && !endsClause(tokens[m.from - 1])) {
        const named = slots.filter((s) => s.m.to <= m.from - bare - 1 && s.type === 'organization').pop();
        const single = new Set(previousBodies.map((s) => s.key)).size === 1 ? previousBodies[0] : undefined;
        const owner = named ?? (slots.some((s) => s.m.to <= m.from - bare - 1 && BODY_TYPES.has(s.type)) ? undefined : single);
        const rel = owner ? officeRelation(m.role!.text.toLowerCase().split(/\s+/), owner.type) : undefined;
        if (owner && rel) emit(p.key, rel, owner.key, sm);
      }
      // "lead prosecutor X": an office in lower case before the name, held in the body the article
      // gave that office ("prosecutors from the Y").
      const office = tokens[m.from - 1];
      if (office && !office.proper && bodyOfOffice.has(office.normal)) emit(p.key, 'works_for', bodyOfOffice.get(office.normal), sm);
      // "Defence advocate X said the case against his client ...": in a story centred on one person
      // (named at least twice as often as anyone else), the client is that person.
      const counsel = (m.role?.text ?? tokens.slice(Math.max(from, m.from - 2), m.from).map((t) => t.normal).join(' ')).toLowerCase();
      if (/\b(lawyer|advocate|attorney|counsel|barrister)$/.test(counsel)) {
        const client = tokens.slice(m.to, to).findIndex((t, j) => t.normal === 'client' && /^(his|her|their)$/.test(tokens[m.to + j - 1]?.normal ?? ''));
        const central = client >= 0 ? centralPerson(entities, p.key) : undefined;
        if (central) emit(p.key, 'represents', central, sm);
      }
      // "China's foreign ministry criticised the pact. Spokesperson X said ...": a bare title opening
      // the sentence belongs to the body the previous sentence opened with.
      if (role?.relation === 'spokesperson_of' && !role.holderState && m.from - role.text.split(/\s+/).length === from) {
        const opener = previousBodies[0];
        if (opener && !slots.some((s) => s.m.to <= m.from && BODY_TYPES.has(s.type))) emit(p.key, role.relation, opener.key, sm);
      }
    }
    // "Rojas ... had 53.8 per cent. The 41-year-old former mayor of Valparaíso will be ...": a
    // sentence opening with a description instead of a name describes the person the previous
    // sentence was about (its first person in subject position).
    if (tokens[from]?.normal === 'the' && !slots.some((s) => s.type === 'person')) {
      let k = from + 1;
      const words: string[] = [];
      while (k < to && k < from + 7 && tokens[k].normal !== 'of' && !tokens[k].proper) {
        if (!(tokens[k].post === '-' || /^(year|old)$/.test(tokens[k].normal))) words.push(tokens[k].normal);
        k++;
      }
      const where = tokens[k]?.normal === 'of' ? slots.find((s) => s.m.from === (tokens[k + 1]?.normal === 'the' ? k + 2 : k + 1)) : undefined;
      const verbAfter = where && tokens.slice(where.m.to, where.m.to + 2).some((t) => t.tags.includes('Verb'));
      const office = words.filter((w) => w !== 'former');
      const rel = where && verbAfter && office.length ? officeRelation(office, where.type === 'state' ? 'state' : 'organization') : undefined;
      const who = previousPeople[0];
      if (where && who && rel && rel !== 'works_for') emit(who.key, (words.includes('former') ? 'former_' : '') + rel, where.key, sm);
    }
    // The bodies and people the sentence makes actors of: not those behind a preposition ("in Germany").
    previousBodies = actors(slots).filter((s) => BODY_TYPES.has(s.type));
    // "The company denied ... Its director, X": a sentence opening with a body's common noun and
    // naming no body speaks of the last organisation the article named.
    // Only a name marked as a company's ("Co", "Ltd", "Corporation") is what "the company" means.
    describedBody = !previousBodies.length && tokens[from]?.normal === 'the' && /^(company|firm|operator)$/.test(tokens[from + 1]?.normal ?? '') ? lastOrg : undefined;
    lastOrg = slots.filter((s) => s.type === 'organization' && /\b(co|ltd|inc|corp|corporation|company|holdings|plc|llc|gmbh|ag|sa)\.?$/i.test(entities.get(s.key)?.label ?? '')).pop() ?? lastOrg;
    previousStates = slots.filter((s) => s.type === 'state');
    previousOrgs = slots.filter((s) => s.type === 'organization');
    // A sentence that names no person but speaks of one by "he"/"she" ("... ,\" she said.") keeps the
    // person the one before named: the pronoun carries the reference on.
    const named = actors(slots).filter((s) => s.type === 'person');
    if (named.length || !tokens.slice(from, to).some((t) => /^(he|she)$/.test(t.normal))) previousPeople = named;
    previousVessels = slots.filter((s) => s.type === 'base' && !/^(in|at|near|from|to|into|on)$/.test(tokens[s.m.from - 1]?.normal ?? ''));
  });
  return out;
}
