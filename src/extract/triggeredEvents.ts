// Events named by a trigger word (see eventTriggers.ts): strikes, trials, arrests, elections,
// prisoner releases, disasters, coups, suspensions, attacks, signings, visits. One node per real
// event: every mention of the same kind in an article joins one event unless a different person
// is at its centre (two arrests) or a different year ("the last strike, in 2019"). Across
// articles, events meet on their kind and what they are keyed by, so two outlets reporting one
// event give one node. Events already found by the relation-driven pass (events.ts) absorb the
// mentions of their kind instead of being doubled.
import type { LocalEntity, LocalRelation } from './article';
import { closesCaption, opensCaption } from './clean';
import { dateSpanAhead, dateSpanBefore, daysLaterAhead, findDates, type DateMention } from './dates';
import { coordinatedActs, shareBetweenEvents } from './eventLinks';
import { AIRCRAFT, ARMED_BEFORE, KIND_FAMILY, LABOUR, LABOUR_BEFORE, OFFICE, PLOT_AIM, PLOT_CHARGE, RELEASED, SHIP, dateFollowsInClause, objectOfWishedAct, triggersOf, type EventTrigger } from './eventTriggers';
import { seizedInTakeover } from './takeovers';
import { ADMIN_UNIT_NOUNS, stateOfCapital, stateOfDemonym } from './gazetteer';
import { ensureDemonymState } from './resolveArticle';
import { memo } from './memo';
import { captivesKey, slug } from './names';
import type { SentenceMentions } from './resolveArticle';
import type { Token } from './tokens';

