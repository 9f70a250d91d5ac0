// Recognition: mentions of people, states, organisations, bases, places in one sentence's tokens.
// Compromise's tags are one signal among several: capitalisation, general gazetteers (states,
// demonyms, capitals, titles) and patterns ("X air base", "X province", "... Forces").
import {
  COMPANY_HEADS,
  COMPASS_WORDS,
  LEGISLATURE_WORDS,
  PORTFOLIO_WORDS,
  isProperOnlyWord,
  isNameWord,
  isPluralCommonWord,
  isTerritory,
  GEO_LEADS,
  AND_STATES,
  GEO_TAILS,
  ORG_HEADS,
  PLACE_HEADS,
  PLACE_OF_NOUNS,
  ADMIN_UNIT_NOUNS,
  REGION_NAMES,
  TITLE_RELATIONS,
  TITLE_WORDS,
  isDictionaryWord,
  isRegionName,
  isCommonAbbreviation,
  isTitleAbbreviation,
  isInfinitive,
  isKnownOrganization,
  isKnownPlace,
  stateName,
  stateOfCapital,
  stateOfDemonym,
  stateOfSeat,
} from './gazetteer';
import { memo } from './memo';
import { ARABIC_ARTICLE, NAME_PARTICLES, isEastAsianName, isHyphenParticle } from './names';
import { bareText, type Token } from './tokens';

export type MentionKind = 'person' | 'state' | 'organization' | 'base' | 'place' | 'name';

export interface Role {
  /** As written: "Syrian President", "Kremlin spokesman". */
  text: string;
  relation?: string;
  /** Token index of what the role is held in: a demonym/state/seat/possessor before the title. */
  holderToken?: number;
  holderState?: string;
}

export interface RawMention {
  kind: MentionKind;
  /** Name as written, without possessive. */
  surface: string;
  start: number;
  end: number;
  /** Token range [from, to) of the name. */
  from: number;
  to: number;
  possessive: boolean;
  /** Canonical state name for states; for capitals and seats, the state they stand for. */
  state?: string;
  /** Bases: the name without the kind ("Hmeimim"), and the kind ("air base"). */
  core?: string;
  baseKind?: string;
  role?: Role;
  /** An acronym defined in parentheses right after the full name: "National Prosecuting Authority (NPA)". */
  expands?: string;
  /** A bare name after "in"/"from"/"to": a place unless it turns out to be someone's surname. */
  placeLike?: boolean;
  /** A person only because no dictionary knows its words: no title, no name the tagger knows. */
  guessed?: boolean;
  /** Capital or seat of government standing for its state. */
  metonym?: 'capital' | 'seat';
  /**
   * A government named by description: "the Dutch government" (state: Netherlands) or "the
   * internationally recognised government" (no state: the article's own).
   */
  government?: { state?: string; demonymToken?: number; body?: string };
  /** A vessel named after a noun for its kind ("the trawler X"): typed a base (naval) or a place. */
  vessel?: boolean;
  /** The plural of a surname the article gives a person ("the Boatengs"): the family, no node. */
  family?: boolean;
}

const BASE_NOUNS: [RegExp, string][] = [
  // "Gorakhpur air force station", "Ramstein Air Force Base", "Sigonella naval air station".
  [/^(air ?base|airbase|air field|airfield|air station|air force station|air force base|naval air station)$/, 'air base'],
  [/^(naval base|naval facility|naval station|navy base|port facility|naval support activity|naval support facility)$/, 'naval base'],
  // "Wellington Barracks": an army's quarters. (A cantonment is named after its town, which the
  // story names as a town too, so "the X cantonment" is left to the place rules.)
  [/^(military base|army base|base|garrison|outpost|barracks)$/, 'base'],
  [/^airport$/, 'airport'],
  // French, Spanish, Portuguese and Italian: "Base aérienne 127", "Base Aérea de Morón", "Base Naval de Rota".
  [/^(base aerienne|base aérienne|base aerea|base aérea)$/, 'air base'],
  [/^(base navale|base naval)$/, 'naval base'],
];
const MILITARY_CONTEXT = /\b(troops|forces|soldiers|military|deploy\w*|base[sd]?|garrison|withdr[ae]w\w*|stationed|airbase)\b/i;
export const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
// Abstract-noun endings: a capitalised run ending in one names a body ("Priority Crime Investigation").
const COMMON_SUFFIX = /^[a-z]{3,}(tion|sion|ment|ity|ance|ence|ness|ship|ism|ure|ery)$/;
const DOCUMENTS = /^(act|acts|law|laws|treaty|treaties|convention|conventions|directive|regulation|regulations|accord|accords|charter|bill|resolution|protocol|constitution|code|decree|amendment|document|documents|memorandum|declaration|communiqué|communique|statute|covenant|ordinance)$/;
// Nouns ending the names of periods and happenings, not bodies: "Cold War", "Arab Spring", "World Cup".
const HAPPENINGS = /^(war|wars|revolution|spring|crisis|uprising|era|age|period|conflict|genocide|massacre|coup|election|elections|summit|games|cup|olympics|championship|festival|day|week|year|accords?|agreement|treaty|deal|plan|act|law|doctrine|pact|protocol)$/;
const CALENDAR_TAGS = ['Date', 'Month', 'WeekDay', 'Time', 'Holiday'];
// ("lawmaker", "legislator", "congressman": members of a legislature hold a seat as a senator does.)
const TITLE_HEADS = /^(president|minister|secretary|spokesman|spokeswoman|spokesperson|chancellor|premier|governor|mayor|ambassador|envoy|commander|general|judge|prosecutor|director|chairman|chairwoman|ceo|editor|senator|lawmaker|legislator|congressman|congresswoman)$/;
const CALENDAR_WORDS = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow)$/;
const TIME_ZONES = /^(GMT|UTC|AM|PM|EST|EDT|CET|CEST|BST|PST|PDT|ET|PT|IST|MSK)$/;
// Nouns of a stand taken towards someone: "policy towards", "hostility towards", "overtures toward".
const ATTITUDE_NOUNS = /^(policy|policies|attitude|attitudes|stance|approach|hostility|posture|position|line|overtures|gestures|sympathy|antipathy|animosity|goodwill|aggression|threats|rhetoric|tone|shift|pivot|outreach)$/;
// Adjectives of a stand taken towards someone: "hostile towards", "friendly toward".
const ATTITUDE_ADJECTIVES = /^(hostile|friendly|unfriendly|soft|softer|tough|tougher|harsh|harsher|warm|warmer|cool|cold|colder|open|lenient|generous|sympathetic|suspicious|wary|conciliatory|aggressive|antagonistic|cautious|pragmatic)$/;
// Words that open a sentence and never a name: negation, conjunctions, focusing adverbs.
const SENTENCE_OPENERS = /^(not|but|and|or|nor|yet|so|only|even|also|then|still|no|neither|either|if|when|while|although|though|because)$/;
// Cardinal number words, alone or joined by a hyphen ("Fourteen", "Twenty-one", "Hundred").
const NUMBER_WORD = /^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)$/;
// Quantifiers opening a sentence: "Hundreds of", "Dozens", "Several", "Both", "Many".
const QUANTIFIER = /^(hundreds|thousands|millions|dozens|scores|tens|several|both|many|few|numerous)$/;  // (not "All": "All Progressives Congress")
// Prepositions of a path or a way through: what follows is crossed, reached or passed.
const PATH_PREPOSITIONS = /^(through|towards|toward|across|along|via|past|beyond|into|up|down)$/;
const LOCATION_PREPOSITIONS = new Set(['in', 'from', 'to', 'near', 'at', 'into', 'across', 'towards', 'toward', 'outside', 'around', 'off']);
// Nouns for a settled place before "of NAME": "the town of Tera", "residents of Cite Soleil".
// "the state of Minas Gerais", "the region of Kayes", "the province of Sindh": administrative units too.
const PLACE_OF = new RegExp(`^(${[...PLACE_OF_NOUNS, 'inhabitants', 'suburbs', 'island', 'islands', 'neighbourhood', 'neighborhood', 'slum', 'township', 'state', 'archipelago', 'regency', 'borough', 'atoll'].join('|')})$`);
// Facilities named by a name and a lower-case noun: "the Dunmere fuel terminal", "the Lukoil refinery".
// "the Vessmark railway", "the Karakoram highway": lines of transport named so are places too.
const FACILITIES = /^(terminal|refinery|plant|mine|dam|barrage|weir|causeway|bridge|pipeline|depot|prison|harbour|harbor|crossing|checkpoint|mill|smelter|reactor|cable|interconnector|railway|railroad|highway|motorway|tunnel)$/;
// Storm words before a storm's name: "Cyclone Mele", "Typhoon Haiyan", "Storm Ciarán".
const STORM_WORDS = /^(hurricane|typhoon|cyclone|storm)$/;
// Prefixes of ships' names: navies' (HMS, HMNZS, USS, INS...) and merchant or research vessels' (MV, RV).
// Navies of the Pacific, Asia, Africa and Europe prefix theirs too: Fiji's RFNS, Papua New Guinea's
// HMPNGS, Tonga's VOEA, Thailand's HTMS, Singapore's RSS, Malaysia's KD, Sri Lanka's SLNS,
// Bangladesh's BNS, Nigeria's NNS, Ghana's GNS, Kenya's KNS, Argentina's ARA, Portugal's NRP, Spain's
// ESPS, Denmark's HDMS, Norway's HNoMS, Sweden's HSwMS, Japan's JS, the US Coast Guard's USCGC.
export const SHIP_PREFIXES = /^(HMS|HMNZS|HMAS|HMCS|HMPNGS|USS|USNS|USCGC|INS|RFA|RFNS|HNLMS|HDMS|HNoMS|HSwMS|BRP|TCG|ROKS|KRI|PNS|HTMS|RSS|KD|SLNS|BNS|NNS|GNS|KNS|ARA|NRP|ESPS|VOEA|JS|ITS|FGS|ORP|BAP|MV|MT|RV|SV)$/;

// Nouns after a named operation: "its Baltic Sentry patrol mission", "the Barkhane operation".
// Members a legislature's house is named after: "House of Representatives", "Chamber of Deputies".
const LEGISLATORS = /^(representatives|commons|lords|councillors|councilors|delegates|deputies|assembly|peers|senators|keys|nationalities|federation|regions|states|people|peoples|elders|notables)$/;
const LEGISLATURES = new Set(LEGISLATURE_WORDS);
const PERSON_TRADES = /^(builder|constructor|homebuilder|brewer|distiller|distributor|wholesaler|investor|opposition|faction|lobby|grocer|trader|supplier|contractor|developer|producer|publisher|shipowner|maker)$/;
// What may follow a place's name up to ", where": other names of a list ("Mariana and Brumadinho, where").
const WHERE_AFTER = /^(?:(?:,\s+|\s+and\s+|,\s+and\s+)\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}){0,3},\s+where\b/u;
// Words opening a body's name in Romance languages, where the kind of body comes first ("Mineração
// Serra Azul", "Grupo Carso", "Compañía Minera", "Banque Misr", "Partido Colorado", "Frente Amplio").
// Written as the tokenizer normalises them, without accents.
export const BODY_LEADS = new Set(['banca', 'banque', 'caixa', 'caja', 'companhia', 'compania', 'compagnie', 'compagnia', 'grupo', 'gruppo', 'groupe',
  'empresa', 'empresas', 'industrias', 'industrie', 'mineracao', 'mineradora', 'minera', 'construtora', 'constructora', 'construcciones',
  'petroleos', 'transportes', 'sociedad', 'sociedade', 'societe', 'societa', 'fundacao', 'fundacion', 'fondation', 'fondazione',
  'instituto', 'institut', 'istituto', 'universidad', 'universidade', 'universite', 'universita', 'ministerio', 'ministere', 'ministero',
  'editora', 'editorial', 'aerolineas', 'linhas', 'partido', 'parti', 'partito', 'movimiento', 'movimento', 'mouvement', 'sindicato',
  'syndicat', 'confederacion', 'confederacao', 'federacion', 'federacao', 'asociacion', 'associacao', 'comision', 'comissao',
  'consejo', 'conselho', 'consiglio', 'conseil', 'autoridad', 'agencia', 'agence', 'agenzia', 'tribunal', 'tribunale', 'servicio',
  'servico', 'direccion', 'secretaria', 'policia', 'polizia', 'guardia', 'fuerzas', 'forcas', 'ejercito',
  // Banks, parties, fronts and alliances, courts, chambers and prosecutors' offices: "Banco do
  // Brasil", "Frente de Todos", "Fuerza Popular", "Acción Democrática", "Rassemblement National",
  // "Unión Cívica Radical", "Corte Suprema", "Fiscalía General", "Procuraduría General".
  'banco', 'frente', 'fuerza', 'forca', 'accion', 'acao', 'alianza', 'alianca', 'alleanza', 'coalicion', 'coligacao', 'bloque', 'bloco',
  'rassemblement', 'uniao', 'unione', 'convergencia', 'congreso', 'congresso', 'asamblea', 'assembleia', 'assemblee',
  'camara', 'corte', 'cour', 'fiscalia', 'procuraduria', 'defensoria', 'contraloria', 'armada', 'marinha', 'exercito', 'armee',
  'gendarmeria', 'prefectura', 'carabineros']);