const NEGATORS = /^(not|never|no|neither|nor|without|n't)$/;
// "a lake above the X valley burst", "villages along the Y river": spatial prepositions say where too.
// "inside X's exclusive economic zone", "within Y's waters": where, not what it happened to.
// "marched through X": the route is where too.
const LOCATION_PREPS = /^(in|at|on|near|across|outside|inside|within|into|to|off|above|below|along|through)$/;
const OBJECT_PREPS = new Set(['in', 'on', 'at', 'with', 'from', 'to', 'for', 'into', 'of', 'about', 'against', 'between', 'under', 'over', 'near', 'across', 'through', 'within', 'like', 'including', 'among', 'than', 'by', 'behind']);
// Armed or official bodies a demonym can name ("Nigerien special forces", "Finnish authorities").
const FORCE_NOUN = /^(forces|troops|army|soldiers|police|officers|authorities|navy|marines|commandos|coastguard|coast|guard|units?)$/;
/** A year written as a word: "in 2015", "since 1998". */
const YEAR_WORD = /^(1[89]|20)\d\d$/;
/** Words before a bounded event that give it a span: "three days of fighting", "a bout of clashes". */
const BOUT_SPAN = /^(days?|hours?|nights?|weeks?|bouts?|rounds?|outbreak)$/;
/** Verbs just after a bounded event that tell one bout of it: "fighting erupted", "the fire spread". */
const BOUT_ONSET = /^(erupted|broke|flared|began|started|raged|killed|left|continued|spread|tore|swept|engulfed|burned|burnt|destroyed|gutted)$/;
/** Verbs that tell a disaster's start: "the fire broke out", "the quake struck". */
const ONSET = /^(broke|began|started|erupted|struck)$/;
/** Weapons that strike from afar: as a verb's subject they make "strike" a blow. */
const WEAPONS = /^(drones?|missiles?|rockets?|warplanes|jets|bombers|artillery|shells)$/;
/** An exchange or swap of prisoners, named as such: not a release of one side's captives. */
const EXCHANGE = /^(exchange|exchanged|exchanges|swap|swaps|swapped)$/;
/** Where the clause holding token `at` opens: just after the nearest comma before it, or at `from`. */
function clauseOpening(tokens: Token[], from: number, at: number): number {
  let c = at;
  while (c > from && !/,\s*$/.test(tokens[c - 1].post)) c--;
  return c;
}
const BE = /^(was|were|been|being|is|are|be|got|get)$/;
/** A comma or "and" between two capitalised names: a list, not a clause break. */
const LISTING_COMMA = /(?<=\p{Lu}[\p{L}'’-]*)(?:,|\s+and)(?=\s+\p{Lu})/gu;
/** Subordinators of time: "after", "when", "until" ... */
const TIME_SUBORDINATOR_WORDS = ['after', 'before', 'when', 'since', 'until', 'once'];
/** Words that open a clause of time, cause or concession under another clause. */
const SUBORDINATOR_WORDS = [...TIME_SUBORDINATOR_WORDS, 'because', 'while', 'although', 'though', 'if'];
const wordsOf = (words: string[]): RegExp => new RegExp(`^(${words.join('|')})$`);
const TIME_SUBORDINATOR = wordsOf(TIME_SUBORDINATOR_WORDS);
/** Subordinators that put what follows under another clause's event ("weeks after X agreed to ..."). */
const MAIN_CLAUSE_BREAK = wordsOf([...SUBORDINATOR_WORDS, 'unless']);
/** Kinds of event that are talk about something: "talks on X", "a summit on Y" name a topic. */
const DISCUSSION = /^(talks|summit|call)$/;
/** The subordinators and "as" ("as talks resumed"). */
const SUBORDINATOR = wordsOf([...SUBORDINATOR_WORDS, 'as']);
// Between a speaker and an event noun ("X warned that the strike..."): X speaks about the event.
// So does one who reacts to it ("X condemned the coup").
const SPEECH = /^(said|says|say|told|tell|warned|warns|added|according|urged|urges|announced|confirmed|called|reported|noted|claimed|accused|blamed|condemned|condemns|criticised|criticized|welcomed|welcomes|praised|denounced|rejected|hailed|deplored|mourned)$/;
// Head nouns of a military or transport facility ("X air base", "the Y airfield", "Z naval station").
const FACILITY_WORD = /\b(base|bases|airbase|airfield|airfields|airport|airports|airstrip|aerodrome|port|harbour|harbor|naval|station|facility|camp|garrison|barracks|field|depot|fort|outpost|dockyard|shipyard|anchorage|pier|jetty|runway|heliport|range)\b/i;
// A legislature or its members, named by the common noun: they act for their state.
const LEGISLATORS = /^(lawmakers|legislators|parliament|parliamentarians|mps|deputies|senators|senate|congress|assembly|legislature|congressmen|congresswomen)$/;
// Role nouns an apposition after "the ROLE of X, Y" names the holder of.
const ROLE_HEAD = /^(leader|head|chief|founder|co-founder|chairman|chairwoman|chair|president|secretary-general|spokesman|spokeswoman|spokesperson|commander|director|editor|owner|member|deputy|coordinator|organiser|organizer|correspondent|reporter|governor|ambassador|envoy)$/;
// Definite group nouns that stand for people named together before ("the couple", "the two").
const GROUP_ANAPHOR = /^(couple|pair|duo|two|both|hostages|captives)$/;
// Claiming an act of force: "claimed by X", "X claimed responsibility for it".
const CLAIMED = /^(claimed|claims|claim|claiming)$/;
// Acts of force one can claim: abductions, attacks, killings, bombings.
const CLAIMABLE = /^(abduction|attack|killing|raid|strike|damage|sinking)$/;
const AUXILIARY = /^(has|have|had|was|were|is|are|be|been|being|will|would|could|should|may|might|can|did|do|does|also|not)$/;
// Verbs of holding, waging or joining an event: "X held talks", "Y staged a protest", "Z won the election".
// Who orders an act takes part in it ("the commission ordered a recount", "the court ordered his arrest").
// A mediator ("Qatar mediated four rounds of talks", "Turkey brokered the deal") takes part too.
// Handing in one's own act: "X submitted his resignation", "Y announced her resignation" (a
// "his" or "her" right after one of these makes the subject the one who acts, not a speaker about it).
const OWN_ACT = /^(submitted|submits|tendered|tenders|handed|hands|offered|offers|announced|announces)$/;
const OWN = /^(his|her|their)$/;
// Passives of calling or holding an event noun ("the vote was called by X", "the strike was organised by Y").
const CONVENED = /^(called|organised|organized|held|staged|convened)$/;
// A vote on a question rather than on who holds office.
const REFERENDUM = /^(referendum|referendums|plebiscite)$/;
// Those who fly the craft: "crews operating out of X air base".
const CREWS = /^(crews?)$/;
const DOING = /^(imposed|imposes|impose|mediated|mediates|mediate|brokered|brokers|broker|facilitated|facilitates|held|holds|hold|holding|staged|stage|stages|launched|launch|launches|led|leads|lead|organised|organized|organises|organizes|joined|join|joins|began|begin|begins|started|start|starts|went|go|goes|attended|attend|attends|hosted|host|hosts|signed|sign|signs|won|wins|win|lost|contested|ran|conducted|carried|mounted|waged|wage|continued|continue|continues|extended|extend|extends|ended|end|ends|announced|announce|announces|declared|declare|declares|agreed|agree|agrees|reached|reach|resumed|resume|resumes|opened|open|opens|called|concluded|completed|entered|took|take|takes|made|make|makes|returned|walked|pleaded|faces|faced|face|stood|stands|appeared|ordered|orders|order)$/;
// A winner or loser named just before one of these takes part in the election.
const CONTEST = /^(won|wins|win|lost|loses|contested|contests|finished|defeated)$/;
// Photo captions and credit lines report a picture, not the news: never evidence of an event.
// What an airlift carries.
const CARGO = /^(aid|relief|supplies|tents|food|water|medicine|medicines|medical|humanitarian|evacuees|cargo|rescuers|doctors|tarpaulins|blankets|generators|vaccines|purifiers|rations)$/;
// Head nouns of a place named after "of": "the island of X", "the province of X".
// "off the coast of X": a shore is a place's head noun too.
// "outside the rebel stronghold of X", "on the outskirts of Y", "the port of Z": the nouns a
// place's own name is put after by "of" (settlements, parts and surroundings of a place).
// "at the gate of the X mine", "in the centre of Y": a part of a place is there too.
const PLACE_HEAD = new RegExp(`^(${[...ADMIN_UNIT_NOUNS, 'island', 'islands', 'town', 'village', 'archipelago', 'peninsula', 'enclave', 'coast', 'shores?', 'capital', 'port', 'harbour', 'harbor', 'stronghold', 'bastion', 'outskirts', 'suburbs?', 'vicinity', 'area', 'zone', 'settlement', 'hamlet', 'township', 'commune', 'hometown', 'valley', 'gates?', 'entrance', 'centre', 'center', 'heart', 'edge'].join('|')})$`);
// What a state closes at its edge (as in eventTriggers.ts), named in a closure's label.
const FRONTIER_WORD = /^(border|borders|crossings?|airspace|frontiers?|checkpoints?|embassy|embassies|consulates?|ports?|airports?)$/;
// Craft that stand for their state when a demonym names them ("a Russian spy plane", "Spanish jets").
const CRAFT = /^(aircraft|plane|planes|jet|jets|fighter|fighters|bomber|bombers|drone|drones|helicopter|helicopters|ship|ships|vessel|vessels|boat|boats|warship|warships|frigate|frigates|submarine|tanker|trawler|coastguard|navy|eurofighters?)$/;
// Craft and teams that search and rescue for their state ("Malaysian rescue boats", "Indian divers").
const CREW = /^(boats|ships|vessels|teams?|helicopters|navy|coastguard|coast|guard|guards|rescuers|divers|troops|soldiers|crews?|rescue|search|destroyer|frigate|warship|aircraft|marines|sailors|firefighters|army)$/;
/** The state a proper token names as a demonym ("Russian", "Kyrgyz"), a possessive ending left out. */
const demonymState = (tk: Token): string | undefined => (tk.proper ? stateOfDemonym(tk.text.slice(0, tk.bareEnd - tk.start)) : undefined);

interface Slot {
  key: string;
  from: number;
  /** First token of the name with the title before it ("former president X"). */
  lead: number;
  to: number;
  kind: string;
  possessive: boolean;
  holder: boolean;
  /** The subject of the sentence before, which a pronoun opening this clause stands for. */
  carried?: boolean;
  /** A bare town name ("in Kupang") the resolver joined to the base named after the town. */
  bareBase?: boolean;
}

interface Occurrence {
  trigger: EventTrigger;
  token: Token;
  /** The trigger's index in the article's tokens: read often, so kept rather than searched for. */
  at: number;
  sentence: SentenceMentions;
  agents: string[];
  patients: string[];
  locations: string[];
  /** Where a visit went: a place after "to" or the place visited. */
  destinations: string[];
  date?: DateMention;
  /** A year other than the article's own: a past event of the same kind. */
  bucket?: string;
  /** The phrase naming the thing signed ("defence cooperation agreement"). */
  object?: string;
  /** Who reacted to the event and how: "ECOWAS condemned the coup". */
  reactions: { source: string; relation: string }[];
  /** What it happened to, when only a demonym and a craft name it: "Russian aircraft". */
  craft?: string;  /** Places it happened by, not in, with the word that says so ("hit near X", "protested outside Y"). */
  near?: Record<string, string>;
  /** States in the subject through their named office holder ("A's Prime Minister X signed"): parties, not places. */
  officeStates?: string[];
  /** The facility a lease or concession hands over, and the tokens of its phrase. */
  leased?: { site: string; from: number; to: number };
  /** The state whose chamber acted ("lawmakers in X approved"). */
  chamber?: string;
  /** Places right after the trigger ("signed in X"). */
  direct?: string[];
  /** What an active verb acted on when the text names no one ("intercepted a fishing boat"): a common noun phrase. */
  actedOn?: string;
  /** Demonyms in that phrase ("two Uruguayan diplomats"): their states are on the receiving end. */
  actedOnDemonyms?: Token[];
  /** The party a deal is made with ("the deal with X's party", "an agreement with Y"). */
  counterparts?: string[];
  /** Both parties a deal noun names ("an agreement between A and B"). */
  between?: string[];
  /** A person the main clause tells was killed or hurt in it ("X died when rebels opened fire"). */
  victim?: boolean;
}

export interface TriggeredEventResult {
  entities: LocalEntity[];
  relations: LocalRelation[];
}

/** A trigger that needs a word near it ("power" after "seized", "prisoners" near "exchange") has it. */
function needsMet(trigger: EventTrigger, tokens: Token[], i: number, from: number, to: number): boolean {
  if (trigger.also && !tokens.slice(i + 1, Math.min(to, i + 1 + (trigger.alsoAfter ?? 0))).some((x) => trigger.also!.test(x.normal))) return false;
  if (!trigger.needs) return true;
  const lo = Math.max(from, i - (trigger.needsBefore ?? 0));
  const hi = Math.min(to, i + 1 + (trigger.needsAfter ?? 0));
  for (let k = lo; k < hi; k++) if (k !== i && trigger.needs.test(tokens[k].normal)) return true;
  return false;
}

// Bodies whose acts are official: a state's government, courts, forces and agencies (a firm that
// "suspended work" or a party that "rejected a bid" acts for itself).
const OFFICIAL_BODY = /\b(government|ministry|ministries|court|tribunal|police|army|navy|naval|air force|guard|coastguard|forces|military|authority|authorities|commission|agency|council|parliament|assembly|senate|congress|cabinet|department|bureau|prosecutors?|prosecution|gendarmerie|marines|defen[cs]e|customs|regulator|administration|junta)\b/i;
// People a state sends out of its territory.
const EXPELLED = /^(diplomats?|envoys?|ambassadors?|attach[eé]s?|consuls?|journalists?|correspondents?|reporters?|staff|officials?|nationals|missionaries|observers?|employees|workers|representatives?|spies)$/;
// Numbers of people a toll counts ("killed hundreds"): no object of an act.
const COUNT_NOUN = /^(hundreds|thousands|dozens|tens|scores|millions|many|several|others|some|all)$/;
// Words that open a noun phrase's modifiers or head: what an unnamed object is made of.
const NP_WORD = (x: Token): boolean => (x.tags.includes('Determiner') || x.tags.includes('Adjective') || x.tags.includes('Value') || x.tags.includes('Noun')) &&
  !x.proper && !x.tags.includes('Pronoun') && !x.tags.includes('Preposition') && !OBJECT_PREPS.has(x.normal) && !/^(and|or|but|that|which|who)$/.test(x.normal);

/**
 * "intercepted a metal boat carrying migrants", "halted copper shipments on Friday": the common
 * noun phrase right after an active verb, up to the first preposition, participle or comma, when it
 * names no one. Empty when a name, a pronoun or a clause follows instead.
 */
function unnamedObject(tokens: Token[], at: number, to: number, slots: { from: number; to: number }[]): { text: string; demonyms: Token[] } | undefined {
  const words: string[] = [];
  const demonyms: Token[] = [];
  let head = false;
  for (let k = at; k < Math.min(to, at + 6); k++) {
    const x = tokens[k];
    const demonym = !!demonymState(x);
    if (slots.some((s) => s.from <= k && k < s.to) && !demonym) return undefined;
    // "a boat carrying 62 migrants": a participle opens the noun's own clause.
    if (x.tags.includes('Verb') && /(ing|ed)$/.test(x.normal)) break;
    // "fuel exports", "a metal boat": after a modifier, a word the tagger reads as a verb is the head noun.
    const modifierBefore = words.length > 0 && !tokens[k - 1].tags.includes('Determiner');
    const verbAsNoun = x.tags.includes('Verb') && !x.tags.includes('Noun') && (modifierBefore || (words.length > 0 && tokens[k - 1].tags.includes('Determiner')));
    // "two Uruguayan diplomats": a demonym modifies the noun; its state is named through it.
    if (!NP_WORD(x) && !verbAsNoun && !demonym) break;
    words.push(demonym ? x.text : x.normal);
    if (demonym) demonyms.push(x);
    head = (x.tags.includes('Noun') || verbAsNoun) && !x.tags.includes('Determiner') && !COUNT_NOUN.test(x.normal);
    if (/[,;:.]/.test(x.post)) break;
  }
  return words.length && head ? { text: words.join(' '), demonyms } : undefined;
}

/** Forces in the subject of the verb at `i`: a force noun among the six words before it, no other verb between. */
function forcesBefore(tokens: Token[], from: number, i: number): boolean {
  const start = Math.max(from, i - 6);
  const f = tokens.slice(start, i).findIndex((x) => FORCE_NOUN.test(x.normal));
  return f >= 0 && !tokens.slice(start + f + 1, i).some((x) => x.tags.includes('Verb') && !AUXILIARY.test(x.normal));
}

function isActor(kind: string): boolean {
  return kind === 'person' || kind === 'organization' || kind === 'state';
}
function isLocation(kind: string): boolean {
  return kind === 'place' || kind === 'state' || kind === 'base';
}

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

export function extractTriggeredEvents(
  articleId: string,
  text: string,
  tokens: Token[],
  sentences: SentenceMentions[],
  entities: Map<string, LocalEntity>,
  existingEvents: LocalEntity[],
  published?: string,
  /** The state the article is about (its dateline's, else the one it names most by far). */
  home?: string,
): TriggeredEventResult {
  const labelOf = (key: string): string => entities.get(key)?.label ?? key;
  const typeOf = (key: string): string | undefined => entities.get(key)?.type;
  const takenTokens = new Set<number>();
  for (const e of existingEvents) for (const m of e.mentions) if (m.articleId === articleId) takenTokens.add(m.start);

  // Date phrases are read only for sentences that name an event.
  const datesOf = (sm: SentenceMentions): DateMention[] =>
    findDates(text.slice(sm.sentence.start, sm.sentence.end), published).map((d) => ({ ...d, start: d.start + sm.sentence.start, end: d.end + sm.sentence.start }));
  // The article's year: a year below it is a past event. Undated articles take the newest year they state.
  const currentYear = published
    ? Number(published.slice(0, 4))
    : Math.max(0, ...findDates(text).map((d) => (d.date ? Number(d.date.slice(0, 4)) : 0)));

  // The two states an article is about: each named at least twice, and any third named less.
  const stateCounts = [...entities.values()].filter((e) => e.type === 'state').sort((a, b) => b.mentions.length - a.mentions.length);
  const pairOfStates = stateCounts.length >= 2 && stateCounts[1].mentions.length >= 2 && (stateCounts[2]?.mentions.length ?? 0) < stateCounts[1].mentions.length
    ? [stateCounts[0].key, stateCounts[1].key] : undefined;
  // A story of an air or drone strike: there a bare "strike" is that blow again, not a stoppage of work.
  let armedStory = false;
  // So do weapons as the verb's subject: "Drones strike X", "armed drones struck the refinery".
  for (let k = 1; k < tokens.length && !armedStory; k++)
    if ((/^(strike|strikes)$/.test(tokens[k].normal) && ARMED_BEFORE.test(tokens[k - 1].normal)) ||
      (/^(strike|strikes|struck)$/.test(tokens[k].normal) && WEAPONS.test(tokens[k - 1].normal))) armedStory = true;
  // "the death toll from the strike rose", "the strike near X had killed Y": a strike that kills is
  // a blow, however it is first named, unless a word of work or pay is in its sentence.
  if (!armedStory)
    for (const sm of sentences) {
      if (armedStory) break;
      const words = tokens.slice(sm.from, sm.to);
      if (words.some((x) => LABOUR.test(x.normal))) continue;
      words.forEach((x, n) => {
        if (!/^(strike|strikes)$/.test(x.normal.replace(/['’]s$/, ''))) return;
        const near = [...words.slice(Math.max(0, n - 4), n), ...words.slice(n + 1, n + 7)];
        if (near.some((y) => /^(killed|kill|kills|killing|toll|dead|wounded|injured|casualties|victims)$/.test(y.normal))) armedStory = true;
      });
    }
  // A story of a disaster or a search at sea: there craft and troops sent are rescue and relief
  // (told by the rescue words and aidForDisaster), not a deployment of forces.
  const disasterStory = tokens.some((x) => /^(rescue|rescuers|survivors|capsized|sank|earthquake|quake|floods?|flooding|typhoon|hurricane|cyclone|landslides?|avalanches?|tsunami|wildfires?|eruption|firefighting|firefighters|blaze|outbreak|epidemic)$/.test(x.normal));
  // What an armed strike hit, by its head noun ("a strike on a convoy of trucks" → convoy): "the
  // convoy was hit near X" later tells of the same strike.
  const struckNouns = new Set<string>();
  // The home state's capital, when the article names it: what "the capital" refers to. A dateline
  // capital ("SUVA —") is that city whatever spelling of its state the gazetteer keeps.
  const homeName = home ? entities.get(home)?.label : undefined;
  const datelineCity = /^\s*(\p{Lu}[\p{Lu} .'-]+?)(?:,\s*[\p{Lu} .]+)?\s+[—–]\s/mu.exec(text)?.[1].trim().toLowerCase();
  const homeCapital = [...entities.values()].find((e) => {
    if (e.type !== 'place') return false;
    const st = stateOfCapital(e.label);
    if (!st) return false;
    return (!!homeName && (st === homeName || `state:${slug(st)}` === home)) || (!!datelineCity && [e.label, ...e.aliases].some((a) => a.toLowerCase() === datelineCity));
  })?.key;
  const occurrences: Occurrence[] = [];
  sentences.forEach((sm) => {
    let sentenceDates: DateMention[] | undefined;
    const { sentence, from, to } = sm;
    if (sentence.headline) return;
    // A photo's caption shows a scene; it reports no event.
    const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
    if (opensCaption(text.slice(lineStart, sentence.end))) return;
    const lineEnd = text.indexOf('\n', sentence.end);
    if (closesCaption(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) return;
    // Headlines and labels carry no full stop: events come from the body's sentences.
    if (!/[.!?]["”’)]?\s*$/.test(text.slice(sentence.start, sentence.end))) return;
    // A sentence without a single trigger word holds no event: nothing below is read.
    let triggered = false;
    // A word whose every reading needs a word near it that is not there ("explosions" with no ash,
    // "ordered" with no "leave") triggers nothing either; a thing struck before may be struck again.
    for (let i = from; i < to && !triggered; i++)
      if (triggersOf(tokens[i].normal.replace(/['’]s$/, '')).some((tr) => needsMet(tr, tokens, i, from, to) || headMet(tr, collapseHead(tr, tokens, from, i)) || (struckNouns.size > 0 && tr.kind === 'attack'))) triggered = true;
    if (!triggered) return;

    const slots: Slot[] = [];
    sm.mentions.forEach((m, i) => {
      const key = sm.keys[i];
      if (!key || !entities.has(key)) return;
      const roleWords = m.role?.text.trim() ? m.role.text.trim().split(/\s+/).length : 0;
      const lead = roleWords && m.from - roleWords >= from && tokens[m.from - 1] && m.role!.text.toLowerCase().endsWith(tokens[m.from - 1].normal) ? m.from - roleWords : m.from;
      // "at a safe house in Kupang" beside "Kupang airfield": a bare town name the resolver joined to
      // the base named after it is the town, not the base; it says where nothing at the base happened.
      const kind = entities.get(key)!.type;
      const bareBase = kind === 'base' && !FACILITY_WORD.test(m.surface) && !FACILITY_WORD.test(text.slice(tokens[m.to - 1].end, tokens[Math.min(m.to + 2, to - 1)]?.end ?? tokens[m.to - 1].end)) &&
        !/(airport|aeropuerto|aéroport|aeroporto|flughafen|havn|hamn)/i.test(m.surface) && !SHIP.test(tokens[m.from - 1]?.normal ?? '') && !/^\p{Lu}/u.test(tokens[m.from - 1]?.text ?? 'x') &&
        /^(in|at|near|outside)$/.test(tokens[m.from - 1]?.normal ?? '');
      slots.push({ key, from: m.from, to: m.to, lead, kind, possessive: m.possessive, holder: false, bareBase });
    });
    for (const s of sm.mentions) {
      const h = s.role?.holderToken;
      if (h === undefined) continue;
      for (const o of slots) if (o.from <= h && h < o.to) o.holder = true;
    }
    const inQuote: boolean[] = [];
    let open = false;
    for (let i = from; i < to; i++) {
      if (/[“"]/.test(tokens[i].pre)) open = true;
      inQuote[i - from] = open;
      if (/[”"]/.test(tokens[i].post) || /”$/.test(tokens[i].text)) open = false;
    }
    // The word that governs a name, past determiners and modifiers: "in southern Somalia" → "in".
    // A title before a name ("of former president X") stands between the name and its preposition.
    // "on the Indonesian island of X", "in the province of X": past a place's head noun and its
    // "of", the preposition before the head governs the name.
    const afterPrep = (s: Slot): string | undefined => {
      let low = s.lead - 3;
      let headed = false;
      for (let k = s.lead - 1; k >= from && k >= low; k--) {
        const w = tokens[k];
        // "with two X", "of 42 Y": a number is the name's modifier, not its governor.
        if (w.tags.includes('Determiner') || (w.tags.includes('Value') && k === s.lead - 1) || /^(northern|southern|eastern|western|central|north|south|east|west|coastal|neighbouring|neighboring|rural|remote)$/.test(w.normal)) continue;
        // "the gate of the X mine": a determiner may stand between "of" and the name.
        if (!headed && w.normal === 'of' && k - 1 >= from && (k === s.lead - 1 || (k === s.lead - 2 && /^(the)$/.test(tokens[s.lead - 1].normal))) && PLACE_HEAD.test(tokens[k - 1].normal)) {
          headed = true;
          k--;
          low = k - 4;
          continue;
        }
        // Between the determiner and the head stand only its modifiers ("the al-Shabaab-held
        // town of", "the rebel stronghold of"): any word but a preposition or a verb is passed.
        // "A and the region of B": a conjunction joins the head's phrase to another name.
        if (headed && /^(and|or)$/.test(w.normal)) return w.normal;
        if (headed && !LOCATION_PREPS.test(w.normal) && !OBJECT_PREPS.has(w.normal) && !/^(of|from|toward|towards|around|beyond|past)$/.test(w.normal) &&
          (w.proper || !w.tags.includes('Verb')) && !w.tags.includes('Preposition')) continue;
        return w.normal;
      }
      return undefined;
    };
    // Not governed by a preposition, except a group's members ("members of the X union walked off").
    const subjectLike = (s: Slot): boolean => {
      const p = afterPrep(s) ?? '';
      if (!OBJECT_PREPS.has(p)) return true;
      const k = tokens.slice(Math.max(from, s.from - 4), s.from).findIndex((x) => x.normal === 'of');
      const head = k >= 0 ? tokens[Math.max(from, s.from - 4) + k - 1] : undefined;
      return p === 'of' && !!head && /^(members|workers|employees|staff|supporters|fighters|soldiers|troops|officers|activists|leaders|delegates|thousands|hundreds|dozens)$/.test(head.normal);
    };
    const slotsIn = (a: number, b: number): Slot[] => slots.filter((s) => !s.holder && s.from >= a && s.to <= b);

    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (inQuote[i - from] || takenTokens.has(t.start)) continue;
      const normal = t.normal.replace(/['’]s$/, '');
      const triggers = triggersOf(normal);
      if (!triggers.length) continue;
      const found = new Set<string>();
      for (const trigger of triggers) {
        if (found.has(trigger.kind)) continue;
        const prev = i - 1 >= from ? tokens[i - 1].normal : '';
        if (trigger.notAfter?.test(prev)) continue;
        if (trigger.particle && !trigger.particle.test(tokens[i + 1]?.normal ?? '')) continue;
        if (trigger.passiveOnly && !BE.test(prev)) continue;
        if (trigger.infinitive) {
          const to_ = tokens.slice(i + 1, Math.min(to, i + 5)).findIndex((x) => x.normal === 'to');
          const next = tokens[i + 2 + to_];
          // "to triple the number": a word with its own object after "to" is a verb, however tagged.
          const objectAfter = !!tokens[i + 3 + to_]?.tags.includes('Determiner');
          const verbal = !!next && !next.proper && !next.possessive && !next.tags.includes('Determiner') && (next.tags.includes('Verb') || !next.tags.includes('Noun') || objectAfter);
          if (to_ < 0 || !verbal || tokens.slice(from, i).some((x) => MAIN_CLAUSE_BREAK.test(x.normal))) continue;
          // "spoke by phone on Wednesday and agreed to pull troops back": an assent coordinated with
          // another event's verb is that event's outcome, not an event of its own.
          if (tokens[i - 1]?.normal === 'and' && tokens.slice(from, i - 1).some((x, n) => x.tags.includes('Verb') && triggersOf(x.normal).some((tr) => tr.kind !== trigger.kind && needsMet(tr, tokens, from + n, from, to)))) continue;
        }
        // "was questioned by reporters about the budget": a press question is no questioning.
        if (trigger.kind === 'questioning' && tokens.slice(i + 1, Math.min(to, i + 5)).some((x) => /^(reporters|journalists|press|media|interviewers|presenters?|hosts?)$/.test(x.normal))) continue;
        if (i + 1 < to && trigger.notBefore?.test(tokens[i + 1].normal)) continue;
        // "The convoy was hit near X" after "a strike on a convoy": the thing struck before, struck again.
        const struckAgain = trigger.kind === 'attack' && /^(hit|struck|targeted|bombed|shelled)$/.test(t.normal) && BE.test(prev) &&
          tokens.slice(from, i).some((x) => struckNouns.has(x.normal));
        const collapseSubject = collapseHead(trigger, tokens, from, i);
        if (!struckAgain && !headMet(trigger, collapseSubject) && !needsMet(trigger, tokens, i, from, to)) continue;
        if (headDenies(trigger, tokens, i, collapseSubject)) continue;
        // "plotting to seize X", "a conspiracy to kill Y", "accused of planning to overthrow Z": a plot
        // sets out to seize, kill, detain or topple (an adverb may stand before the verb); "planning"
        // is one only as what someone is held for. Held for it, the plot is the story's alleged act,
        // not a charge's name for a crime nor an act merely alleged (below).
        const heldFor = trigger.kind === 'plot' && /^(of|with|for|on)$/.test(prev) && PLOT_CHARGE.test(tokens[i - 2]?.normal ?? '');
        if (trigger.kind === 'plot' && !trigger.joinOnly) {
          const v = tokens[i + 2]?.tags.includes('Adverb') ? i + 3 : i + 2;
          if (v >= to || !PLOT_AIM.test(tokens[v].normal) || (normal === 'planning' && !heldFor)) continue;
        }
        // A release of the article's captives needs an abduction of named people told before it.
        if (trigger.captivesOnly && !occurrences.some((o) => o.trigger.kind === 'abduction' && o.patients.some((k) => typeOf(k) === 'person'))) continue;
        // A bare "strike" in a story of an armed strike: that strike, unless a word of work or pay says otherwise.
        if (trigger.labour || trigger.armedAnaphor) {
          const labour = LABOUR_BEFORE.test(prev) || tokens.slice(from, to).some((x) => LABOUR.test(x.normal));
          // "the strike's toll": the possessive is the same word.
          if (trigger.labour && /^(strike|strikes)$/.test(normal) && armedStory && !labour) continue;
          if (trigger.armedAnaphor && (!armedStory || labour || ARMED_BEFORE.test(prev))) continue;
        }
        // "the crude tanker detained by the navy", "detained the tanker": a ship taken is a seizure
        // (below), not an arrest; its crew detained are arrested.
        if (trigger.kind === 'arrest' && tokens.slice(Math.max(from, i - 3), Math.min(to, i + 5)).some((x) => SHIP.test(x.normal))) continue;
        // "Police and soldiers killed two militants": forces in the verb's subject, no other verb between.
        if (trigger.byForces && !forcesBefore(tokens, from, i)) continue;
        // "were shot dead by troops", "gendarmes shot dead two marchers", "soldiers killed six
        // farmers": forces in the subject (no other verb between) or after "by"; "shot" only as a death.
        if (trigger.kind === 'shooting') {
          const before = forcesBefore(tokens, from, i);
          const by = tokens.slice(i + 1, Math.min(to, i + 4)).findIndex((x) => x.normal === 'by');
          const after = by >= 0 && tokens.slice(i + 2 + by, Math.min(to, i + 5 + by)).some((x) => FORCE_NOUN.test(x.normal) || /^(security|gendarmes|gendarmerie)$/.test(x.normal));
          if (!(before || after) || (t.normal !== 'killed' && !tokens.slice(i + 1, Math.min(to, i + 4)).some((x) => /^(dead|death|down)$/.test(x.normal)))) continue;
        }
        // "freed the hostages in a night raid": a raid told as the manner of another act is that act's setting.
        if (trigger.kind === 'raid' && tokens.slice(Math.max(from, i - 3), i).some((x) => /^(in|during)$/.test(x.normal)) &&
          tokens.slice(from, i).some((x) => x.tags.includes('Verb') && !AUXILIARY.test(x.normal) && !BE.test(x.normal) && !/^(killed|shot)$/.test(x.normal))) continue;
        // "handed him a note of protest": a diplomatic document, not a protest held.
        if (trigger.kind === 'protest' && prev === 'of' && /^(note|notes|letter|letters)$/.test(tokens[i - 2]?.normal ?? '')) continue;
        if (trigger.kind === 'deployment' && disasterStory) continue;
        if (trigger.relief && !disasterStory) continue;
        // "troops rescued five hostages" is a release; the same word is no second event.
        if (trigger.kind === 'rescue' && found.has('release')) continue;
        // "signed a ceasefire agreement": the agreement is what was signed, and the signing that
        // names its parties is the event; the ceasefire word does not make a second one.
        if (trigger.kind === 'ceasefire' && /^(agreement|deal|accord|pact)$/.test(tokens[i + 1]?.normal ?? '') && tokens.slice(Math.max(from, i - 3), i).some((x) => /^(sign|signs|signed|signing)$/.test(x.normal))) continue;
        // "Paraguay's Congress", "the US Congress": a capitalised Congress is a legislature, unless a
        // party's ("the Communist Party Congress", "the 20th Party Congress").
        if (trigger.kind === 'summit' && normal === 'congress' && /^C/.test(t.text) && !/^(party)$/.test(prev) && !tokens[i - 1]?.tags.includes('Ordinal')) continue;
        // "survived mass protests", "the strikes": after a determiner or an adjective, a word that
        // could be a verb ("protests", "strikes") is the noun.
        // So is one after a common noun that follows a verb or a preposition ("survived mass protests").
        const before1 = i - 1 >= from ? tokens[i - 1] : undefined;
        const before2 = i - 2 >= from ? tokens[i - 2] : undefined;
        // "the Doha talks", "the Geneva summit": a name between a determiner and the word modifies a noun.
        const modified = !!before1 && (before1.tags.includes('Determiner') || before1.tags.includes('Adjective') || before1.possessive ||
          (before1.proper && !!before2 && before2.tags.includes('Determiner') && slots.some((o) => o.to === i)) ||
          (before1.tags.includes('Noun') && !before1.proper && !before1.tags.includes('Plural') && !!before2 && (before2.tags.includes('Verb') || before2.tags.includes('Preposition'))));
        // A word read only as a noun ("fighting", "exercise") is one after a determiner, a modifier,
        // a preposition or a number ("after clashes", "three days of militia fighting").
        // So is one after a common noun opening its clause, with a preposition after it: "brush fires in
        // X grew", "as forest fires in Y spread" (no verb reads "brush fires in").
        // (A capital opening the sentence is no name unless a name was read there.)
        const compound = !!before1 && before1.tags.includes('Noun') && (!before1.proper || (i - 1 === from && !slots.some((o) => o.from === i - 1))) &&
          !before1.tags.includes('Plural') && !before1.tags.includes('Pronoun') &&
          (!before2 || before2.tags.includes('Conjunction') || before2.tags.includes('Preposition') || /[,;:]\s*$/.test(before2.post)) && !!tokens[i + 1]?.tags.includes('Preposition');
        const nounish = modified || compound || (!!before1 && (before1.tags.includes('Preposition') || before1.tags.includes('Value')));
        // "voted to impeach X": after "to", the bare form of a verb of this class is the verb, however tagged.
        const infinitive = !!trigger.personPatient && prev === 'to' && !/(ment|tion|ing)$/.test(normal);
        const noun = !infinitive && ((t.tags.includes('Noun') && !t.tags.includes('Verb')) || (/s$/.test(t.normal) && modified) || (!!trigger.nounOnly && nounish));
        if (trigger.nounOnly && !noun) continue;
        // "the Collective Security Treaty Organization": a word inside a body's name is no event.
        if (slots.some((o) => o.kind === 'organization' && o.from <= i && i < o.to)) continue;
        // "a Hercules took off from X", "the aircraft landed at Y": an aircraft in the verb's subject.
        // "C-130 transport planes of the X Air Force have been flying": the aircraft may head a longer subject.
        if (trigger.aircraft && !tokens.slice(Math.max(from, i - 10), i).some((x) => AIRCRAFT.test(x.normal) && x.normal !== 'flight' && x.normal !== 'flights')) continue;
        // An airlift carries aid or supplies, said in its sentence or the one before ("loaded with
        // tents"); helicopters carrying an assault team are part of a raid, not a flight of their own.
        // A landing with people aboard needs them named after "carrying"/"with" in its subject; with
        // aid aboard it is the airlift's.
        let carried: Slot[] = [];
        if (trigger.carrying) {
          if (tokens.slice(from, to).some((x) => CARGO.test(x.normal))) continue;
          const c = tokens.slice(Math.max(from, i - 12), i).findIndex((x) => /^(carrying|bringing|with|transporting)$/.test(x.normal));
          if (c < 0) continue;
          const at = Math.max(from, i - 12) + c;
          if (!tokens.slice(from, at).some((x) => AIRCRAFT.test(x.normal))) continue;
          carried = slotsIn(at + 1, i).filter((s) => s.kind === 'person');
          if (!carried.length) continue;
        } else if (trigger.aircraft) {
          const idx = sentences.indexOf(sm);
          const lo = idx > 0 ? sentences[idx - 1].from : from;
          if (!tokens.slice(lo, to).some((x) => CARGO.test(x.normal))) continue;
        }
        // "a string of coups", "four successful takeovers": a class of events, not one.
        if (noun && t.tags.includes('Plural') && !trigger.pluralOk) continue;
        // "..., in the deadliest labour unrest in a decade", "the worst violence since 2019": a
        // superlative ranks the event the sentence already told; it names no other one.
        // "The blast was the most serious attack on X since 2006": after a copula the ranked noun is
        // said of the subject, which is the event; "most" before an adjective ranks as "-est" does.
        const ranked = tokens.slice(Math.max(from, i - 4), i).findIndex((x, n, a) => a[n - 1]?.normal === 'the' &&
          ((/est$/.test(x.normal) || /^(worst|most)$/.test(x.normal)) && x.tags.includes('Adjective') || x.normal === 'most' && !!a[n + 1]?.tags.includes('Adjective')));
        if (noun && ranked >= 0 && (occurrences.some((o) => o.sentence === sm) ||
          /^(is|was|were|are|been|be|marks|marked|becomes|became)$/.test(tokens[Math.max(from, i - 4) + ranked - 2]?.normal ?? ''))) continue;
        let negated = false;
        // "a vote of no confidence", "a no-confidence motion": the "no" names the vote, it negates nothing.
        for (let k = Math.max(from, i - 4); k < i; k++) if ((NEGATORS.test(tokens[k].normal) && !(trigger.kind === 'confidence' && k === i - 1)) || /n['’]t$/i.test(tokens[k].text)) negated = true;
        // "pleaded not guilty", "a not-guilty plea" are still a plea; "did not attend the hearing" is none.
        if (negated && !(trigger.kind === 'trial' && tokens.slice(Math.max(from, i - 4), Math.min(to, i + 3)).some((x) => /^(guilty|not-guilty)$/.test(x.normal)))) continue;
        // "to face trial", "plans to sign", "could strike": wished, planned or possible, not happened.
        let irrealis = false;
        for (let k = Math.max(from, i - 3); k < i; k++) {
          // "the chamber voted to impeach X", "the board voted to suspend Y": a vote taken is the act done.
          // "voted 56 to 23 on Thursday to impeach X": the tally and the day may stand between.
          if (tokens[k].normal === 'to' && k + 1 === i && tokens.slice(Math.max(from, k - 8), k).some((x) => /^(voted|votes)$/.test(x.normal))) continue;
          if (tokens[k].normal === 'to' && (k + 1 === i ? !noun : tokens[k + 1].tags.includes('Verb') && tokens[k + 1].tags.includes('Infinitive') || /^(face|stand|hold|sign|stage|launch|call|hold|avoid|prevent|end)$/.test(tokens[k + 1].normal))) irrealis = true;
          if ((noun ? i - k <= 3 : i - k <= 2) && /^(would|could|might|may|should|will|can)$/.test(tokens[k].normal)) irrealis = true;
        }
        if (noun && tokens.slice(Math.max(from, i - 2), i).some((x) => /^(next|upcoming|planned|proposed|future|possible|potential|new)$/.test(x.normal))) irrealis = true;
        // "warned that a strike would hurt trade": an indefinite event a modal follows is imagined
        // ("the strike would continue" is the real one, spoken of).
        if (noun && /^(a|an|any)$/.test(prev)) {
          // The noun's own verb, past a place phrase ("a strike in Dakar would hurt").
          let v = i + 1;
          while (v < Math.min(to, i + 5) && !/[,;]/.test(tokens[v - 1].post) && (/^(in|at|on|by|near|of)$/.test(tokens[v].normal) || tokens[v].proper || tokens[v].tags.includes('Determiner'))) v++;
          if (v < to && /^(would|could|might|may|will|can)$/.test(tokens[v].normal)) irrealis = true;
        }
        // "called for talks", "has rejected talks with X", "proposed a ceasefire": wanted or refused, not held.
        if (noun) {
          let v = i - 1;
          while (v > from && (tokens[v].tags.includes('Determiner') || tokens[v].tags.includes('Adjective') || /^(fresh|direct|indirect|peace|new|more|further)$/.test(tokens[v].normal))) v--;
          const bare = v === i - 1 || !tokens.slice(v + 1, i).some((x) => x.tags.includes('Determiner'));
          // "demanded their extradition", "demanded X's extradition": past the possessor to the verb.
          if (v > from && (/^(his|her|their|its|our|my|your)$/.test(tokens[v].normal) || tokens[v].possessive)) {
            v--;
            while (v > from && tokens[v].proper && !tokens[v].tags.includes('Verb')) v--;
          }
          // "claimed responsibility for the attack" is an act owned, not one called for.
          if (/^(for|urged|urges|urging|proposed|proposes|proposing|offered|offers|sought|seeks|seeking|demanded|demands|wants|wanted|ruled|rules)$/.test(tokens[v]?.normal ?? '') &&
            !(tokens[v].normal === 'for' && /^(responsibility|credit)$/.test(tokens[v - 1]?.normal ?? ''))) irrealis = true;
          if (bare && /^(rejected|rejects|refused|refuses|refusing|rejecting|opposed|opposes|resisted)$/.test(tokens[v]?.normal ?? '')) irrealis = true;
        }
        // "seeks to open accession talks", "threatened to launch an offensive": an event wanted, not
        // reported; a date after the noun schedules it ("plans to hold a summit on 3 May" is news).
        if (noun && !irrealis && objectOfWishedAct(tokens, from, i) && !dateFollowsInClause(text, t.end, datesOf(sm).filter((d) => d.date))) irrealis = true;
        // "X denied that the ship had damaged the cable", "denied that he would be arrested": a
        // denied act is not reported as done.
        for (let k = Math.max(from, i - 12); k < i - 1; k++)
          if (/^(denied|denies|deny|denying|disputed|disputes)$/.test(tokens[k].normal) && tokens.slice(k + 1, i).some((x) => x.normal === 'that')) irrealis = true;
        // "accused Rwanda of commanding the rebels and deploying soldiers", "suspected of steering a
        // tender": an act one is accused or suspected of is alleged, not reported as done ("X,
        // accused of fraud, was arrested" is: a comma or an auxiliary closes the accusation).
        if (trigger.kind !== 'plot') for (let k = Math.max(from, i - 14); k < i - 1; k++)
          if (/^(accused|accuses|accusing|accuse|suspected|suspects|suspect|alleged|alleges|allegedly)$/.test(tokens[k].normal) && tokens.slice(k + 1, i).some((x) => x.normal === 'of') &&
            !tokens.slice(k, i).some((x) => /[.;:,]/.test(x.post) || AUXILIARY.test(x.normal))) irrealis = true;
        // "cables have been damaged in the sea since 2023": a perfect over a span counts a class of events.
        if (!noun && /^(been)$/.test(prev) && /^(have|has)$/.test(tokens[i - 2]?.normal ?? '') && tokens.slice(i + 1, Math.min(to, i + 8)).some((x) => x.normal === 'since')) irrealis = true;
        // "sent helicopters on Tuesday to help evacuate": the sending happened, and its purpose is the
        // act it took part in; only a sending verb in the past, not an offer or a plan.
        if (trigger.purpose) irrealis = !tokens.slice(from, i).some((x) => /^(sent|dispatched|deployed|flew|airlifted|mobilised|mobilized)$/.test(x.normal)) ||
          tokens.slice(from, i).some((x) => /^(would|will|could|might|may|plans?|planned|offered|offers|pledged|promised)$/.test(x.normal));
        if (irrealis) continue;
        // "wanted for kidnapping", "charged with murder", "accused of fraud": a charge names a
        // kind of crime, not an event the sentence reports.
        if (!heldFor && /^(for|with|of|on)$/.test(prev) && /^(wanted|charged|accused|convicted|suspected|acquitted|indicted|jailed|sentenced|guilty|charges|count|counts)$/.test(tokens[i - 2]?.normal ?? '')) continue;
        // "travelled there several times": a habit, not one event.
        // "have attacked army posts for years": a campaign, not one event.
        if (tokens.slice(i + 1, Math.min(to, i + 9)).some((x, n, a) => /^(times|repeatedly|regularly|often|frequently)$/.test(x.normal) || (/^(years|decades|months)$/.test(x.normal) && a[n - 1]?.normal === 'for'))) continue;
        // One natural disaster per sentence: "a hurricane struck, flooding towns" is one event.
        if (trigger.natural && occurrences.some((o) => o.sentence === sm && o.trigger.natural)) continue;

        const passiveWord = !noun && (t.tags.includes('Passive') || BE.test(prev));
        const occ: Occurrence = { trigger, token: t, at: i, sentence: sm, agents: [], patients: [], locations: [], destinations: [], reactions: [] };
        // A passive's subject may be a named thing ("the X cable was damaged").
        const before = slotsIn(Math.max(from, i - 25), i).filter((s) => isActor(s.kind) || s.kind === 'base' || (!!trigger.thingPatient && passiveWord && s.kind === 'place'));
        // A verb's subject is the nearest name before it; an event noun's is the clause's own subject.
        // "Uzbekistan's Central Election Commission ordered a recount": a state's possessive opening
        // the subject names whose body it is; the body is the subject.
        // "X, in a radio message on Friday, ordered the closure": a phrase of time or
        // place set off by a pair of commas stands between a subject and its verb.
        const parted = (a: number, b: number): boolean => {
          const commas = tokens.slice(a, b).map((x, n) => (/[,;:]/.test(x.post) ? a + n : -1)).filter((n) => n >= 0);
          if (!commas.length) return false;
          if (commas.length !== 2 || !/^,\s*$/.test(tokens[commas[0]].post) || !/^,\s*$/.test(tokens[commas[1]].post)) return true;
          const aside = tokens.slice(commas[0] + 1, commas[1] + 1);
          // "in a recorded message": a participle after a determiner modifies the noun.
          return !(aside[0]?.tags.includes('Preposition') && !aside.some((x, n) => x.tags.includes('Verb') && !x.tags.includes('Noun') && !x.tags.includes('Adjective') && !aside[n - 1]?.tags.includes('Determiner')));
        };
        const clauseSubject = (pool: Slot[]): Slot | undefined =>
          pool.find((s) => !(noun && s.possessive && s.kind === 'state' && pool.some((o) => o.from === s.to && o.kind === 'organization')) && subjectLike(s) && !tokens.slice(from, s.from).some((x) => x.tags.includes('Verb')) && !parted(s.to - 1, i));
        // "Soldiers detained X and announced that they had seized power": a pronoun before the verb
        // stands for the sentence's subject, never for the nearest name (the X they detained).
        let pk = i - 1;
        while (pk > from && /^(had|has|have|was|were|been|is|are|be|also|then|already|just|now|reportedly|allegedly|later|since)$/.test(tokens[pk].normal)) pk--;
        // "X has been hostile towards Y since they took power": a pronoun opening a clause of time
        // may stand for any name before it, the main clause's subject least of all; it names no
        // party ("X did not attend, though he spoke by phone" is still X).
        const pronounSubject = !noun && /^(they|he|she|it|we)$/.test(tokens[pk]?.normal ?? '') && !(pk > from && TIME_SUBORDINATOR.test(tokens[pk - 1].normal));
        // "X suspended Mali after the military seized power": past a subordinator, the verb has its
        // own subject, and a name before the subordinator is not it.
        const subordinate = (s: Slot): boolean => tokens.slice(s.to, i).some((x) => SUBORDINATOR.test(x.normal));
        const nearest = [...before].reverse().find(subjectLike);
        // "Stefanovski denied wrongdoing. In a letter ..., he said he had resigned": a "he" or "she"
        // whose sentence names no person before it stands for the person the sentence before opens with.
        const carriedSubject = (): Slot | undefined => {
          if (!/^(he|she)$/.test(tokens[pk]?.normal ?? '') || slotsIn(from, i).some((s) => s.kind === 'person')) return undefined;
          const idx = sentences.indexOf(sm);
          const prevSm = idx > 0 ? sentences[idx - 1] : undefined;
          if (!prevSm || prevSm.sentence.headline) return undefined;
          for (let n = 0; n < prevSm.mentions.length; n++) {
            const m = prevSm.mentions[n];
            const key = prevSm.keys[n];
            if (!key || typeOf(key) !== 'person') continue;
            if (tokens.slice(prevSm.from, m.from).some((x) => x.tags.includes('Verb') && !x.tags.includes('Adjective'))) return undefined;
            return { key, from: m.from, to: m.to, lead: m.from, kind: 'person', possessive: m.possessive, holder: false, carried: true };
          }
          return undefined;
        };
        // "X, the transport minister, said on Tuesday he had resigned": a "he" or "she" after the
        // one person the sentence names before it is that person.
        const onlyPerson = (): Slot | undefined => {
          if (!/^(he|she)$/.test(tokens[pk]?.normal ?? '')) return undefined;
          const people = slotsIn(from, pk).filter((s) => s.kind === 'person');
          return people.length && people.every((s) => s.key === people[0].key) ? people[0] : undefined;
        };
        // "X never saw the mediator, who flew to Y": a relative pronoun's verb is done by the word it
        // follows; when that is no name, by nobody named (not by the main clause's subject).
        const unnamedAntecedent = !noun && !t.tags.includes('Passive') && pk === i - 1 && pk > from && tokens[pk].normal === 'who' && /,\s*$/.test(tokens[pk - 1].post) &&
          !slots.some((s) => s.to === pk);
        const subject = unnamedAntecedent ? undefined
          : noun ? clauseSubject(before) : pronounSubject ? clauseSubject(slotsIn(from, i)) ?? onlyPerson() ?? carriedSubject() : nearest && !subordinate(nearest) ? nearest : undefined;
        // "is sending", "were fighting": a progressive after a form of "be" is active.
        const passive = !noun && (t.tags.includes('Passive') || (BE.test(prev) && !/ing$/.test(normal)) || (prev === 'been' || tokens[i - 2]?.normal === 'was'));
        let byAt = tokens.slice(i + 1, Math.min(to, i + 5)).findIndex((x) => x.normal === 'by');
        // "signed in Abu Dhabi in September by X": past phrases of place and time (no verb, no
        // comma between), the "by" still names the passive's agent.
        // "The ballot was convened last spring by X", "the vote was organised by Y": an event noun as
        // the subject of a passive of calling or holding it has its agent after the participle, past
        // the same phrases.
        const nounPassive = noun && BE.test(tokens[i + 1]?.normal ?? '') && CONVENED.test(tokens[i + 2]?.normal ?? '');
        if (byAt < 0 && (!noun || nounPassive))
          for (let k = noun ? i + 3 : i + 1; k < Math.min(to, i + 12); k++) {
            if (/[,;:()]/.test(tokens[k - 1].post) || (tokens[k].tags.includes('Verb') && !tokens[k].tags.includes('Adjective') && !tokens[k].proper && !tokens[k].tags.includes('Particle') && !OBJECT_PREPS.has(tokens[k].normal))) break;
            if (tokens[k].normal === 'by') {
              byAt = k - i - 1;
              break;
            }
          }
        // "were rescued by the destroyer X, Rao told parliament": past a comma, a name that speaks is
        // the speaker of an aside, not the agent ("suspended by the employers' association, X," is).
        // A vessel named after its kind ("by the destroyer X") acts, however its name is typed.
        const byAgent = byAt >= 0 ? slotsIn(i + 2 + byAt, Math.min(to, i + 10 + byAt)).find((s) => (isActor(s.kind) || (s.kind === 'base' && SHIP.test(tokens[s.from - 1]?.normal ?? ''))) && !(tokens.slice(i + 1 + byAt, s.from).some((x) => /[,;:]/.test(x.post)) && SPEECH.test(tokens[s.to]?.normal ?? ''))) : undefined;
        // "signed by Kenya and Uganda": every name coordinated with the first agent.
        const byAgents: Slot[] = byAgent ? [byAgent] : [];
        for (const s of slots) {
          const last = byAgents[byAgents.length - 1];
          if (!last || s.from <= last.from || !isActor(s.kind)) continue;
          // "by X and Uruguayan President Y": a title or demonym may open the next name.
          const gap = tokens.slice(last.to, s.from);
          const joined = gap[0]?.normal === 'and' || (gap.length === 0 || gap[0].proper) && /,\s*$/.test(tokens[last.to - 1].post);
          // "by X and his Emirati counterpart, Y": a possessive and a role noun open the apposition that names Y.
          const titled = gap.slice(gap[0]?.normal === 'and' ? 1 : 0).every((x) => x.proper || x.tags.includes('Title') || x.tags.includes('Honorific') ||
            /^(his|her|their|its)$/.test(x.normal) || OFFICE.test(x.normal) || /^(counterpart|counterparts|colleague|deputy|minister|envoy|ambassador|foreign|defence|defense|interior|finance|trade)$/.test(x.normal));
          // "by X, Rao told parliament": a name followed by its verb of saying opens an aside.
          if (joined && titled && gap.length <= 4 && !SPEECH.test(tokens[s.to]?.normal ?? '')) byAgents.push(s);
        }
        const after = slotsIn(i + 1, Math.min(to, i + 10));
        // What an attack hits may be a base or a place ("drones hit the X air base").
        // A name inside a relative clause after the verb ("approved a deal that allows X to ...") is that clause's.
        // Nor one past ", and" or ", but", which opens another clause ("suspended X since 2022, and Y blocked ...").
        // Nor the topic of talk ("talks on X's war").
        const firstObject = after.find((s) => !tokens.slice(i + 1, s.lead).some((x, n, a) => /^(that|which|who|whom|whose)$/.test(x.normal) || (/^(and|but)$/.test(x.normal) && /,\s*$/.test(a[n - 1]?.post ?? ''))) && (isActor(s.kind) || ((trigger.kind === 'attack' || trigger.thingPatient) && (s.kind === 'base' || s.kind === 'place') && s.from - i <= 4)) && (!LOCATION_PREPS.test(afterPrep(s) ?? '') || (afterPrep(s) === 'on' && !DISCUSSION.test(trigger.kind))) && afterPrep(s) !== 'by' && afterPrep(s) !== 'with');
        const possessor = [...slotsIn(Math.max(from, i - 4), i)].reverse().find((s) => s.possessive);
        const ofObject = after.find((s) => afterPrep(s) === 'of' && s.from <= i + 4);

        // "was hit by a drone attack": the noun is the agent phrase of a passive; the subject is the target.
        const byBefore = noun ? tokens.slice(Math.max(from, i - 4), i).findIndex((x) => x.normal === 'by') : -1;
        const hitBy = byBefore >= 0 && (() => {
          const k = Math.max(from, i - 4) + byBefore;
          const v = tokens[k - 1];
          return !!v && (v.tags.includes('Passive') || BE.test(tokens[k - 2]?.normal ?? ''));
        })();
        const relativeAntecedent = (v: number): Slot | undefined => {
          let k = v - 1;
          while (k > from && BE.test(tokens[k].normal)) k--;
          // "the X pipeline, which was cut": the relative pronoun is the subject; its antecedent is what was cut.
          const direct = /^(which|that)$/.test(tokens[k]?.normal ?? '') && /,\s*$/.test(tokens[k - 1]?.post ?? '');
          if (!direct && !/,\s*$/.test(tokens[k]?.post ?? '')) return undefined;
          // "X, whose company runs the mine in Y, in the Z region, was detained": a closed "whose"
          // clause may be long; its antecedent is what the passive happened to.
          for (let r = k; r > Math.max(from, k - 22); r--) {
            if (!/^(which|who|that|whose)$/.test(tokens[r].normal) || !/,\s*$/.test(tokens[r - 1]?.post ?? '')) continue;
            if (tokens[r].normal !== 'whose' && k - r >= 14) continue;
            return slots.find((s) => s.to <= r && r - s.to <= 2 && !s.holder);
          }
          return undefined;
        };
        // "X, which the rebels captured": a non-restrictive relative whose object is the name before
        // it; past an apposition ("X, the capital of Y, which"), the name the apposition describes.
        const objectRelative = (): { antecedent: Slot; at: number } | undefined => {
          for (let r = i - 1; r > Math.max(from, i - 6); r--) {
            if (!/^(which|that)$/.test(tokens[r].normal)) continue;
            if (!/,\s*$/.test(tokens[r - 1]?.post ?? '')) return undefined;
            // Past an apposition ("X, the capital of Y, which"): the name before its comma.
            let end = r;
            let c0 = r - 1;
            while (c0 > from && !/,\s*$/.test(tokens[c0 - 1].post)) c0--;
            const apposition = c0 > from && c0 < r - 1 && /^(the|a|an)$/.test(tokens[c0].normal) && !tokens.slice(c0, r).some((x) => x.tags.includes('Verb'));
            if (apposition) end = c0;
            const antecedent = slots.find((c) => end - c.to <= 1 && c.to <= end && !c.holder && (c.kind === 'place' || c.kind === 'base'));
            return antecedent ? { antecedent, at: r } : undefined;
          }
          return undefined;
        };
        const spoken = (s: Slot): boolean => tokens.slice(s.to, i).some((x) => SPEECH.test(x.normal));
        // "Ruto, who survived mass protests", "X fears a strike": a verb between a subject and the
        // event noun makes the subject a party only when it is one of holding or waging it.
        // "X had been kept informed throughout the talks": a passive between them makes X no party either.
        const sufferedBy = (s: Slot): boolean =>
          tokens.slice(s.to, i).some((x, n, a) => (x.tags.includes('Verb') && !AUXILIARY.test(x.normal) && !DOING.test(x.normal) && !(a[n - 1]?.tags.includes('Determiner') && a[n + 1]?.tags.includes('Noun'))) || /^(been|being)$/.test(x.normal));
        // "X and Y, a married couple who had worked near Z, were abducted", "X, an engineer working
        // for a firm in Y, was kidnapped": an apposition (with its own relative clause) stands
        // between the passive's subject and its verb; the name before the aside's comma is the
        // subject, and the names and places inside the aside are the aside's.
        const appositiveSubject = (v: number): Slot | undefined => {
          let k = v - 1;
          while (k > from && (BE.test(tokens[k].normal) || AUXILIARY.test(tokens[k].normal) || /^(later|reportedly|allegedly|then|also)$/.test(tokens[k].normal))) k--;
          // The text between tokens, not the parser's trailing punctuation, which an apostrophe in a
          // name can swallow ("N'Gourma, were").
          const commaAfter = (n: number): boolean => n + 1 < tokens.length && /^[^\w]*,/.test(text.slice(tokens[n].end, tokens[n + 1].start));
          if (!commaAfter(k)) return undefined;
          let commas = 0;
          for (let r = k - 1; r > Math.max(from, k - 30); r--) {
            if (!commaAfter(r)) continue;
            if (++commas > 3) return undefined;
            const s = slots.find((o) => o.to === r + 1 && !o.holder);
            if (!s) continue;
            // The aside opens with a noun phrase or a relative pronoun, never a verb of saying ("X, officials said, was").
            const open = tokens[r + 1];
            if (!open || !(open.tags.includes('Determiner') || open.tags.includes('Value') || open.tags.includes('Adjective') || /^(who|whose|which|his|her|their|both|two|three|each)$/.test(open.normal))) continue;
            if (tokens.slice(r + 1, k + 1).some((x) => SPEECH.test(x.normal))) return undefined;
            if (!(isActor(s.kind) || s.kind === 'base') || !subjectLike(s)) continue;
            // The subject opens its clause: no full verb before it.
            if (tokens.slice(from, s.lead).some((x) => x.tags.includes('Verb') && !x.tags.includes('Adjective') && !AUXILIARY.test(x.normal))) return undefined;
            return s;
          }
          return undefined;
        };
        const relative = passive ? relativeAntecedent(i) ?? appositiveSubject(i) : undefined;
        // "the couple were seized", "the two hostages had been freed", "their release": a definite
        // group noun (or "their") stands for the people last named together, "A and B".
        const groupAnaphor = (v: number): number => {
          let k = v - 1;
          while (k > from && (BE.test(tokens[k].normal) || AUXILIARY.test(tokens[k].normal) || /^(later|reportedly|allegedly|then|also|finally|eventually|both)$/.test(tokens[k].normal))) k--;
          if (!GROUP_ANAPHOR.test(tokens[k]?.normal ?? '') || slots.some((o) => o.from <= k && k < o.to)) return -1;
          let d = k - 1;
          while (d >= from && d > k - 4 && !/^(the|both|these|those)$/.test(tokens[d].normal)) {
            if (!(tokens[d].tags.includes('Adjective') || tokens[d].tags.includes('Value') || demonymState(tokens[d]) || GROUP_ANAPHOR.test(tokens[d].normal))) return -1;
            d--;
          }
          return d >= from && /^(the|both|these|those)$/.test(tokens[d].normal) ? d : -1;
        };
        const namedTogether = (at: number): string[] => {
          const idx = sentences.indexOf(sm);
          for (let n = idx; n >= Math.max(0, idx - 3); n--) {
            const o = sentences[n];
            const people = o.mentions.map((m, j) => ({ m, key: o.keys[j] })).filter((x) => !!x.key && typeOf(x.key) === 'person' && (n < idx || x.m.to <= at));
            for (let j = people.length - 1; j > 0; j--) {
              const [a, b] = [people[j - 1], people[j]];
              if (a.key === b.key) continue;
              if (tokens.slice(a.m.to, b.m.from).map((x) => x.normal).join(' ') === 'and') return [a.key!, b.key!];
            }
          }
          return [];
        };
        // The people held in an abduction told before in the article: whom a release frees.
        const captivesSoFar = (): string[] => {
          for (let n = occurrences.length - 1; n >= 0; n--) {
            const o = occurrences[n];
            if (o.trigger.kind !== 'abduction') continue;
            const people = o.patients.filter((k) => typeOf(k) === 'person');
            if (people.length) return people;
          }
          return [];
        };
        const anaphoricPeople = (): string[] => {
          if (!(trigger.kind === 'abduction' || trigger.kind === 'release' || trigger.kind === 'arrest')) return [];
          const at = passive ? groupAnaphor(i) : noun && prev === 'their' ? i - 1 : -1;
          if (at < 0) return [];
          if (trigger.kind === 'release' && captivesSoFar().length) return captivesSoFar();
          return namedTogether(at);
        };
        // "Jama'at X (JNIM)": a body's name and its acronym in brackets are one party; the acronym,
        // read as a body's, is the sturdier reading of the two.
        const claimant = (s: Slot): Slot => {
          const next = slots.find((o) => o.from >= s.to && o.from - s.to <= 1 && /\(\s*$/.test(text.slice(tokens[s.to - 1].end, tokens[o.from].start)) && o.kind === 'organization');
          return s.kind !== 'organization' && next ? next : s;
        };
        if (passive) {
          // "X said 40 people had been arrested": past a verb of saying or another full verb, the
          // name is the speaker or another clause's subject, not what the passive happened to.
          // "The X cable, which links A with B, was damaged": a closed relative clause between a
          // name and the passive verb holds other names; the subject is the name before "which".
          // "X, whose brother was killed": the one the passive happened to is the noun after "whose".
          const whose = !!subject && tokens.slice(subject.to, i).some((x) => x.normal === 'whose');
          const group = anaphoricPeople();
          // "A police officer who guarded X was arrested", "The minister, who met X, was arrested": a
          // name that is the object of a relative clause's own verb is not what the passive happened to.
          const inRelativeClause = (s: Slot): boolean => {
            for (let k = s.lead - 1; k >= Math.max(from, s.lead - 10); k--)
              if (/^(who|which|that|whom)$/.test(tokens[k].normal)) return tokens.slice(k + 1, s.lead).some((x) => x.tags.includes('Verb') && !AUXILIARY.test(x.normal) && !BE.test(x.normal));
            return false;
          };
          const undergoer = group.length ? undefined : relative ?? (subject && !subject.carried && inRelativeClause(subject) ? undefined : subject && (subject.carried || (!whose && !spoken(subject) && !sufferedBy(subject))) ? subject : undefined);
          if (undergoer) occ.patients.push(undergoer.key);
          occ.patients.push(...group);
          for (const a of byAgents) occ.agents.push(a.key);
        } else if (hitBy) {
          const k0 = Math.max(from, i - 4) + byBefore;
          const hit = [...before].reverse().find((s) => s.to <= k0 && !OBJECT_PREPS.has(afterPrep(s) ?? ''));
          if (hit) occ.patients.push(hit.key);
          const k = Math.max(from, i - 4) + byBefore;
          const agent = slotsIn(k + 1, i).find((s) => isActor(s.kind));
          if (agent) occ.agents.push(agent.key);
        } else if (noun) {
          if (possessor) {
            if (trigger.keyBy === 'place' && (possessor.kind === 'state' || possessor.kind === 'place')) occ.locations.push(possessor.key);
            else (trigger.keyBy === 'patient' ? occ.patients : occ.agents).push(possessor.key);
          }
          // "a funeral was held on Friday for X": the name the preposition governs, in the noun's own clause.
          const forObject = trigger.patientPrep && after.find((s) => trigger.patientPrep!.test(afterPrep(s) ?? '') && isActor(s.kind) &&
            !tokens.slice(i + 1, s.lead).some((x) => x.tags.includes('Verb') || /[;:]/.test(x.post)));
          if (forObject) occ.patients.push(forObject.key);
          if (ofObject && trigger.keyBy !== 'agent') occ.patients.push(ofObject.key);
          else if (ofObject) occ.agents.push(ofObject.key);
          // "The attack was condemned by X": who reacted to it, not who did it.
          const reactedWith = nounPassive ? tokens[i + 2].normal : byAt > 0 ? tokens[i + byAt].normal : '';
          // "The kidnapping was later claimed by X": who claims an act of force owns it; its author.
          if (byAgent && CLAIMED.test(reactedWith)) occ.agents.push(claimant(byAgent).key);
          else if (byAgent && REACTIONS[reactedWith] && REACTIONS[reactedWith] !== 'mediated') occ.reactions.push({ source: byAgent.key, relation: REACTIONS[reactedWith] });
          // "talks hosted by X": the host is told apart below, not a party.
          // "The strike was called by the union": who calls a strike or a vote holds it (elsewhere "called" is speech).
          else if (byAgent && (!SPEECH.test(reactedWith) || (nounPassive && reactedWith === 'called')) && !/^(hosted|facilitated)$/.test(reactedWith)) occ.agents.push(byAgent.key);
          for (const s of after) {
            // "an exercise in Norway and Finland": a name joined to a place after a locative is a place too.
            const joinedTo = afterPrep(s) === 'and' ? slots.find((o) => o.to < s.from && s.from - o.to <= 2 && tokens.slice(o.to, s.from).some((x) => x.normal === 'and')) : undefined;
            if (joinedTo && isLocation(joinedTo.kind) && isLocation(s.kind) && LOCATION_PREPS.test(afterPrep(joinedTo) ?? '')) continue;
            // "after protests, and the navy instead built ...": ", and" before a name with its own
            // verb opens another clause, whose subject is no party to this event.
            if (afterPrep(s) === 'and' && opensClause(tokens, s, to)) continue;
            // "talks hosted by X, with Y and Z serving as witnesses": "with" opens an aside whose own
            // verb tells the names' part; they are no parties.
            if (/^(with|and)$/.test(afterPrep(s) ?? '') && withAside(tokens, s, to)) continue;
            if (/^(with|between|and|against|on)$/.test(afterPrep(s) ?? '') && !(afterPrep(s) === 'on' && DISCUSSION.test(trigger.kind)) && isActor(s.kind) && s.from <= i + 6) (afterPrep(s) === 'against' || afterPrep(s) === 'on' ? occ.patients : occ.agents).push(s.key);
          }
          // "X submitted his resignation": the verb hands in the subject's own act.
          const ownAct = !!subject && subject.to <= i - 2 && OWN_ACT.test(tokens[i - 2].normal) && OWN.test(tokens[i - 1].normal) &&
            !tokens.slice(subject.to, i - 2).some((x) => x.tags.includes('Verb'));
          if (subject && (ownAct || (!spoken(subject) && !sufferedBy(subject))) && !occ.patients.includes(subject.key)) (trigger.subjectUndergoes ? occ.patients : occ.agents).push(subject.key);
          // "The pact was signed by X and Y at the end of a state visit", "the summit, which was attended by X": the agents.
          {
            for (const s of slots) {
              let pk = s.from - 1;
              while (pk > from && tokens[pk].tags.includes('Determiner')) pk--;
              const p = pk >= from ? tokens[pk] : undefined;
              const q = s.from - 3 >= from ? tokens[s.from - 3] : undefined;
              const byPassive = (x: Token | undefined, k: number): boolean => x?.normal === 'by' && k - 1 >= from && tokens[k - 1].tags.includes('Passive');
              // "a ceasefire brokered by X held ... after days of battles": past another full verb,
              // the agent is that verb's clause's.
              const otherVerb = tokens.slice(s.to, i).some((x) => x.tags.includes('Verb') && !x.tags.includes('Adjective') && !AUXILIARY.test(x.normal));
              if (isActor(s.kind) && !s.holder && s.to <= i && !otherVerb && (byPassive(p, pk) || (p?.normal === 'and' && byPassive(q, s.from - 3)))) occ.agents.push(s.key);
            }
          }
        } else if (trigger.thingPatient && !firstObject && objectRelative()) {
          // "Goma, the capital of X province, which the rebels captured": the antecedent of the
          // relative is what the verb took; its subject is only a name inside the relative.
          const { antecedent, at } = objectRelative()!;
          occ.patients.push(antecedent.key);
          for (const a of slotsIn(at + 1, i)) if (isActor(a.kind)) occ.agents.push(a.key);
        } else {
          // "X said the army had evacuated 600 residents": the speaker is not the verb's subject
          // (a pronoun after the saying, "X said it had rescued", does stand for X).
          if (subject && !(spoken(subject) && !pronounSubject)) (trigger.subjectUndergoes ? occ.patients : occ.agents).push(subject.key);
          // "detained the leader of the X party, Y": the body names whose leader; the person the
          // apposition names is the one detained.
          let object = firstObject;
          if (object && object.kind !== 'person' && tokens.slice(Math.max(i + 1, object.lead - 4), object.lead).some((x, n, a) => x.normal === 'of' && ROLE_HEAD.test(a[n - 1]?.normal ?? tokens[Math.max(i + 1, object!.lead - 4) - 1]?.normal ?? '')) &&
            /,\s*$/.test(tokens[object.to - 1].post)) {
            const named = slots.find((o) => o.from === object!.to && o.kind === 'person');
            if (named) object = named;
          }
          // "asked a court to hold X", "urged the tribunal to annul Y": past "to" and a verb, the
          // name is the object of the act asked for, not of the asking.
          if (object && tokens.slice(i + 1, object.lead).some((x, n, a) => x.normal === 'to' && !!a[n + 1] && (a[n + 1].tags.includes('Verb') || (a[n + 1].tags.includes('Noun') && !a[n + 1].proper && !a[n + 1].tags.includes('Determiner'))))) object = undefined;
          if (object && object !== subject && !trigger.intransitive) occ.patients.push(object.key);
          // "Juntas in A, B and C have suspended ...": names listed after a preposition are not the subject.
          const listedAfterPrep = (sl: Slot): boolean => {
            let k = sl.lead - 1;
            while (k > from && (/^(and|,)$/.test(tokens[k].normal) || /,\s*$/.test(tokens[k].post) || slots.some((o) => o.from <= k && k < o.to))) k--;
            return tokens[k]?.tags.includes('Preposition') ?? false;
          };
          if (!object && !trigger.intransitive && !passive && !(subject && listedAfterPrep(subject))) {
            const found = unnamedObject(tokens, i + 1, to, slots);
            occ.actedOn = found?.text;
            if (found) occ.actedOnDemonyms = found.demonyms;
            // Boarded at sea is a vessel's; "boarded the flight" is a passenger's.
            if (trigger.kind === 'boarding' && !SHIP.test(occ.actedOn?.split(' ').pop() ?? '')) occ.actedOn = undefined;
          }
          // "freed every hostage held by X": after an active verb, "by" that follows another
          // participle belongs to that participle's phrase, and X is the captor, not the agent.
          if (byAgent && !(byAt > 0 && tokens[i + byAt].tags.includes('Verb'))) occ.agents.push(...byAgents.map((a) => a.key));
        }
        // "Lawmakers in X approved", "X's parliament voted", "the senate of Y ratified": a chamber with
        // no name of its own acts for its state; the state is the party.
        if (!occ.agents.length && !trigger.natural && !passive) {
          for (let k = from; k < i; k++) {
            if (!LEGISLATORS.test(tokens[k].normal)) continue;
            if (tokens.slice(k + 1, i).some((x) => x.tags.includes('Verb') && !x.tags.includes('Adjective') && !AUXILIARY.test(x.normal) && !x.proper)) break;
            const after = /^(in|of)$/.test(tokens[k + 1]?.normal ?? '') ? slots.find((o) => o.kind === 'state' && (o.from === k + 2 || (o.from === k + 3 && tokens[k + 2].normal === 'the'))) : undefined;
            const before = slots.find((o) => o.kind === 'state' && o.to === k && (o.possessive || o.from === k - 1));
            const st = after ?? before;
            if (st) occ.chamber = st.key;
            break;
          }
        }
        // "approved a lease handing the runway at X to Y", "granted a concession of port Z to W": the
        // facility leased is what it is about, the one it goes to takes part.
        if (/^(approval|signing)$/.test(trigger.kind)) {
          const lease = tokens.slice(i + 1, Math.min(to, i + 5)).findIndex((x) => /^(leases?|concessions?)$/.test(x.normal));
          if (lease >= 0) {
            const l = i + 1 + lease;
            let end = l + 1;
            while (end < Math.min(to, l + 20) && !/^(that|which|who|while|but)$/.test(tokens[end].normal) && !/[;:]/.test(tokens[end - 1].post) && !(/,\s*$/.test(tokens[end - 1].post) && !slots.some((o) => o.to === end))) end++;
            const site = slotsIn(l + 1, end).find((o) => o.kind === 'base' || (o.kind === 'place' && FACILITY_WORD.test(labelOf(o.key))));
            if (site) occ.leased = { site: site.key, from: l + 1, to: end };
            const toAt = tokens.slice(l + 1, end).findIndex((x) => x.normal === 'to');
            if (toAt >= 0) {
              const who = slotsIn(l + 2 + toAt, Math.min(end, l + 13 + toAt)).find((o) => isActor(o.kind));
              if (who && !occ.agents.includes(who.key)) occ.reactions.push({ source: who.key, relation: 'participates_in' });
            }
          }
        }
        // The landing's parties: the people aboard and the aircraft's owner named before them ("A
        // Spanish Air Force Airbus carrying X"), not the people as the verb's subject.
        if (trigger.carrying) {
          occ.agents = [...new Set([...slotsIn(from, i).filter((s) => s.to <= carried[0].from && (s.kind === 'organization' || s.kind === 'state') && subjectLike(s)).map((s) => s.key), ...carried.map((s) => s.key)])];
          occ.patients = [];
        }
        if (noun && !occ.patients.length) occ.patients.push(...anaphoricPeople());
        // Set free, handed over: only people held in an abduction the article told of are released so.
        if (trigger.captivesOnly && !occ.patients.some((k) => captivesSoFar().includes(k))) continue;
        // "X claimed responsibility for the abduction", "Y claimed the attack": who claims an act
        // (of force, by its trigger class) is its author, not a speaker about it.
        if (noun && CLAIMABLE.test(trigger.kind)) {
          let v = i - 1;
          while (v > from && (tokens[v].tags.includes('Determiner') || tokens[v].tags.includes('Adjective') || /^(for|responsibility|credit)$/.test(tokens[v].normal))) v--;
          if (CLAIMED.test(tokens[v]?.normal ?? '') && (v === i - 1 || tokens.slice(v + 1, i).some((x) => /^(for|the|a|an|this|that|last|sunday)$/.test(x.normal)))) {
            const who = [...slots].reverse().find((s) => s.to <= v && v - s.to <= 4 && !s.holder && isActor(s.kind) && subjectLike(s));
            if (who && !occ.agents.includes(claimant(who).key)) occ.agents.push(claimant(who).key);
          }
        }
        // "The ambush, which started at dawn and went on for an hour, was claimed on Friday by
        // X", "the raid on Monday night, claimed by Y, killed 14": the claim's passive, past an aside
        // or a time phrase, still names the act's author.
        if (noun && CLAIMABLE.test(trigger.kind) && !occ.agents.length)
          for (let k = i + 1; k < Math.min(to, i + 30); k++) {
            if (!CLAIMED.test(tokens[k].normal) || !(BE.test(tokens[k - 1].normal) || /,\s*$/.test(tokens[k - 1].post))) continue;
            const by = tokens.slice(k + 1, Math.min(to, k + 5)).findIndex((x) => x.normal === 'by');
            const who = by >= 0 ? slotsIn(k + 2 + by, Math.min(to, k + 6 + by)).find((x) => isActor(x.kind) && x.kind !== 'state') : undefined;
            if (who) occ.agents.push(claimant(who).key);
            break;
          }
        // "talks in Beijing in March between A and B": a "between" past the event's place and date
        // still names its parties, while no verb intervenes.
        if (noun)
          for (const s of slotsIn(i + 7, Math.min(to, i + 16)))
            if (tokens.slice(Math.max(i + 1, s.from - 5), s.from).some((x) => x.normal === 'between') && isActor(s.kind) && !tokens.slice(i + 1, s.from).some((x) => x.tags.includes('Verb') && !x.tags.includes('Adjective')) && !occ.agents.includes(s.key)) occ.agents.push(s.key);
        // "extradited X, an alleged financier, to Y", "spoke by phone with Y": a party the trigger's
        // own preposition leads to, in the same clause.
        // "The riot began on Wednesday when members of X broke through a wall": who set it off, the
        // subject of the clause its onset is told by, takes part.
        // The state whose body is the subject is where an event known by its place happened; not a
        // body that speaks of it ("X's Interior Ministry said the referendum ...": a reaction).
        if (noun && subject && trigger.keyBy === 'place' && !spoken(subject)) {
          const owner = subject.kind === 'organization' ? slots.find((s) => s.to === subject.from && s.possessive && s.kind === 'state') : undefined;
          if (owner && !occ.locations.includes(owner.key)) occ.locations.push(owner.key);
        }
        if (noun && !occ.agents.length) {
          const onset = tokens.slice(i + 1, Math.min(to, i + 4)).findIndex((x) => /^(began|started|erupted|broke|flared)$/.test(x.normal));
          if (onset >= 0) {
            const o = i + 1 + onset;
            const w = tokens.slice(o + 1, Math.min(to, o + 8)).findIndex((x) => x.normal === 'when');
            if (w >= 0) {
              const k = o + 2 + w;
              const verb = tokens.slice(k, Math.min(to, k + 8)).findIndex((x) => x.tags.includes('Verb') && !x.tags.includes('Noun') && !AUXILIARY.test(x.normal));
              const who = verb >= 0 ? slotsIn(k, k + verb).find((s) => isActor(s.kind) && subjectLike(s)) : undefined;
              if (who) occ.agents.push(who.key);
            }
          }
        }
        // "signed ... at a ceremony hosted by X", "a deal brokered by Y": the host or mediator takes part.
        for (let k = i + 1; k + 1 < to; k++) {
          // "their release was negotiated by X": who negotiates a captive's freedom mediates it.
          if (!(/^(hosted|brokered|mediated|facilitated)$/.test(tokens[k].normal) || (trigger.kind === 'release' && tokens[k].normal === 'negotiated'))) continue;
          // "negotiated over several months by X": a span of time may stand before the "by".
          let by = k + 1;
          while (by < Math.min(to, k + 5) && tokens[by].normal !== 'by' && !/[,;:]/.test(tokens[by - 1].post) && !tokens[by].proper) by++;
          if (tokens[by]?.normal !== 'by' || /[,;:]/.test(tokens[by - 1].post)) continue;
          if (tokens.slice(i + 1, k).some((x) => /^(that|which|who|whom|whose|while|but|because|although)$/.test(x.normal))) break;
          let end = Math.min(to, by + 15);
          // "mediated by Egypt and Qatar" lists both; ", and X said" opens another clause.
          // ", with Y serving as witness" is an aside with parts of its own.
          const stop = tokens.slice(by + 1, end).findIndex((x, n, a) => /^(that|which|who|whom|whose|while|but)$/.test(x.normal) || /[;:]/.test(x.post) || (/^(and|with)$/.test(x.normal) && /,\s*$/.test(a[n - 1]?.post ?? '')));
          if (stop >= 0) end = by + 1 + stop + 1;
          const relation = tokens[k].normal === 'hosted' ? 'hosted' : 'mediated';
          for (const s of slotsIn(by + 1, end))
            if (isActor(s.kind) && !occ.agents.includes(s.key) && !occ.patients.includes(s.key) && !occ.reactions.some((r) => r.source === s.key)) occ.reactions.push({ source: s.key, relation });
          break;
        }
        if (trigger.partyPrep)
          for (const s of slotsIn(i + 1, Math.min(to, i + 16))) {
            if (!isActor(s.kind) || s.holder || !trigger.partyPrep.test(afterPrep(s) ?? '')) continue;
            if (tokens.slice(i + 1, s.from).some((x) => /^(that|which|who|whom|where|while|but|and|after|before|when|because)$/.test(x.normal) || (x.tags.includes('Verb') && !x.tags.includes('Adjective') && !x.tags.includes('Passive')))) continue;
            if (!occ.agents.includes(s.key) && !occ.patients.includes(s.key)) occ.agents.push(s.key);
          }
        // "ECOWAS condemned the coup", "China criticised the pact": a reaction to the event, not a part in it.
        if (noun) {
          let v = i - 1;
          while (v > from && (tokens[v].tags.includes('Determiner') || tokens[v].tags.includes('Adjective') || tokens[v].possessive)) v--;
          const relation = REACTIONS[tokens[v]?.normal ?? ''];
          if (relation && !negated) {
            const who = [...slots].reverse().find((s) => s.to <= v && !s.holder && isActor(s.kind) && subjectLike(s) && v - s.to <= 8);
            if (who) {
              occ.reactions.push({ source: who.key, relation });
              occ.agents = occ.agents.filter((k) => k !== who.key);
            }
          }
        }
        // "the two countries signed a treaty", "talks between the two neighbours": the pair of states
        // the article is about, when two states lead its mentions.
        if (!trigger.natural && pairOfStates && !pairOfStates.some((k) => occ.agents.includes(k))) {
          // "the two countries said on Sunday after a signing ceremony": the pair may be the clause's subject.
          const w = tokens.slice(Math.max(from, i - 10), Math.min(to, i + 9)).map((x) => x.normal).join(' ');
          if (/\bthe two (countries|nations|states|neighbours|neighbors|governments|capitals)\b/.test(w)) occ.agents.push(...pairOfStates);
        }
        // Coordinated people before a verb ("X and his son Y pleaded"): all of them.
        if (!noun && !passive && subject && isActor(subject.kind)) {
          const list = trigger.subjectUndergoes ? occ.patients : occ.agents;
          // Only beside a subject that acts here (not a speaker's name and its acronym).
          if (list.includes(subject.key)) for (const s of before) if (s !== subject && s.key !== subject.key && s.kind === subject.kind && !OBJECT_PREPS.has(afterPrep(s) ?? '') && subject.from - s.to <= 6) list.unshift(s.key);
        }
        // "Rui Lopes and Pedro Melo were detained": every one of the passive's coordinated subjects underwent it.
        for (const head of [subject, relative])
          if (!noun && passive && head && head.kind === 'person' && occ.patients.includes(head.key))
            for (const s of before)
              if (s !== head && s.key !== head.key && s.kind === 'person' && s.to <= head.lead && head.lead - s.to <= 2 && tokens.slice(s.to, head.lead).every((x) => x.normal === 'and') &&
                (head.lead > s.to || /,\s*$/.test(tokens[s.to - 1].post)) && !occ.patients.includes(s.key)) occ.patients.unshift(s.key);
        // "A's Prime Minister X and B's President Y signed": every name of a coordinated subject
        // takes part, and a state whose office holder is named ("A's Prime Minister X") acts
        // through that holder. The subject phrase runs back from the verb over names, titles,
        // possessives, determiners and "and" (a comma only between listed names), and ends at any
        // other word: a verb, a preposition, a dateline's dash.
        // An event noun's subject does so through a verb of holding it ("X and Y held talks").
        const heldAt = noun && subject ? tokens.slice(subject.to, i).findIndex((x) => DOING.test(x.normal)) : -1;
        const anchor = noun ? (heldAt >= 0 && subject ? subject.to + heldAt : -1) : i;
        if (anchor >= 0 && !passive && subject && isActor(subject.kind)) {
          const list = trigger.subjectUndergoes ? occ.patients : occ.agents;
          if (list.includes(subject.key) || (subject.possessive && subject.kind === 'state')) {
            let k = anchor - 1;
            while (k > from && AUXILIARY.test(tokens[k].normal)) k--;
            let start = k + 1;
            for (; k >= from; k--) {
              const w = tokens[k];
              if (/[\u2014\u2013:;(]/.test(w.post) && k < anchor - 1) break;
              if (/,\s*$/.test(w.post) && !(slots.some((o) => o.to === k + 1) && slots.some((o) => o.from === k + 1))) break;
              const inSlot = slots.some((o) => o.from <= k && k < o.to);
              if (!(inSlot || w.proper || w.possessive || w.normal === 'and' || w.tags.includes('Title') || w.tags.includes('Honorific') || w.tags.includes('Determiner') || OFFICE.test(w.normal) || /^(minister|secretary|deputy|vice|foreign|defence|defense|interior|finance|former|acting|then|general|state|chief|commander|envoy|ambassador)$/.test(w.normal))) break;
              start = k;
            }
            // A state holding a named office ("A's Prime Minister X") is that office's holder slot.
            const phrase = slots.filter((o) => o.from >= start && o.to <= anchor && (!o.holder || (o.kind === 'state' && o.possessive)));
            // Only a phrase that coordinates ("and") is read here; a lone name is the subject above.
            if (phrase.length > 1 && tokens.slice(start, anchor).some((x) => x.normal === 'and')) {
              for (const o of phrase) {
                if (o.kind === 'person' || o.kind === 'organization') {
                  if (!list.includes(o.key)) list.push(o.key);
                } else if (o.kind === 'state' && o.possessive && phrase.some((x) => x.from > o.to && x.from - o.to <= 4 && tokens.slice(o.to, x.from).every((y) => !y.possessive && !/^(and)$/.test(y.normal)))) {
                  // The state's office holder follows its possessive within a title's reach.
                  if (!list.includes(o.key)) list.push(o.key);
                  (occ.officeStates ??= []).push(o.key);
                }
              }
            }
          }
        }
        // "X won the runoff", "the election, which X won": who won or lost takes part.
        if (trigger.kind === 'election' || trigger.kind === 'round') {
          for (const s of slots) {
            if (s.kind !== 'person' || s.holder || occ.agents.includes(s.key)) continue;
            let k = s.to;
            while (k < to && k < s.to + 3 && /^(had|has|have|who|,|narrowly|easily|comfortably)$/.test(tokens[k].normal)) k++;
            const won = k < to && CONTEST.test(tokens[k].normal);
            const beaten = tokens.slice(Math.max(from, s.from - 3), s.from).some((x) => /^(defeating|beating|behind|against|defeated|beat)$/.test(x.normal));
            // "the election, which gave President X a second term": the one it gave a term or a win to.
            const given = s.from > i && /^(gave|gives|giving|handed|hands|handing)$/.test(tokens[s.lead - 1]?.normal ?? '') &&
              tokens.slice(s.to, Math.min(to, s.to + 4)).some((x) => /^(term|victory|win|mandate|majority|landslide)$/.test(x.normal));
            if (won || beaten || given) occ.agents.push(s.key);
          }
        }
        // "transport planes of the Philippine Air Force flew ...": the aircraft's owner flies the airlift.
        if (trigger.kind === 'flight' && !noun && !occ.agents.length)
          for (const s of slotsIn(Math.max(from, i - 10), i))
            if (isActor(s.kind) && afterPrep(s) === 'of' && AIRCRAFT.test(tokens[s.lead - 1]?.normal === 'the' ? tokens[s.lead - 3]?.normal ?? '' : tokens[s.lead - 2]?.normal ?? '')) occ.agents.push(s.key);
            // "the first of four X Air Force C-130J aircraft took off": a body named as the aircraft's
            // modifier, before its model and kind, is its owner (no verb between them and the trigger).
            else if (isActor(s.kind) && s.kind !== 'person' && tokens.slice(s.to, Math.min(i, s.to + 3)).some((x) => AIRCRAFT.test(x.normal)) &&
              !tokens.slice(s.to, i).some((x) => x.tags.includes('Verb') && !AUXILIARY.test(x.normal) && !AIRCRAFT.test(x.normal) && !x.proper)) occ.agents.push(s.key);
        // "handed the base to the national army": who receives it takes part too.
        if (trigger.kind === 'handover' && occ.patients.length)
          for (const s of after) if (afterPrep(s) === 'to' && isActor(s.kind) && s.from - i <= 8) occ.agents.push(s.key);
        // Attacks by or on a state named by its demonym: "Chinese vessels fired ... at a Philippine boat".
        // "Nigerien special forces freed ...", "Finnish troops retook ...": forces named by a demonym
        // just before the verb act for their state.
        if (!noun && !passive && !occ.agents.some((a) => slots.some((x) => x.key === a && x.to <= i)) && /^(release|capture|recapture|boarding|handover)$/.test(trigger.kind)) {
          for (let k = Math.max(from, i - 6); k < i - 1; k++) {
            const tk = tokens[k];
            const st = demonymState(tk);
            const forces = tokens.slice(k + 1, Math.min(i, k + 3)).some((x) => FORCE_NOUN.test(x.normal));
            if (!st || !forces || tokens.slice(k + 1, i).some((x) => x.tags.includes('Verb') && !AUXILIARY.test(x.normal) && !FORCE_NOUN.test(x.normal))) continue;
            occ.agents.push(ensureDemonymState(entities, articleId, st, tk, sm.sentence));
          }
        }
        // "Three Greek helicopters, sent at the neighbour's request": craft named by a demonym just
        // before the participle that sent them were sent by that state.
        if (trigger.kind === 'aid' && !occ.agents.length && /,\s*$/.test(tokens[i - 1]?.post ?? '')) {
          for (let k = Math.max(from, i - 5); k < i - 1; k++) {
            const st = demonymState(tokens[k]);
            if (st && CRAFT.test(tokens[k + 1]?.normal ?? '')) occ.agents.push(ensureDemonymState(entities, articleId, st, tokens[k], sm.sentence));
          }
        }
        // "Kyrgyz and Tajik border guards exchanged fire": forces named by demonyms in the subject
        // fight for their states.
        if (trigger.kind === 'clashes' && !noun && !occ.agents.length) {
          for (let k = Math.max(from, i - 8); k < i - 1; k++) {
            const tk = tokens[k];
            const st = demonymState(tk);
            if (!st || tokens.slice(k + 1, i).some((x) => x.tags.includes('Verb') && !AUXILIARY.test(x.normal))) continue;
            if (!tokens.slice(k + 1, Math.min(i, k + 5)).some((x) => /^(guards|troops|forces|soldiers|police|army|militias|fighters|units|officers|sailors|marines)$/.test(x.normal))) continue;
            const key = ensureDemonymState(entities, articleId, st, tk, sm.sentence);
            if (!occ.agents.includes(key)) occ.agents.push(key);
          }
        }
        if (trigger.kind === 'attack') {
          const demonymKey = (k: number): string | undefined => {
            const tk = tokens[k];
            const st = demonymState(tk);
            return st ? ensureDemonymState(entities, articleId, st, tk, sm.sentence) : undefined;
          };
          if (!occ.agents.length && !passive && !hitBy)
            for (let k = Math.max(from, i - 6); k < i; k++) {
              const st = demonymKey(k);
              if (st) {
                occ.agents.push(st);
                break;
              }
            }
          if (!occ.patients.length)
            for (let k = i + 1; k < Math.min(to, i + 6); k++) {
              if (!/^(at|on|against)$/.test(tokens[k].normal)) continue;
              for (let j = k + 1; j < Math.min(to, k + 4); j++) {
                const st = demonymKey(j);
                if (st) {
                  occ.patients.push(st);
                  break;
                }
              }
              break;
            }
        }
        // Where: a place or state after a locative preposition near the trigger, or "X in Y" just before it.
        for (const s of slotsIn(Math.max(from, i - 6), Math.min(to, i + 18))) {
          if (!isLocation(s.kind) || s.bareBase) continue;
          // Places inside the relative clause that names the subject ("which links A with B") are that clause's.
          if (relative && s.from >= relative.to && s.to <= i) continue;
          // "freed 'as a gesture to our brothers in X'": a place inside a quotation is the speaker's words.
          if (inQuote[s.from - from] && !inQuote[i - from]) continue;
          // "X, whose minister has acted in several Y cases, with securing the release": a place in a
          // relative clause opened and closed by commas before the trigger is that clause's.
          if (s.to <= i) {
            const c = clauseOpening(tokens, from, s.from - 1);
            if (c > from && /^(who|whose|which)$/.test(tokens[c].normal) && tokens.slice(s.to - 1, i - 1).some((x) => /,\s*$/.test(x.post))) continue;
          }
          const p = afterPrep(s) ?? '';
          const near = s.from > i ? s.from - i <= 16 : i - s.to <= 6;
          // "the Hurricane Center in Miami": the place of another name, not of the event.
          // But where one who takes part was ("signed by X and Y at the palace"), the event was.
          const owner = slots.find((o) => o.to === s.from - 1 && !isLocation(o.kind));
          if (owner && !occ.agents.includes(owner.key) && !occ.patients.includes(owner.key)) continue;
          // "his arrest at X last Sunday, and the battle that followed": a place before ", and" is the first conjunct's.
          // But "were tracked to a house in X, he said, and were killed": a second verb sharing the
          // first one's subject ("and" then only auxiliaries) happened there too.
          if (s.to <= i && /[,;]\s*(and|but)\b/i.test(text.slice(tokens[s.to - 1].end, t.start)) &&
            !/[,;]\s*and\s+(?:(?:was|were|had|has|have|been|then|later)\s+)+$/i.test(text.slice(tokens[s.to - 1].end, t.start))) continue;
          // "A and B, which share a patrol in the X, agreed to ...": a place inside a relative clause
          // closed before the trigger is the clause's.
          if (s.to <= i && insideRelative(tokens, from, s.from, i)) continue;
          // "the ambush echoed the 2023 attack on police in X": past another event word, a place is that event's.
          if (s.from > i + 1 && tokens.slice(i + 1, s.from).some((x, n) => !x.tags.includes('Verb') && triggersOf(x.normal.replace(/['’]s$/, '')).some((tr) => tr.kind === trigger.kind && needsMet(tr, tokens, i + 1 + n, from, to))) &&
            tokens.slice(i + 1, s.from).some((x) => x.tags.includes('Verb') && !x.tags.includes('Noun') && !AUXILIARY.test(x.normal))) continue;
          // "the accord was struck after talks in X": past "after"/"before" and another event's
          // word, a place is that event's.
          if (s.from > i + 1) {
            // So past "as", "when" or "amid" ("flew planes to X as floods in Y rose").
            const sub = tokens.slice(i + 1, s.from).findIndex((x) => /^(after|following|before|ahead|as|when|amid)$/.test(x.normal));
            if (sub >= 0 && tokens.slice(i + 2 + sub, s.from).some((x) => triggersOf(x.normal.replace(/['’]s$/, '')).length > 0)) continue;
          }
          // "signed a pact that will allow ships to dock at X": X is in another clause.
          if (s.from > i && tokens.slice(i + 1, s.from).some((x) => /^(that|which|who|whom|where|while|but|whose)$/.test(x.normal))) continue;
          // "The attack was condemned by the UN office in Geneva", "the strike, officials said in X":
          // past a verb of saying or reacting, a place is where that was said, not where it happened.
          if (s.from > i && tokens.slice(i + 1, s.from).some((x) => SPEECH.test(x.normal))) continue;
          // "a state visit, her first to Europe since taking office": inside an aside a comma opens
          // and none closes, a place belongs to the aside, not to the event; an aside closed again
          // ("the strike, in 2019, lasted days in Antwerp") and a place list ("to Lima, Peru") do not count.
          if (s.from > i) {
            // A comma between two names ("Kenya, Uganda and Tanzania") lists them: no aside.
            const listed = (m: number): boolean => slots.some((o) => o.to === m + 1) && slots.some((o) => o.from === m + 1);
            const breaks = tokens.slice(i, s.from - 1).filter((x, k) => /[,;:(\u2014\u2013]/.test(x.post) && !listed(i + k));
            if (breaks.length % 2 === 1) continue;
          }
          // "talks on the X dam", "a summit on Y": after a noun of discussion "on" names the topic,
          // not the venue.
          if (noun && s.from > i && p === 'on' && DISCUSSION.test(trigger.kind)) continue;
          // "X visited Kampala": the place visited is the destination.
          const visited = trigger.kind === 'visit' && !noun && s.from > i && p === t.normal;
          const where = !!trigger.wherePrep?.test(p) || (p === 'and' && slots.some((o) => isLocation(o.kind) && o.to < s.from && s.from - o.to <= 2 && LOCATION_PREPS.test(afterPrep(o) ?? '') && afterPrep(o) !== 'to'));
          if (near && (LOCATION_PREPS.test(p) || visited || where) && !(p === 'to' && trigger.kind !== 'visit' && !where)) {
            occ.locations.push(s.key);
            if (/^(near|outside|off)$/.test(p)) (occ.near ??= {})[s.key] ??= p;
            // "was signed in X": a place right after the verb is where, before one further on that
            // may belong to the object ("signed a concession for the deposit in Y").
            if (s.from > i && s.lead - i <= 3 && !tokens.slice(i + 1, s.lead).some((x) => x.tags.includes('Noun'))) (occ.direct ??= []).push(s.key);
            if (trigger.kind === 'visit' && s.from > i && (p === 'to' || visited)) occ.destinations.push(s.key);
            // Forces go by where they were sent: "deployed 300 troops to X".
            if (trigger.kind === 'deployment' && s.from > i && /^(to|into)$/.test(p)) occ.destinations.push(s.key);
            // An airlift goes by where it went: "reached X", "landed at Y".
            if (trigger.kind === 'flight' && s.from > i && /^(to|reached|reaching|reach|into|at)$/.test(p)) occ.destinations.push(s.key);
            // "flying food from X": where an airlift flies from is told so ("Flights from X").
            if (trigger.kind === 'flight' && s.from > i && p === 'from') (occ.near ??= {})[s.key] ??= 'from';
          }
        }
        // "boarded a trawler ... and escorted it to X", "seized the tanker and diverted it to Y": the
        // port a craft taken at sea is brought to, by a verb coordinated with the trigger, is where it ended.
        if (trigger.kind === 'boarding' && !noun) {
          const v = tokens.slice(i + 1, Math.min(to, i + 22)).findIndex((x, n, a) => /^(escorted|towed|diverted|brought|steered)$/.test(x.normal) && a[n - 1]?.normal === 'and' && /^(it|her|them)$/.test(a[n + 1]?.normal ?? '') && a[n + 2]?.normal === 'to');
          if (v >= 0 && !tokens.slice(i + 1, i + 1 + v).some((x) => /^(that|which|who|where|while|but)$/.test(x.normal) || /[;:]/.test(x.post))) {
            const port = slots.find((o) => o.from === i + 1 + v + 3 && isLocation(o.kind));
            if (port && !occ.locations.includes(port.key)) occ.locations.push(port.key);
          }
        }
        // "occupied the broadcaster in the capital": the capital of the state the story is told from,
        // when the article names that city (its dateline's).
        if (!occ.locations.some((k) => typeOf(k) !== 'state') && homeCapital) {
          // "through the Uruguayan capital": the home state's demonym may stand before the noun.
          const c = tokens.slice(i + 1, Math.min(to, i + 10)).findIndex((x, n, a) => {
            if (x.normal !== 'capital') return false;
            const d = a[n - 1] && demonymState(a[n - 1]) && `state:${slug(demonymState(a[n - 1])!)}` === home ? 1 : 0;
            return a[n - 1 - d]?.normal === 'the' && /^(in|at|near|outside|through|across|around)$/.test(a[n - 2 - d]?.normal ?? '');
          });
          if (c >= 0 && !tokens.slice(i + 1, i + 1 + c).some((x) => /^(that|which|who|where)$/.test(x.normal) || /[,;:]/.test(x.post))) occ.locations.push(homeCapital);
        }
        // "signed by Indian Defence Minister X and Maldivian Foreign Minister Y": a signer holding an
        // office of a state named by its demonym signs for that state, as "A's Prime Minister X" does.
        if (trigger.kind === 'signing')
          for (const s of slots) {
            if (s.kind !== 'person' || !occ.agents.includes(s.key)) continue;
            let k = s.from - 1;
            while (k >= from && k > s.from - 5 && !demonymState(tokens[k]) && (OFFICE.test(tokens[k].normal) || tokens[k].tags.includes('Title') || /^(minister|secretary|deputy|vice|foreign|defence|defense|interior|finance|trade|energy)$/.test(tokens[k].normal))) k--;
            const st = k >= from && k < s.from - 1 ? demonymState(tokens[k]) : undefined;
            if (!st) continue;
            const key = ensureDemonymState(entities, articleId, st, tokens[k], sm.sentence);
            if (!occ.agents.includes(key)) occ.agents.push(key);
            (occ.officeStates ??= []).push(key);
          }
        // "Mozambique held a general election": a state holds a vote in itself; it is where, not a candidate.
        if (trigger.kind === 'election' || trigger.kind === 'round')
          for (const k of occ.agents) if (typeOf(k) === 'state') occ.locations.push(k);
        // "released by Yemen's warring parties": the state names where, the parties are unnamed.
        // A deal is made between parties, not at one: "A and B's Y authorities agreed" has B as a party.
        if (trigger.keyBy === 'place' && trigger.kind !== 'signing')
          for (const s of slots) if (s.possessive && s.kind === 'state' && occ.agents.includes(s.key) && !occ.officeStates?.includes(s.key)) {
            occ.agents = occ.agents.filter((k) => k !== s.key);
            occ.locations.push(s.key);
          }
        // "Voters in Senegal go to the polls in a presidential election", "Soldiers in X ... announced
        // they had taken power": an event with no place of its own happens where the sentence's
        // subject is ("N in X" before the first verb).
        if (trigger.keyBy === 'place' && !trigger.natural && !trigger.joinOnly && !occ.locations.length) {
          const firstVerb = tokens.slice(from, i).findIndex((x) => x.tags.includes('Verb'));
          const limit = firstVerb < 0 ? i : from + firstVerb;
          // "A diplomat in X said the AU was kept informed throughout the talks": past a verb of saying,
          // a reported clause with a subject of its own is told of elsewhere, and the speaker's place
          // is not where it happened ("soldiers in X announced that they had seized power" still is).
          const reported = (s: Slot): boolean => {
            const k = tokens.slice(s.to, i).findIndex((x) => SPEECH.test(x.normal));
            return k >= 0 && slots.some((o) => o.from > s.to + k && o.to <= i && isActor(o.kind));
          };
          const home = slots.find((s) => (s.kind === 'state' || s.kind === 'place') && s.to <= limit && s.from - 2 >= from && tokens[s.from - 1].normal === 'in' && !slots.some((o) => o.to === s.from - 1) && !reported(s));
          if (home) occ.locations.push(home.key);
        }
        // "asked the court to annul last month's presidential election": a national vote with no place
        // in its sentence is held in the state the story is told from (its dateline's).
        if (trigger.kind === 'election' && !occ.locations.length && home && typeOf(home) === 'state' &&
          /^(presidential|parliamentary|legislative|general|national|snap|early|federal|mid-term|midterm)$/.test(prev)) occ.locations.push(home);
        // "the party petitioned the Supreme Court": the court asked takes part in the petition.
        if (trigger.kind === 'petition') {
          occ.agents.push(...occ.patients);
          occ.patients = [];
        }
        // "summoned Russia's ambassador, X": the envoy named in the apposition is whom it was aimed at.
        if (trigger.kind === 'summons') {
          const envoy = slotsIn(i + 1, Math.min(to, i + 9)).find((x) => x.kind === 'person');
          if (envoy) occ.patients = [envoy.key, ...occ.patients.filter((k) => k !== envoy.key)];
        }
        // "A Russian spy plane was intercepted by Spanish jets", "Chinese coastguard ships boarded a
        // Philippine boat": craft named by a demonym stand for their states, on either side.
        if (trigger.kind === 'boarding') {
          const craftOf = (lo: number, hi: number): { key: string; words: string } | undefined => {
            for (let k = Math.max(from, lo); k < Math.min(to, hi); k++) {
              const tk = tokens[k];
              const st = demonymState(tk);
              if (!st) continue;
              const head = tokens.slice(k + 1, Math.min(to, k + 5)).findIndex((x) => CRAFT.test(x.normal));
              if (head < 0 || tokens.slice(k + 1, k + 1 + head).some((x) => x.tags.includes('Verb') && !x.tags.includes('Noun') && !x.tags.includes('Adjective'))) continue;
              const words = `${tk.text.slice(0, tk.bareEnd - tk.start)} ${tokens[k + 1 + head].normal}`;
              return { key: ensureDemonymState(entities, articleId, st, tk, sm.sentence), words };
            }
            return undefined;
          };
          const by = tokens.slice(i + 1, Math.min(to, i + 4)).findIndex((x) => x.normal === 'by');
          const subjectSide = craftOf(i - 10, i);
          const otherSide = passive ? (by >= 0 ? craftOf(i + 2 + by, i + 6 + by) : undefined) : craftOf(i + 1, i + 6);
          const [undergoer, doer] = passive ? [subjectSide, otherSide] : [otherSide, subjectSide];
          if (undergoer && !occ.patients.length) {
            occ.patients.push(undergoer.key);
            occ.craft = undergoer.words;
          }
          if (doer && doer.key !== undergoer?.key && !occ.agents.length) occ.agents.push(doer.key);
        }
        // "Malaysian rescue boats searched the sea", "Indian helicopters rescued 40 people": craft or
        // teams named by a demonym act for their state.
        if (trigger.kind === 'rescue' && !occ.agents.length) {
          for (let k = Math.max(from, i - 6); k < i; k++) {
            const tk = tokens[k];
            const st = demonymState(tk);
            if (!st || tokens.slice(k + 1, i).some((x) => x.tags.includes('Verb') && !CREW.test(x.normal) && !AUXILIARY.test(x.normal))) continue;
            const crew = tokens.slice(k + 1, Math.min(to, i + 3)).some((x) => CREW.test(x.normal) && x.normal !== 'search');
            if (!crew) continue;
            const key = ensureDemonymState(entities, articleId, st, tk, sm.sentence);
            if (!occ.agents.includes(key)) occ.agents.push(key);
          }
        }
        // Nobody takes part in an earthquake: what it "struck" is where it happened.
        if (trigger.natural) {
          for (const k of [...occ.agents, ...occ.patients]) if (typeOf(k) === 'state' || typeOf(k) === 'place') occ.locations.push(k);
          occ.agents = [];
          occ.patients = [];
          if (!occ.locations.length) {
            const loc = slotsIn(i + 1, Math.min(to, i + 8)).find((s) => s.kind === 'state' || s.kind === 'place');
            if (loc) occ.locations.push(loc.key);
          }
          // "the X river burst its banks", "the Y dam overflowed": a place as the verb's own subject
          // (no preposition before it, no verb between) is where it happened.
          if (!occ.locations.length && !noun) {
            const own = [...slotsIn(Math.max(from, i - 6), i)].reverse().find((s) => s.kind === 'place' && !OBJECT_PREPS.has(afterPrep(s) ?? '') &&
              !tokens.slice(s.to, i).some((y) => y.tags.includes('Verb') && !AUXILIARY.test(y.normal) && !y.tags.includes('Noun')));
            if (own) occ.locations.push(own.key);
          }
          // "a road bridge over the X river near Y collapsed": places in the subject's own phrase.
          if (!occ.locations.length && !noun) {
            const np = subjectPhrase(tokens, from, i);
            for (const s of slotsIn(np, i)) if (s.kind === 'place' || s.kind === 'state') occ.locations.push(s.key);
          }
        }
        // "Mount X erupted", "the volcano on the island of Y erupted" after "the slopes of Mount X":
        // the mountain named is where; "the volcano" is the last volcano or mount named.
        if (trigger.kind === 'eruption') {
          const volcanic = (k: string): boolean => typeOf(k) === 'place' && /^(mount|mt\b|volcano)|volcano$/i.test(labelOf(k));
          const anaphor = tokens.slice(Math.max(from, i - 12), i).findIndex((x, k, a) => /^(volcano|mountain)$/.test(x.normal) && /^(the|this)$/.test(a[k - 1]?.normal ?? ''));
          let mount: string | undefined;
          if (anaphor >= 0) {
            const at = Math.max(from, i - 12) + anaphor;
            const idx = sentences.indexOf(sm);
            const pool = [...slots.filter((x) => x.to <= at).map((x) => x.key).reverse(), ...(idx > 0 ? [...sentences[idx - 1].keys].reverse() : [])];
            // Else the article's only volcano or mount ("the volcano" after a headline naming it).
            const only = [...entities.values()].filter((e) => volcanic(e.key));
            mount = pool.find((k) => !!k && volcanic(k)) ?? (only.length === 1 ? only[0].key : undefined);
          } else if (!noun) mount = [...slotsIn(Math.max(from, i - 6), i)].reverse().find((x) => volcanic(x.key) && !tokens.slice(x.to, i).some((y) => y.tags.includes('Verb') && !AUXILIARY.test(y.normal)))?.key;
          // "on the slopes of the X volcano ..., after a series of explosions": a place the sentence
          // calls a volcano ("the X volcano", "Mount X") is where its blasts happened.
          mount ??= slots.find((x) => x.kind === 'place' && (/^(volcano|volcán)$/.test(tokens[x.to]?.normal ?? '') || /^(mount|mt|volcano)$/.test(tokens[x.from - 1]?.normal ?? '')))?.key;
          if (mount) occ.locations.unshift(mount);
        }
        // "X was seized": only a person seized is abducted, and not by police or troops (an arrest).
        if (trigger.needsPerson && (!occ.patients.some((k) => typeOf(k) === 'person') ||
          (trigger.kind === 'abduction' && byAt >= 0 && tokens.slice(i + 2 + byAt, Math.min(to, i + 6 + byAt)).some((x) => FORCE_NOUN.test(x.normal) || /^(security|authorities|agents|gendarmes|gendarmerie)$/.test(x.normal))))) continue;
        if (trigger.kind === 'killing') occ.patients = occ.patients.filter((k) => typeOf(k) === 'person');
        // "the strike near X had killed Y", "Y was killed in the air strike": one killed by an attack
        // is its casualty, told by the attack's own event, not a killing of its own.
        if (trigger.kind === 'killing') {
          const byAttack = occurrences.some((o) => o.sentence === sm && o.trigger.kind === 'attack' && o.token.end <= t.start &&
            tokens.slice(o.at + 1, i).every((x) => !x.tags.includes('Verb') || AUXILIARY.test(x.normal) || x.tags.includes('Noun')));
          let k = i + 1;
          if (/^(in|by)$/.test(tokens[k]?.normal ?? '')) {
            k++;
            while (k < to && k < i + 6 && (tokens[k].tags.includes('Determiner') || tokens[k].tags.includes('Adjective') || tokens[k].tags.includes('Value') || ARMED_BEFORE.test(tokens[k].normal) || tokens[k].proper)) k++;
          }
          const inAttack = k > i + 1 && k < to && triggersOf(tokens[k].normal).some((tr) => tr.kind === 'attack' && !tr.needs);
          if (byAttack || inAttack) continue;
        }
        // Questioned, summoned, impeached: only a named person undergoes it, and after an active verb
        // only its direct object ("questioned X", "summoned the defence minister, X"), never a name
        // further on or one whose claim was questioned ("questioned X's account").
        if (trigger.personPatient) {
          occ.patients = occ.patients.filter((k) => {
            if (typeOf(k) !== 'person') return false;
            if (noun || passive) return true;
            const s = slots.find((x) => x.key === k && x.from > i);
            if (!s) return true;
            // "sacked the director of the port authority, X": the office of a body, then its holder in apposition.
            const apposed = /,\s*$/.test(tokens[s.lead - 1]?.post ?? '') && /^(the|its|his|her|their)$/.test(tokens[i + 1]?.normal ?? '') &&
              (OFFICE.test(tokens[i + 2]?.normal ?? '') || ROLE_HEAD.test(tokens[i + 2]?.normal ?? '')) && tokens[i + 3]?.normal === 'of' &&
              tokens.slice(i + 4, s.lead).every((x) => !x.tags.includes('Verb') || x.tags.includes('Noun'));
            if (apposed && !s.possessive) return true;
            return !s.possessive && tokens.slice(i + 1, s.lead).every((x) => x.tags.includes('Determiner') || x.tags.includes('Title') || x.tags.includes('Honorific') || x.tags.includes('Adjective') || x.proper || OFFICE.test(x.normal) || /^(minister|secretary|deputy|vice|foreign|defence|defense|interior|finance|former|chief|commander|,)$/.test(x.normal));
          });
        }
        // Only a state asks another to hand someone over: a judge asking for files is no extradition.
        if (trigger.kind === 'extraditionRequest' && !occ.agents.some((k) => typeOf(k) === 'state')) continue;
        // A state's craft sent to a disaster are its own act; a body's, or craft sent to help a
        // rescue, are parts of the relief told elsewhere.
        if (trigger.kind === 'aid') {
          occ.agents = occ.agents.filter((k) => typeOf(k) === 'state');
          if (!occ.agents.length || tokens.slice(i + 1, to).some((x, n, a) => x.normal === 'help' && HELP_RESCUE.test(a[n + 1]?.normal ?? ''))) continue;
        }
        // "the farm was encircled by police, and the gunmen surrendered": who gave up is in the
        // verb's own clause, not the one before ", and".
        if (trigger.kind === 'surrender') {
          const before = (k: string): Slot | undefined => slots.find((x) => x.key === k && x.to <= i);
          occ.agents = occ.agents.filter((k) => { const s = before(k); return !s || !/,\s*(and|but)\s/i.test(text.slice(tokens[s.to - 1].end, t.start)); });
          if (!occ.agents.length) continue;
        }
        // "a plot to seize X and detain Y": those named after the infinitive are its targets; who
        // plotted is told elsewhere if at all (the subject of "suspected of plotting" is not it).
        if (trigger.kind === 'plot') {
          occ.agents = [];
          occ.patients = [];
          occ.locations = [];
          if (tokens[i + 1]?.normal === 'to') {
            let end = i + 2;
            while (end < Math.min(to, i + 16) && !/^(that|which|who|because|after|before|when|while|but)$/.test(tokens[end].normal) && !/[,;:]/.test(tokens[end - 1].post)) end++;
            occ.patients = slotsIn(i + 2, end).filter((s) => isActor(s.kind) || s.kind === 'place' || s.kind === 'base').map((s) => s.key);
          }
        }
        // A state expels people (diplomats, reporters, a named envoy); "ordered US forces to leave"
        // or "expelled Uruguayan troops" is a withdrawal demanded, not an expulsion.
        if (trigger.kind === 'expulsion') {
          occ.patients = occ.patients.filter((k) => typeOf(k) === 'person');
          if (!EXPELLED.test(occ.actedOn?.split(' ').pop() ?? '')) occ.actedOn = undefined;
        }
        // A vessel sinks, not a person: a ship's name read as a person's is left out.
        if (trigger.kind === 'sinking') occ.patients = occ.patients.filter((k) => typeOf(k) !== 'person');
        for (const k of [...occ.agents, ...(trigger.thingPatient ? [] : occ.patients)]) if (typeOf(k) === 'place' && trigger.kind !== 'attack') occ.locations.push(k);
        occ.agents = occ.agents.filter((k) => typeOf(k) !== 'place' && !occ.locations.includes(k));
        // The chamber's state acts; it is not where ("lawmakers in X" names whose lawmakers).
        if (occ.chamber) {
          occ.locations = occ.locations.filter((k) => k !== occ.chamber);
          if (!occ.agents.includes(occ.chamber)) occ.agents.unshift(occ.chamber);
        }
        // Patients of arrests, trials and suspensions are people, groups or states: never places.
        // A cable damaged or a town captured is a named thing: only such a thing (thingOnly).
        occ.patients = occ.patients.filter((k) => typeOf(k) !== 'place' && typeOf(k) !== 'base' || trigger.kind === 'attack' || !!trigger.thingPatient);
        if (trigger.thingOnly) occ.patients = occ.patients.filter((k) => typeOf(k) === 'place' || typeOf(k) === 'base');
        if (trigger.thingPatient) occ.patients = occ.patients.filter((k) => typeOf(k) !== 'person');
        if (trigger.thingPatient) occ.locations = occ.locations.filter((k) => !occ.patients.includes(k));
        // The facility leased is what the deal is about; places named inside the lease's phrase
        // ("the runway at X") describe it, not where the vote or the signing happened.
        if (occ.leased) {
          const { site, from: a, to: b } = occ.leased;
          occ.locations = occ.locations.filter((k) => !slots.some((o) => o.key === k && o.from >= a && o.to <= b));
          if (!occ.patients.includes(site)) occ.patients.push(site);
        }
        // "an arrangement announced by X": the noun is the thing concluded.
        if (trigger.kind === 'signing' && noun) occ.object = normal;
        // "agreed on Monday to double patrols in X": what follows "to" is what was agreed, not
        // where; the assent names no thing signed.
        else if (trigger.infinitive) {
          const at = tokens.slice(i + 1, Math.min(to, i + 5)).findIndex((x) => x.normal === 'to') + i + 1;
          occ.locations = occ.locations.filter((k) => !slots.some((o) => o.key === k && o.from > at));
        } else if (trigger.kind === 'signing' && trigger.needs) {
          // The thing signed: after the verb, or before it in the passive ("the charter was signed").
          const order = [...Array(8).keys()].map((d) => i + 1 + d).concat(passive ? [i - 1, i - 2, i - 3] : []);
          for (const k of order) {
            if (k < from || k >= to || !trigger.needs.test(tokens[k].normal)) continue;
            // "a signing ceremony": the ceremony is the act, not what was signed.
            if (tokens[k].normal === 'ceremony') continue;
            let s = k;
            // "a 30-year concession": a word hyphened to a number is part of a measure, left out with it.
            while (s - 1 > (k > i ? i : from - 1) && !tokens[s - 1].proper && /^[a-z-]+$/.test(tokens[s - 1].text) && !/^(a|an|the|new|its|their|his|her)$/.test(tokens[s - 1].normal) && !/-$/.test(tokens[s - 2]?.post ?? '')) s--;
            occ.object = tokens.slice(s, k + 1).map((x) => x.normal).join(' ');
            break;
          }
        }
        // "the Nigerian naira slid": a currency named by its state's demonym is that state's.
        if (trigger.kind === 'slide' && !occ.locations.length)
          for (let k = Math.max(from, i - 3); k < i; k++) {
            const st = demonymState(tokens[k]);
            if (st && tokens.slice(k + 1, i).some((x) => trigger.needs!.test(x.normal))) occ.locations.push(ensureDemonymState(entities, articleId, st, tokens[k], sm.sentence));
          }
        // "closed two border crossings": what a state closed, for the label.
        if (trigger.kind === 'closure') {
          const k = tokens.slice(i + 1, Math.min(to, i + 6)).findIndex((x) => FRONTIER_WORD.test(x.normal));
          if (k >= 0) {
            let at = i + 1 + k;
            if (FRONTIER_WORD.test(tokens[at + 1]?.normal ?? '') && at + 1 < to) at++;
            occ.object = (tokens[at - 1]?.normal === 'border' && at - 1 > i ? 'border ' : '') + tokens[at].normal;
          }
        }
        // "elected X as prime minister": the office filled, for the label.
        if (trigger.kind === 'elected') {
          const k = tokens.slice(i + 1, Math.min(to, i + 8)).findIndex((x) => OFFICE.test(x.normal));
          if (k >= 0) {
            const words: string[] = [];
            for (let j = i + 1 + k; j < to && words.length < 3 && /^[a-z-]+$/i.test(tokens[j].text.slice(0, tokens[j].bareEnd - tokens[j].start)) && (words.length === 0 || /^(minister|general|of|state)$/.test(tokens[j].normal)); j++) {
              words.push(tokens[j].normal);
              if (/[,.;]/.test(tokens[j].post)) break;
            }
            occ.object = words.join(' ').replace(/ of$/, '');
          }
          occ.patients = occ.patients.filter((k) => typeOf(k) === 'person' || typeOf(k) === 'organization');
        }
        // Dates: the nearest phrase in the sentence.
        let best: DateMention | undefined;
        let gap = 90;
        sentenceDates ??= datesOf(sm);
        const daysAhead = daysLaterAhead(text.slice(t.end, sentence.end));
        for (const d of sentenceDates) {
          // "the largest since 2023": a bound, not the event's date.
          // But "the worst since March 2025, when the two countries signed": the "when" clause's date.
          if (/\bsince\s*$/i.test(text.slice(Math.max(0, d.start - 7), d.start)) && !(d.end <= t.start && /^\s*,\s*when\b/i.test(text.slice(d.end, t.start)) && !/[,;]/.test(text.slice(d.end, t.start).replace(/^\s*,/, '')))) continue;
          // Another event may stand between ("marched on Monday, a day after X was detained"): the span names this one.
          // "on Monday night, a day after X was detained": counted back from the clause's day.
          const spanBefore = d.end <= t.start ? dateSpanBefore(d.date, text.slice(d.end, t.start)) : undefined;
          if (spanBefore) {
            best = { ...d, date: spanBefore };
            gap = 0;
            continue;
          }
          // "made landfall on Sunday, and relief flights began reaching X a day later": counted on from that day.
          const spanAhead = d.end <= t.start ? dateSpanAhead(d.date, daysAhead) : undefined;
          if (spanAhead) {
            best = { ...d, date: spanAhead };
            gap = 0;
            continue;
          }
          // "the ambush echoed the 2023 attack": a year naming another event word is that event's date.
          let named = from;
          while (named < to && tokens[named].start < d.end) named++;
          if (named < to && named !== i && YEAR_WORD.test(d.text.trim()) && triggersOf(tokens[named].normal.replace(/['’]s$/, '')).length) continue;
          // "The ballot was convened last spring by X": a date after the participle dates the convening.
          if (nounPassive && d.start >= t.end) continue;
          // After the trigger, a date past a "since" belongs to another clause; one past "claimed"
          // ("the attack ... was claimed on Tuesday by X") dates the claim.
          if (d.start >= t.end && /\b(since|claimed)\b/.test(text.slice(t.end, d.start))) continue;
          // Another event word between them takes the date ("the coup follows an election last month").
          const between = d.start >= t.end ? [t.end, d.start] : [d.end, t.start];
          // Only a word that names an event there counts: "took" in "which took effect in April" is no coup.
          let other = false;
          // The date closes the clause of the event noun's own verb ("A strike on ..., in the Y
          // region, killed 14 fighters on Thursday"): its date however long the noun's phrase.
          let viaOwnVerb = false;
          for (let k = from; k < to && !other; k++) {
            const x = tokens[k];
            // "freed them in a night raid late on Monday": an event noun in a phrase of manner
            // after the trigger ("in a raid", "during an operation") is this event's setting.
            const setting = x.start > t.end && tokens.slice(Math.max(from, k - 3), k).some((y) => /^(in|during)$/.test(y.normal));
            // "A drone strike on a convoy killed 19 people on 15 July": the event noun's own verb, in
            // its clause, tells what it did; the date is the event's.
            // An aside closed again between them ("a strike on a convoy near X, in the Y region,
            // killed") leaves the noun and its verb in one clause: commas in pairs do not part them.
            // A comma or "and" between listed names ("talks between A, B and C ... ended") parts nothing.
            const span = x.start > t.end ? text.slice(t.end, x.start).replace(LISTING_COMMA, '') : '';
            const ownVerb = noun && x.start > t.end && !x.tags.includes('Noun') && x.tags.includes('Verb') && x.end <= between[1] &&
              !/[;:()]|\b(that|which|who|whom|where|when|after|before|while|since|because|and|but|said|says)\b/i.test(span) && (span.match(/,/g)?.length ?? 0) % 2 === 0;
            if (ownVerb) {
              if (x.end <= d.start && !/[,;:()]|\b(that|which|who|whom|where|when|after|before|while|since|because|and|but)\b/i.test(text.slice(x.end, d.start))) viaOwnVerb = true;
              continue;
            }
            // A word the one before it makes no event ("exchanged fire") takes no date either.
            if (x.start >= between[0] && x.end <= between[1] && !setting) other = triggersOf(x.normal.replace(/['’]s$/, '')).some((tr) => needsMet(tr, tokens, k, from, to) && !tr.notAfter?.test(tokens[k - 1]?.normal ?? ''));
          }
          if (other) continue;
          // Before the trigger across a comma, only a date opening the sentence ("Last month, ...") is its date.
          // "French troops left in December, and the last US soldiers handed over the base in
          // August": a date before ", and" belongs to the first clause.
          if (d.end <= t.start && /[,;]\s*(and|but|while|whereas)\b/i.test(text.slice(d.end, t.start))) continue;
          // "X said on Tuesday it had rescued ...": a day after a verb of saying dates the saying,
          // not the act reported after it.
          if (d.end <= t.start && /\b(said|says|told|announced|confirmed|reported|stated|added)\s+(on\s+|late\s+|early\s+)?$/i.test(text.slice(Math.max(0, d.start - 18), d.start))) continue;
          // "memories of 2019, when the court annulled ...": a "when" clause is dated by the date it follows.
          // But "X, in a televised address on Wednesday, ordered the deployment": a date in an aside
          // set off between a subject and the verb governing the event word is that verb's.
          const aside = /,\s*(in|at|during|on)\b[^,;]*$/i.test(text.slice(sentence.start, d.start)) && /^[^,;]*,\s*[a-z]+\s+(?:(?:the|a|an|its|his|her|their)\s+)?$/i.test(text.slice(d.end, t.start));
          if (d.end <= t.start && /[,;]/.test(text.slice(d.end, t.start)) && d.start - sentence.start > 25 && !/^\s*,\s*when\b/i.test(text.slice(d.end, t.start)) && !aside) continue;
          // "took effect on Sunday after weeks of talks": the talks came before; a day is the other
          // clause's. A month ("agreed last month after five weeks of talks") is coarse enough to hold both.
          if (d.end <= t.start && /\b(before|since|until|ahead\s+of)\b/i.test(text.slice(d.end, t.start))) continue;
          if (d.end <= t.start && /\b(after|following)\b/i.test(text.slice(d.end, t.start)) && !(d.date && d.date.length <= 7)) continue;
          let g = d.start >= t.end ? d.start - t.end : t.start >= d.end ? t.start - d.end : 0;
          // "freed five engineers in a night raid on a camp near the border late on Monday": a date
          // closing the verb's own clause (no comma, no clause word before it) is its date however
          // long the phrases between.
          if (g > 90 && viaOwnVerb) g = 90;
          if (g > 90 && d.start >= t.end && !noun && !/[,;:()]|\b(that|which|who|whom|where|when|after|before|while|since|because|and|but)\b/i.test(text.slice(t.end, d.start))) g = 90;
          if (g <= gap) {
            best = d;
            gap = g;
          }
        }
        occ.date = best;
        // "the fighting had displaced millions": with no date, span or onset, fighting is a state of
        // affairs (a war), not one bout of it.
        // "the funeral", "the fighting" after a dated one of its kind: that one again.
        const toldBefore = prev === 'the' && occurrences.some((o) => o.trigger.kind === trigger.kind && !!o.date);
        if (trigger.bounded && !best && !toldBefore) {
          const span = tokens.slice(Math.max(from, i - 5), i).some((x) => BOUT_SPAN.test(x.normal));
          const onset = tokens.slice(i + 1, Math.min(to, i + 4)).some((x) => BOUT_ONSET.test(x.normal));
          if (!span && !onset) continue;
        }
        // "the 2019 strike", "the 2024 uprising": a year naming the event dates it.
        const yearBefore = YEAR_WORD.test(prev) ? tokens[i - 1] : undefined;
        if (yearBefore) occ.date = { start: yearBefore.start, end: yearBefore.end, text: yearBefore.text, date: yearBefore.text };
        const year = occ.date && /\b\d{4}\b/.test(occ.date.text) && occ.date.date ? Number(occ.date.date.slice(0, 4)) : undefined;
        if (year && currentYear && year < currentYear) occ.bucket = String(year);
        // "the worst since 2009, when a fire killed 40": the past event a record is measured
        // against is background to the story.
        const c = clauseOpening(tokens, from, i - 1);
        if (c > from + 1 && tokens[c].normal === 'when' && tokens[c - 2].normal === 'since' && YEAR_WORD.test(tokens[c - 1].normal)) continue;
        // "X last sent helicopters to Y in 2011": the precedent of the story's act, not news.
        if (prev === 'last' && !noun && tokens.slice(i + 1, to).some((x) => YEAR_WORD.test(x.normal) && Number(x.normal) < currentYear)) continue;
        // "Da Costa, who was dismissed from the army in 2023, was arrested": an act of a past year
        // told in a relative clause describes one of the story's people; it is background, not
        // something the story reports happening.
        if (occ.bucket) {
          // Only where the relative pronoun is what underwent or did it ("who was dismissed", "who
          // had resigned"); "which the rebels captured in 2030" tells of an act with its own party.
          if (c > from && /^(who|which)$/.test(tokens[c].normal) && tokens.slice(c + 1, i).every((x) => AUXILIARY.test(x.normal) || BE.test(x.normal) || /^(later|briefly|first|once)$/.test(x.normal))) continue;
          // "a similar deal collapsed in 2019 after protests", "was shelved in 2020 amid unrest": an
          // event of a past year named only as the cause of another is background to the story.
          let v = i - 1;
          while (v > from && (tokens[v].tags.includes('Determiner') || tokens[v].tags.includes('Adjective'))) v--;
          if (/^(after|following|amid|amidst)$/.test(tokens[v]?.normal ?? '') && occ.date && occ.date.end <= tokens[v].start) continue;
        }
        // Another name for an event found elsewhere adds a mention and reactions, never parts or places.
        // Nor a date another verb holds: "the deal was approved in June" dates the approval, not the
        // signing it names ("signed on Wednesday an agreement" keeps its own verb's date).
        if (trigger.joinOnly && occ.date) {
          const d = occ.date;
          const [a, b] = d.start >= t.end ? [t.end, d.start] : [d.end, t.start];
          if (tokens.slice(from, to).some((x) => x.start >= a && x.end <= b && x.tags.includes('Verb') && !AUXILIARY.test(x.normal) && !BE.test(x.normal) &&
            !triggersOf(x.normal).some((tr) => tr.kind === trigger.kind))) occ.date = undefined;
        }
        // The deal noun's own preposition ("with", "between") and the first name it governs, past
        // determiners only.
        const dealPrep = trigger.kind === 'signing' && noun && !/[,;:]/.test(t.post) ? tokens[i + 1]?.normal : undefined;
        const governed = dealPrep === 'with' || dealPrep === 'between' ? slots.find((o) => o.from > i + 1 && tokens.slice(i + 2, o.lead).every((x) => x.tags.includes('Determiner'))) : undefined;
        // "the deal with X's party", "an agreement with the Y": the name the deal noun's own "with"
        // governs, past its possessors, is the party it was made with, however the deal is named.
        if (dealPrep === 'with') {
          let head = governed;
          while (head?.possessive) head = slots.find((o) => o.from === head!.to) ?? head;
          if (head && isActor(head.kind) && !head.possessive) occ.counterparts = [head.key];
          for (const k of occ.counterparts ?? []) if (!occ.agents.includes(k)) occ.agents.push(k);
        }
        // "a defence agreement between A and B": both parties named with the deal noun.
        if (dealPrep === 'between') {
          const first = governed;
          const second = first && slots.find((o) => o.from > first.to && tokens.slice(first.to, o.lead).every((x) => x.normal === 'and' || x.tags.includes('Determiner')));
          if (first && second && [first, second].every((o) => isActor(o.kind) || isLocation(o.kind))) occ.between = [first.key, second.key];
        }
        if (trigger.joinOnly) {
          occ.agents = [...(occ.counterparts ?? [])];
          occ.patients = [];
          occ.locations = [];
          occ.destinations = [];
        }

        // "a drone strike on a convoy of fuel trucks": the head noun of what it hit, for a later "the convoy was hit".
        if (trigger.kind === 'attack' && noun && !trigger.joinOnly && /^(on|against)$/.test(tokens[i + 1]?.normal ?? '')) {
          let k = i + 2;
          while (k < to && (tokens[k].tags.includes('Determiner') || tokens[k].tags.includes('Adjective') || tokens[k].tags.includes('Value'))) k++;
          if (k < to && tokens[k].tags.includes('Noun') && !tokens[k].proper) struckNouns.add(tokens[k].normal);
        }
        // "X died when rebels opened fire on the convoy": the person the main clause tells was killed
        // or hurt is whom the attack in the "when" clause hit.
        if (trigger.kind === 'attack' && !trigger.joinOnly && !occ.patients.length) {
          const hit = attackVictim(tokens, slots, from, i);
          if (hit) {
            occ.patients.push(hit);
            occ.victim = true;
          }
        }
        // "planes flying from X air base rescued the crew": the base the craft work from takes part.
        if ((trigger.kind === 'rescue' || trigger.kind === 'evacuation') && !trigger.joinOnly)
          for (const key of craftBases(tokens, slots, from)) if (!occ.agents.includes(key)) occ.agents.push(key);
        occurrences.push(occ);
        found.add(trigger.kind);
      }
    }
  });

  // "Soldiers detained President X and announced they had seized power": a coup whose own clause
  // names nobody is aimed at whom its authors detained or ousted in the same breath.
  for (const o of occurrences) {
    if (o.trigger.kind !== 'coup' || o.agents.length || o.patients.length) continue;
    const act = occurrences.find((x) => x !== o && x.sentence === o.sentence && /^(arrest|ouster)$/.test(x.trigger.kind) && x.patients.length && coordinatedActs(text, x.token, o.token));
    if (act) o.patients.push(...act.patients);
  }

  // Ships the article names: "the tanker X", "aboard the X", "the Panama-flagged X", "X, the crude tanker".
  const vessels = new Set<string>();
  for (const sm of sentences)
    sm.mentions.forEach((m, n) => {
      const key = sm.keys[n];
      if (!key || !entities.has(key) || typeOf(key) === 'person' || typeOf(key) === 'state') return;
      let k = m.from - 1;
      // "the 68-metre X", "the 40,000-tonne Y": a measure before a ship's name is its modifier.
      while (k >= sm.from && k >= m.from - 3 && (tokens[k].tags.includes('Determiner') || /^[\d,.]+-(metre|meter|foot|feet|tonne|ton|m)s?$/.test(tokens[k].normal) || (tokens[k].tags.includes('Value') && /-$/.test(tokens[k].post)) ||
        (/^(metre|meter|metres|meters|foot|feet|tonne|tonnes|ton|tons)$/.test(tokens[k].normal) && /-$/.test(tokens[k - 1]?.post ?? '')) || (tokens[k].tags.includes('Adjective') && !tokens[k].tags.includes('Preposition') && !LOCATION_PREPS.test(tokens[k].normal) && !/flagged$/.test(tokens[k].normal)))) k--;
      const lead = k >= sm.from ? tokens[k].normal : '';
      // "the patrol ship X", "the frigate Y", "the coast guard vessel Z": a state's own craft, the
      // one that boards, never the one boarded.
      if (/^(frigate|destroyer|corvette|cutter|warship|submarine|carrier|cruiser)$/.test(lead) || /^(patrol|naval|navy|coastguard|guard|military|research)$/.test(tokens[k - 1]?.normal ?? '')) return;
      let apposed = false;
      if (/,\s*$/.test(tokens[m.to - 1].post) && /^(the|a|an)$/.test(tokens[m.to]?.normal ?? ''))
        for (let j = m.to + 1; j < Math.min(sm.to, m.to + 5) && !apposed; j++) {
          if (SHIP.test(tokens[j].normal)) apposed = true;
          else if (tokens[j].tags.includes('Verb') && !tokens[j].tags.includes('Adjective')) break;
        }
      if (SHIP.test(lead) || /^(aboard|flagged)$/.test(lead) || /-flagged$/.test(lead) || apposed) vessels.add(key);
    });
  // "Iranian forces boarded a Greek-owned tanker" in a story naming one ship: that ship was boarded,
  // as other outlets name it ("the Aegean Star, detained on Sunday").
  if (vessels.size === 1) {
    const [ship] = vessels;
    for (const o of occurrences)
      if (o.trigger.kind === 'boarding' && (o.craft || !o.patients.length) && tokens.slice(o.at + 1, Math.min(o.sentence.to, o.at + 10)).some((x) => SHIP.test(x.normal))) {
        o.patients = [ship];
        o.craft = undefined;
      }
  }
  // The passive verb's subject is "the <singular noun>" opening the clause ("The owner of a mine was arrested").
  const describedPatient = (occ: Occurrence): boolean => {
    const i = occ.at;
    const { from } = occ.sentence;
    if (!(occ.token.tags.includes('Passive') || BE.test(tokens[i - 1]?.normal ?? ''))) return false;
    let k = from;
    if (/^(the)$/.test(tokens[k]?.normal ?? '') === false) return false;
    k++;
    while (k < i && tokens[k].tags.includes('Adjective')) k++;
    const head = tokens[k];
    return !!head && head.tags.includes('Noun') && !head.tags.includes('Plural') && !head.proper && tokens.slice(k + 1, i).every((x) => !x.tags.includes('Verb') || BE.test(x.normal) || AUXILIARY.test(x.normal));
  };
  // The named body (an organisation or a state) that did an act to someone or something left
  // unnamed: an active verb's subject with a common noun phrase as its object ("the coast guard
  // intercepted a fishing boat"), or the agent an event noun's passive names ("the attack was
  // carried out by X"). A person as the subject keeps the act unkeyed: officials' deeds without an
  // object named are told in passing far more often than official acts are.
  // A toll ("killed hundreds") or a person's removal ("dismissed the claim") is no such act.
  // Read once per occurrence: its parties are settled before the first reading (grouping) and
  // left as they are after it.
  const bodyActs = new Map<Occurrence, string | undefined>();
  const bodyAct = (occ: Occurrence): string | undefined => {
    if (bodyActs.has(occ)) return bodyActs.get(occ);
    const body = bodyActOf(occ);
    bodyActs.set(occ, body);
    return body;
  };
  const bodyActOf = (occ: Occurrence): string | undefined => {
    const { trigger } = occ;
    if (trigger.keyBy !== 'patient' || occ.patients.length || trigger.personPatient || trigger.kind === 'killing') return undefined;
    if (occ.actedOn)
      return occ.agents.find((k) => typeOf(k) === 'state' || (typeOf(k) === 'organization' && OFFICIAL_BODY.test(labelOf(k))));
    // An event noun's agent is named after it, in its own passive ("was carried out by X").
    const noun = !occ.token.tags.includes('Verb') || occ.token.tags.includes('Noun');
    const { end } = occ.sentence.sentence;
    return noun ? occ.agents.find((k) => typeOf(k) === 'organization' && entities.get(k)!.mentions.some((m) => m.start > occ.token.end && m.start < end)) : undefined;
  };
  // Group the occurrences into events.
  // Two outlets' stories of one event are keyed alike by the state they are about: the dateline's
  // state before the state an article happens to name most (a militia chief's flight from abroad).
  const mainState = (home && entities.get(home)?.type === 'state' ? home : undefined) ?? [...entities.values()].filter((e) => e.type === 'state').sort((a, b) => b.mentions.length - a.mentions.length)[0]?.key;
  interface Group { kind: string; id: string; occ: Occurrence[]; centre?: string }
  const groups: Group[] = [];
  const unnamed: Occurrence[] = [];
  for (const occ of occurrences) {
    const { trigger } = occ;
    const centre =
      // "An air strike hit a market in Idlib": an attack on nobody named is known by where it struck.
      // An armed strike on a group or a state at a named spot is known by the spot: one outlet's
      // "strike on X's fighters near Y" and another's "strike outside Y" are one strike. A person
      // struck keeps it (an attack on someone).
      trigger.kind === 'attack' && occ.patients.every((k) => typeOf(k) !== 'person') && occ.locations.some((l) => typeOf(l) === 'place') ? occ.locations.find((l) => typeOf(l) === 'place')
      : trigger.keyBy === 'patient' ? occ.patients.find((k) => typeOf(k) !== 'place' || !!trigger.thingPatient) ?? (trigger.kind === 'attack' ? occ.locations.find((l) => typeOf(l) !== 'state') ?? occ.locations[0] : undefined)
      : trigger.keyBy === 'agent' ? occ.agents.find((k) => typeOf(k) === 'person' || typeOf(k) === 'organization') ?? occ.agents[0]
      : undefined;
    // Two months apart are two events ("the release follows an exchange in March").
    const month = (o: Occurrence): string | undefined => (o.date?.date && o.date.date.length >= 7 ? o.date.date.slice(0, 7) : undefined);
    const compatible = (g: Group): boolean => {
      const m = month(occ);
      return !m || g.occ.every((o) => !month(o) || month(o) === m);
    };
    const sameKind = groups.filter((g) => g.kind === trigger.kind && g.occ[0].bucket === occ.bucket && compatible(g));
    let g: Group | undefined;
    // Two people released (or abducted) apart, each named, are two events: a group whose named
    // captives are all others is not this one's.
    const people = (o: Occurrence): string[] => o.patients.filter((k) => typeOf(k) === 'person');
    if (trigger.keyBy === 'place' && (trigger.kind === 'abduction' || trigger.kind === 'release') && people(occ).length)
      g = sameKind.find((x) => { const held = x.occ.flatMap(people); return !held.length || held.some((k) => people(occ).includes(k)); });
    // "the deal with X" after "the deal with Y" is another deal: a deal noun naming the party it
    // was made with joins only a signing made with that party or with none named yet.
    else if (trigger.keyBy === 'place') g = sameKind.find((x) => sameCounterpart(x.occ, occ));
    else if (centre) {
      g = sameKind.find((x) => x.centre === centre);
      // "X was wounded when rebels opened fire" after "a convoy was attacked near Y": the one attack
      // the article told, now with whom it hit.
      if (!g && occ.victim) {
        const unpeopled = sameKind.filter((x) => x.occ.every((o) => o.patients.every((k) => typeOf(k) !== 'person')));
        if (unpeopled.length === 1) g = unpeopled[0];
      }
      // "A and B sent helicopters ... B sent a tanker plane": one state's craft told again after both.
      if (!g && trigger.kind === 'aid') g = sameKind.find((x) => x.occ.some((o) => o.agents.includes(centre)));
      // "A and B were detained in the same operation": one more person at the centre of the event
      // of its kind told before, not another event.
      const { from, to } = occ.sentence;
      const k = occ.at;
      if (!g && sameKind.length && tokens.slice(k + 1, Math.min(to, k + 8)).some((x, n, a) => x.normal === 'same' && a[n - 1]?.normal === 'the' &&
        /^(operation|raid|raids|sweep|swoop|crackdown|investigation|case|attack|incident|strike|sting)$/.test(a[n + 1]?.normal ?? '')) && k >= from) g = sameKind[sameKind.length - 1];
    }
    else if (sameKind.length) g = sameKind[sameKind.length - 1]; // "his arrest", "the visit": the latest one named
    // "The fires began in early May near X and Y": a disaster named again with "the" is the one
    // the article told, not another wherever it names places or months; where it began adds no place.
    if (!g && trigger.natural && !occ.bucket && /^(the|this)$/.test(tokens[occ.at - 1]?.normal ?? '')) {
      g = [...groups].reverse().find((x) => x.kind === trigger.kind && !x.occ[0].bucket);
      if (g) occ.locations = [];
    }
    // Another name for an event the relation pass found ("rejected the result" after "won the election").
    const foundEarlier = existingEvents.some((e) => [trigger.kind, ...(KIND_FAMILY[trigger.kind] ?? [])].includes(e.eventKind ?? ''));
    if (!g) {
      if (trigger.joinOnly && !foundEarlier) continue;
      if (trigger.keyBy !== 'place' && !centre) {
        // nobody at its centre: nothing to name it by, unless the article later names the one event of its kind.
        // An armed strike on something unnamed ("a drone strike on a convoy") is the article's one attack told later by its place.
        // So is a storming of premises described before the body is named ("occupied the state broadcaster").
        if (!trigger.joinOnly && (trigger.thingPatient || trigger.kind === 'attack' || trigger.kind === 'storming')) unnamed.push(occ);
        // "The owner of a gold mine was arrested on Sunday", then "X ... was detained": a person
        // first described by a definite singular noun as the passive's subject, named later.
        else if (!trigger.joinOnly && trigger.keyBy === 'patient' && describedPatient(occ)) unnamed.push(occ);
        // "the national guard intercepted a boat", "X suspended crude exports": an official act of
        // a named body on something it leaves unnamed is known by the body, unless it is the
        // article's one event of its kind told again (below).
        else if (!trigger.joinOnly && bodyAct(occ)) unnamed.push(occ);
        continue;
      }
      // Told apart from an event of its kind by its month: the month joins its identity.
      const splitOff = groups.some((x) => x.kind === trigger.kind && x.occ[0].bucket === occ.bucket && !compatible(x));
      if (splitOff && !occ.bucket && month(occ)) occ.bucket = month(occ);
      g = { kind: trigger.kind, id: '', occ: [], centre };
      groups.push(g);
    }
    // "the army agreed to keep its jets grounded" after the deal was told signed: a term of that
    // deal, which adds a mention, not parties or places.
    if (trigger.infinitive && g.occ.some((o) => !o.trigger.infinitive)) {
      occ.agents = [];
      occ.locations = [];
    }
    g.occ.push(occ);
  }

  // "Finnish authorities on Sunday boarded a cargo ship" before "the ship, X, was intercepted": a
  // thing first described and named later; a mention with nothing at its centre, ahead of the
  // article's only event of its kind, is that event.
  // "Guards exchanged fire on Tuesday ... X said Y's troops had fired mortars at a post": shots
  // fired, undated, in a story of a dated bout of fighting are that bout; both sides fought in it.
  // "Taiwan sent three coastguard cutters" in a story of a search at sea: craft a state sends where a
  // rescue is told are its part in that rescue, not an act of their own.
  // So are craft told landing or flying in with relief when the article tells one such airlift.
  const airlifts = groups.filter((g) => g.kind === 'flight' && !g.occ[0].bucket);
  const rescue = groups.find((g) => g.kind === 'rescue' && !g.occ[0].bucket) ?? (airlifts.length === 1 ? airlifts[0] : undefined);
  if (rescue)
    for (const g of groups.filter((x) => x.kind === 'aid' && !x.occ[0].bucket)) {
      rescue.occ.push(...g.occ);
      groups.splice(groups.indexOf(g), 1);
    }
  const bout = groups.find((g) => g.kind === 'clashes' && !g.occ[0].bucket && g.occ.some((o) => o.date));
  if (bout)
    for (const g of groups.filter((x) => x.kind === 'attack' && x.occ.every((o) => !o.date && /^(fired|fires|firing)$/.test(o.token.normal)))) {
      for (const o of g.occ) {
        o.agents = [...new Set([...o.agents, ...o.patients])];
        o.patients = [];
        bout.occ.push(o);
      }
      groups.splice(groups.indexOf(g), 1);
    }
  // "leaving the talks to the ministry and the UN" in a story of a ceasefire or a signed deal:
  // talks with no date or place of their own are the negotiations that made it, one event.
  // An assent told only as "A and B agreed to ..." is no deal that talks made: the talks stay an event.
  const outcome = groups.find((g) => /^(ceasefire|signing)$/.test(g.kind) && !g.occ[0].bucket && !g.occ.every((o) => o.trigger.infinitive));
  if (outcome)
    // Told beside the outcome in one sentence ("took effect after weeks of talks mediated by X"),
    // the talks are set before it as an event of their own.
    for (const g of groups.filter((x) => x.kind === 'talks' && !x.occ[0].bucket && x.occ.every((o) => !o.date && !o.locations.length && !outcome.occ.some((c) => c.sentence === o.sentence)))) {
      outcome.occ.push(...g.occ);
      groups.splice(groups.indexOf(g), 1);
    }
  // "exchanged detainees, in a swap brokered by X after months of negotiations in Y": talks told
  // as what led to an outcome in its sentence, naming no party of their own, were held by the
  // outcome's parties and its mediator.
  for (const g of groups.filter((x) => x.kind === 'talks' && x.occ.every((o) => !o.agents.length && !o.patients.length && !o.reactions.length))) {
    for (const o of g.occ) {
      const led = occurrences.find((c) => c.sentence === o.sentence && /^(release|signing|ceasefire)$/.test(c.trigger.kind) && c.token.end <= o.token.start &&
        /\b(after|following)\b/i.test(text.slice(c.token.end, o.token.start)) && !/[;:]/.test(text.slice(c.token.end, o.token.start)));
      if (!led) continue;
      o.agents.push(...led.agents);
      o.reactions.push(...led.reactions.filter((r) => r.relation === 'mediated'));
    }
  }
  const byBodies: Occurrence[] = [];
  for (const occ of unnamed) {
    const same = groups.filter((g) => g.kind === occ.trigger.kind && !bodyAct(g.occ[0]));
    // Not one told at another place: "stormed parliament in A" is not "seized the offices of X in B".
    const placed = (o: Occurrence): string[] => o.locations.filter((k) => typeOf(k) !== 'state');
    const elsewhere = same.length === 1 && placed(occ).length > 0 && same[0].occ.some((o) => placed(o).length > 0) && !same[0].occ.some((o) => placed(o).some((k) => placed(occ).includes(k)));
    if (same.length === 1 && same[0].occ[0].bucket === occ.bucket && !occ.patients.length && !(occ.trigger.kind === 'storming' && elsewhere)) same[0].occ.unshift(occ);
    else if (bodyAct(occ)) byBodies.push(occ);
  }
  for (const occ of byBodies) {
    const centre = bodyAct(occ)!;
    let g = groups.find((x) => x.kind === occ.trigger.kind && x.centre === centre && x.occ[0].bucket === occ.bucket);
    if (!g) groups.push((g = { kind: occ.trigger.kind, id: '', occ: [], centre }));
    g.occ.push(occ);
  }
  // The people held in the article's one abduction of named people.
  const abducted = groups.filter((g) => g.kind === 'abduction').map((g) => [...new Set(g.occ.flatMap((o) => o.patients))].filter((k) => typeOf(k) === 'person')).filter((x) => x.length);
  const storyCaptives = abducted.length === 1 ? abducted[0] : [];
  const out: LocalEntity[] = [];
  const relations: LocalRelation[] = [];
  for (const g of groups) {
    const first = g.occ[0];
    const bucket = first.bucket;
    const locations = [...new Set(g.occ.flatMap((o) => o.locations))];
    const participants = new Set(g.occ.flatMap((o) => [...o.agents, ...o.patients]));
    // An earlier pass may already hold this event (the same kind, by its participants): join it.
    const kinds = [g.kind, ...(KIND_FAMILY[g.kind] ?? [])];
    const existing = first.trigger.keyBy === 'place' || !g.centre
      ? existingEvents.find((e) => kinds.includes(e.eventKind ?? ''))
      : existingEvents.find((e) => kinds.includes(e.eventKind ?? '') && e.eventArgs?.includes(g.centre!));
    // With no place, party or reaction, a mention only adds to an event named elsewhere ("the abduction").
    // "securing the release on 15 November", "the hostages had been freed" in a story of one
    // couple's abduction: the release is theirs, known by them (its key), though no clause names them.
    const adopted = g.kind === 'release' && !bucket && !g.occ.some((o) => o.patients.some((k) => typeOf(k) === 'person')) && !g.occ.some((o) => EXCHANGE.test(o.token.normal)) ? storyCaptives : [];
    if (!locations.length && !participants.size && !g.occ.some((o) => o.reactions.length) && !(existing && !bucket) && !adopted.length) continue;
    // "a ceasefire in X took hold": made between parties; with none named it is no node of its own.
    if (first.trigger.needsParties && !participants.size && !(existing && !bucket)) continue;
    let entity: LocalEntity;
    if (existing && !bucket) {
      entity = existing;
    } else {
      // Two outlets name one event's country the same way, though each story leans on other states:
      // its own state, when the text places it in one, keys it before the story's main state.
      // A deal signed by two states is known by them, whichever of the two a story leans on or
      // names as its place: three outlets' stories of one signing are one event.
      // An abduction or a release of named people is known by whom it happened to, whatever place
      // or state each outlet names for it: three stories of one couple's kidnapping are one event.
      // Their family names key it (an outlet may give one of them by first name only, "X and Y Z").
      const captives = (g.kind === 'abduction' || (g.kind === 'release' && !g.occ.some((o) => EXCHANGE.test(o.token.normal))))
        ? [...new Set(g.occ.flatMap((o) => o.patients))].filter((k) => typeOf(k) === 'person') : [];
      const keyedBy = captives.length ? captives : adopted;
      const captiveKey = keyedBy.length ? captivesKey(keyedBy.map(labelOf)) : undefined;
      // A rescue at sea no outlet places ("picked up by the destroyer X", "rescued by X") is known by
      // its rescuer: each outlet's story leans on another state.
      const rescuer = g.kind === 'rescue' && !locations.length ? [...participants].filter((k) => typeOf(k) !== 'state').sort()[0] : undefined;
      const signers = g.kind === 'signing' ? [...new Set([...participants, ...locations])].filter((k) => typeOf(k) === 'state').sort() : [];
      const anchor = signers.length >= 2 ? signers[0]
        : first.trigger.keyBy === 'place' ? locations.find((l) => typeOf(l) === 'state') ?? rescuer ?? mainState ?? locations[0] ?? [...participants][0] : g.centre!;
      const direct = g.occ.flatMap((o) => o.direct ?? []).filter((l) => typeOf(l) !== 'state');
      const place = direct[0] ?? locations.find((l) => typeOf(l) !== 'state') ?? locations[0];
      const people = [...participants].filter((k) => typeOf(k) === 'person' || typeOf(k) === 'organization');
      const named = (keys: string[]): string => keys.slice(0, 2).map(labelOf).join(' and ');
      const words = new Set(g.occ.map((o) => o.token.normal));
      let label: string;
      switch (first.trigger.keyBy) {
        case 'place': {
          let noun = first.trigger.noun;
          if (g.kind === 'release' && captives.length) noun = `Release of ${named(captives)}`;
          else if (g.kind === 'release') {
            const who = g.occ.map((o) => o.sentence).flatMap((x) => tokens.slice(x.from, x.to)).find((x) => /^(hostages?|prisoners?|detainees?|captives?)$/.test(x.normal) || RELEASED.test(x.normal))?.normal.replace(/s$/, '') ?? 'prisoner';
            noun = EXCHANGE.test(first.token.normal) ? `${capitalise(who)} exchange` : `Release of ${who}s`;
          }
          if (g.kind === 'election' && words.has('runoff')) noun = 'Runoff election';
          // "last month's snap election": a vote called early is titled so (a regular one keeps the plain title).
          else if (g.kind === 'election') {
            const kindOfVote = g.occ.map((o) => tokens[o.at - 1]?.normal ?? '').find((w) => /^(snap|early)$/.test(w));
            if (kindOfVote && /^election$/.test(first.token.normal)) noun = `${capitalise(kindOfVote)} election`;
            // A vote on a question, not on who holds office, is titled so: "Referendum in X".
            else if (g.occ.some((o) => REFERENDUM.test(o.token.normal))) noun = 'Referendum';
          }
          if (g.kind === 'round') {
            const ord = tokens[first.at - 1]?.normal ?? 'first';
            noun = `${ord[0].toUpperCase()}${ord.slice(1)} round of the election`;
          }
          // "awarded X a contract", "won a tender": the award of what is signed.
          if (g.kind === 'signing') noun = `${/^(awarded|awards|won|wins|secured|secures)$/.test(first.token.normal) ? 'Award' : 'Signing'} of the ${g.occ.find((o) => o.object)?.object ?? 'agreement'}`;
          // "A and B agreed to ...": an assent told by its parties, with nothing named signed.
          if (g.kind === 'signing' && g.occ.every((o) => o.trigger.infinitive)) noun = 'Agreement';
          // A named storm ("Hurricane Delia") goes by its name.
          const stormAt = g.occ.map((o) => o.at).find((k) => first.trigger.natural && /^\p{Lu}/u.test(tokens[k].text) && tokens[k + 1]?.proper);
          // Where it happened when the text says so; else who took part: never a place the text does not give.
          const flownTo = g.kind === 'flight' ? g.occ.flatMap((o) => o.destinations)[0] : undefined;
          if (flownTo) label = `${noun} to ${labelOf(flownTo)}`;
          else if (stormAt !== undefined) label = `${tokens[stormAt].text} ${tokens[stormAt + 1].text.slice(0, tokens[stormAt + 1].bareEnd - tokens[stormAt + 1].start)}`;
          // "Protest outside X", "Sinking off Y": a place it happened by is told with the word that says so.
          else if (place) label = `${noun} ${g.kind === 'eruption' && /^(mount|mt\b|volcano)|volcano$/i.test(labelOf(place)) ? 'of' : g.occ.find((o) => o.near?.[place])?.near?.[place] ?? (typeOf(place) === 'base' ? 'at' : 'in')} ${labelOf(place)}`;
          // Those it happened to, when no place is told: "Abduction of X and Y", "Release of Z".
          else if (captives.length) label = `${g.kind === 'release' ? 'Release' : noun} of ${named(captives)}`;
          // Those it was aimed at and nobody who did it: "Coup against X", "Abduction of Y".
          else if (people.length && !g.occ.some((o) => o.agents.length) && (g.kind === 'coup' || g.kind === 'abduction')) label = `${noun} ${g.kind === 'coup' ? 'against' : 'of'} ${named(people)}`;
          else if (people.length) label = `${noun} ${(g.kind === 'talks' || g.kind === 'ceasefire' || noun === 'Agreement') && people.length > 1 ? 'between' : g.kind === 'signing' ? 'by' : g.kind === 'emergency' ? 'declared by' : 'involving'} ${named(people)}`;
          else if (participants.size) label = `${noun} ${(g.kind === 'talks' || g.kind === 'ceasefire' || noun === 'Agreement') && participants.size > 1 ? 'between' : 'involving'} ${named([...participants])}`;
          else {
            // "talks hosted by X": with no party named, the host or mediator names it.
            const host = g.occ.flatMap((o) => o.reactions).find((r) => r.relation === 'hosted' || r.relation === 'mediated');
            label = host ? `${noun} ${host.relation} by ${labelOf(host.source)}` : noun;
          }
          break;
        }
        case 'patient': {
          // "Interception of a Russian aircraft": the craft, not its state, is what it happened to.
          const craft = g.occ.find((o) => o.craft && o.patients[0] === g.centre)?.craft;
          if (craft) {
            label = `${first.trigger.noun} of ${/^[aeiou]/i.test(craft) ? 'an' : 'a'} ${craft}`;
            break;
          }
          // "Drone strike near X": a strike from the air is titled as one, and a place it hit near is not one it hit in.
          // "boarded and seized a tanker": the ship taken is the event's title, however it was boarded.
          let noun = g.occ.find((o) => o.trigger.noun === 'Seizure')?.trigger.noun ?? first.trigger.noun;
          if (g.kind === 'attack')
            for (const o of g.occ) {
              const k = o.at;
              if (/^(strike|strikes)$/.test(o.token.normal) && k > 0 && /^(air|drone|missile|rocket|artillery)$/.test(tokens[k - 1].normal)) {
                noun = `${capitalise(tokens[k - 1].normal)} strike`;
                break;
              }
            }
          if (g.kind === 'elected') {
            const office = g.occ.find((o) => o.object && o.patients.includes(g.centre!))?.object;
            label = `Election of ${labelOf(g.centre!)}${office ? ` as ${office}` : ''}`;
            break;
          }
          // "Interception of a migrant boat by X": an act known by the body that did it.
          if (!g.occ.some((o) => o.patients.includes(g.centre!) || o.locations.includes(g.centre!))) {
            const what = g.occ.find((o) => o.actedOn)?.actedOn;
            label = `${noun}${what ? ` of ${what}` : ''} by ${labelOf(g.centre!)}`;
            break;
          }
          const prep = g.kind !== 'attack' ? first.trigger.prep ?? 'of' : g.occ.some((o) => o.patients.includes(g.centre!)) ? 'on' : g.occ.find((o) => o.near?.[g.centre!])?.near?.[g.centre!] ?? 'in';
          label = `${noun} ${prep} ${labelOf(g.centre!)}`;
          break;
        }
        default: {
          const dest = g.occ.flatMap((o) => o.destinations)[0];
          const parties = [...participants].filter((k) => isActor(typeOf(k) ?? ''));
          // "Arrival of the X in Y": a ship's arrival is told with its port.
          if (g.kind === 'arrival') {
            label = `${first.trigger.noun} of ${labelOf(g.centre!)}${place ? ` in ${labelOf(place)}` : ''}`;
            break;
          }
          // "Closure of the border crossings by X": what was closed, and by whom.
          if (g.kind === 'closure') {
            const what = g.occ.find((o) => o.object)?.object;
            const verb = g.occ.some((o) => /^reopen/.test(o.token.normal)) ? 'Reopening' : 'Closure';
            label = `${verb}${what ? ` of the ${what}` : ''} by ${labelOf(g.centre!)}`;
            break;
          }
          label = first.trigger.between && parties.length > 1
            ? `${first.trigger.noun} between ${[g.centre!, ...parties.filter((k) => k !== g.centre)].slice(0, 2).map(labelOf).join(' and ')}`
            : `${first.trigger.noun} ${first.trigger.prep ?? 'of'} ${labelOf(g.centre!)}${dest ? ` to ${labelOf(dest)}` : ''}`;
        }
      }
      if (bucket) label += `, ${bucket}`;
      const args = [captiveKey ?? anchor ?? 'unplaced'];
      entity = {
        key: `event:${g.kind}:${args.join('+')}${bucket ? ':' + bucket : ''}`,
        type: 'event', label, aliases: [], mentions: [], eventKind: g.kind, eventArgs: args, eventBucket: bucket,
      };
      const same = out.find((e) => e.key === entity.key);
      if (same) entity = same;
      else out.push(entity);
    }
    // An arrest or a signing happens at one spot: a city, base or building named for it says
    // where better than a country named elsewhere ("soldiers in X detained him" beside "at the palace in Y").
    const spotOnly = !!first.trigger.spot && locations.some((l) => typeOf(l) !== 'state');
    // "The fires began in early May": a disaster is dated by its onset, whenever the story
    // first names it.
    const onset = first.trigger.natural ? g.occ.find((o) => {
      if (!o.date?.date) return false;
      const k = o.at;
      return tokens.slice(k + 1, k + 3).some((x) => ONSET.test(x.normal));
    }) : undefined;
    if (onset && !entity.date) {
      entity.date = onset.date!.date;
      delete entity.dateText;
    }
    for (const o of g.occ) {
      const { sentence } = o.sentence;
      if (!entity.mentions.some((m) => m.start === o.token.start)) {
        entity.mentions.push({ articleId, start: o.token.start, end: o.token.end, sentenceStart: sentence.start, sentenceEnd: sentence.end });
        if (!entity.aliases.includes(o.token.text)) entity.aliases.push(o.token.text);
      }
      if (!entity.date && o.date?.date) {
        entity.date = o.date.date;
        delete entity.dateText;
      } else if (!entity.date && !entity.dateText && o.date) entity.dateText = o.date.text;
      const evidence = { start: sentence.start, end: sentence.end, quote: text.slice(sentence.start, sentence.end) };
      const link = (source: string, relation: string, target: string): void => {
        if (source === target) return;
        if (relations.some((r) => r.source === source && r.target === target && r.relation === relation && r.evidence.start === evidence.start)) return;
        relations.push({ source, target, relation, evidence });
      };
      for (const a of new Set(o.agents)) if (!o.locations.includes(a)) link(a, 'participates_in', entity.key);
      for (const p of new Set(o.patients)) if (!o.agents.includes(p) && !o.locations.includes(p)) link(p, 'target_of', entity.key);
      for (const l of new Set(o.locations)) if (!(spotOnly && typeOf(l) === 'state')) link(entity.key, 'located_in', l);
      for (const r of o.reactions) link(r.source, r.relation, entity.key);
      // "Expulsion of two Uruguayan diplomats by X": Uruguay is whom it was done to.
      if (bodyAct(o) === g.centre)
        for (const d of o.actedOnDemonyms ?? []) {
          const st = ensureDemonymState(entities, articleId, demonymState(d)!, d, sentence);
          if (!o.agents.includes(st)) link(st, 'target_of', entity.key);
        }
    }
  }
  joinFloatingEvents(out, existingEvents, relations);
  const undated = out.filter((e) => !e.date);
  if (undated.length) {
    // Each sentence's and paragraph's dates are read once, however many events ask.
    const cache = new Map<string, DateMention[]>();
    const datesIn = (a: number, b: number): DateMention[] => memo(cache, `${a}:${b}`, () => findDates(text.slice(a, b), published));
    for (const e of undated) dateFromParagraph(e, [...existingEvents, ...out], articleId, text, datesIn, currentYear);
  }
  dateCaptivesByAttack([...existingEvents, ...out], relations, text);
  relations.push(...shareBetweenEvents(articleId, text, tokens, [...existingEvents, ...out], relations));
  relations.push(...seizedInTakeover(text, tokens, sentences, entities, [...existingEvents, ...out], currentYear));
  relations.push(...aidForDisaster(text, tokens, sentences, entities, [...out, ...existingEvents].filter((e) => naturalKinds.has(e.eventKind ?? ''))));
  return { entities: out, relations };
}

/**
 * "The attack began late on Sunday. ... The raid killed 12": an event whose own sentences give no
 * date takes the nearest date of its paragraph, told in a sentence no other event of the article
 * is told in (that sentence's date is that event's), not a bound ("since Tuesday") and not of a
 * past year (background). The paragraph is one line of the text.
 */
function dateFromParagraph(event: LocalEntity, events: LocalEntity[], articleId: string, text: string, datesIn: (a: number, b: number) => DateMention[], currentYear: number): void {
  const mine = event.mentions.filter((m) => m.articleId === articleId).sort((a, b) => a.start - b.start);
  const first = mine[0];
  if (!first || first.sentenceStart === undefined || first.sentenceEnd === undefined) return;
  const ownSentences = new Set(mine.map((m) => m.sentenceStart));
  if (mine.some((m) => m.sentenceStart !== undefined && m.sentenceEnd !== undefined && datesIn(m.sentenceStart, m.sentenceEnd).length)) return;
  const lineStart = text.lastIndexOf('\n', first.start) + 1;
  const lineEnd = text.indexOf('\n', first.start) < 0 ? text.length : text.indexOf('\n', first.start);
  const claimed = (at: number): boolean => events.some((o) => o !== event && o.mentions.some((m) => m.articleId === articleId && m.sentenceStart !== undefined && m.sentenceStart <= at && at < m.sentenceEnd! && !ownSentences.has(m.sentenceStart)));
  let best: { date: string; gap: number } | undefined;
  for (const d of datesIn(lineStart, lineEnd)) {
    const start = lineStart + d.start;
    if (!d.date || /\bsince\s*$/i.test(text.slice(Math.max(0, start - 7), start)) || claimed(start)) continue;
    if (currentYear && Number(d.date.slice(0, 4)) < currentYear) continue;
    const gap = Math.abs(start - first.start);
    if (!best || gap < best.gap) best = { date: d.date, gap };
  }
  if (best) {
    event.date = best.date;
    delete event.dateText;
  }
}

/** Where the subject phrase of the verb at `i` opens: back over words that are no full verb, up to a clause break. */
function subjectPhrase(tokens: Token[], from: number, i: number): number {
  let k = i;
  while (k - 1 >= from && i - k < 12 && !/[,;:]/.test(tokens[k - 1].post) && !MAIN_CLAUSE_BREAK.test(tokens[k - 1].normal) && !/^(that|which|who|and|but)$/.test(tokens[k - 1].normal) &&
    !(tokens[k - 1].tags.includes('Verb') && !tokens[k - 1].tags.includes('Noun') && !tokens[k - 1].tags.includes('Adjective') && !AUXILIARY.test(tokens[k - 1].normal))) k--;
  return k;
}

/**
 * "a road bridge over the X river near Y collapsed": the thing that collapsed heads the verb's
 * subject, however long its phrase ("talks on the dam collapsed" are talks, no collapse).
 */
function headMet(trigger: EventTrigger, head: Token | undefined): boolean {
  return trigger.kind === 'collapse' && !!trigger.needs?.test(head?.normal ?? '');
}

/** The verb "collapsed" whose subject has a head that is no built thing: talks, a government, a currency. */
function headDenies(trigger: EventTrigger, tokens: Token[], i: number, head: Token | undefined): boolean {
  if (trigger.kind !== 'collapse' || tokens[i].tags.includes('Noun')) return false;
  return !!head && !trigger.needs?.test(head.normal);
}

/** The head of the subject of a "collapse" trigger at `i` (read once, for headMet and headDenies); none for other kinds. */
function collapseHead(trigger: EventTrigger, tokens: Token[], from: number, i: number): Token | undefined {
  return trigger.kind === 'collapse' ? subjectHead(tokens, from, i) : undefined;
}

/** The head noun of that phrase: the last noun before its first preposition ("a road bridge over the X" → "bridge"). */
function subjectHead(tokens: Token[], from: number, i: number): Token | undefined {
  let head: Token | undefined;
  for (let k = subjectPhrase(tokens, from, i); k < i; k++) {
    if (tokens[k].tags.includes('Preposition') || OBJECT_PREPS.has(tokens[k].normal)) break;
    if (tokens[k].tags.includes('Noun')) head = tokens[k];
  }
  return head;
}

// What the main clause says befell a person the attack in its "when" clause hit.
const HURT = /^(killed|shot|wounded|injured|hurt|died)$/;

/** "X was wounded when rebels opened fire": the person whose "was wounded" stands before the "when" that opens the trigger's clause. */
function attackVictim(tokens: Token[], slots: Slot[], from: number, i: number): string | undefined {
  // The "when" stands at most four words before the trigger: only those are read.
  let w = i - 1;
  while (w >= Math.max(from, i - 4) && tokens[w].normal !== 'when') w--;
  if (w < Math.max(from, i - 4)) return undefined;
  const verb = tokens.slice(Math.max(from, w - 3), w).findIndex((x) => HURT.test(x.normal));
  if (verb < 0) return undefined;
  const v = Math.max(from, w - 3) + verb;
  if (!(BE.test(tokens[v - 1]?.normal ?? '') || tokens[v].normal === 'died')) return undefined;
  // The subject opens the sentence: the first name, a person, with no verb before it.
  const s = slots.find((o) => o.to <= v && !o.holder);
  return s && s.kind === 'person' && !tokens.slice(from, s.from).some((x) => x.tags.includes('Verb')) ? s.key : undefined;
}

/**
 * Bases the sentence names as where aircraft or crews work from: "helicopters flying from X air
 * base", "crews operating out of Y airbase". A rescue or an evacuation flown from there is the
 * base's part in it.
 */
function craftBases(tokens: Token[], slots: Slot[], from: number): string[] {
  return slots.filter((s) => {
    if (s.kind !== 'base' || s.holder) return false;
    const p = tokens[s.from - 1]?.normal;
    const fromPrep = p === 'from' || (p === 'of' && tokens[s.from - 2]?.normal === 'out');
    return fromPrep && tokens.slice(Math.max(from, s.from - 7), s.from).some((x) => AIRCRAFT.test(x.normal) || CRAFT.test(x.normal) || CREWS.test(x.normal));
  }).map((s) => s.key);
}

/** A name at `at` stands in a ", which ..." clause that a comma closes before `trigger`. */
function insideRelative(tokens: Token[], from: number, at: number, trigger: number): boolean {
  let k = at - 1;
  while (k >= from && !/^(which|who|whose|where)$/.test(tokens[k].normal)) k--;
  if (k < from || !/,\s*$/.test(tokens[k - 1]?.post ?? '')) return false;
  for (let j = at; j < trigger; j++) if (/,\s*$/.test(tokens[j].post)) return true;
  return false;
}

/** "with Y and Z serving as witnesses": a participle after the names listed makes "with" an aside. */
function withAside(tokens: Token[], s: { to: number }, to: number): boolean {
  for (let k = s.to; k < Math.min(to, s.to + 5); k++) {
    if (/^(acting|serving|playing|attending|watching|observing|present)$/.test(tokens[k].normal)) return true;
    if (tokens[k].normal !== 'and' && !tokens[k].proper && !/^(as|the)$/.test(tokens[k].normal)) return false;
  }
  return false;
}

/** ", and the navy built": the name after ", and" is the subject of a clause of its own (a verb follows it). */
function opensClause(tokens: Token[], s: { lead: number; to: number }, to: number): boolean {
  let k = s.lead - 1;
  while (k > 0 && tokens[k].tags.includes('Determiner')) k--;
  return tokens[k]?.normal === 'and' && /,\s*$/.test(tokens[k - 1]?.post ?? '') &&
    tokens.slice(s.to, Math.min(to, s.to + 3)).some((x) => x.tags.includes('Verb') && !x.tags.includes('Noun') && !x.tags.includes('Adjective'));
}

/** A deal named with the party it was made with is not one made with another party. */
function sameCounterpart(told: Occurrence[], occ: Occurrence): boolean {
  // "an agreement between A and B" is not a deal none of whose named parties is A or B.
  const parties = told.flatMap((o) => [...o.agents, ...(o.between ?? [])]);
  if (occ.between && parties.length && !parties.some((k) => occ.between!.includes(k))) return false;
  if (!occ.counterparts?.length) return true;
  const known = told.flatMap((o) => o.counterparts ?? []);
  return !known.length || known.some((k) => occ.counterparts!.includes(k));
}

/** Kinds that one outlet may call by each other's name: an attack told as a raid or a storming, a blast as damage. */
const KINDRED: Record<string, string> = { attack: 'force', raid: 'force', storming: 'force', damage: 'force', abduction: 'abduction' };

/**
 * "Monday night's attack on the camp at X" and "the raid" told later near Y, "her abduction" beside
 * the abduction told with its people: an event no party is linked to (only where it happened) is
 * another mention of the article's one event of the same or a kindred kind, not an event of its
 * own. It joins that event when there is exactly one and their dates do not disagree; a floating
 * event with nothing to join stays as it is.
 */
function joinFloatingEvents(out: LocalEntity[], existing: LocalEntity[], relations: LocalRelation[]): void {
  const parties = new Set(relations.filter((r) => r.relation !== 'located_in').map((r) => r.target));
  const family = (e: LocalEntity): string | undefined => KINDRED[e.eventKind ?? ''];
  for (const floating of [...out]) {
    if (parties.has(floating.key) || floating.eventBucket || !family(floating)) continue;
    const kin = [...existing, ...out].filter((e) => e !== floating && family(e) === family(floating) && !e.eventBucket);
    if (kin.length !== 1) continue;
    let [into] = kin;
    let from = floating;
    // Both floating: the one known by a town or a site absorbs the one known by a whole state.
    if (!parties.has(into.key) && out.includes(into) && /^state:/.test(into.eventArgs?.[0] ?? '') && !/^state:/.test(floating.eventArgs?.[0] ?? '')) [into, from] = [floating, into];
    if (from.date && into.date && !from.date.startsWith(into.date) && !into.date.startsWith(from.date)) continue;
    for (const m of from.mentions) if (!into.mentions.some((x) => x.start === m.start)) into.mentions.push(m);
    for (const a of from.aliases) if (!into.aliases.includes(a)) into.aliases.push(a);
    if (!into.date && from.date) {
      into.date = from.date;
      delete into.dateText;
    }
    for (const r of relations) {
      if (r.source === from.key) r.source = into.key;
      if (r.target === from.key) r.target = into.key;
    }
    out.splice(out.indexOf(from), 1);
  }
}

// Words that tie a seizure of people to an armed attack: the attack itself, or those who make one.
const ATTACK_WORDS = /\b(attack|attacked|raid|raided|ambush|ambushed|assault|stormed|storming|gunmen|fighters|militants|attackers|insurgents)\b/i;

/**
 * "X, seized during the raid, is still missing", "Y was abducted by the same fighters": people
 * taken in the course of an armed attack were taken when it happened. An abduction whose own
 * sentences give no date takes the date of the article's one dated attack with a party, when its
 * sentence speaks of the attack or of those who make one.
 */
function dateCaptivesByAttack(events: LocalEntity[], relations: LocalRelation[], text: string): void {
  const parties = new Set(relations.filter((r) => r.relation === 'participates_in').map((r) => r.target));
  const attacks = events.filter((e) => KINDRED[e.eventKind ?? ''] === 'force' && e.date && parties.has(e.key));
  if (attacks.length !== 1) return;
  for (const e of events) {
    if (e.eventKind !== 'abduction' || e.date) continue;
    if (!e.mentions.some((m) => m.sentenceStart !== undefined && ATTACK_WORDS.test(text.slice(m.sentenceStart, m.sentenceEnd)))) continue;
    e.date = attacks[0].date;
    delete e.dateText;
  }
}

const REACTIONS: Record<string, string> = {
  condemned: 'condemned', condemns: 'condemned', criticised: 'criticised', criticized: 'criticised', criticises: 'criticised', criticizes: 'criticised',
  welcomed: 'welcomed', welcomes: 'welcomed', praised: 'praised', praises: 'praised', hailed: 'praised', denounced: 'condemned',
  rejected: 'rejected', rejects: 'rejected', accepted: 'accepted', accepts: 'accepted', mediated: 'mediated', brokered: 'mediated', opposed: 'opposes', opposes: 'opposes',
};

const naturalKinds = new Set(['earthquake', 'flood', 'storm', 'tsunami', 'wildfire', 'landslide', 'avalanche', 'eruption', 'disaster']);
const AID_VERBS = /^(sent|send|sends|dispatched|dispatch|dispatches|deployed|deploys|pledged|pledges|offered|offers|delivered|delivers|donated|donates|flew|airlifted)$/;
// What craft are sent "to help" do when they are the rescue's, not a state's aid of its own.
const HELP_RESCUE = /^(evacuate|rescue|search|find|save)$/;
const AID_NOUNS = /^(aid|help|rescuers|rescue|teams?|relief|supplies|tents|blankets|food|funds|assistance|trucks|doctors|medics|experts|volunteers|search)$/;

/**
 * "Azerbaijan dispatched a rescue team, while Greece and Germany sent teams": in an article about
 * one natural disaster, those who send aid or rescuers respond to it.
 */
function aidForDisaster(text: string, tokens: Token[], sentences: SentenceMentions[], entities: Map<string, LocalEntity>, disasters: LocalEntity[]): LocalRelation[] {
  if (disasters.length !== 1) return [];
  const target = disasters[0].key;
  const out: LocalRelation[] = [];
  for (const sm of sentences) {
    if (sm.sentence.headline) continue;
    const slots = sm.mentions.map((m, i) => ({ m, key: sm.keys[i] })).filter((x) => x.key && entities.has(x.key!) && isActor(entities.get(x.key!)!.type));
    for (let i = sm.from; i < sm.to; i++) {
      if (!AID_VERBS.test(tokens[i].normal)) continue;
      // "9,000 rescuers had been deployed": in the passive, what was sent comes first.
      const passive = /^(been|was|were)$/.test(tokens[i - 1]?.normal ?? '');
      const sent = passive ? tokens.slice(Math.max(sm.from, i - 5), i) : tokens.slice(i + 1, Math.min(sm.to, i + 7));
      if (!sent.some((x) => AID_NOUNS.test(x.normal))) continue;
      // The subject: the names just before the verb, coordinated ("Greece and Germany sent").
      let k = i - 1;
      while (k >= sm.from && /^(had|has|have|also|quickly|later|then|it|which)$/.test(tokens[k].normal)) k--;
      const subjects: string[] = [];
      for (let j = slots.length - 1; j >= 0; j--) {
        const s = slots[j];
        if (s.m.to - 1 > k) continue;
        if (s.m.to - 1 !== k) break;
        subjects.push(s.key!);
        k = s.m.from - 1;
        if (k >= sm.from && /^(and|,)$/.test(tokens[k].normal)) k--;
        else if (k >= sm.from && /,\s*$/.test(tokens[k].post) === false) break;
      }
      if (passive) subjects.length = 0;
      // "X said it had sent ...", "X said rescuers had been deployed": the speaker sent them; a
      // speaker named by the body they head ("AFAD president Y said") speaks for that body.
      if (!subjects.length && (passive || /^(it|they)$/.test(tokens[i - 1]?.normal ?? '') || /^(had|has)$/.test(tokens[i - 1]?.normal ?? ''))) {
        const said = tokens.slice(sm.from, i).findIndex((x) => /^(said|says|announced)$/.test(x.normal));
        const speaker = said >= 0 ? slots.filter((s) => s.m.to <= sm.from + said).pop() : undefined;
        const h = speaker?.m.role?.holderToken;
        const body = h === undefined ? undefined : slots.find((o) => o.m.from <= h && h < o.m.to && entities.get(o.key!)?.type === 'organization');
        if (body) subjects.push(body.key!);
        else if (speaker) subjects.push(speaker.key!);
      }
      const { start, end } = sm.sentence;
      for (const subj of subjects) out.push({ source: subj, target, relation: 'sent_aid_for', evidence: { start, end, quote: text.slice(start, end) } });
    }
  }
  return out;
}