// Arabic, Persian and Urdu words for a body opening its name, as the tokenizer normalises them:
// movement, party, front, army, brigade(s), legion, forces, organisation, council, union, group,
// soldiers. Never given names, so they make a body wherever they open a name of two words or more.
const ARABIC_BODY_LEADS = /^(harakat|harakah|hizb|hezb|jabhat|jabha|jaish|jaysh|liwa|kataib|kata'ib|saraya|tanzim|tehreek|tehrik|tahreek|faylaq|ittihad|jamaat|jama'at|jamaah|jamaa|jamiat|jamiat-e|quwat|jund|lashkar|sipah|majlis)$/;
// "Hayat", "Ansar", "Ahl" are also given names ("Hayat Sindi", "Ansar Burney"): a body's only with
// an Arabic article inside the name ("Hayat Tahrir al-Sham", "Ansar al-Islam", "Ahl al-Sunna").
const ARABIC_BODY_LEADS_IF_ARTICLE = /^(hayat|hay'at|hayat|ansar|ahl|fatah|asaib|asa'ib|majmu'at)$/;
// The words between a body's name and another name it goes by: ", formally known as", "(also called the".
// ("known by its Welsh initials as GDC", "known by its acronym as X": how it is known may come between.)
const KNOWN_AS = /^['’]?\s*[,(]\s*(?:(?:which|who) (?:is|are|was|were) )?(?:formally|officially|also|better|widely|commonly|locally|formerly|previously|once|sometimes|now)?\s*(?:known(?: by (?:its|their|the) (?:[\p{L}-]+ ){0,2}(?:initials|acronym|abbreviation|name))? as|called|referred to as|styled)\s+(?:the\s+)?$/u;
const OPERATIONS = /^(mission|operation|exercise|exercises|patrol|campaign)$/;

// Abbreviated words that open or sit inside a place's or a person's name, written with a full stop:
// "St." (Saint), "Ste." (Sainte), "Mt." (Mount), "Ft." (Fort), "Pt." (Point). Capitalised only, so
// the ship prefix "MT" and the time zone "PT" are not read as these.
const NAME_ABBREVIATIONS = /^(St|Ste|Mt|Ft|Pt)$/;

function joins(a: Token, text: string): boolean {
  // Two terms belong to one name when only a space or a hyphen separates them.
  const gap = text.slice(a.end, a.end + 3);
  return !a.possessive && /^(\s(?!\s)|-)/.test(gap) && !/[,;:.!?()“”"–—]/.test(a.post.trim() === '-' ? '' : a.post);
}

// Tasks a force is named for: "Stabilisation Force", "Multinational Force", "Intervention Force".
const FORCE_TASKS = /^(stabilisation|stabilization|intervention|multinational|peacekeeping|protection|implementation|standby|interim|security|assistance|support|joint|rapid)$/;

/** Whether the capitalised words from j are a person's name of two or three words (given names the dictionary knows, or no dictionary word). */
function personAfterHouse(tokens: Token[], j: number, to: number, text: string): boolean {
  let e = j;
  while (e < to && tokens[e].proper && (e === j || joins(tokens[e - 1], text))) e++;
  if (e - j < 2 || e - j > 3) return false;
  const words = tokens.slice(j, e);
  return words.every((t) => !ORG_HEADS.has(t.normal.replace(/['’]s$/, '')) && (NAME_TAGS.some((g) => t.tags.includes(g)) || !isDictionaryWord(t.normal.replace(/['’]s$/, ''))));
}

/** End of a body's name after "<State>–<State>" (tokens i and j), when capitalised words run on to a body's head noun; else 0. */
function dashedStatesBodyEnd(tokens: Token[], i: number, j: number, to: number, text: string): number {
  if (!stateName(bareText(tokens[i])) || !stateName(bareText(tokens[j])) || !joins(tokens[j], text)) return 0;
  let e = j + 1;
  while (e < to && tokens[e].proper && joins(tokens[e - 1], text) && !/[()“”"‘’\[\]]/.test(tokens[e].pre)) e++;
  return e - j >= 2 && ORG_HEADS.has(tokens[e - 1].normal.replace(/['’]s$/, '')) ? e : 0;
}

/** The base noun kind of each phrase seen (null: none), so each phrase runs the patterns once. */
const BASE_KIND_OF = new Map<string, string | null>();

function baseKindOfPhrase(phrase: string): string | null {
  return memo(BASE_KIND_OF, phrase, (p) => BASE_NOUNS.find(([re]) => re.test(p))?.[1] ?? null);
}

function baseKindAt(tokens: Token[], i: number, to: number): { kind: string; len: number } | undefined {
  for (let len = 3; len >= 1; len--) {
    if (i + len > to) continue;
    let phrase = tokens[i].normal.replace(/['’]s$/, '');
    for (let k = 1; k < len; k++) phrase += ' ' + tokens[i + k].normal.replace(/['’]s$/, '');
    const kind = baseKindOfPhrase(phrase);
    // "the Nangtse II base camp": a climbers' base camp is a camp below a peak, no military base.
    if (kind === 'base' && phrase === 'base' && tokens[i + 1]?.normal === 'camp') return undefined;
    if (kind !== null) return { kind, len };
  }
  return undefined;
}

// "of" continues a name only after a body or a place noun: "Bank of England", "Port of Rotterdam",
// "International Committee of the Red Cross" -- not "Rojas of the Broad Front".
const OF_HEADS = new Set(['republic', 'kingdom', 'emirate', 'emirates', 'states', 'people', 'ministry', 'minister', 'secretary', 'house', 'court', 'council', 'church',
  // Buildings named for what they house: "Temple of Justice", "Palace of Westminster", "Hall of the People".
  'temple', 'palace', 'hall', 'cathedral', 'basilica', 'mosque', 'tower',
  // Landforms and waters named "X of Y": "Cape of Good Hope", "Isle of Man", "Horn of Africa",
  // "Bight of Benin", "Lake of the Woods", "Straits of Florida", "Sea of Azov", "Mount of Olives".
  'cape', 'isle', 'isles', 'horn', 'bight', 'lake', 'mount', 'straits', 'sea', 'gulf', 'bay', 'strait', 'firth', 'gate', 'gates', 'pass', 'mouth', 'rock',
  // Agreements that found a body or a bond, named by it: "Compact of Free Association", "Forum of Small States".
  'compact', 'forum']);
function ofJoins(before: Token): boolean {
  const w = before.normal.replace(/['’]s$/, '');
  // "Orion Maritime of Hong Kong": after a company's name, "of" says where it is from.
  return (ORG_HEADS.has(w) && !COMPANY_HEADS.has(w)) || PLACE_HEADS.has(w) || OF_HEADS.has(w);
}

// Head nouns of bodies whose name goes on with their remit: "Office for ...", "Directorate for
// ...", "Command for the Restoration of Order", "Department of Water and Sanitation".
const REMIT_HEADS = new Set(['office', 'department', 'commission', 'directorate', 'command', 'committee', 'council', 'agency', 'authority', 'ministry', 'organisation', 'organization', 'centre', 'center', 'institute', 'academy', 'fund', 'programme', 'program', 'court', 'tribunal', 'secretariat',
  // "National Coordinator for Disaster Reduction", "Coordination for Humanitarian Affairs".
  'coordinator', 'coordination',
  // Civic bodies named by their cause: "Association for a More Just Society", "Movement for
  // Democratic Change", "Foundation for Defense of Democracies", "Alliance for Peace".
  'association', 'society', 'foundation', 'alliance', 'coalition', 'movement', 'league', 'federation', 'campaign',
  // Likewise forums, fronts, unions, networks, parties and banks named by their cause or remit:
  // "Forum for Economic and Social Rights", "Front for the Liberation of ...", "Union for the
  // Mediterranean", "Network for Human Rights Documentation", "Party for Freedom", "Bank for
  // International Settlements"; and a treaty-like compact named by what it creates ("Compact of Free Association").
  'forum', 'front', 'union', 'network', 'party', 'bank', 'compact', 'confederation',
  // "Chamber of Commerce of Chile", "Chamber of Commerce and Industry": a chamber's remit and state.
  'chamber']);

const ROMANCE_COMPASS = /\s(?:del|de|du|do|da)\s(?:Norte|Sur|Nord|Sud|Este|Oeste|Est|Ouest|Centro|Sul|Leste)$/u;

/** A remit's head noun, in the plural too: "Centers for Disease Control", "Institutes of Health". */
function remitHead(w: string): boolean {
  return REMIT_HEADS.has(w) || (w.endsWith('s') && REMIT_HEADS.has(w.slice(0, -1)));
}

/**
 * "Fisheries and Marine Services", "Labour and Social Services": inside a remit, capitalised common
 * words ending in "Services" name a portfolio, not a second body (no name of its own among them).
 */
function servicesPortfolio(tokens: Token[], k: number, e: number): boolean {
  if (e - k < 2 || tokens[e - 1].normal !== 'services') return false;
  for (let w = k; w < e - 1; w++) {
    const t = tokens[w];
    if (isProperOnlyWord(t.normal) || NAME_TAGS.some((g) => t.tags.includes(g)) || ORG_HEADS.has(t.normal) || stateName(t.text) || stateOfDemonym(t.text)) return false;
  }
  return true;
}

/**
 * Tokens from j that continue a body's name with its remit: "for (the) Cap...", "on Cap...", and
 * inside a remit also "of (the) Cap..." and "and Cap..." ("Drugs and Crime"). 0 when none does.
 * A state after "and" starts a new name ("the Ministry of Defence and Russia").
 */
function remitLength(tokens: Token[], j: number, to: number, text: string, inside: boolean): number {
  const cur = tokens[j];
  // "Committee to Protect Journalists": a body's purpose as a capitalised infinitive.
  if (cur.normal === 'to' && !inside && tokens[j + 1]?.proper && (tokens[j + 1].tags.includes('Verb') || isInfinitive(tokens[j + 1].normal)) && joins(cur, text) && tokens[j + 2]?.proper && joins(tokens[j + 1], text)) return 2;
  // "Organization for Security and Co-operation in Europe": inside a remit, "in" and a continent or
  // region ends the name (a state after "in" is where a body sits, read elsewhere).
  if (inside && cur.normal === 'in' && joins(cur, text) && j + 1 < to && tokens[j + 1].proper && REGION_NAMES.has(tokens[j + 1].normal.replace(/['’]s$/, '')) && !(j + 2 < to && tokens[j + 2].proper && joins(tokens[j + 1], text))) return 2;
  const linkers = inside ? /^(for|on|of|and)$/ : /^(for|on)$/;
  if (!linkers.test(cur.normal) || !joins(cur, text)) return 0;
  let k = j + 1;
  // "for the Coordination of ...", "for a More Just Society": an article may open the remit.
  if (k < to && (tokens[k].normal === 'the' || (cur.normal === 'for' && /^(a|an)$/.test(tokens[k].normal))) && cur.normal !== 'and' && joins(tokens[k], text)) k++;
  const next = tokens[k];
  if (!next || k >= to || !next.proper || /[()“”"‘’\[\]]/.test(next.pre)) return 0;
  const bare = bareText(next);
  // After "and" the remit goes on ("Drugs and Crime", "Strategic and International Studies"); a
  // name ending in a body's head noun is a second body ("... of Cape Town and Stellenbosch University").
  if (cur.normal === 'and') {
    if (stateName(bare) || stateOfDemonym(bare) || next.possessive) return 0;
    let e = k;
    while (e < to && tokens[e].proper && (e === k || joins(tokens[e - 1], text)) && !/[()“”"‘’\[\]]/.test(tokens[e].pre)) e++;
    const head = tokens[e - 1].normal.replace(/['’]s$/, '');
    if (ORG_HEADS.has(head) && !COMPANY_HEADS.has(head) && head !== 'international' && !(inside && servicesPortfolio(tokens, k, e))) return 0;
  }
  if (CALENDAR_WORDS.test(next.normal)) return 0;
  // "a loan from the World Bank for Kenya", "aid from the European Union for Ukraine": a lone state
  // after "for"/"on" is whom the thing is for, not the body's remit.
  if (!inside && (stateName(bare) || stateOfDemonym(bare)) && !(k + 1 < to && tokens[k + 1].proper && joins(next, text))) return 0;
  return k - j + 1;
}

// Nouns for kinds of bodies, written in lower case before a body's name ("the operator Cinia").
// Trades a state or private company is introduced by: "the state miner X", "the refiner X".
const BODY_NOUNS = /^(miner|refiner|exporter|importer|utility|shipbuilder|automaker|carmaker|chipmaker|drugmaker|shipper|trader|publisher|telecom|telco|company|firm|operator|carrier|airline|agency|broadcaster|bank|insurer|lender|startup|giant|maker|manufacturer|developer|regulator|watchdog|authority|conglomerate|retailer|supplier|contractor|shipper|shipowner|producer|group|charity|ngo|organisation|organization|association|union|party|movement|militia|newspaper|daily|channel|network|institute|builder|constructor|homebuilder|consortium|shipyard|steelmaker|brewer|distiller|distributor|wholesaler|consultancy|subsidiary|multinational|provider|outlet|tabloid|weekly|magazine|broadsheet|foundation|federation|coalition|alliance|bloc|faction|lobby|syndicate|cartel|gang|insurgency|railway|railroad|club|chain|grocer|supermarket|fund|exchange|bourse|tribunal|council|commission|ministry|department)$/;

const ACRONYM_LINKS = /^(of|for|in|on|and|the|de|des|du|la|le|el|to)$/;

/** End of a name [i, k) continued through linking words when "(ACRONYM)" after it spells its initials; else 0. */
function declaredAcronymEnd(tokens: Token[], i: number, j: number, to: number): number {
  let k = j;
  while (k < to && k - i < 14 && (ACRONYM_LINKS.test(tokens[k].normal) || tokens[k].proper) && !/\(/.test(tokens[k].pre)) k++;
  const acronym = tokens[k];
  if (!acronym || k >= to || !/\(/.test(acronym.pre) || !/^[A-Z]{3,8}$/.test(acronym.text) || tokens[k - 1].proper === false) return 0;
  return spellsInitials(tokens.slice(i, k), acronym.text) ? k : 0;
}

/**
 * Whether an acronym spells a name's initials: every content word gives its first letter, and a
 * linking word may give one too ("Mission in Libya" → "MIL", "Bank of England" → "BoE"/"BE").
 */
function spellsInitials(words: Token[], acronym: string): boolean {
  const letters = acronym.toUpperCase();
  // "French Armed Forces in New Caledonia (FANC)": an acronym of four letters or more may leave out
  // one word inside the name, never its first or last.
  const go = (w: number, p: number, skips: number): boolean => {
    if (w === words.length) return p === letters.length;
    const initial = words[w].text[0].toUpperCase();
    const link = ACRONYM_LINKS.test(words[w].normal);
    if (p < letters.length && letters[p] === initial && go(w + 1, p + 1, skips)) return true;
    if (link) return go(w + 1, p, skips);
    return skips > 0 && w > 0 && w < words.length - 1 && go(w + 1, p, skips - 1);
  };
  return go(0, 0, letters.length >= 4 ? 1 : 0);
}

/**
 * End of a body's name that a single word before "and" shares: "the Disaster and Emergency
 * Management Authority". The name after "and" must run to a body's head noun over two words or
 * more; a state or a demonym before "and" is its own name ("the US and European Union"). 0: none.
 */
function sharedBodyEnd(tokens: Token[], i: number, j: number, to: number, text: string): number {
  if (!joins(tokens[j], text)) return 0;
  // "the United Nations Relief and Works Agency": the words before "and" may be several, none of
  // them a state, a person, a place or a body's head noun of its own.
  // "the African Union Support and Stabilisation Mission": a body's head noun may stand inside the
  // words before "and" (a body named after its parent), but not right before it, where it would end
  // a first body's name ("the European Union and African Union Commission").
  for (let w = i; w < j; w++) {
    const word = tokens[w];
    const bare = bareText(word);
    // "the Italian Fire and Rescue Service": a demonym may open the shared words, never stand alone before "and".
    const openingDemonym = w === i && j - i >= 2 && stateOfDemonym(bare) && !stateName(bare);
    if (((stateName(bare) || stateOfDemonym(bare) || word.tags.includes('Place')) && !openingDemonym) || word.tags.includes('Person') || word.possessive || (ORG_HEADS.has(word.normal) && (w === j - 1 || i === j - 1))) return 0;
    // "the University of Nairobi and Strathmore University": a name complete with its remit is a body of its own.
    if (!word.proper) return 0;
  }
  if (stateName(tokens.slice(i, j).map((t) => t.text).join(' '))) return 0;
  let k = j + 1;
  while (k < to && tokens[k].proper && !/[()“”"‘’\[\]]/.test(tokens[k].pre) && (k === j + 1 || joins(tokens[k - 1], text))) k++;
  return k - (j + 1) >= 2 && ORG_HEADS.has(tokens[k - 1].normal.replace(/['’]s$/, '')) ? k : 0;
}

/**
 * "the Harbour Rule of Law Institute", "a Prevention of Torture Committee": a capitalised common noun,
 * "of" and one to three capitalised words ending in a body's head noun name one body by its cause.
 * The noun before "of" must be a dictionary word, not a person's name ("Okoye of Lagos Business
 * School" stays a person and a body), and no article may follow "of". End of the body, or 0.
 */
function causeOfBodyEnd(tokens: Token[], j: number, to: number, text: string): number {
  const prev = tokens[j - 1];
  const w = prev.normal.replace(/['’]s$/, '');
  if (tokens[j].normal !== 'of' || !joins(tokens[j], text) || prev.possessive || !isDictionaryWord(w) || isProperOnlyWord(w) || isTitleToken(prev) || ORG_HEADS.has(w) || NAME_TAGS.some((g) => prev.tags.includes(g))) return 0;
  let e = j + 1;
  while (e < to && e - j <= 3 && tokens[e].proper && (e === j + 1 || joins(tokens[e - 1], text)) && !/[()“”"‘’\[\]]/.test(tokens[e].pre)) e++;
  const head = tokens[e - 1].normal.replace(/['’]s$/, '');
  if (e === j + 1 || (e < to && tokens[e].proper && joins(tokens[e - 1], text))) return 0;
  return ORG_HEADS.has(head) && !COMPANY_HEADS.has(head) && e - j >= 3 ? e : 0;
}

/**
 * End of a run of capitalised words from `j` ending in a body's head noun within four words, or 0.
 * ("the Kessa People's Assembly Budget Committee Ana Sefo": where a name runs on after the
 * body, the last head noun within the four words ends the body.)
 */
function possessiveBodyEnd(tokens: Token[], j: number, to: number): number {
  let lastHead = 0;
  for (let k = j; k < Math.min(to, j + 4); k++) {
    const t = tokens[k];
    if (!t.proper) break;
    // ("the Chilean Workers' Central", "the Workers' Central Union": Latin America's trade union
    // federations are "centrals", named after whose they are.)
    const head = ORG_HEADS.has(t.normal.replace(/['’]s$/, '')) || (k === j && t.normal === 'central');
    if (head && (k + 1 >= to || !tokens[k + 1].proper || t.possessive || !/^\s$/.test(t.post) || /[(“"‘]/.test(tokens[k + 1].pre))) return k + 1;
    if (head) lastHead = k + 1;
    if (t.possessive || !/^\s$/.test(t.post)) break;
  }
  return lastHead;
}

// A state's formal style before its short name: "the Republic of Kenya", "the Kingdom of Bhutan",
// "the State of Qatar", "the Federal Democratic Republic of Ethiopia", "the Independent State of Samoa".
const FORMAL_STATE = /^(?:the\s+)?(?:(?:federal|democratic|people['’]s|islamic|socialist|united|independent|plurinational|bolivarian|hashemite|cooperative|sovereign|oriental|arab|co-operative)\s+){0,3}(?:republic|kingdom|state|sultanate|emirate|principality|grand duchy|commonwealth|federation)\s+of\s+(?:the\s+)?(.+)$/i;

/** The state a formal style names ("Republic of Kenya" → Kenya), or undefined. */
function formalStateName(surface: string): string | undefined {
  const m = FORMAL_STATE.exec(surface);
  return m ? stateName(m[1]) : undefined;
}

/** End of a state's name of several words written from k ("Central African Republic", "Democratic Republic of the Congo"), or 0. */
function missionStateEnd(tokens: Token[], k: number, to: number, text: string): number {
  let best = 0;
  let e = k;
  while (e < to && e - k < 7 && (tokens[e].proper || (/^(of|the|and)$/.test(tokens[e].normal) && e > k)) && (e === k || joins(tokens[e - 1], text))) {
    e++;
    if (tokens[e - 1].proper && stateName(text.slice(tokens[k].start, tokens[e - 1].bareEnd))) best = e;
  }
  return best;
}

/**
 * "Minister of Water and Sanitation", "Secretary for Roads and Transport", "Minister of Energy
 * and Mines": a title's head noun, "of" or "for", and its portfolio in capitalised common words,
 * which "and" may join. The whole names an office -- its words are no body's or person's name,
 * and the part after "and" no name of its own. End of that title (exclusive) from the head at
 * `k`, or 0 when no portfolio follows (a state or a place after "of" is read as ever).
 */
const PORTFOLIO_HEADS = /^(minister|secretary|commissioner|director|undersecretary|under-secretary)$/;
function portfolioTitleEnd(tokens: Token[], k: number, to: number): number {
  // (Offices of a place, "governor of", "mayor of", "president of", take a place's name instead.)
  if (!PORTFOLIO_HEADS.test(tokens[k].normal) || tokens[k].possessive || k + 2 >= to || !/^(of|for)$/.test(tokens[k + 1].normal)) return 0;
  const portfolioWord = (t: Token): boolean => {
    const w = t.normal.replace(/['’]s$/, '');
    return t.proper && /^\p{Lu}\p{Ll}/u.test(t.text) && !COMPASS.test(w) && !stateName(t.text) && !stateOfDemonym(t.text) && (PORTFOLIO_WORDS.has(w) || COMMON_SUFFIX.test(w) || ((isDictionaryWord(w) || isPluralCommonWord(w)) && !isProperOnlyWord(w) && !NAME_TAGS.some((g) => t.tags.includes(g))));
  };
  let e = k + 2;
  let end = 0;
  while (e < to && portfolioWord(tokens[e])) {
    e++;
    end = e;
    // "Lands and Irrigation": "and" and another portfolio word go on with the office.
    if (e + 1 < to && tokens[e].normal === 'and' && /^\s$/.test(tokens[e - 1].post) && /^\s$/.test(tokens[e].post) && portfolioWord(tokens[e + 1])) e++;
    else if (!/^\s$/.test(tokens[e - 1].post)) break;
  }
  return end;
}

// "the 6th Infantry Division", "101st Airborne Division", "the 3rd Armoured Brigade": armies number
// their formations, and the ordinal is part of the name -- without it every division of an army
// would be one node.
const ORDINAL = /^\d{1,3}(st|nd|rd|th)$/;
const FORMATION_HEADS = /^(division|brigade|battalion|regiment|corps|army|fleet|squadron|wing|company|group|command|district|infantry|marines?)$/;
function numberedFormation(tokens: Token[], i: number, to: number): boolean {
  if (!ORDINAL.test(tokens[i].normal) || !/^\s$/.test(tokens[i].post)) return false;
  let j = i + 1;
  while (j < to && tokens[j].proper && !tokens[j - 1].possessive && /^\s?$/.test(tokens[j - 1].post)) j++;
  return j > i + 1 && FORMATION_HEADS.test(tokens[j - 1].normal.replace(/['’]s$/, ''));
}

/** Find the capitalised name runs of a sentence: [from, to) token ranges. */
function nameRuns(tokens: Token[], from: number, to: number, text: string): [number, number][] {
  const runs: [number, number][] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i];
    const particle = (isHyphenParticle(t.normal, t.post) && i + 1 < to && tokens[i + 1].proper) || numberedFormation(tokens, i, to);
    if (!t.proper && !particle) {
      i++;
      continue;
    }
    let j = i + 1;
    let complement = false;
    // "Trinidad and Tobago", "Saint Vincent and the Grenadines": a state whose name joins two names
    // with "and" is one name; cut at the "and" it would make two islands.
    const andState = AND_STATES.get(t.normal);
    if (andState) {
      const ahead = text.slice(t.start, t.start + 40).toLowerCase();
      const hit = andState.find((n) => ahead.startsWith(n) && !/[\p{L}\d]/u.test(ahead.charAt(n.length)));
      if (hit) {
        const end = t.start + hit.length;
        while (j < to && tokens[j].start < end) j++;
      }
    }
    while (j < to) {
      const prev = tokens[j - 1];
      const cur = tokens[j];
      let bodyEnd = 0; // the end of a body a rule below finds, computed once
      // "the State Prosecutor's Office", "the Auditor-General's Office": a title's office is a body.
      if (prev.possessive && (isTitleToken(prev) || TITLE_HEADS.test(prev.normal.replace(/['’]s$/, ''))) && cur.proper && cur.normal === 'office' && /^\s$/.test(prev.post)) {
        j++;
        continue;
      }
      // "International Transport Workers' Federation", "the People's Alliance Party": a plural
      // noun's possessive (or "People's", "Women's") inside a capitalised run ending in a body's
      // head noun is part of the body's name, not its owner ("Haftar's army", "Kenya's Senate").
      if ((prev.possessive || (/^['’]\s$/.test(prev.post) && /s$/.test(prev.text))) && cur.proper && /^['’]?\s$/.test(prev.post) && (/s['’]$/.test(prev.text) || /^['’]/.test(prev.post) || /^(people|women|children|men|workers)['’]s$/i.test(prev.text)) && !stateName(text.slice(tokens[i].start, prev.bareEnd)) && !REGION_NAMES.has(text.slice(tokens[i].start, prev.bareEnd).toLowerCase()) && (bodyEnd = possessiveBodyEnd(tokens, j, to)) > 0) {
        j = bodyEnd;
        // (A name right after the body is another name: "... Budget Committee Ana Sefo".)
        if (j < to && tokens[j].proper) break;
        continue;
      }
      // "Hizb-ul-Mujahideen", "Lashkar-e-Taiba", "Mazar-i-Sharif": a short lower-case link between
      // hyphens joins the two halves of one name.
      // (Persian and Urdu links only: other hyphenated names are read as before.)
      if (prev.post === '-' && cur.post === '-' && /^(e|i|ul|ud|ur|us|ut)$/.test(cur.text) && j + 1 < to && tokens[j + 1].proper) {
        j += 2;
        continue;
      }
      // "Directorate General of Shipping", "Inspectorate General of Prisons": a body's head noun
      // and "General" go on with the remit after "of".
      if (cur.normal === 'of' && prev.normal === 'general' && j - 2 >= i && /^(directorate|inspectorate|secretariat|command|commissariat|staff)$/.test(tokens[j - 2].normal) && j + 1 < to && tokens[j + 1].proper && joins(cur, text)) {
        j += 2;
        continue;
      }
      // "Julian St. Clair", "St. Kitts", "Mt. Elgon", "Ft. Portal", "Marie Ste. Croix": a name's
      // abbreviated word ("Saint", "Sainte", "Mount", "Fort", "Point") keeps its full stop, yet the
      // name goes on; English never ends a name or a sentence on these abbreviations before a capital.
      if (NAME_ABBREVIATIONS.test(prev.text) && prev.post === '. ' && /^\p{Lu}/u.test(cur.text) && !/[()“”"‘’\[\]]/.test(cur.pre)) {
        j++;
        continue;
      }
      // "S. Jaishankar", "John F. Kennedy", "the R. Velmurugan School": a capital letter and a full
      // stop is a given name's initial; the name goes on after it (a word that opens sentences,
      // "Plan B. The", does not continue it).
      if (/^\p{Lu}$/u.test(prev.text) && prev.post === '. ' && (cur.proper || /^\p{Lu}$/u.test(cur.text)) && (/^\p{Lu}\p{Ll}/u.test(cur.text) || (/^\p{Lu}$/u.test(cur.text) && cur.post === '. ')) && !/[()“”"‘’\[\]]/.test(cur.pre) && !cur.tags.includes('Determiner') && !cur.tags.includes('Pronoun') && !cur.tags.includes('Preposition') && !cur.tags.includes('Conjunction')) {
        j++;
        continue;
      }
      // "the Peru–Bolivia Joint Lake Commission", "the Chad–Niger Joint Force": two states
      // joined by an en dash before a body's name are the body's first words.
      if (prev.post === '–' && j - 1 === i && (bodyEnd = dashedStatesBodyEnd(tokens, i, j, to, text)) > 0) {
        j = bodyEnd;
        continue;
      }
      if (!joins(prev, text)) break;
      // "Member of Parliament Ahmed Khalil said", "Member of the National Assembly Tomas
      // Verkel": a person's name right after a legislature's is the member's, not the house's.
      if (LEGISLATURES.has(prev.normal) && cur.proper && personAfterHouse(tokens, j, to, text)) break;
      // "the Central Asia Programme of the Oxus Institute": a programme or project of a body is
      // named apart from the body that runs it.
      if (cur.normal === 'of' && /^(programme|program|project|initiative|desk|unit|lab|laboratory)$/.test(prev.normal) && j - i >= 2) break;
      if (/[()“”"‘’\[\]]/.test(cur.pre)) break;
      if (cur.proper) j++;
      // "Finnest-3", "Nord Stream-2": a number hyphenated to a name belongs to it.
      else if (prev.post === '-' && /^\d{1,3}$/.test(cur.text)) j++;
      // "Park Min-jun", "Moon Jae-in": a Korean given name's second syllable, in lower case after
      // a hyphen, belongs to the name.
      else if (prev.post === '-' && /^\p{Ll}{1,5}$/u.test(cur.text) && j - 2 >= i && isEastAsianName(text.slice(tokens[j - 2].start, cur.end).split(/\s+/))) j++;
      // "Security and Co-operation", "Non-proliferation": a prefix hyphenated to a lower-case word
      // inside a name makes one word of the name.
      else if (prev.post === '-' && j - i >= 2 && /^(co|non|anti|counter|inter|multi|self|pre|post)$/.test(prev.normal) && /^\p{Ll}+$/u.test(cur.text)) j++;
      // Lower-case particles inside a name: "Pieter de Graaf", "Lula da Silva".
      // ("Banco do Brasil" opening a sentence: a Romance word for a body or a place before the link.)
      else if ((NAME_PARTICLES.has(cur.normal) || (ROMANCE_LINKS.test(cur.text) && (j - 1 > from || BODY_LEADS.has(prev.normal) || GEO_LEADS.has(prev.normal)) && !stateName(prev.text) && !stateOfDemonym(prev.text))) && /^\s$/.test(cur.post) && j + 1 < to && tokens[j + 1].proper && !tokens[j + 1].tags.includes('Verb')) j++;
      // "Río de la Plata", "Pieter van der Merwe", "Ursula von der Leyen", "Cueva de los Verdes": a
      // particle of two words (a preposition and an article) joins a name as one particle does.
      else if (j + 2 < to && DOUBLE_PARTICLES.has(`${cur.normal} ${tokens[j + 1].normal}`) && cur.text === cur.normal && tokens[j + 1].text === tokens[j + 1].normal && /^\s$/.test(cur.post) && /^\s$/.test(tokens[j + 1].post) && tokens[j + 2].proper && !tokens[j + 2].tags.includes('Verb')) j += 2;
      // "Médecins sans Frontières", "Ärzte ohne Grenzen", "Partido por la Democracia": a foreign
      // preposition in lower case between capitalised words goes on with the body's name.
      else if (FOREIGN_LINKS.test(cur.text) && /^\s$/.test(cur.post) && j + 1 < to && tokens[j + 1].proper && !tokens[j + 1].tags.includes('Verb')) j++;
      // "International Committee of the Red Cross"
      // ("State Secretary of the Ministry of ...": a title's "of the" before a body's head noun
      // names the body the title-holder serves; the title is no part of the body's name.)
      else if (cur.normal === 'of' && ofJoins(prev) && tokens[j + 1]?.normal === 'the' && j + 2 < to && tokens[j + 2].proper && joins(cur, text) && joins(tokens[j + 1], text) && !(isTitleToken(prev) && !ORG_HEADS.has(prev.normal) && REMIT_HEADS.has(tokens[j + 2].normal))) {
        complement = REMIT_HEADS.has(prev.normal.replace(/['’]s$/, ''));
        j += 2;
      }
      else if (isHyphenParticle(cur.normal, cur.post) && j + 1 < to && tokens[j + 1].proper) j++;
      // "the Power of Siberia pipeline", "the Bridge of Friendship crossing": a name with "of"
      // right before a facility's noun is one facility's name.
      else if (cur.normal === 'of' && joins(cur, text) && j + 1 < to && tokens[j + 1].proper && (() => {
        let e = j + 1;
        while (e < to && tokens[e].proper && joins(tokens[e - 1], text)) e++;
        return e < to && e - j <= 3 && FACILITIES.test(tokens[e].normal) && !tokens[e].proper && joins(tokens[e - 1], text);
      })()) j++;
      else if (cur.normal === 'of' && ofJoins(prev) && j + 1 < to && tokens[j + 1].proper && joins(cur, text)) {
        complement = REMIT_HEADS.has(prev.normal.replace(/['’]s$/, ''));
        j++;
      }
      else if ((bodyEnd = causeOfBodyEnd(tokens, j, to, text)) > 0) j = bodyEnd;
      // "Fundación Tierra y Futuro", "Partido Social e Democrático", "Ligue Droits et Libertés": a
      // Romance "and" between capitalised words joins one name (English prose never writes these words alone).
      else if (ROMANCE_AND.test(cur.text) && /^\s$/.test(cur.post) && j + 1 < to && tokens[j + 1].proper && !tokens[j + 1].tags.includes('Verb') && !/[()“”"‘’\[\]]/.test(tokens[j + 1].pre)) j++;
      // "Office for the Coordination of Humanitarian Affairs", "Office on Drugs and Crime": a body's
      // remit after its head noun belongs to its name, so the name is never cut at "Office".
      // "Cloud Infrastructure Services Providers in Europe (CISPE)": linking words continue a name
      // whose acronym, declared right after it, spells every word.
      else if (ACRONYM_LINKS.test(cur.normal) && (bodyEnd = declaredAcronymEnd(tokens, i, j, to)) > 0) j = bodyEnd;
      // "the UN Support Mission in Libya said": a mission or an office is named with the state it
      // serves in ("UN Office in Geneva"); a mission is no place, so "in" continues its name.
      else if (cur.normal === 'in' && j - i >= 2 && /^(mission|office)$/.test(prev.normal) && joins(cur, text) && j + 1 < to && tokens[j + 1].proper && stateName(bareText(tokens[j + 1])) && !(j + 2 < to && tokens[j + 2].proper && joins(tokens[j + 1], text) && !/[()“”"‘’\[\]]/.test(tokens[j + 2].pre))) j += 2;
      // "the Lakes Stabilisation Force in Varra", "the Multinational Force in Haiti": a force
      // named for its task is named with where it serves, a state or a region of one or two words.
      else if (cur.normal === 'in' && j - i >= 2 && prev.normal === 'force' && FORCE_TASKS.test(tokens[j - 2].normal) && joins(cur, text) && j + 1 < to && tokens[j + 1].proper && !/[()“”"‘’\[\]]/.test(tokens[j + 1].pre)) {
        let e = j + 1;
        while (e < to && e - j <= 2 && tokens[e].proper && (e === j + 1 || joins(tokens[e - 1], text))) e++;
        if (e < to && tokens[e].proper && joins(tokens[e - 1], text)) break;
        j = e;
      }
      // "the ... Stabilization Mission in the Central African Republic", "Mission in the Democratic
      // Republic of the Congo": the state the mission serves in may be named with "the" and in words.
      else if (cur.normal === 'in' && j - i >= 2 && /^(mission|office)$/.test(prev.normal) && joins(cur, text) && j + 2 < to && tokens[j + 1].normal === 'the' && tokens[j + 2].proper && missionStateEnd(tokens, j + 2, to, text) > 0) j = missionStateEnd(tokens, j + 2, to, text);
      // "the Disaster and Emergency Management Authority": one word and a body's name joined by "and".
      else if (cur.normal === 'and' && i > from && (tokens[i - 1].normal === 'the' || tokens[i - 1].possessive) && sharedBodyEnd(tokens, i, j, to, text) > 0) j = sharedBodyEnd(tokens, i, j, to, text);
      else if ((complement || remitHead(prev.normal.replace(/['’]s$/, ''))) && remitLength(tokens, j, to, text, complement) > 0) {
        j += remitLength(tokens, j, to, text, complement);
        complement = true;
      } else break;
    }
    // "White House said": the sentence's first word may belong to a known name.
    if (i > from && /^\p{Lu}/u.test(tokens[i - 1].text) && !tokens[i - 1].proper && joins(tokens[i - 1], text)) {
      const joined = text.slice(tokens[i - 1].start, tokens[j - 1].bareEnd);
      // "Turkish Airlines said": a demonym opening the sentence before a body's head noun.
      const demonymBody = stateOfDemonym(tokens[i - 1].text) && ORG_HEADS.has(tokens[j - 1].normal.replace(/['’]s$/, ''));
      // "Human Rights Watch urged...", "Amnesty International said...": a capitalised noun or
      // adjective opening the sentence belongs to a body's name right after it.
      const opener = tokens[i - 1];
      const bodyOpener = i - 1 === from && !/^(its|his|her|their|our|my|your)$/.test(tokens[i - 1].normal) && ORG_HEADS.has(tokens[j - 1].normal.replace(/['’]s$/, '')) && (opener.tags.includes('Noun') || opener.tags.includes('Adjective')) && !opener.tags.includes('Verb') && !isTitleToken(opener) && !stateOfDemonym(opener.text);
      // "Camp Lemonnier, near ...": a camp's name opening the sentence, as anywhere else.
      const campOpener = opener.text === 'Camp' && i - 1 === from;
      if (stateOfSeat(joined) || stateName(joined) || REGION_NAMES.has(joined.toLowerCase()) || stateOfCapital(joined) || demonymBody || bodyOpener || campOpener) i--;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

// Words that qualify an office's noun without being titles themselves: "High Commissioner", "Air Staff", "Naval Staff".
const OFFICE_QUALIFIERS = /^(high|air|naval|joint|defence|defense|general)$/;
// Title words that qualify a title and cannot end one: "Foreign" in "Foreign Minister".
const TITLE_MODIFIERS = new Set(['foreign', 'defence', 'defense', 'interior', 'finance', 'economy', 'trade', 'justice', 'health', 'deputy', 'acting', 'interim', 'former', 'vice', 'prime', 'supreme', 'special', 'senior', 'state', 'press', 'crown', 'field', 'associate', 'key', 'close', 'longtime', 'of', 'rear']);

// "His Excellency", "Her Majesty", "Your Highness", "Lord X", "Lady Y": a form of address opens with a
// possessive pronoun, or is a peer's style; stripped before a name as titles are.
const ADDRESS_NOUNS = /^(excellency|excellencies|majesty|highness|holiness|honour|honor|grace|eminence|lordship|ladyship)$/;
function addressOpener(t: Token, next: Token | undefined): boolean {
  if (t.possessive || !next) return false;
  if (/^(his|her|their|your)$/.test(t.normal)) return ADDRESS_NOUNS.test(next.normal);
  return /^(lord|lady)$/.test(t.normal) && /^\s$/.test(t.post) && next.proper && !next.possessive;
}

function isTitleToken(t: Token): boolean {
  return TITLE_WORDS.has(t.normal.replace(/['’]s$/, '')) || isTitleAbbreviation(t.text);
}

function titleRelation(title: string): string | undefined {
  const t = title.toLowerCase().replace(/^(former|acting|interim|deputy|vice|new|then)\s+/, '');
  if (/^vice[ -]president$/i.test(title.trim())) return 'vice_president_of';
  if (/^(deputy|vice)\b/.test(title.toLowerCase())) return undefined;
  for (const [re, rel] of TITLE_RELATIONS) if (re.test(t)) return rel;
  // "commander Rear Admiral", "Interior Cabinet Secretary": the office may be named by the words
  // before a rank, or by the last words after a portfolio.
  const words = t.split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const tail = words.slice(words.length - n).join(' ');
    // English titles end in their head noun ("Foreign Minister spokesman"): the tail first.
    for (const [re, rel] of TITLE_RELATIONS) if (re.test(tail)) return rel;
    for (const [re, rel] of TITLE_RELATIONS) if (re.test(head)) return rel;
  }
  return undefined;
}

// Definite articles of Spanish, Italian, French and Portuguese written capitalised to open a name.
// (Not "El": Arabic place names open with it, "El Fasher", "El Obeid", after any verb of motion.)
export const ROMANCE_ARTICLES = /^(La|Las|Los|Le|Les|Il|Lo|Gli|Os|As)$/;
const PERSON_OR_PLACE_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'Place', 'City', 'Country', 'Region'];
// Local offices whose "of" names the place they serve ("the mayor of X"), not a body.
export const PLACE_OFFICES = /^(mayor|governor|prefect|deputy|councillor|councilor|senator|representative|mp)$/;

/**
 * Role before a name: "Syrian President", "Kremlin spokesman", "Putin’s spokesman",
 * "Foreign Minister", "Journalist". Looks back over title words and at most one holder.
 */
function roleBefore(fullText: string, tokens: Token[], nameFrom: number, sentenceFrom: number): Role | undefined {
  let k = nameFrom - 1;
  const titleWords: Token[] = [];
  // "Gen. Souleymane Yaro": an abbreviated rank keeps its dot.
  // "vice-president", "director-general": a hyphen joins two title words into one title.
  while (k >= sentenceFrom && isTitleToken(tokens[k]) && !tokens[k].possessive && (/^\s*$/.test(tokens[k].post) || (tokens[k].post === '-' && isTitleToken(tokens[k + 1])) || (/^\.\s$/.test(tokens[k].post) && /^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[k].text)))) {
    titleWords.unshift(tokens[k]);
    k--;
  }
  // "the leader of La Esperanza", "the head of El Mirador": a name right after a title's "of"
  // is what the title governs, never its holder.
  // (A local office's "of" is read later: "the former mayor of X" makes X a place.)
  if (titleWords.length >= 2 && titleWords[titleWords.length - 1].normal === 'of' && !PLACE_OFFICES.test(titleWords[titleWords.length - 2].normal)) return undefined;
  // "a key ally of X": a title never ends in "of"; bare modifiers ("key", "longtime") are no title.
  while (titleWords.length && /^(of|key|close|longtime|senior|special|former)$/.test(titleWords[titleWords.length - 1].normal)) titleWords.pop();
  if (!titleWords.length) return undefined;
  // "state" and "of" only inside a title ("Secretary of State"), never alone.
  while (titleWords.length && /^(of|state|former)$/.test(titleWords[0].normal) && titleWords.length > 1 && titleWords[0].normal !== 'former') titleWords.shift();
  // "the Brazilian state of Minas Gerais": "state" alone is the place noun, no title.
  if (titleWords.length === 1 && /^(state|of)$/.test(titleWords[0].normal)) return undefined;
  const titleText = titleWords.map((t) => t.text).join(' ');
  const role: Role = { text: titleText, relation: titleRelation(titleText.replace(/^former\s+/i, '')) };
  // A holder just before the title: demonym, state, seat, or possessor ("Putin’s spokesman").
  let h = titleWords.length ? tokens.indexOf(titleWords[0]) - 1 : -1;
  if (h >= sentenceFrom && /^\s+$/.test(tokens[h].post)) {
    const former = tokens[h].normal === 'former';
    if (former) h--;
    if (h >= sentenceFrom) {
      const ht = tokens[h];
      const bare = bareText(ht);
      const demState = ht.proper ? stateOfDemonym(bare) : undefined;
      const st = ht.proper ? stateName(bare) ?? demState : undefined;
      const seatState = ht.proper ? stateOfSeat(bare) : undefined;
      const capitalState = ht.proper ? stateOfCapital(bare) : undefined;
      // Any name just before the title holds it: "FNV spokesman", "Moscow ally", "Putin’s spokesman".
      if (st || seatState || capitalState || ht.proper) {
        // A holder of several words ("White House spokeswoman"): start the role at its first word.
        while (h - 1 >= sentenceFrom && tokens[h - 1].proper && !tokens[h - 1].possessive && /^\s$/.test(tokens[h - 1].post) && !stateOfDemonym(tokens[h].text)) h--;
        role.holderToken = h;
        role.holderState = st;
        role.text = fullText.slice(tokens[h].start, tokens[nameFrom - 1].bareEnd);
        // "former Syrian president": the word before the holder makes the title past.
        if (former || (h - 1 >= sentenceFrom && tokens[h - 1].normal === 'former')) role.text = 'former ' + role.text;
      } else if (former) {
        role.text = 'former ' + role.text;
      }
    }
  }
  if (/^former\s/i.test(titleText) || /^former\s/i.test(role.text)) {
    if (role.relation && role.relation !== 'works_for' && !role.relation.startsWith('former_')) role.relation = `former_${role.relation}`;
  }
  return role;
}


function hasTag(tokens: Token[], from: number, to: number, tag: string): boolean {
  for (let i = from; i < to; i++) if (tokens[i].tags.includes(tag)) return true;
  return false;
}

/**
 * "in Hanoi and Nong Khai, the army's spokesperson, Colonel Somsak Boonmee, said": a title phrase
 * (from `k`) closed by a comma and followed by a name is set beside that name, not the one before it.
 */
function titleOfNextName(tokens: Token[], k: number, to: number): boolean {
  let e = k;
  while (e + 1 < to && !/[,;.:]/.test(tokens[e].post) && !tokens[e + 1].proper) e++;
  return e + 1 < to && /^,\s$/.test(tokens[e].post) && tokens[e + 1].proper && !stateOfDemonym(tokens[e + 1].text);
}

const SPEECH_VERBS = /^(said|says|told|added|stated|argued|wrote|warned|noted|denied|insisted)$/;

/** "X, the deputy mayor, said", "X, a senator from Ohio,": a title heading an apposition right after a name ending at `b`. */
// People named by what they are to a body or to someone, which compromise does not file as
// actors: "its treasurer", "his cousin", "the union's organiser".
const PERSON_NOUNS = /^(treasurer|organiser|organizer|coordinator|founder|aide|deputy|assistant|cousin|brother|sister|son|daughter|father|mother|wife|husband|uncle|aunt|nephew|niece|widow|widower|friend|colleague|member)$/;

/**
 * "Its coordinator, Komi Amavi, was", "the union's treasurer, Chad Okoro,": a noun for a person
 * (a title, a trade, a kin word) set before the name by a comma, the name closed by one, says a
 * person is named, whatever the dictionary says of the first word (a region's, a state's name).
 */
function personNounApposedBefore(tokens: Token[], a: number, b: number, from: number): boolean {
  if (a - 1 < from || !/^,\s$/.test(tokens[a - 1].post) || !/^[,;]/.test(tokens[b - 1].post.trim())) return false;
  const t = tokens[a - 1];
  return !t.proper && (t.tags.includes('Actor') || TITLE_HEADS.test(t.normal) || PERSON_NOUNS.test(t.normal));
}

function titleApposedAfter(tokens: Token[], b: number, to: number): boolean {
  if (!/^,\s$/.test(tokens[b - 1].post) || b + 1 >= to || !/^(a|an|the)$/.test(tokens[b].normal)) return false;
  for (let k = b + 1; k < Math.min(to, b + 4); k++) {
    if (tokens[k].proper && !stateOfDemonym(tokens[k].text)) return false;
    if (TITLE_HEADS.test(tokens[k].normal) || isTitleToken(tokens[k]) && !TITLE_MODIFIERS.has(tokens[k].normal)) return !titleOfNextName(tokens, k, to);
  }
  return false;
}

function firstWordOf(t: Token): string {
  return t.normal.replace(/['’]s$/, '');
}

/** "120 miles north-west of X", "south of X": a compass point and "of" before a name place it. */
function compassOfBefore(tokens: Token[], a: number, from: number): boolean {
  return a - 2 >= from && tokens[a - 1].normal === 'of' && COMPASS.test(tokens[a - 2].normal) && !tokens[a - 2].proper;
}

/** A short place (or place-like name) ending just before the word before `a` (the "and"/"or" of a list). */
function placeJustBefore(mentions: RawMention[], a: number): boolean {
  return mentions.some((o) => o.to === a - 1 && (o.placeLike || (o.kind === 'place' && !o.vessel)) && o.to - o.from <= 3);
}

/** "in Sarnel and X": the place just before "and" was itself introduced by a preposition of place. */
function placedListHead(mentions: RawMention[], tokens: Token[], a: number, from: number): boolean {
  const head = mentions.find((o) => o.to === a - 1 && (o.placeLike || o.kind === 'place'));
  return !!head && head.from - 1 >= from && /^(in|near|at|outside|around|across|from|to|between)$/.test(tokens[head.from - 1].normal);
}

/**
 * "in Hanoi and Nong Khai": a name joined by "and"/"or" to a place just named (or a name after a
 * preposition of place) is another place of the list.
 */
function listedAfterPlace(mentions: RawMention[], tokens: Token[], a: number, from: number): boolean {
  return a - 1 > from && /^(and|or)$/.test(tokens[a - 1].normal) && placeJustBefore(mentions, a);
}

const COMPASS = COMPASS_WORDS;
// Units of a state named by a compass word: "Southern Province", "Eastern Region", "Central State".
const COMPASS_UNITS = new RegExp(`^(${ADMIN_UNIT_NOUNS.filter((w) => w !== 'city' && w !== 'department').join('|')})$`);
const CONTINENTS = /^(africa|asia|europe|america|the americas|arabia|anatolia|siberia|the balkans|the caucasus|the mediterranean|the sahel|the pacific|the atlantic)$/;

/** "West Africa", "Southern Europe", "North-East Asia": a compass word before a continent or region is a place. */
function isCompassRegion(surface: string): boolean {
  const m = /^(\S+)\s+(.+)$/.exec(surface.toLowerCase().replace(/['’]s$/, ''));
  return !!m && COMPASS.test(m[1]) && (CONTINENTS.test(m[2]) || REGION_NAMES.has(m[2]));
}

const MOTION_VERB_WORDS = ['left', 'leave', 'leaves', 'leaving', 'departed', 'depart', 'departs', 'departing', 'flew', 'fly', 'flies', 'sailed', 'headed', 'heading', 'bound', 'set', 'evacuated', 'fled', 'flee', 'fleeing'];
const MOTION_VERBS = new RegExp(`^(${MOTION_VERB_WORDS.join('|')})$`);
// Verbs of motion and of a way taken or aimed along: "moved towards X", "fired towards Y".
const WAY_VERBS = new RegExp(`^(${[...MOTION_VERB_WORDS, 'moved', 'moving', 'move', 'advanced', 'advancing', 'marched', 'drove', 'driving', 'sailing', 'turned', 'ran', 'walked', 'pushed', 'fired', 'launched', 'swam', 'rolled'].join('|')})$`);

// Nouns of a settlement or a stretch of land that "on" ties to an island or a coast ("a village on X").
const SETTLED_ON = /^(village|villages|town|towns|city|port|resort|resorts|beach|beaches|hamlet|settlement|settlements|community|communities|harbour|harbor|coast|farm|farms|base|camp|airstrip|lighthouse)$/;
/** "Tarnholm Airport", "Tarnholm Harbour": the article names a facility after the word. */
function facilityNamedAfter(fullText: string, word: string): boolean {
  if (!/^\p{Lu}[\p{L}-]+$/u.test(word)) return false;
  return new RegExp(`(^|[^\\p{L}])${word}(\\s+International)?\\s+(Airport|Airfield|Airstrip|Harbour|Harbor|Port|Ferry Terminal|Lighthouse|Marina|Pier)\\b`, 'u').test(fullText);
}

/**
 * Cues before a lone unknown name that make it a place: "on the Maasvlakte" (a preposition of
 * place and an article), "neighbouring Agri", "left Sanaa for Aden" / "departed for Aden" (the goal
 * of a journey).
 */
/**
 * "hostile towards the X", "its policy toward X", "softened its stance towards X": "towards" after
 * a word of attitude names whom the attitude is to -- a state, a group, a person -- not a place
 * moved to.
 */
function attitudeTowards(tokens: Token[], k: number, from: number): boolean {
  if (k - 1 < from || k >= tokens.length || !/^(towards|toward)$/.test(tokens[k].normal)) return false;
  // ("the most hostile of its neighbours towards X": the attitude may stand a few words back,
  // within the clause; a verb of motion there makes it a way taken.)
  for (let j = k - 1; j >= Math.max(from, k - 6); j--) {
    const t = tokens[j];
    if (/[,;:.]/.test(t.post) || WAY_VERBS.test(t.normal)) return false;
    if (ATTITUDE_NOUNS.test(t.normal) || ATTITUDE_ADJECTIVES.test(t.normal)) return true;
  }
  return false;
}

function placeCueBefore(tokens: Token[], a: number, from: number): boolean {
  const at = (k: number): string => (k >= from ? tokens[k].normal : '');
  if (attitudeTowards(tokens, a - 2, from)) return false;
  const name = tokens[a].normal.replace(/['’]s$/, '');
  // "on the Lukoil refinery": a name before a common noun only qualifies it.
  const next = tokens[a + 1];
  const modifier = !!next && !next.proper && next.tags.includes('Noun') && /^\s$/.test(tokens[a].post);
  if (at(a - 1) === 'the' && (LOCATION_PREPOSITIONS.has(at(a - 2)) || at(a - 2) === 'on') && !isDictionaryWord(name) && !modifier) return true;
  if (/^(neighbouring|neighboring|nearby)$/.test(at(a - 1))) return true;
  if (at(a - 1) === 'for' && (MOTION_VERBS.test(at(a - 2)) || (a - 2 >= from && tokens[a - 2].proper && MOTION_VERBS.test(at(a - 3))))) return true;
  return false;
}

// Guards named by their role, written in lower case: "the presidential guard", "the Republican Guard".
const GUARD_ADJECTIVES = /^(presidential|republican|revolutionary|royal|national|imperial)$/;
const LED_GROUPS = /^(coalition|alliance|bloc|force|forces|mission|intervention)$/;
const RECOGNISED = /^(recogni[sz]ed|backed|elected|appointed|installed|supported)$/;
/** Nouns for the members and holdings of an armed movement, after its name ("al-Shabaab fighters"). */
const ARMED_MEMBERS = /^(fighters|militants|insurgents|militiamen|gunmen|jihadists|guerrillas|guerillas|mercenaries|stronghold|strongholds|convoy|convoys|positions|commanders|cells|operatives|loyalists)$/;
/** Portuguese and Italian contractions inside a place's or a person's name ("Conceição do Pará",
 * "Rio das Ostras", "Cassa dei Risparmi"): only in lower case between two capitalised words, and
 * not after a sentence's first word ("Why do Kenyans ..."). */
// Lower-case particles of two words inside Spanish, French, Portuguese, Dutch and German names.
const DOUBLE_PARTICLES = new Set(['de la', 'de las', 'de los', 'de lo', 'de le', 'de les', 'du la', 'van der', 'van den', 'van de', 'von der', 'von dem', 'von den', 'de el', 'da la', 'van het', "van 't", 'de do', 'de da', 'de das', 'de dos']);
const ROMANCE_LINKS = /^(do|das|dei|della|delle|degli|dello)$/;
// Spanish, Portuguese/Italian and French words for "and", as written between two words of one name.
const ROMANCE_AND = /^(y|e|et)$/;
// French, Spanish, Portuguese, Italian and German prepositions that bodies' names hold and
// people's names never do ("Médecins Sans Frontières", "Ärzte ohne Grenzen", "Acción contra el Hambre").
const FOREIGN_LINKS = /^(sans|pour|sin|sem|senza|ohne|für|fur|contre|contra|avec|sobre|por|pela|pelo)$/;
/** Members of a faith or of a people without a state of their own, named in the plural ("the Kurds"). */
const COMMUNITIES = /^(muslim|christian|jew|hindu|buddhist|sikh|catholic|protestant|sunni|shia|shiite|copt|evangelical|mormon|kurd|serb|croat|bosniak|pashtun|baloch|hazara|uighur|uyghur|tamil|yazidi|berber|tuareg|fulani|hutu|tutsi|druze|alawite|bedouin|arab|jat|maori|sami|inuit|roma|slav|turk|tatar|chechen)$/;
/** Participles that make the name hyphenated before them the doer: "NATO-led", "UN-brokered". */
const AGENCY_PARTICIPLES = /^(led|backed|brokered|funded|financed|sponsored|supported|mediated|run|operated|owned|controlled|commanded|organised|organized|trained|installed|imposed|appointed|drafted|proposed|built)$/;

type Make = (kind: MentionKind, a: number, b: number, extra?: Partial<RawMention>) => RawMention;

/**
 * Bodies named by a description rather than a capitalised name:
 * - "the Saudi-led coalition", "a French-led mission": a state (or its demonym) leading a group;
 * - "the presidential guard": a guard named by whom it guards;
 * - "the Dutch government": a government named by its state's demonym;
 * - "the internationally recognised government", "the UN-backed government": a government named by
 *   its standing, which is the government of the state the article is about.
 */
function lowerCaseBodies(tokens: Token[], from: number, to: number, make: Make): RawMention[] {
  const found: RawMention[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const bare = bareText(t);
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (!next || i + 1 >= to) break;
    // compromise splits "Saudi-led" into two terms joined by a hyphen.
    if (t.proper && t.post === '-' && next.normal === 'led' && after && i + 2 < to && LED_GROUPS.test(after.normal) && (stateOfDemonym(bare) || stateName(bare))) {
      found.push(make('organization', i, i + 3));
      i += 2;
      continue;
    }
    if (GUARD_ADJECTIVES.test(t.normal) && /^guards?$/.test(next.normal.replace(/['’]s$/, '')) && i > from && tokens[i - 1].normal === 'the' && !next.proper) {
      found.push(make('organization', i, i + 2));
      i++;
      continue;
    }
    // "the 102nd military base", "the 201st Military Base": a base named by its number, as armies
    // number their bases; "its 102nd military base": a possessive determiner names it as well.
    if (/^\d{1,4}(st|nd|rd|th)$/.test(t.text) && i > from && /^(the|its|their|his|her|our)$/.test(tokens[i - 1].normal)) {
      const kind = baseKindAt(tokens, i + 1, to);
      if (kind && kind.kind !== 'airport' && !tokens[i + kind.len].possessive) {
        found.push(make('base', i, i + 1 + kind.len, { baseKind: '' }));
        found[found.length - 1].core = found[found.length - 1].surface;
        i += kind.len;
        continue;
      }
    }
    // "the Nigerien army", "the Haitian police": a state's armed or police force by demonym ("military" is
    // an adjective as often as a body).
    const force = next.normal.replace(/['’]s$/, '');
    // "Kenyan police officers": the force only qualifies the noun after it.
    // ("the Peruvian army's spokesperson": a possessive owns the noun after it; the force is named.)
    const qualifies = !!after && i + 2 < to && !after.proper && after.tags.includes('Noun') && /^\s$/.test(next.post) && !next.possessive;
    // "the Somali parliament", "Somalia's parliament", "the Kenyan senate": a state's legislature
    // in lower case after its demonym or its possessive is that state's legislature.
    // (Not in apposition to the legislature's own name: "the State Great Khural, Mongolia's parliament,".)
    const apposed = i > from && /^,\s$/.test(tokens[i - 1].post) && tokens[i - 1].proper;
    if (/^(parliament|legislature|senate|congress)$/.test(force) && !next.proper && t.proper && !qualifies && !apposed && (t.possessive ? stateName(bare) : stateOfDemonym(bare))) {
      const state = (t.possessive ? stateName(bare) : stateOfDemonym(bare))!;
      found.push(make('organization', i, i + 2, { government: { state, demonymToken: i, body: force === 'legislature' ? 'parliament' : force } }));
      i++;
      continue;
    }
    // "the army said", "the army's spokesperson", "the army chief": a state's army or navy named
    // by its noun alone, as an actor or the holder of an office, is the army of the state the
    // article is about (resolution finds which, or drops it).
    if (t.normal === 'the' && /^(army|navy)$/.test(force) && !next.proper && !!after && i + 2 < to && /^(said|says|denied|announced|confirmed|added|stated|insisted|chief|spokesperson|spokesman|spokeswoman|commander)$/.test(after.normal)) {
      found.push(make('organization', i + 1, i + 2, { government: { body: force } }));
      i++;
      continue;
    }
    if (/^(army|navy|police|gendarmerie)$/.test(force) && !next.proper && t.proper && !t.possessive && !qualifies) {
      const demonymState = stateOfDemonym(bare);
      if (demonymState) {
        found.push(make('organization', i, i + 2, { government: { state: demonymState, demonymToken: i, body: force } }));
        i++;
        continue;
      }
    }
    // "the UAE air force", "the Nigerian air force": the same services of two words after a
    // state's name or demonym.
    const twoWordService = !!after && i + 2 < to && !next.proper && !after.proper && ((next.normal === 'air' && after.normal.replace(/['’]s$/, '') === 'force') || (next.normal === 'coast' && after.normal.replace(/['’]s$/, '') === 'guard'));
    // (Not after a possessive, "Spain's air force": the state itself acts there, as with its army.)
    const serviceState = twoWordService && t.proper && !t.possessive ? stateOfDemonym(bare) ?? stateName(bare) : undefined;
    if (serviceState && !(i + 3 < to && !tokens[i + 3].proper && tokens[i + 3].tags.includes('Noun') && /^\s$/.test(after.post))) {
      found.push(make('organization', i, i + 3, { government: { state: serviceState, demonymToken: i, body: `${next.normal}-${after.normal.replace(/['’]s$/, '')}` } }));
      i += 2;
      continue;
    }
    // "Mali's armed forces", "the Malian armed forces", "Kenya's army": a state's armed forces
    // written in lower case after its possessive or its demonym.
    const ownerState = t.proper ? (t.possessive ? stateName(bare) : stateOfDemonym(bare)) : undefined;
    if (ownerState && next.normal === 'armed' && after && i + 2 < to && after.normal.replace(/['’]s$/, '') === 'forces' && !next.proper && !after.proper) {
      found.push(make('organization', i, i + 3, { government: { state: ownerState, demonymToken: i, body: 'armed-forces' } }));
      i += 2;
      continue;
    }
    if (ownerState && t.possessive && /^(army|navy|gendarmerie)$/.test(force) && !next.proper && !qualifies) {
      found.push(make('organization', i, i + 2, { government: { state: ownerState, demonymToken: i, body: force } }));
      i++;
      continue;
    }
    // "the UN human rights office", "the EU border agency": an international body's acronym and a
    // lower-case office of it name that office, a body of its own.
    if (/^[A-Z]{2,6}$/.test(t.text) && !stateName(t.text) && !next.proper && /^[a-z]+$/.test(next.text)) {
      let j = i + 1;
      while (j < Math.min(to, i + 4) && /^[a-z]+$/.test(tokens[j].text) && !tokens[j].proper && !/^(office|agency|commission|mission|secretariat|tribunal)$/.test(tokens[j].normal) && /^\s$/.test(tokens[j].post)) j++;
      // "the UN peacekeeping mission, the Multidimensional ... Mission (MINUSCA), keeps": a description
      // its body's name follows in apposition is that body, named there; it is no second node.
      const appositive = j + 1 < to && /^,\s$/.test(tokens[j].post) && (tokens[j + 1].proper || (tokens[j + 1].normal === 'the' && j + 2 < to && tokens[j + 2].proper));
      if (j < to && !appositive && /^(office|agency|commission|mission|secretariat|tribunal)$/.test(tokens[j].normal.replace(/['’]s$/, '')) && j > i + 1 && tokens.slice(i + 1, j).every((w) => w.tags.includes('Noun') || w.tags.includes('Adjective'))) {
        found.push(make('organization', i, j + 1));
        i = j;
        continue;
      }
    }
    if (next.normal.replace(/['’]s$/, '') === 'government' && !next.proper) {
      const demonymState = t.proper ? stateOfDemonym(bare) : undefined;
      if (demonymState && !t.possessive) {
        found.push(make('organization', i, i + 2, { government: { state: demonymState, demonymToken: i } }));
        i++;
        continue;
      }
      // "the internationally recognised government", "the UN-backed government"
      const standing = RECOGNISED.test(t.normal) && i - 1 >= from && (tokens[i - 1].tags.includes('Adverb') || tokens[i - 1].post === '-');
      if (standing) {
        const k = i - 1;
        if (k - 1 >= from && tokens[k - 1].normal === 'the') found.push(make('organization', k, i + 2, { government: {} }));
        i++;
        continue;
      }
    }
  }
  return found;
}

// Verbs whose object is mostly a person: "met Mudavadi in Kenya" places a meeting, not a town.
const PERSON_OBJECT_VERBS = /^(met|meet|meets|meeting|told|tell|called|thanked|praised|accused|urged|asked|phoned|hosted|received|welcomed|interviewed|arrested|detained|killed|freed|released|sentenced|charged|appointed|named|elected|replaced|succeeded|defeated|greeted|joined|backed|supported|said|says)$/;

/** "the town of X", "residents of X": a noun for a settled place before "of". */
function placeOfBefore(tokens: Token[], a: number, from: number): boolean {
  return a - 2 >= from && tokens[a - 1].normal === 'of' && PLACE_OF.test(tokens[a - 2].normal);
}

/** "Hanko in southern Finland", "Paldiski in Estonia": a name placed inside a state is a place. */
function placedInState(fullText: string, tokens: Token[], b: number, to: number): boolean {
  if (b + 1 >= to || tokens[b].normal !== 'in') return false;
  let k = b + 1;
  if (k < to && COMPASS.test(tokens[k].normal)) k++;
  return [1, 2, 3].some((n) => k + n <= to && !!stateName(fullText.slice(tokens[k].start, tokens[k + n - 1].bareEnd)));
}

// Nouns for vessels, civil and naval, that a vessel's name follows: "the trawler X", "the
// icebreaker X", "the frigate X". ("carrier" is left out: "the carrier X" is as often an airline;
// "liner" and "flagship" too: "the hard-liner X", "its flagship X programme".)
const VESSEL_NOUNS = /^(ship|vessel|boat|trawler|tanker|freighter|ferry|yacht|tug|tugboat|barge|cutter|dredger|bulker|dhow|longliner|seiner|icebreaker|containership|lifeboat|schooner|catamaran|frigate|corvette|destroyer|submarine|warship|cruiser|gunboat|minesweeper)$/;
const NAVAL_VESSELS = /^(frigate|corvette|destroyer|submarine|warship|cruiser|gunboat|minesweeper)$/;
// Words before a vessel's noun that make it a navy's or a coast guard's ("the patrol ship", "a
// coast guard cutter", "the naval tanker").
const NAVAL_QUALIFIERS = /^(patrol|naval|navy|guard|coastguard|warship|military|research-and-rescue)$/;
// What may stand between a vessel's noun set off by a comma and the name: "the vessel, the
// 68-metre X", "the tanker, a 250-metre X".
const VESSEL_MODIFIERS = /^(the|a|an|\d[\d.,]*|metre|meter|metres|meters|m|foot|feet|ft|tonne|ton|tonnes|tons|long|russian-flagged|flagged|registered)$/;

/** "naval" or "civil" when a noun for a vessel introduces the name at `a`, else undefined. */
function vesselCueBefore(tokens: Token[], a: number, from: number): 'naval' | 'civil' | undefined {
  let k = a - 1;
  // "the 68-metre X": numbers, units and articles between the noun (set off by a comma) and the name.
  let skipped = 0;
  while (k >= from && skipped < 4 && !tokens[k].proper && VESSEL_MODIFIERS.test(tokens[k].normal) && !VESSEL_NOUNS.test(tokens[k].normal)) {
    k--;
    skipped++;
  }
  if (k < from) return undefined;
  const noun = tokens[k];
  // ("will ship Nvidia chips", "boats ferry Red Cross workers": the verb is no vessel. The parser
  // may tag a noun a verb, "the patrol boat X": a verb stands after a modal, "to", a pronoun, an
  // adverb or a plural subject.)
  const prevWord = k - 1 >= from ? tokens[k - 1] : undefined;
  const verbUse = noun.tags.includes('Verb') && (!prevWord || /^(will|would|to|can|could|may|might|must|shall|should|they|we|i|you|he|she|it|and|or|not|also|then|which|that|who)$/.test(prevWord.normal) || prevWord.tags.includes('Plural') || prevWord.tags.includes('Adverb'));
  if (noun.proper || !VESSEL_NOUNS.test(noun.normal) || noun.possessive || verbUse) return undefined;
  // The noun touches the name ("the trawler X") or is set beside it by a comma and an article.
  if (skipped === 0 ? !/^\s$/.test(noun.post) : !/^,\s$/.test(noun.post) || !/^(the|a|an)$/.test(tokens[k + 1].normal)) return undefined;
  // "the ship's captain X": a vessel's noun with a possessive names the vessel's crew, not it.
  const before = k - 1 >= from ? tokens[k - 1] : undefined;
  const before2 = k - 2 >= from ? tokens[k - 2] : undefined;
  const naval = NAVAL_VESSELS.test(noun.normal) || (!!before && NAVAL_QUALIFIERS.test(before.normal)) || (!!before2 && /^(coast|navy|naval)$/.test(before2.normal) && !!before && /^(guard|patrol)$/.test(before.normal));
  return naval ? 'naval' : 'civil';
}

// Tags of a kind of name (not "ProperNoun", which the parser gives any capitalised word mid-sentence).
const NAME_KIND_TAGS = ['Person', 'Place', 'Organization', 'Country', 'City', 'Region', 'Acronym', 'FirstName', 'LastName'];
/** A capitalised plural common noun: "Lawmakers", "Police", "Protesters" (not "Reuters", "Houthis"). */
function commonPluralOpener(t: Token): boolean {
  if (t.possessive || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  // "Laos said", "Philippines rejected": a state's name opening a sentence is the state, however
  // the parser tagged it (both are tagged plural demonyms).
  if (stateName(t.text)) return false;
  // The dictionary's own plural ("police", "officials") outweighs a tag the parser guessed from the capital.
  if (isPluralCommonWord(t.normal)) return true;
  if (NAME_KIND_TAGS.some((g) => t.tags.includes(g))) return false;
  const singular = t.normal.replace(/s$/, '');
  if (singular === t.normal || isProperOnlyWord(t.normal) || isProperOnlyWord(singular)) return false;
  return /(maker|er|or|ist|ant|ent)s$/.test(t.normal) || /\p{Ll}{3}ities$/u.test(t.normal);
}

/** A one-word name that is itself a compass word or a feature's noun ("Central", "Lake",
 * "Rivers", "Plateau", "Delta", "Upper"): a unit so named keeps its noun in its name. */
function featureWordName(w: string): boolean {
  const single = w.replace(/s$/, '');
  return (COMPASS.test(w) || /^(upper|lower|middle|inner|outer|far|capital)$/.test(w) || PLACE_HEADS.has(w) || GEO_TAILS.has(w) || PLACE_HEADS.has(single) || GEO_TAILS.has(single)) && !isRegionName(w);
}
// Words naming a border line: "Limit", "Demarcation", "Armistice", "Ceasefire", "Green" ("the Green Line").
const BORDER_LINE_WORDS = /^(limit|demarcation|control|armistice|ceasefire|cease-fire|boundary|contact|truce|border|frontier|buffer|separation|disengagement|partition|green|blue|purple|maritime)$/;
const ADMIN_UNITS = new RegExp(`^(${[...ADMIN_UNIT_NOUNS, 'districts', 'town', 'village', 'port', 'island', 'islands', 'commune', 'parish', 'canton', 'division', 'zone', 'republic', 'emirate', 'kingdom', 'area', 'subdistrict', 'sub-district', 'township'].join('|')})$`);
const ADJECTIVE_ENDING = /^\p{Lu}\p{Ll}{2,}(?:an|ese|ic|ish)$/u;

function placeAdjective(tokens: Token[], a: number, to: number): boolean {
  const t = tokens[a];
  const next = tokens[a + 1];
  if (!ADJECTIVE_ENDING.test(t.text) || t.possessive || !next || a + 1 >= to || t.post !== ' ') return false;
  if (!/^\p{Ll}/u.test(next.text) || next.proper || !(next.tags.includes('Noun') || next.tags.includes('Adjective')) || next.tags.includes('Verb')) return false;
  // "Zangilan district", "Kordofan state": before a unit of government the word is the unit's
  // own name, unless the unit's name follows with "of" ("the Amazonian state of Pará").
  if (ADMIN_UNITS.test(next.normal) && !(tokens[a + 2]?.normal === 'of' && a + 3 < to && tokens[a + 3].proper)) return false;
  if (t.tags.includes('City') || t.tags.includes('Country') || t.tags.includes('Person') || t.tags.includes('Organization')) return false;
  const lower = t.text.toLowerCase();
  return !stateOfDemonym(t.text) && !stateName(t.text) && !stateOfCapital(t.text) && !REGION_NAMES.has(lower) && !isKnownPlace(lower) && !ORG_HEADS.has(lower);
}

/**
 * ", the US-run air base", ", a former Soviet naval facility": the kind of base heading an
 * apposition right after a name ending at `b` (airports left out: a town's name is set beside its
 * airport as often as the airport's own), else undefined.
 */
function appositeBaseKind(tokens: Token[], b: number, to: number): string | undefined {
  if (b >= to || !/^,\s$/.test(tokens[b - 1].post) || !/^(a|an|the)$/.test(tokens[b].normal)) return undefined;
  for (let k = b + 1; k < Math.min(to, b + 6); k++) {
    const kind = baseKindAt(tokens, k, to);
    if (kind) return kind.kind === 'airport' ? undefined : kind.kind;
    const t = tokens[k];
    // ("a former US air base that is now the city's airport": a former base is something else now.)
    if (/^(former|ex|old|disused|abandoned|closed)$/.test(t.normal)) return undefined;
    // Modifiers only: lower-case words, or a state's name or demonym in a compound ("US-run", "Soviet").
    const modifier = !t.proper ? /^[a-z-]+$/.test(t.text) && !t.tags.includes('Preposition') && !t.tags.includes('Verb') || t.post === '-' && k > b + 1 : t.post === '-' || !!stateOfDemonym(t.text) || !!stateName(t.text);
    if (!modifier || /[,;.]/.test(t.post)) return undefined;
  }
  return undefined;
}

/** Mentions in one sentence, given as a token range [from, to). */
export function recogniseSentence(fullText: string, tokens: Token[], from: number, to: number): RawMention[] {
  const mentions: RawMention[] = [];
  const sentenceText = fullText.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
  const military = MILITARY_CONTEXT.test(sentenceText);
  const make = (kind: MentionKind, a: number, b: number, extra: Partial<RawMention> = {}): RawMention => ({
    kind,
    surface: fullText.slice(tokens[a].start, tokens[b - 1].bareEnd),
    start: tokens[a].start,
    end: tokens[b - 1].bareEnd,
    from: a,
    to: b,
    possessive: tokens[b - 1].possessive,
    ...extra,
  });

  // Offices named with their portfolio: no word of one starts a name.
  let officeEnd = from;
  for (const [runFrom, runTo] of nameRuns(tokens, from, to, fullText)) {
    let a = runFrom;
    let b = runTo;
    // ("Deputy Minister of ...", "Egypt's Minister of ...": titles or a state may come first; a
    // title opening the sentence, in capitals as any opener, may stand before the run.)
    if (a - 2 >= from && /^(of|for)$/.test(tokens[a - 1].normal)) officeEnd = Math.max(officeEnd, portfolioTitleEnd(tokens, a - 2, to));
    for (let k = a; k < b; k++) {
      officeEnd = Math.max(officeEnd, portfolioTitleEnd(tokens, k, to));
      if (!isTitleToken(tokens[k]) && !stateName(bareText(tokens[k])) && !stateOfDemonym(tokens[k].text)) break;
    }
    if (officeEnd > a) {
      if (officeEnd >= b) continue;
      a = officeEnd;
    }
    // compromise may fold a sentence's opening "The" into a body's name ("The Bank of Ghana").
    // A lone function word compromise took for a name ("The government of ...") names nothing.
    if (b - a === 1 && /^(the|a|an|this|that|these|those|its|his|her|their|our|it|they|we)$/.test(tokens[a].normal)) continue;
    // '... permission. Not Kenya's, not ...', inside a quotation the splitter keeps whole: a
    // function word opening a sentence has its capital as any opener does and is no part of the
    // name after it.
    if (b - a >= 2 && SENTENCE_OPENERS.test(tokens[a].normal) && /^\s$/.test(tokens[a].post) && (a === from || /[.!?]["”’]?\s/.test(tokens[a - 1].post))) a++;
    // A capital letter alone (an initial cut from its name, a list's label) names nothing.
    if (b - a === 1 && /^\p{Lu}$/u.test(tokens[a].text)) continue;
    // "Kenya's Information Minister, X", "the Tourism Secretary said": a portfolio's words before
    // a minister's or secretary's noun make a title, whatever precedes them or follows -- never a
    // body's name (the body is "Ministry of Information", "Information Ministry").
    if (b - a >= 2 && PORTFOLIO_HEADS.test(tokens[b - 1].normal.replace(/['’]s$/, '')) && tokens.slice(a, b - 1).every((t) => PORTFOLIO_WORDS.has(t.normal) || t.normal === 'and')) continue;
    // "GAO, Mali — Twelve soldiers died", "Hundreds marched", "Both ministers signed": a number
    // word or a quantifier has its capital as a sentence's opener; alone it names nothing, and the
    // plural quantifiers ("Dozens", "Several", "Both") open no name before one either ("Both Kenya
    // and Uganda"). (A number word before a capitalised word is kept: "Five Star Movement".)
    if (b - a === 1 && (NUMBER_WORD.test(tokens[a].normal) || QUANTIFIER.test(tokens[a].normal))) continue;
    if (b - a >= 2 && QUANTIFIER.test(tokens[a].normal) && /^\s$/.test(tokens[a].post)) a++;
    // "PRAIA — Lawmakers in Cape Verde ...", "SUVA — Police said ...": after a dateline the
    // sentence's first word has its capital as any opener does, though the parser, reading the
    // dateline as part of the sentence, took it for a name. One word the parser reads as a plural
    // common noun (a word of the dictionary, or a plural of people by trade: "-makers", "-ers",
    // "-ists", "-ants", "-ents", or of bodies: "Authorities") and tags as no kind of name is no name there.
    if (b - a === 1 && a === from && commonPluralOpener(tokens[a])) continue;
    // "the Pyrenean valleys", "Andean highlands", "the Balkan route", "Saharan dust": one capitalised
    // word with an adjective's ending (-an, -ian, -ean, -ese, -ic, -ish) written before a lower-case
    // noun qualifies that noun, as an adjective made from a place's name does; it names no place or
    // body itself. A state's demonym ("Kenyan troops") is read as its state elsewhere, and a word
    // known as a place, a region, a capital or a state ("Tehran residents", "Pacific islands",
    // "Sudan") is kept.
    if (b - a === 1 && placeAdjective(tokens, a, to)) continue;
    // "Western investors", "Northern towns", "Southern diplomats": a compass adjective before a
    // lower-case noun qualifies it (before a unit's noun, "Western province", it names the unit).
    if (b - a === 1 && /^(western|eastern|northern|southern)$/.test(tokens[a].normal) && !tokens[a].possessive && tokens[a].post === ' ' && a + 1 < to && /^\p{Ll}/u.test(tokens[a + 1].text) && !tokens[a + 1].proper && tokens[a + 1].tags.includes('Noun') && !ADMIN_UNITS.test(tokens[a + 1].normal) && !PLACE_HEADS.has(tokens[a + 1].normal)) continue;
    // Names that keep their article ("The Hague", "The Gambia") are known places or states.
    if (b - a >= 2 && tokens[a].normal === 'the') {
      const withArticle = fullText.slice(tokens[a].start, tokens[b - 1].bareEnd);
      if (!stateOfCapital(withArticle) && !stateName(withArticle) && !isKnownPlace(withArticle.toLowerCase())) a++;
    }
    // "State Minister for Reconciliation Nino Beridze", "Commissioner for Health Ana Lopes": after a
    // title and "for" (never "of": "the governor of East Nusa Tenggara" names a place), the capitalised common words of the portfolio come before the holder's
    // name; they are no part of it.
    // "Minister for Climate and Energy Rob Jetten": the portfolio may join two fields with "and".
    const portfolioStart = (() => {
      if (a - 4 < from || tokens[a - 1].normal !== 'and' || !/^\s$/.test(tokens[a - 1].post)) return a;
      let p = a - 2;
      while (p > from && p >= a - 4 && tokens[p].proper && (PORTFOLIO_WORDS.has(tokens[p].normal) || COMMON_SUFFIX.test(tokens[p].normal))) p--;
      return p < a - 2 && tokens[p].normal === 'for' && p - 1 >= from && TITLE_HEADS.test(tokens[p - 1].normal.replace(/['’]s$/, '')) ? p + 1 : a;
    })();
    if (portfolioStart < a) {
      let k = a;
      while (k < b - 2 && (PORTFOLIO_WORDS.has(tokens[k].normal) || COMMON_SUFFIX.test(tokens[k].normal))) k++;
      if (b - k >= 2 && b - k <= 3 && !ORG_HEADS.has(tokens[b - 1].normal.replace(/['’]s$/, ''))) a = k;
    }
    else if (a - 2 >= from && tokens[a - 1].normal === 'for' && (TITLE_HEADS.test(tokens[a - 2].normal.replace(/['’]s$/, '')) || (tokens[a - 2].normal === 'state' && a - 4 >= from && tokens[a - 3].normal === 'of' && TITLE_HEADS.test(tokens[a - 4].normal))) && /^\s$/.test(tokens[a - 1].post)) {
      let k = a;
      while (k < b - 2 && (PORTFOLIO_WORDS.has(tokens[k].normal) || (isDictionaryWord(tokens[k].normal) && !isProperOnlyWord(tokens[k].normal)) || COMMON_SUFFIX.test(tokens[k].normal)) && !NAME_TAGS.some((g) => tokens[k].tags.includes(g)) && !ORG_HEADS.has(tokens[k].normal) && !stateName(tokens[k].text)) k++;
      if (k > a && b - k >= 2 && b - k <= 3 && !ORG_HEADS.has(tokens[b - 1].normal.replace(/['’]s$/, ''))) a = k;
    }
    // "members of Barrio 18", "a Calle 13 leader": a name no dictionary knows followed by a number
    // names a gang or a faction when its members, leaders or fighters are spoken of.
    if (b - a === 1 && b + 1 <= to && b < to && /^\d{1,3}$/.test(tokens[b].text) && /^\s$/.test(tokens[a].post) && !tokens[a].possessive && !isDictionaryWord(tokens[a].normal) && !CALENDAR_WORDS.test(tokens[a].normal)) {
      const after = tokens[b + 1]?.normal ?? '';
      const before = a - 2 >= from && tokens[a - 1].normal === 'of' ? tokens[a - 2].normal : '';
      if (/^(leaders?|members?|gangs?|fighters|militia|militias|faction|factions|rebels|cells?|clique|inmates|prisoners)$/.test(after) || /^(members|leaders|leader|fighters|factions?|rivals)$/.test(before)) {
        mentions.push(make('organization', a, b + 1));
        continue;
      }
    }
    // "Government spokesman X": the common noun for a state's government opening a title is the
    // title's holder word, read with the title (the government of the article's state); alone it
    // names no body. ("Navy commander X" is left to name the one navy the article names.)
    if (b - a === 1 && b < to && /^(government|presidency)$/.test(tokens[a].normal) && !tokens[a].possessive && !tokens[b].proper && isTitleToken(tokens[b]) && /^\s$/.test(tokens[a].post)) continue;
    // "Martín Bernetti/AFP": a photo credit, never a name of the story.
    if (tokens.slice(a, b).some((t) => t.text.includes('/'))) continue;
    // "a P-8 Poseidon", "MQ-9 Reaper drones", "Su-35 Flanker jets": a designator of letters and
    // digits joined by a hyphen, then a name, is a model of aircraft, ship or weapon -- no node.
    // ("MS-13" with no name after it is left to the rules for groups.)
    const designatorEnd = (() => {
      const t = tokens[a];
      if (/^[A-Z][A-Za-z]{0,2}-\d{1,4}[A-Z]?$/.test(t.text)) return a + 1;
      if (/^[A-Z][A-Za-z]{0,2}$/.test(t.text) && t.post === '-' && a + 1 < b && /^\d{1,4}[A-Z]?$/.test(tokens[a + 1].text)) return a + 2;
      return 0;
    })();
    if (designatorEnd && designatorEnd < b && tokens.slice(designatorEnd, b).every((t) => t.proper && !ORG_HEADS.has(t.normal.replace(/['’]s$/, '')))) continue;
    // "Lashkar-e-Taiba", "Hizb-ul-Mujahideen", "Tehrik-i-Taliban": one word of two names joined by
    // a short link between hyphens ("-e-", "-ul-", "-i-") is, in news, mostly a movement's or an
    // armed group's name; after a preposition of place ("in Mazar-i-Sharif") it is a town's.
    // Only the Persian and Urdu links: Romance and Germanic ones ("Port-au-Prince", "Boulogne-sur-Mer")
    // join the names of towns.
    if (b - a >= 3 && tokens.slice(a + 1, b - 1).some((t, k) => tokens[a + k].post === '-' && t.post === '-' && /^(e|i|ul|ud|ur|us|ut)$/.test(t.text)) && tokens.slice(a, b - 1).every((t) => t.post === '-') && !stateOfCapital(fullText.slice(tokens[a].start, tokens[b - 1].bareEnd)) && !isKnownPlace(fullText.slice(tokens[a].start, tokens[b - 1].bareEnd).toLowerCase())) {
      const placed = a > from && /^(in|near|outside|around|into)$/.test(tokens[a - 1].normal);
      mentions.push(make(placed ? 'place' : 'organization', a, b));
      continue;
    }
    // Calendar and clock words ("October", "GMT") and compound modifiers ("Kurdish-held", "post-Assad").
    if (b - a === 1 && (CALENDAR_TAGS.some((g) => tokens[a].tags.includes(g)) || TIME_ZONES.test(tokens[a].text) || isTitleAbbreviation(tokens[a].text) || isCommonAbbreviation(tokens[a].text) || CALENDAR_WORDS.test(tokens[a].normal.replace(/['’]s$/, '')))) continue;
    // "the NATO-led force", "an EU-funded project", "OPEC-backed cuts": a body before a participle
    // of agency is named in full and does what the participle says, so it is a mention of its own
    // (a demonym there, "Saudi-led", is still dropped below).
    const agentOfCompound = tokens[b - 1].post === '-' && b < to && AGENCY_PARTICIPLES.test(tokens[b].normal) && b - a <= 4 && (() => {
      const bare = fullText.slice(tokens[a].start, tokens[b - 1].bareEnd);
      // (A state there, "Russia-backed", is read by the relation rules, which name it themselves.)
      return !stateName(bare) && ((b - a === 1 && /^[A-Z]{2,8}$/.test(bare) && (!isDictionaryWord(bare.toLowerCase()) || isKnownOrganization(bare.toLowerCase()))) || isKnownOrganization(bare.toLowerCase()));
    })();
    if (tokens[b - 1].post === '-' && b < to && !tokens[b].proper && !agentOfCompound) continue;
    if (a > from && tokens[a - 1].post === '-' && !tokens[a - 1].proper) continue;
    if (tokens[b - 1].tags.includes('Demonym') && !stateName(fullText.slice(tokens[a].start, tokens[b - 1].bareEnd)) && !(b < to && ORG_HEADS.has(tokens[b].normal))) continue;
    // A demonym alone ("Kyrgyz border guards", "the Tajik side") is never a node: it names its state's people.
    if (b - a === 1 && (tokens[a].tags.includes('Demonym') || /(ish|ist|ists|ian|ese)$/.test(tokens[a].normal) || stateOfDemonym(bareText(tokens[a]))) && !stateName(tokens[a].text)) {
      continue;
    }
    // "the Sri Lankan delegation", "a South African envoy": a demonym of several words names its
    // state's people or qualifies a noun, like a one-word demonym.
    if (b - a >= 2 && stateOfDemonym(fullText.slice(tokens[a].start, tokens[b - 1].bareEnd)) && !stateName(fullText.slice(tokens[a].start, tokens[b - 1].bareEnd))) continue;
    // "Tropical Cyclone Mele", "Hurricane Ida": a named storm is no person, place or body; its
    // name is read as an event, if at all, from the words themselves.
    if (STORM_WORDS.test(tokens[a].normal) || (b - a >= 2 && /^(tropical|super|severe)$/.test(tokens[a].normal) && STORM_WORDS.test(tokens[a + 1].normal))) continue;
    // "HMNZS Canterbury", "USS Ford", "MV Ever Given": a ship's prefix names a vessel, no person.
    // A navy's ship is a military platform (a base); any other vessel is where things happen (a place).
    if (b - a >= 2 && SHIP_PREFIXES.test(tokens[a].text)) {
      const naval = !/^(MV|MT|RV|SV)$/.test(tokens[a].text);
      const surface = fullText.slice(tokens[a].start, tokens[b - 1].bareEnd);
      mentions.push(naval ? make('base', a, b, { core: surface, baseKind: '' }) : make('place', a, b));
      continue;
    }
    // "the trawler Morskaya Zvezda", "the patrol ship Thor", "the vessel, the 68-metre Ocean Star":
    // a name right after a noun for a vessel (or set beside it by a comma) names that vessel, no
    // person or body. A navy's or coast guard's ship is a military platform (a base); any other
    // vessel is where things happen (a place), as with ships' prefixes above.
    // ("boarded the vessel, the Iranian Navy said": a body's name, or a name that then speaks, is no vessel's.)
    const vessel = b - a <= 4 && !stateName(fullText.slice(tokens[a].start, tokens[b - 1].bareEnd)) && !ORG_HEADS.has(tokens[b - 1].normal.replace(/['’]s$/, '')) && !hasTag(tokens, a, b, 'Organization') && !(b < to && /^(said|says|told|added|reported|announced|confirmed|stated|declared|denied)$/.test(tokens[b].normal)) ? vesselCueBefore(tokens, a, from) : undefined;
    if (vessel) {
      // "the tanker Grace 1", "the freighter Ocean Star 2": a number after a ship's name is part of it.
      if (b < to && /^\d{1,3}$/.test(tokens[b].text) && /^\s$/.test(tokens[b - 1].post)) b++;
      const surface = fullText.slice(tokens[a].start, tokens[b - 1].bareEnd);
      mentions.push(vessel === 'naval' ? make('base', a, b, { core: surface, baseKind: '', vessel: true }) : make('place', a, b, { vessel: true }));
      continue;
    }
    // "Up Park Camp", "Kigali Camp": a capitalised "Camp" ending a name is an army's camp when the
    // sentence speaks of armed forces or a headquarters, and no refugees or displaced people.
    // A camp of refugees or displaced people is a place where they live.
    if (b - a >= 2 && tokens[b - 1].text.replace(/['’]s$/, '') === 'Camp' && /\b(refugees?|displaced|IDPs?|asylum)\b/i.test(sentenceText)) {
      mentions.push(make('place', a, b));
      continue;
    }
    if (b - a >= 2 && tokens[b - 1].text.replace(/['’]s$/, '') === 'Camp' && /\b(army|armed|defen[cs]e force|troops|soldiers|military|headquarters|regiment|battalion|brigade|garrison|forces)\b/i.test(sentenceText) && !/\b(refugees?|displaced|migrants?|asylum|IDPs?|evacuees|camps)\b/i.test(sentenceText)) {
      const surface = fullText.slice(tokens[a].start, tokens[b - 1].bareEnd);
      mentions.push(make('base', a, b, { core: surface, baseKind: '' }));
      continue;
    }
    // "Camp Lemonnier", "Camp Humphreys": a capitalised "Camp" before a name is a military camp's
    // name (refugee and other camps are "the X camp", the noun after the name).
    if (b - a >= 2 && tokens[a].text === 'Camp' && !tokens[a].possessive && tokens[a + 1].proper) {
      const surface = fullText.slice(tokens[a].start, tokens[b - 1].bareEnd);
      mentions.push(make('base', a, b, { core: surface, baseKind: '' }));
      continue;
    }
    // "Operation Aspides", "Operation Barkhane", "Operation Sea Guardian": a capitalised "Operation"
    // before a name is a named military or police operation, which is run as a body (its commander,
    // its ships, the states that join it) -- whatever the words after it look like.
    if (b - a >= 2 && b - a <= 5 && tokens[a].text === 'Operation' && !tokens[a].possessive && tokens[a + 1].proper && !stateName(fullText.slice(tokens[a + 1].start, tokens[b - 1].bareEnd))) {
      mentions.push(make('organization', a, b));
      continue;
    }
    // "a Royal Air Force Hercules", "an Army Chinook": after "a", a military branch followed by
    // more words names one machine of it (a body is named with "the"); the branch is the body,
    // the model no node.
    // "two Indonesian Air Force C-130 Hercules planes": after a number too.
    if (a > from && (/^(a|an)$/.test(tokens[a - 1].normal) || (tokens[a - 1].tags.includes('Cardinal') || /^(two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(tokens[a - 1].normal)))) {
      for (let k = a; k < b - 1; k++) {
        if (!/^(force|forces|navy|army)$/.test(tokens[k].normal) || tokens[k].possessive) continue;
        const tail = tokens.slice(k + 1, b);
        if (tail.length <= 2 && tail.every((t) => !ORG_HEADS.has(t.normal.replace(/['’]s$/, '')) && !REMIT_HEADS.has(t.normal))) b = k + 1;
        break;
      }
    }
    // "US Navy P-8 patrol aircraft", "Indian Air Force Su-30 jets": a branch before a model's
    // designator (letters and digits joined by a hyphen) is the body; the model is no node.
    for (let k = a + 1; k < b - 1; k++) {
      if (!/^(force|forces|navy|army|corps|guard)$/.test(tokens[k].normal) || tokens[k].possessive) continue;
      const d = tokens[k + 1];
      if (/^[A-Z][A-Za-z]{0,2}-\d{1,4}[A-Z]?$/.test(d.text) || (/^[A-Z][A-Za-z]{0,2}$/.test(d.text) && d.post === '-' && k + 2 < to && /^\d{1,4}[A-Z]?$/.test(tokens[k + 2].text))) b = k + 1;
      // "Danish Air Force Gripens were based", "Army Chinooks flew": a model's name the
      // dictionary does not know, right after the branch and ending the run, is the branch's
      // machine, no part of the body's name ("Air Force Reserve", "Army Command" go on with it).
      else if (b === k + 2 && k - a >= 1 && !isDictionaryWord(d.normal.replace(/s$/, '')) && !isDictionaryWord(d.normal) && !NAME_TAGS.some((g) => d.tags.includes(g)) && !d.possessive && !ORG_HEADS.has(d.normal) && !REMIT_HEADS.has(d.normal) && !stateName(d.text) && !stateOfCapital(d.text) && !isKnownPlace(d.normal) && b < to && !tokens[b].proper) b = k + 1;
      break;
    }
    // "Trump administration", "Sharaa’s government": a name qualifying a body, not the body's name.
    if (b - a === 1 && b < to && !tokens[b].proper && /^(government|administration|regime|cabinet|camp|team|campaign|family)$/.test(tokens[b].normal)) {
      if (!stateName(tokens[a].text)) mentions.push(make('name', a, b));
      continue;
    }
    const surfaceAll = fullText.slice(tokens[a].start, tokens[b - 1].bareEnd);
    const next = b < to ? tokens[b] : undefined;
    // "the Digital Markets Act", "the Geneva Conventions": laws and treaties are documents, not
    // people, places or bodies.
    if (b - a >= 2 && DOCUMENTS.test(tokens[b - 1].normal.replace(/['’]s$/, ''))) continue;
    // "the South American country", "a West African state": an adjective before a common noun.
    const lastBare = bareText(tokens[b - 1]);
    if (b - a >= 2 && next && !next.proper && next.tags.includes('Noun') && /(an|ese|ish|i)$/.test(lastBare) && stateOfDemonym(lastBare) && !stateOfDemonym(surfaceAll) && !stateName(surfaceAll)) continue;
    // "a West African country", "East Asian economies": a compass word and a continent's adjective
    // before a common noun qualify it.
    if (b - a === 2 && COMPASS.test(tokens[a].normal) && /^(african|asian|european|american|arab|caribbean|pacific|atlantic|mediterranean|balkan|baltic|nordic|slavic|sahelian)$/.test(tokens[b - 1].normal) && next && !next.proper && next.tags.includes('Noun')) continue;
    const nextWord = next ? next.normal : '';

    // "the Dunmere fuel terminal": a facility named by the name before it is a place, noun included.
    const facilityEnd = (() => {
      if (a - 1 < from || !/^(the|its|their)$/.test(tokens[a - 1].normal) || stateName(surfaceAll) || tokens[b - 1].possessive) return 0;
      for (const k of [b, b + 1]) if (k < to && FACILITIES.test(tokens[k].normal) && tokens.slice(b, k + 1).every((t) => !t.proper && t.tags.includes('Noun'))) return k + 1;
      return 0;
    })();
    if (facilityEnd && !ORG_HEADS.has(tokens[b - 1].normal)) {
      mentions.push(make('place', a, facilityEnd));
      continue;
    }
    // "the Lowy Institute's Pacific Islands programme", "its Africa desk": a name owned by a body
    // before a lower-case noun for one of its parts names that part, a programme -- no node.
    if (a > from && (tokens[a - 1].possessive || /^(its|their)$/.test(tokens[a - 1].normal)) && next && !next.proper && /^(programme|program|project|desk|unit|initiative|team|division|department|service|section|bureau)$/.test(next.normal) && !stateName(surfaceAll)) continue;
    // "its Baltic Sentry patrol mission": a named operation is run by a body; it is no person.
    const operation = [b, b + 1].some((k) => k < to && OPERATIONS.test(tokens[k].normal) && tokens.slice(b, k + 1).every((t) => !t.proper && /^[a-z-]+$/.test(t.text)) && /^\s$/.test(tokens[b - 1].post));
    if (operation && b - a >= 2 && !stateName(surfaceAll) && !hasTag(tokens, a, b, 'FirstName')) {
      mentions.push(make('organization', a, b));
      continue;
    }
    // "an exercise called Nordic Response", "a tanker named Ocean Star": a name given to a thing
    // takes the kind of the noun before "called"/"named"; a thing that is no person, body or place
    // (an exercise, a plan, a ship) makes no node here.
    const namedThing = (() => {
      // "a group known as Grey Heron", "a militia known locally as X": "known as" names as "called" does.
      const knownAs = a - 3 >= from && tokens[a - 1].normal === 'as' && tokens[a - 2].normal === 'known' ? 3 : a - 4 >= from && tokens[a - 1].normal === 'as' && tokens[a - 3].normal === 'known' && tokens[a - 2].tags.includes('Adverb') ? 4 : 0;
      if (!knownAs && (a - 2 < from || !/^(called|named|dubbed|codenamed|code-named|titled|nicknamed)$/.test(tokens[a - 1].normal))) return undefined;
      const noun = tokens[a - (knownAs || 2)];
      if (noun.proper || !noun.tags.includes('Noun') || noun.tags.includes('Pronoun')) return undefined;
      const n = noun.normal.replace(/[,]$/, '');
      if (BODY_NOUNS.test(n) || ORG_HEADS.has(n)) return 'organization' as const;
      if (PLACE_HEADS.has(n) || PLACE_OF.test(n) || GEO_TAILS.has(n)) return 'place' as const;
      if (OPERATIONS.test(n) || DOCUMENTS.test(n) || HAPPENINGS.test(n) || STORM_WORDS.test(n) || /^(drill|drills|manoeuvres|maneuvers|programme|program|project|initiative|scheme|strategy|policy|framework|report|book|film|album|song|app|system|vessel|ship|tanker|boat|ferry|freighter|aircraft|plane|drone|missile|rocket|satellite|volcano)$/.test(n)) return 'thing' as const;
      return undefined;
    })();
    if (namedThing === 'thing' && b - a >= 1) continue;
    if (namedThing && namedThing !== 'thing' && b - a <= 4 && !stateName(surfaceAll) && !stateOfCapital(surfaceAll)) {
      mentions.push(make(namedThing, a, b));
      continue;
    }
    // "residents of Cité Soleil", "the town of Téra": whatever the words, a settled place.
    if (placeOfBefore(tokens, a, from) && !stateName(surfaceAll) && !ORG_HEADS.has(tokens[b - 1].normal) && !hasTag(tokens, a, b, 'Person')) {
      mentions.push(make('place', a, b));
      continue;
    }
    // Bases: "Hmeimim airbase", "Tartus naval facility", "Qamishli airport" (with troops about).
    const kindHere = baseKindAt(tokens, b, to);
    if (kindHere && !tokens[b - 1].possessive && (kindHere.kind !== 'airport' || military) && !stateName(surfaceAll)) {
      const core = surfaceAll;
      mentions.push(make('base', a, b + kindHere.len, { core, baseKind: kindHere.kind, possessive: tokens[b + kindHere.len - 1].possessive }));
      continue;
    }
    // "landed at Marceau Delorme airport", "Kotoka airport": an airport no troops use, named
    // after someone or something other than a known town, is a place, its noun included (the name
    // alone would read as a person's). One named after a known town ("Kabul airport") is read as the town.
    if (kindHere?.kind === 'airport' && !tokens[b - 1].possessive && !stateName(surfaceAll) && !stateOfCapital(surfaceAll) && !isKnownPlace(surfaceAll.toLowerCase()) && !hasTag(tokens, a, b, 'Place')) {
      mentions.push(make('place', a, b + kindHere.len, { possessive: tokens[b + kindHere.len - 1].possessive }));
      continue;
    }
    // "the Tarvos base camp": the peak a climbers' camp lies below is a place.
    if (nextWord === 'base' && b + 1 < to && tokens[b + 1].normal === 'camp' && !tokens[b - 1].possessive && !stateName(surfaceAll)) {
      mentions.push(make('place', a, b));
      continue;
    }
    // "Hmeimim and Tartus bases"
    if (nextWord === 'and' && b + 2 < to && tokens[b + 1].proper && /^bases$/.test(tokens[b + 2]?.normal ?? '') && !stateName(surfaceAll)) {
      mentions.push(make('base', a, b, { core: surfaceAll, baseKind: 'base' }));
      mentions.push(make('base', b + 1, b + 2, { core: tokens[b + 1].text, baseKind: 'base' }));
      continue;
    }
    // A base named after its kind and a place: "the naval facility in Tartous".
    const prev2 = a - 2 >= from ? baseKindAt(tokens, a - 2, a - 1) ?? (a - 3 >= from ? baseKindAt(tokens, a - 3, a - 1) : undefined) : undefined;
    if (prev2 && tokens[a - 1].normal === 'in' && b - a === 1 && prev2.kind !== 'airport' && tokens[a - 2 - prev2.len]?.normal === 'the' && !stateName(surfaceAll)) {
      mentions.push(make('base', a, b, { core: surfaceAll, baseKind: prev2.kind }));
      continue;
    }

    // "Air Base 101": a base named by its kind and a number; the kind alone ("Air base" opening a
    // sentence) names no base at all.
    // ("Base aérienne 127": in French the kind's adjective is written in lower case after "Base".)
    const wholeKind = (b - a === 1 ? baseKindAt(tokens, a, to) : undefined) ?? baseKindAt(tokens, a, b);
    if (wholeKind && wholeKind.len >= b - a) {
      const e = a + wholeKind.len;
      const number = e < to && /^\d{1,4}$/.test(tokens[e].text) && /^\s$/.test(tokens[e - 1].post) ? tokens[e] : undefined;
      if (number) mentions.push(make('base', a, e + 1, { core: fullText.slice(tokens[a].start, number.end), baseKind: '' }));
      if (number || wholeKind.len === b - a) continue;
    }
    // "RAAF Base Amberley", "Joint Base Andrews", "Naval Air Station Oceana": an operator and a
    // base's kind before one or two words name the base by those words, which the story may use alone.
    // "Naval Support Activity Bahrain", "Naval Air Station Sigonella": the kind may open the name;
    // a base named after its state or capital keeps its whole name, never the state's.
    const namedAfter = (() => {
      for (let k = a; k < b - 1; k++) {
        const kind = baseKindAt(tokens, k, b);
        if (!kind || kind.kind === 'airport' || b - (k + kind.len) > 2 || b - (k + kind.len) < 1 || (k === a && kind.len < 2)) continue;
        if (tokens.slice(k + kind.len, b).every((t) => t.proper && !ORG_HEADS.has(t.normal.replace(/['’]s$/, '')))) {
          const tail = fullText.slice(tokens[k + kind.len].start, tokens[b - 1].bareEnd);
          return { kind, core: k === a || stateName(tail) || stateOfCapital(tail) ? surfaceAll : tail };
        }
      }
      return undefined;
    })();
    if (namedAfter && !stateName(surfaceAll)) {
      mentions.push(make('base', a, b, { core: namedAfter.core, baseKind: '' }));
      continue;
    }
    const inner = b - a >= 3 ? baseKindAt(tokens, b - 2, b) : undefined;
    const inner1 = !inner && b - a >= 2 ? baseKindAt(tokens, b - 1, b) : undefined;
    const innerKind = inner ?? inner1;
    if (innerKind && /^\p{Lu}/u.test(tokens[b - innerKind.len].text)) {
      let coreEnd = b - innerKind.len;
      if (tokens[coreEnd - 1]?.normal === 'international' && coreEnd - 1 > a) coreEnd--;
      const core = fullText.slice(tokens[a].start, tokens[coreEnd - 1].bareEnd);
      if (innerKind.kind !== 'airport' || military) mentions.push(make('base', a, b, { core, baseKind: innerKind.kind }));
      else mentions.push(make('place', a, b));
      continue;
    }
    // "Open Source Developers in Africa (OSDA)": a name its declared acronym spells is a body's.
    // ("United Arab Emirates (UAE)": a state's name stays a state's, its acronym spelt or not.)
    // ("the Koysha Hydroelectric Dam (KHD)": a name ending in a place's or a work's noun stays a place.)
    if (b - a >= 2 && declaredAcronymEnd(tokens, a, a + 1, to) === b && !stateName(surfaceAll) && !GEO_TAILS.has(tokens[b - 1].normal) && !FACILITIES.test(tokens[b - 1].normal)) {
      mentions.push(make('organization', a, b));
      continue;
    }
    // "the Senate", "the Knesset", "Kenya's Parliament", "in the Bundestag": a legislature's one-word
    // name after an article or a possessive names that body (a dictionary word alone would be dropped,
    // and after "in" read as a place).
    // ("kept from Parliament", "and Parliament will see": capitalised inside a sentence, the word
    // is the body's name with no article too; a legislature is no place.)
    if (b - a === 1 && LEGISLATURES.has(tokens[a].normal.replace(/['’]s$/, '')) && a > from && (/^(the|its|their)$/.test(tokens[a - 1].normal) || tokens[a - 1].possessive || (tokens[a].proper && /^\p{Lu}\p{Ll}+$/u.test(bareText(tokens[a]))))) {
      mentions.push(make('organization', a, b));
      continue;
    }
    // "Chile 36 said", "the channel Chile 36": a state's name and a number of two or three digits
    // with no unit after them name a broadcaster or a brand, no state.
    if (stateName(surfaceAll) && b + 1 <= to && b < to && /^\d{2,3}$/.test(tokens[b].text) && /^\s$/.test(tokens[b - 1].post) && !tokens[b - 1].possessive && !(b + 1 < to && /^\s$/.test(tokens[b].post) && !tokens[b + 1].proper && (tokens[b + 1].tags.includes('Plural') || /^(per|percent|%|km|kilometres|kilometers|miles|million|billion|hours|days|years|people|points)$/.test(tokens[b + 1].normal)))) {
      mentions.push(make('organization', tokens[a].normal === 'the' && b - a >= 2 ? a + 1 : a, b + 1));
      continue;
    }
    const whole = stateName(surfaceAll) ?? formalStateName(surfaceAll);
    if (whole) {
      mentions.push(make('state', a, b, { state: whole }));
      continue;
    }
    // "Maguindanao del Norte", "Kivu du Sud", "Rio Grande do Sul": a name ending in a Romance
    // compass word after "del/de/du/do" is a province's, never a person's (whose particles it shares).
    if (b - a >= 3 && ROMANCE_COMPASS.test(surfaceAll)) {
      mentions.push(make('place', a, b));
      continue;
    }
    // "Mayotte", "Puerto Rico", "Greenland": a dependent territory is a place, never a body.
    if (isTerritory(surfaceAll)) {
      mentions.push(make('place', a, b));
      continue;
    }
    const seat = stateOfSeat(surfaceAll);
    if (seat) {
      mentions.push(make('organization', a, b, { state: seat, metonym: 'seat' }));
      continue;
    }
    if (REGION_NAMES.has(surfaceAll.toLowerCase()) || isCompassRegion(surfaceAll)) {
      mentions.push(make('place', a, b));
      continue;
    }
    const last = tokens[b - 1].normal.replace(/['’]s$/, '');
    // The Red Cross and Red Crescent societies, national ones included ("Turkish Red Crescent").
    if (b - a >= 2 && /^red (cross|crescent|crystal)$/.test(`${tokens[b - 2].normal} ${last}`)) {
      mentions.push(make('organization', a, b));
      continue;
    }
    // "the Port of Sandoma", "the City of Kigali", "the Island of Mull": a place's noun opening a name
    // and "of" before the place's own name name that place (a port is a place as much as a body).
    if (b - a >= 3 && /^(port|city|town|island|isle|province|district|county|region|municipality|borough)$/.test(firstWordOf(tokens[a])) && tokens[a + 1].normal === 'of' && !stateName(surfaceAll) && !ORG_HEADS.has(last)) {
      const capitalOf = stateOfCapital(surfaceAll);
      mentions.push(make('place', a, b, capitalOf ? { state: capitalOf, metonym: 'capital' } : {}));
      continue;
    }
    // "the Mareton South constituency", "Nairobi West", "Lagos Central": a town's name and a
    // compass word name a district or an electoral seat -- a place, not a body (a given name
    // before it, "Kanye West", is a person's).
    if (b - a >= 2 && b - a <= 3 && COMPASS.test(last) && !tokens[b - 1].possessive && !hasTag(tokens, a, b - 1, 'FirstName') && !hasTag(tokens, a, b - 1, 'MaleName') && !hasTag(tokens, a, b - 1, 'FemaleName') && !isNameWord(tokens[a].normal) && (isKnownPlace(fullText.slice(tokens[a].start, tokens[b - 2].bareEnd).toLowerCase()) || !!stateOfCapital(fullText.slice(tokens[a].start, tokens[b - 2].bareEnd)) || hasTag(tokens, a, b - 1, 'Place') || (next && !next.proper && /^(constituency|electorate|ward|riding|district|seat|suburb)$/.test(next.normal)))) {
      mentions.push(make('place', a, b));
      continue;
    }
    // "an Air France flight", "Air Peace said": "Air" opening a name before a state's or a brand's
    // name is an airline (bases and air forces were read above; a rank, "Air Marshal", is a title).
    if (b - a >= 2 && tokens[a].text === 'Air' && !isTitleToken(tokens[a + 1]) && !ORG_HEADS.has(last) && !baseKindAt(tokens, a, b)) {
      mentions.push(make('organization', a, b));
      continue;
    }
    // "Médecins Sans Frontières", "Reporters sans frontières", "Acción contra el Hambre": a
    // foreign preposition inside a capitalised run makes a body's name; people's names hold none.
    if (b - a >= 3 && tokens.slice(a + 1, b - 1).some((t) => FOREIGN_LINKS.test(t.normal))) {
      mentions.push(make('organization', a, b));
      continue;
    }
    // "Temple of Justice", "Palace of Culture": a building's noun before "of" names a building, a place.
    if (b - a >= 3 && tokens.slice(a + 1, b - 1).some((t, k) => t.normal === 'of' && /^(temple|palace|hall|cathedral|basilica|mosque|tower)$/.test(tokens[a + k].normal))) {
      mentions.push(make('place', a, b));
      continue;
    }
    // "Law Society of Kenya", "Economic Community of West African States": a body's head noun before "of".
    const headOf = (() => {
      for (let k = a + 1; k < b - 1; k++) if (tokens[k].normal === 'of' && ORG_HEADS.has(tokens[k - 1].normal) && tokens[k - 1].normal !== 'international') return true;
      // "Stabilization Mission in the Central African Republic", "Office for Democratic
      // Institutions": a body's head noun before "in", "for" or "on" heads the whole name; the
      // state or remit after it does not make the body a place.
      for (let k = a + 1; k < b - 1; k++) if (/^(in|for|on)$/.test(tokens[k].normal) && ORG_HEADS.has(tokens[k - 1].normal) && !COMPANY_HEADS.has(tokens[k - 1].normal) && tokens[k - 1].normal !== 'international') return true;
      // "House of Representatives", "House of Commons", "Chamber of Deputies": a legislature's house.
      for (let k = a + 1; k < b - 1; k++) if (tokens[k].normal === 'of' && /^(house|chamber)$/.test(tokens[k - 1].normal) && LEGISLATORS.test(tokens[k + 1].normal)) return true;
      // "Directorate General of Shipping": a body's head noun and "General" before "of".
      for (let k = a + 2; k < b - 1; k++) if (tokens[k].normal === 'of' && tokens[k - 1].normal === 'general' && /^(directorate|inspectorate|secretariat|command|commissariat|staff)$/.test(tokens[k - 2].normal)) return true;
      return false;
    })();
    if (b - a >= 2 && (ORG_HEADS.has(last) || headOf)) {
      mentions.push(make('organization', a, b));
      continue;
    }
    const firstWord = tokens[a].normal;
    // "Radio Televisão da Guiné-Bissau", "Ministry of Health", "University of Cape Town": a body's head first.
    // "Nepal Institute for Policy Research": a state's or a town's name may open it.
    const remitAt = (k: number): boolean => k + 1 < b && REMIT_HEADS.has(tokens[k].normal) && /^(of|for|on|to)$/.test(tokens[k + 1].normal);
    // "Hayat Tahrir al-Sham", "Jund al-Aqsa", "Harakat al-Shabaab al-Mujahideen", "Kataib
    // Hezbollah", "Hizb ut-Tahrir": Arabic, Persian and Urdu nouns for a movement, front, army,
    // party or group open a body's name as the Romance ones do.
    const arabicBody = ARABIC_BODY_LEADS.test(firstWord) || (ARABIC_BODY_LEADS_IF_ARTICLE.test(firstWord) && tokens.slice(a + 1, b).some((t) => /^(al|el|ul|ut|ud|wal|ad|an|ash|as|ar|az)$/.test(t.normal) && t.post === '-'));
    // (Not a run holding a title and its holder: "Union Home Minister Amit Shah".)
    const holdsTitle = tokens.slice(a + 1, b).some((t) => TITLE_HEADS.test(t.normal));
    if (b - a >= 2 && (/^(radio|television|ministry|university|bank|banco|council|court|agency|office)$/.test(firstWord) || (BODY_LEADS.has(firstWord) && !holdsTitle) || arabicBody || remitAt(a) || (b - a >= 3 && tokens[a].proper && remitAt(a + 1)))) {
      mentions.push(make('organization', a, b));
      continue;
    }
    // "Fiona Hill", "Stuart Hall": a given name before a built-place noun makes a person.
    const givenName = ['FirstName', 'MaleName', 'FemaleName'].some((g) => tokens[a].tags.includes(g));
    // "Trade Minister Daniel Hill", "Kenya's Foreign Minister Grace Forest": titles before the given
    // name say the same; the title, not the landform, decides.
    const titledGivenName = b - a >= 3 && [...NAME_TAGS, 'ProperNoun'].some((g) => tokens[b - 2].tags.includes(g)) && tokens.slice(a, b - 2).some((t) => TITLE_HEADS.test(t.normal)) && tokens.slice(a, b - 2).every((t) => isTitleToken(t) || !!stateOfDemonym(bareText(t)));
    // "Kelsey Park, a senator from Ohio, said", "Maria Hill said": a word the dictionary knows only
    // as a given name before a landform's noun is a person's name where a person's cue stands by it
    // (a title before it or set beside it, a verb of speech after it) -- though the tagger, seeing
    // "Park", files the whole run as a place.
    if (b - a === 2 && GEO_TAILS.has(last) && isNameWord(tokens[a].normal) && ((a - 1 >= from && isTitleToken(tokens[a - 1])) || titleApposedAfter(tokens, b, to) || (b < to && SPEECH_VERBS.test(tokens[b].normal)))) {
      mentions.push(make('person', a, b, { role: roleBefore(fullText, tokens, a, from) }));
      continue;
    }
    // "the Eastern Patrol Line", "the Military Demarcation Line", "the Green Line": a line named
    // with a word of borders, truces or the compass is a border, a place. (Not "Maersk Line", a
    // shipping company.)
    const borderLine = last === 'line' && b - a >= 2 && tokens.slice(a, b - 1).some((t) => BORDER_LINE_WORDS.test(t.normal) || COMPASS.test(t.normal));
    if (b - a >= 2 && b - a <= 5 && ((GEO_TAILS.has(last) && !(givenName && b - a === 2) && !titledGivenName) || borderLine || (GEO_LEADS.has(firstWord) && !tokens[a].possessive))) {
      mentions.push(make('place', a, b));
      continue;
    }
    // "Islamic State Sahel Province", "Islamic State group": the group's name may go on after "State".
    if (b - a >= 2 && tokens.slice(a, b - 1).some((t, k) => /ic$/.test(t.normal) && tokens[a + k + 1].normal === 'state')) {
      mentions.push(make('organization', a, b));
      continue;
    }
    if (b - a >= 2 && last === 'state' && /ic$/.test(tokens[b - 2].normal)) {
      mentions.push(make('organization', a, b)); // "Islamic State": a group, not a state
      continue;
    }
    // "al-Shabaab fighters", "the Hamas stronghold of", "an al-Shabab convoy", "Wagner mercenaries":
    // a name qualifying the members, strongholds or convoys of an armed movement is that movement.
    // A person's name qualifies them too ("Haftar fighters"), so a run a dictionary reads as a
    // person's is kept out, and so is one word ("Haftar fighters": a warlord's surname) -- unless an
    // Arabic article opens it, which a movement's name does ("al-Shabaab") and a person's surname
    // in such a phrase rarely does.
    const armedCue = !!next && ARMED_MEMBERS.test(nextWord) && !next.proper && !tokens[b - 1].possessive && b - a <= 3;
    // "an al Shabaab convoy": the article written apart and in lower case belongs to the name.
    const looseArticle = a - 1 >= from && /^(al|el)$/.test(tokens[a - 1].text) && /^\s$/.test(tokens[a - 1].post);
    if (armedCue && !stateName(surfaceAll) && !stateOfCapital(surfaceAll) && !isKnownPlace(surfaceAll.toLowerCase()) && (ARABIC_ARTICLE.test(tokens[a].normal) || looseArticle || (b - a >= 2 && !hasTag(tokens, a, b, 'FirstName') && !hasTag(tokens, a, b, 'Person') && !hasTag(tokens, a, b, 'LastName')))) {
      mentions.push(make('organization', looseArticle ? a - 1 : a, b));
      continue;
    }
    // "a Brussels think tank": a known place before a body's noun says where the body is.
    const knownPlace = !!stateOfCapital(surfaceAll) || isKnownPlace(surfaceAll.toLowerCase());
    // "the Danab brigade", "the Azov regiment", "the Likud party", "the Sinaloa cartel": a name before
    // a lower-case noun for a unit of troops or a party, faction or gang is that body's name.
    // (Not a person's party, "Mwale's party", nor an adjective's, "the Liberal party", which names no party alone.)
    // ("the Ruta Nueva bloc", "the Korvale Sun movement": a parliamentary bloc, a coalition, an alliance or a movement likewise.)
    const unitAfter = /^(brigade|battalion|regiment|squadron|corps|commando|commandos|party|faction|gang|cartel|bloc|caucus|coalition|alliance|movement)$/.test(nextWord) && !tokens[b - 1].possessive && !hasTag(tokens, a, b, 'FirstName') && !hasTag(tokens, a, b, 'Person') && !(b - a === 1 && isDictionaryWord(tokens[a].normal));
    if (!knownPlace && (/^(think|thinktank)$/.test(nextWord) || /^(outlet|newspaper|agency|channel|broadcaster|militia|group)$/.test(nextWord) || (unitAfter && !(next && next.proper)))) {
      mentions.push(make('organization', a, b));
      continue;
    }
    // "the Janzour and Souq al-Juma districts", "Kunar and Nuristan provinces": names listed before
    // a plural place noun are places, each of them.
    const pluralPlaceAfter = (k: number): boolean => k < to && !tokens[k].proper && /s$/.test(tokens[k].normal) && PLACE_HEADS.has(tokens[k].normal.replace(/(ie)?s$/, (m) => (m === 'ies' ? 'y' : ''))) && b - a <= 3;
    const listedPlace = (() => {
      if (pluralPlaceAfter(b)) return true;
      if (nextWord !== 'and' || b + 1 >= to || !tokens[b + 1].proper) return false;
      let k = b + 1;
      while (k < to && (tokens[k].proper || isHyphenParticle(tokens[k].normal, tokens[k].post)) && k - b <= 4) k++;
      return pluralPlaceAfter(k);
    })();
    if (listedPlace && !stateName(surfaceAll) && !hasTag(tokens, a, b, 'FirstName')) {
      mentions.push(make('place', a, b));
      continue;
    }
    // "Southern Province", "the Eastern Region", "Central District": a compass word and a unit's
    // noun, both capitalised, name a unit of the state (the compass word alone names nothing).
    if (b - a === 2 && COMPASS.test(tokens[a].normal) && COMPASS_UNITS.test(last) && !tokens[a].possessive) {
      mentions.push(make('place', a, b));
      continue;
    }
    // "Gaurishankar rural municipality", "the Kayes administrative region": one or two lower-case
    // adjectives may stand between the name and the place noun.
    // "the Tondi department", "the Oualo department": in France, West and Central Africa, Latin
    // America and Haiti a department is a unit of the state; a name of portfolio or common words
    // before it ("the State department", "the Justice department", "the Fire department") is an office.
    const departmentAfter = (k: number): boolean => k < to && tokens[k].normal === 'department' && !tokens[k].proper && !tokens[b - 1].possessive && tokens.slice(a, b).every((t) => !PORTFOLIO_WORDS.has(t.normal) && !(isDictionaryWord(t.normal) && !isProperOnlyWord(t.normal)) && !ORG_HEADS.has(t.normal));
    const placeHeadAfter = (() => {
      for (let k = b; k < Math.min(to, b + 3); k++) {
        const t = tokens[k];
        if (t.proper || !/^[a-z-]+$/.test(t.text)) return false;
        if (PLACE_HEADS.has(t.normal) || departmentAfter(k)) return true;
        // "Ahmed Ali's native village": a possessor's adjective describes his place, not his name.
        if (tokens[b - 1].possessive || !t.tags.includes('Adjective') || t.tags.includes('Noun') || t.tags.includes('Verb') || !/^\s$/.test(t.post)) return false;
      }
      return false;
    })();
    if (next && placeHeadAfter && b - a <= 3) {
      // "the Lake province", "Rivers state", "the Plateau district", "Central province": a unit
      // named by one common word or a compass word is named with its noun; the word alone names nothing.
      const w = tokens[a].normal;
      const commonWordName = b - a === 1 && !tokens[a].possessive && /^\s$/.test(tokens[a].post) && !next.proper && (PLACE_HEADS.has(next.normal) || departmentAfter(b)) && featureWordName(w);
      mentions.push(make('place', a, commonWordName ? b + 1 : b));
      continue;
    }
    const capital = b - a <= 2 ? stateOfCapital(surfaceAll) : undefined;
    if (capital) {
      mentions.push(make('place', a, b, { state: capital, metonym: 'capital' }));
      continue;
    }
    // A title head inside the run ends the title: "Infrastructure Minister Pieter de Graaf".
    for (let k = b - 2; k > a; k--) {
      if (TITLE_HEADS.test(tokens[k].normal) && tokens[k + 1].proper) {
        a = k + 1;
        break;
      }
    }
    // Strip leading titles and demonyms: "Syrian President Ahmed al-Sharaa".
    while (a < b - 1) {
      const t = tokens[a];
      const bare = bareText(t);
      // "State" is a title word only before another ("State Counsellor") or after "of" ("Secretary
      // of State"): "the State Great Khural" and "State Oil Company" keep it as their first word.
      if (t.normal === 'state' && !isTitleToken(tokens[a + 1]) && !(a - 1 >= from && tokens[a - 1].normal === 'of')) break;
      // "the union's treasurer, Chad Okoro,": a state's name the dictionary also knows as a given
      // name opens a person's name where a person's noun is set before it, no title after it.
      if (b - a === 2 && ['FirstName', 'MaleName', 'FemaleName', 'Person'].some((g) => t.tags.includes(g)) && !isTitleToken(tokens[a + 1]) && personNounApposedBefore(tokens, a, b, from)) break;
      // "General Confederation of Labour", "Supreme Council", "Special Tribunal": a title's
      // adjective right before a body's head noun is the body's first word.
      if (/^(general|supreme|special|joint|senior)$/.test(t.normal) && ORG_HEADS.has(tokens[a + 1].normal.replace(/['’]s$/, ''))) break;
      // ("Air Vice Marshal", "Air Chief Marshal", "Air Commodore": "Air" opens an air force's rank.)
      if (isTitleToken(t) || stateOfDemonym(bare) || stateName(bare) || stateOfSeat(bare) || (t.normal === 'air' && isTitleToken(tokens[a + 1])) || addressOpener(t, tokens[a + 1])) a++;
      else break;
    }
    // Name particles alone at the end ("al-") or a single leftover title are no names.
    if (a >= b) continue;
    const first = tokens[a];
    const firstBare = bareText(first);
    if (b - a === 1 && (isTitleToken(first) || stateOfDemonym(firstBare))) continue;
    const partialState = stateName(fullText.slice(first.start, tokens[b - 1].bareEnd));
    if (partialState) {
      mentions.push(make('state', a, b, { state: partialState }));
      continue;
    }
    // "the state company Cinia", "the Estonian operator Elisa Eesti", "Germany's competition
    // authority, the Bundeskartellamt": a name right after a noun for a kind of body is that body.
    const cue = a - 1 >= from ? tokens[a - 1] : undefined;
    // Trades a person may ply too ("the builder John Okafor", "the investor George Soros", "the
    // opposition's Kemal ...") make a body only of a name no given name opens.
    const cueBefore = (t: Token | undefined): boolean => !!t && !t.proper && BODY_NOUNS.test(t.normal) && !(PERSON_TRADES.test(t.normal) && (hasTag(tokens, a, b, 'FirstName') || hasTag(tokens, a, b, 'Person') || hasTag(tokens, a, b, 'MaleName') || hasTag(tokens, a, b, 'FemaleName')));
    // "His employer, the Vigo-based Pesquerías Atlántico, said": a place's "-based" may stand
    // between the article and the name.
    const based = a - 3 >= from && tokens[a - 1].normal === 'based' && tokens[a - 2].post === '-' ? 2 : 0;
    const appositive = tokens[a - 1 - based]?.normal === 'the' && a - 2 - based >= from && /^,\s$/.test(tokens[a - 2 - based].post) && (cueBefore(tokens[a - 2 - based]) || /^(employer|employers|charterer|insurers?)$/.test(tokens[a - 2 - based].normal)) && /^[,.;]/.test(tokens[b - 1].post.trim());
    // (A cue right before the name may carry a longer one: "the rights group Freedom Now Central Asia".)
    if ((b - a <= 3 || (b - a <= 5 && cueBefore(cue) && !hasTag(tokens, a, b, 'Person'))) && ((cueBefore(cue) && /^\s$/.test(cue!.post)) || (appositive && !hasTag(tokens, a, b, 'Person')))) {
      mentions.push(make('organization', a, b));
      continue;
    }
    // "La Esperanza said", "the head of Las Golondrinas, a farmers' group": a name opened by a Romance
    // article is left to the article's reading (a body, unless a person of the article bears it).
    // (Not after a preposition of place, "flights to La Guaira"; nor a surname ending in an English
    // word, "Le Pen".)
    if (b - a >= 2 && ROMANCE_ARTICLES.test(first.text) && /^\s$/.test(first.post) && !(a > from && (LOCATION_PREPOSITIONS.has(tokens[a - 1].normal) || isTitleToken(tokens[a - 1]))) && !(b - a === 2 && isDictionaryWord(tokens[a + 1].normal.replace(/['’]s$/, ''))) && !tokens.slice(a + 1, b).some((t) => PERSON_OR_PLACE_TAGS.some((g) => t.tags.includes(g))) && !isKnownPlace(surfaceAll.toLowerCase()) && !stateName(surfaceAll)) {
      mentions.push(make('name', a, b));
      continue;
    }
    const role = roleBefore(fullText, tokens, a, from);
    // "Benin's foreign minister, Koffi Adjaho, said", "Ivan Petrov, the deputy mayor, said": a title
    // set beside the name by commas says a person holds it, whatever the dictionary says of the
    // name's words (a given name it also files as a region or a town).
    const appositeTitle = !role && b - a >= 2 && ((a - 1 >= from && isTitleToken(tokens[a - 1]) && !/^(of|state)$/.test(tokens[a - 1].normal) && /^,\s$/.test(tokens[a - 1].post)) || personNounApposedBefore(tokens, a, b, from) || titleApposedAfter(tokens, b, to));
    const words = [];
    for (let i = a; i < b; i++) if (!NAME_PARTICLES.has(tokens[i].normal)) words.push(tokens[i]);
    if (appositeTitle && words.length >= 2 && words.length <= 4 && words.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !t.tags.includes('Organization') && !t.tags.includes('Country')) && !words.some((t) => {
      const w = t.normal.replace(/['’]s$/, '');
      return ORG_HEADS.has(w) || PLACE_HEADS.has(w) || GEO_TAILS.has(w) || COMMON_SUFFIX.test(w) || HAPPENINGS.test(w) || DOCUMENTS.test(w) || isTitleToken(t);
    }) && !stateName(surfaceAll) && !stateOfCapital(surfaceAll) && !isKnownPlace(surfaceAll.toLowerCase()) && !REGION_NAMES.has(surfaceAll.toLowerCase())) {
      mentions.push(make('person', a, b));
      continue;
    }
    const personTagged = hasTag(tokens, a, b, 'Person') || hasTag(tokens, a, b, 'FirstName') || hasTag(tokens, a, b, 'LastName');
    const allUnknown = words.every((t) => !isDictionaryWord(t.normal.replace(/['’]s$/, '')) || t.tags.includes('Person') || (isProperOnlyWord(t.normal.replace(/['’]s$/, '')) && !['Place', 'City', 'Country', 'Region'].some((g) => t.tags.includes(g))));
    // "NATO", "MONUSCO"; "M23", "G20": capitals and digits together name a group, unless a state's.
    // Letters and digits also name aircraft and weapons ("A320"): a group only before a group noun
    // ("M23 rebels") or as a whole noun phrase after "the" ("backing the M23.").
    const groupCue = !!next && /^(rebels?|group|movement|militia|fighters|summit|leaders|members|nations|countries|coalition)$/.test(next.normal);
    const alphanumeric = b - a === 1 && /^[A-Z]{1,4}\d{1,3}$/.test(firstBare) && (groupCue || (a > from && tokens[a - 1].normal === 'the' && !(next && !next.proper && next.tags.includes('Noun'))));
    // An all-capital word the dictionary knows ("HELP", "NOTE") is shouting, not a group -- unless
    // the dictionary files it as an organisation ("NATO", "OPEC"): general knowledge wins there.
    const acronym = b - a === 1 && (/^[A-Z]{2,8}$/.test(firstBare) || alphanumeric) && !(firstBare.length > 3 && /^[A-Z]+$/.test(firstBare) && isDictionaryWord(firstBare.toLowerCase()) && !isKnownOrganization(firstBare.toLowerCase()));
    if (acronym) {
      mentions.push(make('organization', a, b));
      continue;
    }
    // "Wang Lirong", "Tang Jun", "Park Min-jun": an East Asian family name before given-name
    // syllables is a person, though the dictionary reads "Wang" or "Jun" as a common word or a
    // month (a place the dictionary knows, "Hong Kong", was read above; a street or a body's
    // head noun after the family name, "Park Lane", keeps the run out).
    if (isEastAsianName(fullText.slice(tokens[a].start, tokens[b - 1].bareEnd).split(/\s+/)) && !isKnownPlace(surfaceAll.toLowerCase()) && !stateOfCapital(surfaceAll) && words.slice(1).every((t) => !ORG_HEADS.has(t.normal) && !PLACE_HEADS.has(t.normal) && !GEO_TAILS.has(t.normal) && !(t.normal.length >= 4 && isDictionaryWord(t.normal) && !NAME_TAGS.some((g) => t.tags.includes(g))))) {
      mentions.push(make('person', a, b, { role }));
      continue;
    }
    // Compromise tags any capitalised word before "'s" + noun as an organisation ("Haftar's army",
    // "Sydykov's office"): on a possessive run that tag counts only for a name its dictionary knows.
    const possessiveGuess = tokens[b - 1].possessive && !tokens.slice(a, b).some((t) => isKnownOrganization(t.normal.replace(/['’]s$/, '')));
    // "Putin's Office said", "the Office": a head noun every body has names none on its own.
    if (b - a === 1 && /^(office|department|bureau|unit|directorate|secretariat|division|branch)$/.test(first.normal.replace(/['’]s$/, ''))) continue;
    // "Election commission orders recount", "Immigration officials said": a common noun opening a
    // sentence or headline has its capital as any opener; before a lower-case noun it qualifies that noun.
    if (b - a === 1 && a === from && next && !next.proper && /^[a-z]/.test(next.text) && /^\s$/.test(first.post) && COMMON_SUFFIX.test(first.normal) && !isProperOnlyWord(first.normal) && !NAME_TAGS.some((g) => first.tags.includes(g))) continue;
    if (hasTag(tokens, a, b, 'Organization') && !personTagged && !possessiveGuess) {
      mentions.push(make('organization', a, b));
      continue;
    }
    const isCommonNoun = (t: Token): boolean => {
      const w = t.normal.replace(/['’]s$/, '');
      // Compromise may tag a whole capitalised run 'Person'; an abstract-noun ending still shows a body.
      // ("Florence", "Terence": a word the dictionary knows only as a name has no noun's ending.)
      if (COMMON_SUFFIX.test(w) && !t.tags.includes('FirstName') && !t.tags.includes('LastName') && !isProperOnlyWord(w)) return true;
      // "Florence Mbaye": a word the dictionary knows only as a name, here not read as a place's, is no common noun.
      return !NAME_TAGS.some((g) => t.tags.includes(g)) && !t.tags.includes('Adjective') && isDictionaryWord(w) && !(isProperOnlyWord(w) && !['Place', 'City', 'Country', 'Region'].some((g) => t.tags.includes(g)));
    };
    // "Baja California", "Nusa Tenggara": a run of words the dictionary all files as places is a
    // place's name, though each word is also in the dictionary.
    const placeTag = (t: Token): boolean => ['Place', 'City', 'Country', 'Region'].some((g) => t.tags.includes(g));
    if (words.length >= 2 && !role && words.every(placeTag) && isKnownPlace(words[words.length - 1].normal.replace(/['’]s$/, '')) && !hasTag(tokens, a, b, 'Person')) {
      mentions.push(make('place', a, b));
      continue;
    }
    const commonNoun = words.find(isCommonNoun);
    // A capitalised run ending in a common noun names a body, whatever comes before it: "Corruption
    // Watch", "Mvelo Pipe Solutions" -- unless a given name opens it ("Rosalind Tan").
    const lastWord = words[words.length - 1] ?? tokens[b - 1];
    const lastNormal = lastWord.normal.replace(/['’]s$/, '');
    const pluralNoun = /[^s]s$/.test(lastNormal) && (isDictionaryWord(lastNormal.slice(0, -1)) || COMMON_SUFFIX.test(lastNormal.slice(0, -1))) && !NAME_TAGS.some((g) => lastWord.tags.includes(g));
    const endsInCommon = words.length >= 2 && (isCommonNoun(lastWord) || pluralNoun) && !lastWord.tags.includes('Verb') && !words[0].tags.includes('Verb') && !isInfinitive(words[0].normal) && !hasTag(tokens, a, b, 'FirstName') && !HAPPENINGS.test(lastNormal) && !['Place', 'City', 'Country', 'Region'].some((g) => lastWord.tags.includes(g));
    // "Kenya's High Commissioner, X", "Chief of the Naval Staff": a run ending in a title's word
    // names an office a person holds, not a body.
    // (Its other words qualify the office, as title words or "High", "Air", "Naval" do; "the Galaxy Leader" is a name.)
    if (words.length >= 2 && !role && isTitleToken(lastWord) && !ORG_HEADS.has(lastNormal) && words.slice(0, -1).every((t) => isTitleToken(t) || OFFICE_QUALIFIERS.test(t.normal))) continue;
    if (words.length >= 2 && commonNoun && !role && (commonNoun === lastWord || endsInCommon) && /^\p{Lu}/u.test(lastWord.text)) {
      mentions.push(make('organization', a, b)); // "Special Investigating Unit", "Corruption Watch"
      continue;
    }
    // "Australia's Prime Minister Fiona Marsh", "Interior Minister Lucia Bravo": a title right
    // before a name of two to four words outranks what the dictionary says of each word (a given
    // name it also files as a town, a surname that is also a common noun or a landform): offices
    // are held by people. A word that heads a body's or a place's name ("Minister Office", "Governor
    // Kayes Region") keeps the run out, and so does a run of common nouns only.
    const headNoun = (t: Token): boolean => {
      const w = t.normal.replace(/['’]s$/, '');
      // (Landform tails were weighed above: a run reaching here with one had a given name before it.)
      return ORG_HEADS.has(w) || PLACE_HEADS.has(w) || COMMON_SUFFIX.test(w) || HAPPENINGS.test(w) || DOCUMENTS.test(w);
    };
    // The title must touch the name: "the leader of South Ossetia" names a place after "of".
    // "Secretary of State John Kerry": "State" after "of" ends a title.
    const stateTitle = tokens[a - 1]?.normal === 'state' && a - 2 >= from && tokens[a - 2].normal === 'of' && a - 3 >= from && isTitleToken(tokens[a - 3]);
    const titleTouches = a - 1 >= from && isTitleToken(tokens[a - 1]) && (!/^(of|state)$/.test(tokens[a - 1].normal) || stateTitle) && /^\s$/.test(tokens[a - 1].post);
    if (role && titleTouches && words.length >= 2 && words.length <= 4 && !words.some(headNoun) && (words.some((t) => NAME_TAGS.some((g) => t.tags.includes(g)) || !isDictionaryWord(t.normal.replace(/['’]s$/, ''))) || (words[0].tags.includes('ProperNoun') && !TITLE_MODIFIERS.has(words[0].normal))) && !stateName(surfaceAll)) {
      mentions.push(make('person', a, b, { role }));
      continue;
    }
    // "Santa Bárbara", "San Pedro Sula", "Puerto Cortés", "São Tomé": a Romance word for a saint's
    // town or a port opening a name no body's or base's noun ended makes it a place, though the
    // next word is a given name.
    // "Saint-Denis", "Sainte-Marie", "Saint-Louis": French towns join a saint's name with a hyphen.
    if (b - a >= 2 && b - a <= 4 && !role && (/^(San|Santa|Santo|São|Sao|Puerto|Porto|Ciudad|Vila|Villa|Nueva|Nuevo|Nova|Novo|Ville)$/.test(tokens[a].text) || (/^(Saint|Sainte|St)$/.test(tokens[a].text) && tokens[a].post === '-')) && tokens[a + 1].proper) {
      mentions.push(make('place', a, b));
      continue;
    }
    // "VMRO-DPMNE", "PAIGC-FARP", "SPLM IO": a run of capitals only, of two words or hyphenated
    // parts, is a party's or a movement's acronym -- never a person's name, which is written in
    // capitals only in a byline or a header, and those are furniture.
    if (words.length >= 2 && words.every((t) => /^[A-Z]{2,8}$/.test(bareText(t))) && !role && !stateName(surfaceAll)) {
      mentions.push(make('organization', a, b));
      continue;
    }
    if (words.length >= 2 && words.length <= 4 && (personTagged || role || allUnknown || (appositeTitle && !stateName(surfaceAll) && !stateOfCapital(surfaceAll))) && !commonNoun) {
      // "a base in Khamis Mushait": unknown words after a preposition of place name a place; people
      // follow "to", "from", "with", rarely "in" or "near".
      // "taken to Khamis Mushayt in southern Saudi Arabia": a name placed inside a state is a place.
      const inState = placedInState(fullText, tokens, b, to);
      // "starts at the Ras Tavira", "fishing off the Kerrin Banks": after a preposition of place
      // and "the", unknown words name a place -- a person's name takes no article.
      const placeWithArticle = a - 2 >= from && tokens[a - 1].normal === 'the' && /^(at|in|near|outside|inside|across|around|towards|toward|into|off|through|along|past|beyond|via)$/.test(tokens[a - 2].normal);
      if (!personTagged && !role && !appositeTitle && ((a > from && /^(in|near|outside|inside|across|around|towards|toward|into|off)$/.test(tokens[a - 1].normal)) || placeWithArticle || inState || placeOfBefore(tokens, a, from) || compassOfBefore(tokens, a, from) || listedAfterPlace(mentions, tokens, a, from))) {
        mentions.push(make('place', a, b));
        continue;
      }
      if (!hasTag(tokens, a, b, 'Place') || role || appositeTitle || hasTag(tokens, a, b, 'FirstName')) {
        mentions.push(make('person', a, b, { role, ...(!personTagged && !role ? { guessed: true } : {}) }));
        continue;
      }
    }
    // "Secretary of State Marco Rubio": a title before a run ending in a known surname makes a
    // person, though the dictionary also knows a town called like the given name.
    if (words.length >= 2 && words.length <= 4 && role && lastWord.tags.includes('LastName')) {
      mentions.push(make('person', a, b, { role }));
      continue;
    }
    // "Milan Kovač said": a town's name opening a run whose last word no dictionary knows, the run
    // then speaking, is a given name and a surname.
    // "Prime Minister Milan Kovač" too: a title before it says the same.
    const speaks = !!next && SPEECH_VERBS.test(next.normal);
    const placeTagged = (t: Token): boolean => ['Place', 'City', 'Country', 'Region'].some((g) => t.tags.includes(g));
    const townAsGivenName = words.length >= 2 && words.length <= 3 && placeTagged(words[0]) && words.slice(1).every((t) => !isCommonNoun(t) && !placeTagged(t) && !isDictionaryWord(t.normal.replace(/['’]s$/, '')));
    if (townAsGivenName && (speaks || role)) {
      mentions.push(make('person', a, b, { role }));
      continue;
    }
    if (hasTag(tokens, a, b, 'Place') || hasTag(tokens, a, b, 'City') || hasTag(tokens, a, b, 'Region')) {
      mentions.push(make('place', a, b));
      continue;
    }
    // "the Houthis", "the Hawks": a group named in the plural.
    // "the Serbs of Kosovo", "speak to the Muslims", "the Ossetians": the plural of a demonym, of
    // an ethnic group's or a faith's member is a community, not an organisation -- no node.
    const singular = firstBare.replace(/s$/, '');
    const community = !!stateOfDemonym(singular) || tokens[a].tags.includes('Demonym') || /(ian|ean)$/i.test(singular) || COMMUNITIES.test(singular.toLowerCase());
    if (words.length === 1 && a - 1 >= from && tokens[a - 1].normal === 'the' && /[a-z]s$/.test(firstBare) && community) continue;
    // "off the Eastfjords", "the Midlands", "the Highlands": one word ending in a landform's
    // plural (fjords, lands, islands, hills, heights, plains...) after "the" names a region, not
    // a group named in the plural.
    if (words.length === 1 && a - 1 >= from && tokens[a - 1].normal === 'the' && /\p{Ll}(fjords|lands|islands|isles|mountains|hills|heights|highlands|lowlands|plains|lakes|keys|cays|marshes|steppes|glades|dunes|valleys|sands|shoals|reefs|gorges|woods|forests|fields|glens|dales|moors)$/u.test(firstBare) && !personTagged) {
      mentions.push(make('place', a, b));
      continue;
    }
    // "the Marcoses", "the Kennedys": the plural of a word the dictionary knows only as a surname
    // or a given name is a family, no body and no node.
    const familyStem = firstBare.toLowerCase().replace(/(?<=[sxz]|ch|sh)es$|ies$|s$/, (m) => (m === 'ies' ? 'y' : ''));
    if (words.length === 1 && a - 1 >= from && tokens[a - 1].normal === 'the' && /[a-z]s$/.test(firstBare) && familyStem !== firstBare.toLowerCase() && isNameWord(familyStem)) continue;
    // "sailing towards the Dardanelles", "through the Bosporus", "along the Limpopo": after a
    // preposition of a path, "the" and one name ending in "s" name a waterway or a region, not a
    // group named in the plural (groups are fought, joined or talked with, not sailed through).
    if (words.length === 1 && a - 2 >= from && tokens[a - 1].normal === 'the' && /[a-z]s$/.test(firstBare) && !personTagged && !tokens[a].possessive && !/^['’]/.test(tokens[a].post) && !(next && !next.proper && /^\s$/.test(tokens[a].post) && !/^(when|as|on|in|at|and|or|to|from|before|after|where|while|for|with|by|near|toward|towards|into|until|late|early|last|this|that)$/.test(next.normal)) && PATH_PREPOSITIONS.test(tokens[a - 2].normal)) {
      mentions.push(make('place', a, b));
      continue;
    }
    if (words.length === 1 && a - 1 >= from && tokens[a - 1].normal === 'the' && /[a-z]s$/.test(firstBare) && !personTagged && (tokens[a].tags.includes('Plural') || !isDictionaryWord(firstBare.toLowerCase()))) {
      mentions.push(make('organization', a, b));
      continue;
    }
    if (words.length === 1) {
      const prevWord = a - 1 >= from ? tokens[a - 1].normal : '';
      // "Foreign Affairs", "Kartal Construction said": one capitalised common noun is no person.
      // "Minister of State for Foreign Affairs": a title ending in a modifier ("Foreign") heads no name.
      const modifierTitle = !!role && TITLE_MODIFIERS.has(role.text.toLowerCase().split(/\s+/).pop() ?? '');
      const commonWord = modifierTitle || (!personTagged && (isCommonNoun(words[0]) || /[^s]s$/.test(words[0].normal) && isDictionaryWord(words[0].normal.slice(0, -1))));
      if (role && !commonWord) mentions.push(make('person', a, b, { role }));
      else if (role) continue;
      // "according to X", "thanks to X", "due to X": "to" that cites a source or a cause places nothing.
      else if (((LOCATION_PREPOSITIONS.has(prevWord) && !attitudeTowards(tokens, a - 1, from) && !(prevWord === 'to' && a - 2 >= from && /^(according|thanks|due|owing|compared|next|close|loyal|addition)$/.test(tokens[a - 2].normal))) || placeCueBefore(tokens, a, from) || placeOfBefore(tokens, a, from) || compassOfBefore(tokens, a, from) || (placedInState(fullText, tokens, b, to) && !PERSON_OBJECT_VERBS.test(prevWord))) && !personTagged) mentions.push(make('name', a, b, { placeLike: true }));
      // "fishermen from Zambales and Palawan said": a name joined by "and" to a place the preposition
      // introduced is another place of the list, though the sentence then speaks.
      // (Not an adjective before its noun: "between Tehran and Western capitals".)
      // ("cut off in Sarnel and Dana": a word the dictionary knows as a given name too is a place
      // there, when the place before it follows a preposition of place and the name does not act.)
      else if (prevWord === 'and' && (!personTagged || (placedListHead(mentions, tokens, a, from) && !hasTag(tokens, a, b, 'LastName') && !(b < to && (tokens[b].tags.includes('Verb') || tokens[b].possessive)))) && !tokens[a].tags.includes('Adjective') && (!isDictionaryWord(words[0].normal.replace(/['’]s$/, '')) || isProperOnlyWord(words[0].normal.replace(/['’]s$/, ''))) && !(b < to && !tokens[b].proper && tokens[b].tags.includes('Noun') && /^\s$/.test(tokens[b - 1].post)) && placeJustBefore(mentions, a)) mentions.push(make('name', a, b, { placeLike: true }));
      // "clashed near Gao", "an ambush outside Tera": after a preposition only places follow, one
      // word is a place though the dictionary knows it as a surname (a surname the article gives
      // someone in full still finds that person first).
      else if (/^(near|outside|across|towards|toward|off|around)$/.test(prevWord) && !attitudeTowards(tokens, a - 1, from) && !tokens[a].possessive && !hasTag(tokens, a, b, 'FirstName')) mentions.push(make('name', a, b, { placeLike: true }));
      // "a fishing village on Tarnholm ... flights from Tarnholm Airport": after "on" a name is a
      // place (an island) when a settlement's noun stands before "on" or the article names a
      // facility after it; "on" alone also takes days, topics and people ("spoke on Tuesday").
      else if (prevWord === 'on' && !personTagged && !tokens[a].possessive && !hasTag(tokens, a, b, 'FirstName') && !hasTag(tokens, a, b, 'Date') && (SETTLED_ON.test(a - 2 >= from ? tokens[a - 2].normal : '') || facilityNamedAfter(fullText, firstBare))) mentions.push(make('name', a, b, { placeLike: true }));
      else if (personTagged || !isDictionaryWord(words[0].normal.replace(/['’]s$/, ''))) mentions.push(make('name', a, b));
    }
  }
  mentions.push(...lowerCaseBodies(tokens, from, to, make));
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  // A body found by its description covers the bare words inside it ("Dutch" in "the Dutch government").
  for (let k = mentions.length - 1; k > 0; k--) {
    const outer = mentions.slice(0, k).find((o) => o.start <= mentions[k].start && mentions[k].end <= o.end);
    if (outer) mentions.splice(k, 1);
  }
  // "the Mara Salvatrucha, or MS-13,", "Forces Armées Nationales (FAN)": a name followed by an
  // acronym that spells its initials is a body's, though its words read like a person's or a place's.
  // ("the Koysha Hydroelectric Dam (KHD)": a name its own words make a place stays one.)
  for (const m of mentions) {
    if (m.kind === 'organization' || m.kind === 'state' || m.kind === 'base' || m.role) continue;
    const lastWord = tokens[m.to - 1].normal.replace(/['’]s$/, '');
    if (m.kind === 'place' && (GEO_TAILS.has(lastWord) || FACILITIES.test(lastWord))) continue;
    const after = /^\s*(?:,\s*or\s+|\(\s*)([A-Z]{2,6})(?:-\d{1,3})?\s*[,)]/.exec(fullText.slice(m.end, m.end + 24));
    const words = m.surface.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (after && words.length >= 2 && after[1] === words.map((w) => w[0]).join('').toUpperCase()) {
      m.kind = 'organization';
      delete m.guessed;
      delete m.placeLike;
    }
  }
  // "Aid reached Kalemie, where cholera had spread", "memories of Mariana and Brumadinho, where dams
  // failed": a name, or a list of names, that ", where" follows is a place -- people take "who".
  for (const m of mentions) {
    if ((m.kind !== 'name' && !(m.kind === 'person' && m.guessed)) || m.role) continue;
    if (!WHERE_AFTER.test(fullText.slice(m.end, m.end + 80))) continue;
    m.kind = 'place';
    delete m.guessed;
    delete m.placeLike;
  }
  // "flown from Al-Qasira, the US-run air base in Qatar,", "Torvik, a former American air base":
  // an apposition headed by a base's noun says the name is a base's.
  for (const m of mentions) {
    // ("Nerima on Kyushu, a base in Japan": after a preposition of place the apposition may
    // describe the base before it, not the island.)
    if (m.role || m.metonym || !(m.kind === 'name' || m.kind === 'person' || m.kind === 'place')) continue;
    if (m.from - 1 >= from && /^(in|on|at|near|off|outside|inside)$/.test(tokens[m.from - 1].normal)) continue;
    const kind = appositeBaseKind(tokens, m.to, to);
    if (!kind) continue;
    m.kind = 'base';
    m.core = m.surface;
    m.baseKind = '';
    delete m.guessed;
    delete m.placeLike;
  }
  // "The Houthis, formally known as Ansar Allah,", "the RSF (also called the Janjaweed)": a name a
  // body is known by is that body's other name, whatever its words look like on their own.
  for (let k = 1; k < mentions.length; k++) {
    const [body, other] = [mentions[k - 1], mentions[k]];
    if (body.kind !== 'organization' || other.kind === 'state' || other.role) continue;
    // (A body's name already, the other name counts only as an acronym of it: "..., known as GDC".)
    if (other.kind === 'organization' && !/^[A-Z]{2,8}$/.test(other.surface)) continue;
    if (!KNOWN_AS.test(fullText.slice(body.end, other.start))) continue;
    other.kind = 'organization';
    other.expands = body.expands ?? body.surface;
    delete other.guessed;
    delete other.placeLike;
  }
  // "Full Name (ACRONYM)": the acronym names the same body.
  for (let k = 1; k < mentions.length; k++) {
    const [full, short] = [mentions[k - 1], mentions[k]];
    const between = fullText.slice(full.end, short.start);
    if (full.kind === 'organization' && short.kind === 'organization' && /^\s*\(\s*$/.test(between) && /^[A-Z][A-Za-z]{1,7}$/.test(short.surface)) {
      short.expands = full.surface;
    }
    // "the Tana Falls Dam (TFD)", "Lake Kivu Gas Works (LKGW)": an acronym declared for a place
    // names that place -- it takes the kind of the name it abbreviates, not a body's by default.
    if (full.kind === 'place' && short.kind === 'organization' && /^\s*\(\s*$/.test(between) && /^[A-Z]{2,8}$/.test(short.surface) && spellsInitials(tokens.slice(full.from, full.to), short.surface)) {
      short.kind = 'place';
      short.expands = full.surface;
    }
    // "The Turkish Red Crescent (Kızılay)": one word in parentheses right after a body's name is
    // its other name, whatever it looks like on its own.
    const closes = /^\s*\)/.test(fullText.slice(short.end, short.end + 2));
    if (full.kind === 'organization' && /^\s*\(\s*$/.test(between) && closes && short.to - short.from === 1 && short.kind !== 'state' && short.kind !== 'organization' && /^\p{Lu}/u.test(short.surface)) {
      short.kind = 'organization';
      short.expands = full.surface;
      delete short.placeLike;
    }
  }
  return mentions.filter((m) => numberedNameKind(m, tokens) !== 'none');
}

// A word of capitals and digits: a model, a flight, a disease or a unit's code ("KR-9", "BX12").
const CODE_WORD = /^(?=[\p{Lu}\d-]*\d)[\p{Lu}\d-]{2,}$/u;
// A word of at most three letters before its digits: a sum of money ("A$190", "R300m", "Ksh40") or a code ("M84", "F-16").
const SUM_OR_CODE = /^\p{L}{1,3}[$€£¥-]?\d/u;
// A Roman numeral ending a name: a regnal number ("Tupou VI") only with a person's cue.
const ROMAN_TAIL = /\s(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;

/**
 * No person's name holds a digit, and a Roman numeral ends one only with a title or a given name
 * ("King Tupou VI", "Elizabeth II"). A name holding a code word ("Korvan M84", "FLU-26") is a
 * model or a disease -- no node; "Halvor-3" (a numbered platform or field) and "Nangtse II" (a
 * numbered peak) are places. Returns the mention's kind, retyped in place, or 'none' to drop it.
 */
function numberedNameKind(m: RawMention, tokens: Token[]): MentionKind | 'none' {
  if (m.role || !(m.kind === 'name' || m.kind === 'person')) return m.kind;
  const digit = /\d/.test(m.surface);
  if (!digit && !(ROMAN_TAIL.test(m.surface) && !NAME_TAGS.some((g) => tokens[m.from].tags.includes(g)) && !isNameWord(tokens[m.from].normal))) return m.kind;
  if (digit && m.surface.split(/\s+/).some((w) => CODE_WORD.test(w) || SUM_OR_CODE.test(w))) return 'none';
  m.kind = 'place';
  delete m.guessed;
  delete m.placeLike;
  return m.kind;
}
