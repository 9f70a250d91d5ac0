// The vocabulary of newsworthy events: which words name an event, what kind it is and what the
// event is keyed by (where it happened, or whom it happened to). General news vocabulary only:
// nothing here is tied to a particular story.

import { memo } from './memo';
import type { Token } from './tokens';

/** What tells two events of one kind apart. */
export type EventKey =
  /** Where it happened: a strike, an earthquake, a coup, an election. */
  | 'place'
  /** Whom it happened to: an arrest, a trial, a suspension, an attack. */
  | 'patient'
  /** Who did it: a visit, a signing. */
  | 'agent';

export interface EventTrigger {
  kind: string;
  /** The trigger word, matched against the token's normal (lower-case) form. */
  word: RegExp;
  /** Label noun: "Strike", "Earthquake". */
  noun: string;
  keyBy: EventKey;
  /** A word that must occur near the trigger ("prisoner" near "exchange", "power" after "seized"). */
  needs?: RegExp;
  /** Where to look for `needs`: tokens before (negative) and after the trigger. */
  needsBefore?: number;
  needsAfter?: number;
  /** A second word that must follow the trigger within `alsoAfter` tokens ("fell" ... "low"). */
  also?: RegExp;
  alsoAfter?: number;
  /** Words that, just before the trigger, make it another kind or no event ("air strike", "hunger strike"). */
  notAfter?: RegExp;
  /** Words that, just after the trigger, make it no event ("a landslide victory", "a storm of criticism"). */
  notBefore?: RegExp;
  /** Plural nouns ("coups", "takeovers") name a class of events, not one; a few kinds are plural by nature. */
  pluralOk?: boolean;
  /** The verb's subject undergoes the event ("X pleaded not guilty", "X was sworn in"). */
  subjectUndergoes?: boolean;
  /** Only another name for an event already found ("the pact" after "signed a pact"): never creates one. */
  joinOnly?: boolean;
  /** Natural events: nobody takes part in an earthquake; what it hit is where it happened. */
  natural?: boolean;
  /** Made between parties (a ceasefire): with no party named, a place alone makes no event. */
  needsParties?: boolean;
  /** Can happen to a thing the text names as a place or base: a cable damaged, a town captured, a ship boarded. */
  thingPatient?: boolean;
  /** Only such a thing can undergo it: a person "captured" is arrested, not a capture. */
  thingOnly?: boolean;
  /** The word joining the label's noun to its centre: "Damage to X", "Fine on X", "Investigation by X". */
  prep?: string;
  /** Happens at one spot (an arrest, a signing, talks): a city or building named for it is where, not a country. */
  spot?: boolean;
  /** Read only where the word is a noun ("the fighting", "a military exercise", not "exercise caution"). */
  nounOnly?: boolean;
  /** After the verb, a name this preposition governs takes part: "extradited X to Y", "spoke with Y". */
  partyPrep?: RegExp;
  /** After the noun, a name this preposition governs is whom it happened to: "a funeral for X". */
  patientPrep?: RegExp;
  /** Words besides the locative prepositions that lead to where it happened: "evacuated from X", "reached X". */
  wherePrep?: RegExp;
  /** Its label names every party: "Phone call between A and B". */
  between?: boolean;
  /** Only with an aircraft named just before ("the C-17 landed at X"): "landed a deal" is none. */
  aircraft?: boolean;
  /** A bout, not a state of affairs: only with a date, a span ("three days of") or an onset ("broke out"). */
  bounded?: boolean;
  /** Takes no object: a name after the verb ("capsized off X") is never what it happened to. */
  intransitive?: boolean;
  /** Told as the purpose of craft or teams sent ("sent helicopters to help evacuate"): done by whoever sent them. */
  purpose?: boolean;
  /** Only in a story of a disaster, a fire or an outbreak, where craft and teams sent are relief. */
  relief?: boolean;
  /** A bare "strike": in a story of air or drone strikes, a labour strike only with a word of work or pay near it. */
  labour?: boolean;
  /** Done by forces named just before it ("police and soldiers killed"), not by anyone. */
  byForces?: boolean;
  /** Read only in a story of air or drone strikes, where the bare word is that strike again ("the strike killed 19"). */
  armedAnaphor?: boolean;
  /** Only in the passive ("was attacked by gunmen"). */
  passiveOnly?: boolean;
  /** The word right after the verb that makes it this event ("picked up"). */
  particle?: RegExp;
  /** Only a named person undergoes it (questioned, impeached, summoned): "questioned the decision" is none. */
  personPatient?: boolean;
  /** An aircraft's landing with the named people it carries ("a plane carrying X landed"): they take part. */
  carrying?: boolean;
  /** Only a release of people the article told were abducted ("the couple were handed to soldiers", "their release"). */
  captivesOnly?: boolean;
  /** An event only with a named person undergoing it ("X and Y were seized"; "weapons were seized" is none). */
  needsPerson?: boolean;
  /** Only with a verb after its "to" ("agreed to meet"), and only in a main clause ("weeks after X agreed to ..." is background). */
  infinitive?: boolean;
}

/** Words that make a bare "strike" a stoppage of work, not a blow: who strikes, for what, and how it is held. */
export const LABOUR = /^(workers|worker|union|unions|unionised|unionized|pay|wage|wages|salary|salaries|pension|pensions|walkout|walkouts|picket|pickets|picketing|strikers|employees|industrial|bargaining|overtime|shifts?)$/;
/** Words before "strike" that make it a stoppage of work ("a general strike", "went on strike"). */
export const LABOUR_BEFORE = /^(general|on|nationwide|indefinite|one-day|two-day|24-hour|48-hour|labour|labor|teachers|doctors|nurses|workers|dockers|miners|rail|transport|postal|sympathy|wildcat)$/;
/** Words before "strike" that make it a blow from the air or from afar. */
export const ARMED_BEFORE = /^(air|drone|missile|military|rocket|artillery|precision|retaliatory|pre-emptive|preemptive)$/;

/** Words that make "exercise", "drill" or "manoeuvres" military ones. */
const MILITARY = /^(military|naval|navy|navies|army|armies|troops|soldiers|forces|marines|sailors|warships|ships|jets|aircraft|air|joint|live-fire|amphibious|nato|war|combat|missile|missiles|artillery|defence|defense|tanks|submarines|alliance)$/;
/** Aircraft words: what takes off and lands in an airlift. */
export const AIRCRAFT = /^(plane|planes|aircraft|airliner|airliners|jet|jets|helicopter|helicopters|c-17|c-130|c-130j|a400m|hercules|globemaster|il-76|transport|transports|airbus|boeing|flight|flights)$/;
/** Built things that collapse: a collapse of one of them is a disaster, "talks collapsed" is none. */
const STRUCTURE = /^(tunnel|tunnels|mine|mines|shaft|building|buildings|bridge|bridges|dam|dams|roof|roofs|tower|towers|block|stadium|school|factory|hotel|wall|walls|structure|apartment|apartments|church|mosque|temple|market|mall|overpass|scaffolding|gallery|pit)$/;

/** Currencies by their common names, and the word itself. */
const CURRENCY = /^(currency|currencies|kwacha|naira|rand|cedi|shilling|birr|peso|rupee|rupiah|lira|ruble|rouble|hryvnia|real|yuan|renminbi|yen|won|dollar|euro|pound|sterling|franc|dinar|dirham|riyal|rial|taka|kyat|boliviano|bolivar|bolívar|sol|guarani|lempira|quetzal|cordoba|colon|leu|lev|forint|zloty|koruna|krona|krone|tenge|som|manat|lari|dram|afghani|kip|riel|dong|ringgit|baht|ariary|kwanza|metical|pula|dalasi|leone|ouguiya|nakfa|rufiyaa)$/;
/** Vessels and their load: what capsizes or sinks ("the ferry sank", "a boat carrying 40 passengers overturned"). */
const VESSEL = /^(ferry|ferries|boat|boats|ship|ships|vessel|vessels|trawler|tanker|freighter|dinghy|canoe|barge|yacht|cutter|frigate|submarine|warship|hull|passengers|crew|migrants)$/;
/** Offices a chamber or the voters fill. */
export const OFFICE = /^(president|prime|premier|chancellor|speaker|mayor|governor|chairman|chairwoman|chair|chairperson|secretary-general|leader|head|senator|pope|patriarch|taoiseach)$/;
// What a plot sets out to do, the verb after its "to": seize or hold something, kill, detain or topple someone.
export const PLOT_AIM = /^(seize|take|grab|storm|occupy|capture|hijack|invade|kill|assassinate|murder|poison|shoot|eliminate|attack|bomb|blow|sabotage|detain|hold|kidnap|abduct|arrest|overthrow|topple|oust|depose|unseat|remove|destabilise|destabilize|subvert)$/;
// The word before "of"/"with" that makes a plot what someone is held for: "suspected of plotting",
// "accused of planning", "charged with conspiring", "arrested on suspicion of plotting", "jailed for
// plotting" (not "acquitted of": a plot a court found none).
export const PLOT_CHARGE = /^(suspected|accused|charged|convicted|indicted|suspicion|arrested|detained|jailed|sentenced|guilty|wanted)$/;
/** Armed men whom security forces kill or capture in an operation. */
export const FOES = /^(militants?|insurgents?|rebels?|gunmen|fighters|jihadists?|suspects?|terrorists?|attackers?|kidnappers?|bandits?|pirates?|smugglers?|extremists?)$/;
/** Ships by kind (not who is on them): what is boarded, seized or detained at sea. */
/** Diseases news reports outbreaks of (general medical vocabulary). */
const DISEASE = /^(cholera|measles|ebola|mpox|monkeypox|dengue|malaria|typhoid|polio|diphtheria|meningitis|plague|anthrax|marburg|lassa|covid|covid-19|influenza|flu|zika|chikungunya|hepatitis|tuberculosis|diarrhoea|diarrhea|disease|virus|infections?|fever)$/;
export const SHIP = /^(ferry|ferries|boat|boats|ship|ships|vessel|vessels|trawler|tanker|tankers|freighter|barge|yacht|cutter|frigate|submarine|warship|carrier|dhow|bulker|containership|cargo-ship|destroyer|corvette|cruiser)$/;
/** Diplomats a ministry summons. */
// Offences a charge names: "charged X with homicide", "charges of fraud and bribery".
const OFFENCE = /^(homicide|homicides|murder|murders|manslaughter|fraud|corruption|terrorism|treason|crimes?|offences?|offenses?|bribery|embezzlement|negligence|counts?|genocide|rape|assault|theft|laundering|espionage|sedition|kidnapping|smuggling|trafficking|extortion|racketeering|abuse|misconduct|killings?|insurrection|conspiracy|hijackings?|piracy|hostage-taking)$/;
// What a state closes or reopens at its edge: "closed two border crossings", "shut its airspace".
const FRONTIER = /^(border|borders|crossings?|crossing-points?|airspace|frontier|frontiers|checkpoints?|embassy|embassies|consulate|consulates|ports?|airports?)$/;
const ENVOY = /^(ambassador|ambassadors|envoy|envoys|charge|chargé|diplomat|diplomats|attache|attaché|consul|representative|emissary)$/;
/** Forces, craft and armed personnel a state or a body deploys. */
const FORCES_SENT = /^(troops|soldiers|forces|police|officers|guards|warships|ships|jets|aircraft|fighter|fighters|marines|peacekeepers|personnel|battalions?|brigades?|units|contractors|mercenaries|gendarmes|commandos|vessels|frigates|destroyers|submarines|bombers|drones|navy|missiles|paratroopers|special|military)$/;
/** Armed men outside a state's forces whose storming or opening fire is an attack. */
const IRREGULAR_WORDS = 'gunmen|militants?|insurgents?|rebels?|jihadists?|attackers?|assailants|bandits?|pirates?|extremists?';
const IRREGULARS = new RegExp(`^(${IRREGULAR_WORDS})$`);
/** Who or what attacks by force: armed men, forces and weapons. */
const ARMED_BY = /^(gunmen|militants?|insurgents?|rebels?|fighters|jihadists?|terrorists?|attackers?|bandits?|pirates?|extremists?|armed|masked|troops|soldiers|forces|militias?|drones?|missiles?|rockets?|grenades?|explosives?|bombs?|gunfire|guns?|rifles?|knives|machetes|warplanes|jets|artillery)$/;
/** What one applies or appeals for, and an authority decides on. */
const REQUEST = /^(application|applications|request|requests|bid|bids|permit|permits|licen[cs]es?|petition|petitions|appeal|appeals|asylum|visa|visas|concessions?|leases?|extradition)$/;
/** Offices and posts one quits ("quit as minister", "quit the cabinet", "quit his post"). */
const POST = /^(post|posts|office|job|position|role|seat|cabinet|government|minister|president|premier|chancellor|chairman|chairwoman|chair|chief|leader|head|governor|mayor|ceo|director|commander|secretary|speaker|coach|captain|party|parliament|senate)$/;
/** People saved from danger: "rescued 212 people", "rescued 40 passengers". */
const SAVED = /^(people|survivors|passengers|residents|villagers|trekkers|climbers|miners|children|families|tourists|fishermen|sailors|seafarers|seamen|mariners|crew|crews|crewmen|migrants|refugees|workers|persons|hikers|swimmers|divers|victims|others|nationals|civilians|pilots|pilot|occupants)$/;
/**
 * Words of captivity: people "rescued" from captors were freed (a release), people rescued from
 * a sea, a flood or rubble were saved (a rescue). Without one of these near it, "rescued" is a rescue.
 */
const CAPTIVITY = /^(held|hostages?|captives?|captivity|captors?|kidnappers?|kidnapped|abducted|abductors?|abduction|kidnapping|prisoners?|detainees?|bandits|militants|jihadists|insurgents)$/;
/** Office holders a chamber, a court or prosecutors call in to answer: "parliament summoned the defence minister". */
const ANSWERABLE = /^(minister|ministers|secretary|officials?|chief|commander|governor|head|director|executives?|chairman|chairwoman|premier|mayor|ceo|president|general|lawmakers?|deputies|senators?|mps?)$/;
/** What makes a noun "recount" one of votes ("a recount of a story" is none). */
const TALLY = /^(votes?|ballots?|elections?|electoral|constituenc(?:y|ies)|polling|commission|count|tally|results?|partial|full|manual|hand|ordered|orders|order|demanded|demands|requested|seats?|districts?|precincts?|stations?|runoff)$/;

/**
 * The same kinds under the names the relation-driven pass (events.ts) gives them: an event found
 * there absorbs the mentions found here.
 */
export const KIND_FAMILY: Record<string, string[]> = {
  signing: ['agreement'], release: ['exchange'], earthquake: ['disaster'], flood: ['disaster'], storm: ['disaster'],
  tsunami: ['disaster'], sinking: ['disaster'], wildfire: ['disaster'], landslide: ['disaster'], eruption: ['disaster'], avalanche: ['disaster'],
};

/** People who are set free: prisoners by name, or any group of people held. */
export const RELEASED = /^(fighters|soldiers|journalists|activists|civilians|sailors|fishermen|migrants|students|detainees|prisoners|hostages|captives|engineers|workers|employees|tourists|nationals|crew|missionaries|aid-workers|nurses|doctors|pilots)$/;

export const EVENT_TRIGGERS: EventTrigger[] = [
  // A lease, a concession or a licence is a signed contract; a "signing ceremony" is the act itself.
  { kind: 'signing', word: /^(sign|signs|signed|signing)$/, noun: 'Signing', keyBy: 'place', needs: /^(agreements?|pacts?|accords?|treaty|treaties|deals?|memorandum|declaration|contracts?|concessions?|licen[cs]es?|charter|protocol|leases?|ceremony)$/, needsAfter: 8, needsBefore: 3, spot: true },
  // "under a pact unveiled on Friday by both capitals", "a deal reached in
  // Lisbon": a deal told by its conclusion rather than by a signing is one all the same.
  { kind: 'signing', word: /^(agreement|arrangement|pact|deal|accord|treaty|memorandum)$/, noun: 'Signing', keyBy: 'place', spot: true, nounOnly: true, needs: /^(announced|reached|concluded|struck|unveiled)$/, needsAfter: 2 },
  { kind: 'signing', word: /^(agreement|pact|deal|accord|treaty)$/, noun: 'Signing', keyBy: 'place', joinOnly: true, spot: true },
  // The same class told by its parties' assent: "A and B agreed on Monday to investigate jointly",
  // "X has agreed to let Y use the port". Only with a verb after "to": "agreed to a truce" is the
  // truce's event, "agreed that", "agreed with the view" are opinions.
  { kind: 'signing', word: /^(agreed|agrees)$/, noun: 'Agreement', keyBy: 'place', needs: /^to$/, needsAfter: 4, infinitive: true },
  // The same class told by its award: "the ministry awarded X a contract", "X won a tender to
  // build", "secured a concession"; "won the election" or "won praise" names no contract.
  { kind: 'signing', word: /^(awarded|awards|won|wins|secured|secures)$/, noun: 'Signing', keyBy: 'place', needs: /^(contracts?|tenders?|concessions?|licen[cs]es?|leases?)$/, needsAfter: 5 },
  // A state closing or reopening its borders, crossings, airspace or a mission: done by the state,
  // known by who did it ("Closure by X"); "the shop closed", "closed the meeting" are none.
  { kind: 'closure', word: /^(closed|closes|closing|closure|shut|shuts|shutting|sealed|seals|reopened|reopens|reopening)$/, noun: 'Closure', keyBy: 'agent', needs: FRONTIER, needsBefore: 2, needsAfter: 5 },
  { kind: 'visit', word: /^(visit|visits|visited|visiting|trip|tour)$/, noun: 'Visit', keyBy: 'agent', notAfter: /^(site|home|hospital)$/ },
  { kind: 'visit', word: /^(flew|travelled|traveled|flies|travels)$/, noun: 'Visit', keyBy: 'agent', needs: /^to$/, needsAfter: 1 },
  { kind: 'strike', word: /^(strike|strikes|walkout|walkouts|stoppage)$/, noun: 'Strike', keyBy: 'place', notAfter: /^(air|drone|missile|military|hunger|rocket|lightning|pre-emptive|preemptive|retaliatory|israeli|us)$/, pluralOk: false, labour: true },
  { kind: 'strike', word: /^(walked|walk|walking)$/, noun: 'Strike', keyBy: 'place', needs: /^(off|out)$/, needsAfter: 1 },
  { kind: 'protest', word: /^(protest|protests|protested|demonstration|demonstrations|rally|marched|uprising|riots|unrest)$/, noun: 'Protest', keyBy: 'place', pluralOk: true, notAfter: /^(diplomatic|formal|official|written)$/ },
  // "told a news conference": a briefing for reporters, not a meeting of parties.
  // A capitalised "Congress" is a legislature ("Paraguay's Congress", "the US Congress"), not a
  // gathering; a party's congress is written in lower case or after "party" (see triggeredEvents.ts).
  { kind: 'summit', word: /^(summit|conference|congress|forum)$/, noun: 'Summit', keyBy: 'place', spot: true, notAfter: /^(news|press|video|phone|telephone)$/ },
  { kind: 'talks', word: /^(talks|negotiations|negotiation)$/, noun: 'Talks', keyBy: 'place', pluralOk: true, spot: true },
  { kind: 'trial', word: /^(trial|pleaded|plea|hearing|prosecution)$/, noun: 'Trial', keyBy: 'patient', subjectUndergoes: true, spot: true },
  // A charge or an indictment is brought by prosecutors against someone; no court has sat yet, so
  // it is no trial. "Charged" is a charge only with an offence named after it ("charged X with
  // homicide"), not "charged a fee" or "charged into the crowd".
  { kind: 'charge', word: /^(indicted|indictment|indicts|indict)$/, noun: 'Charges', prep: 'against', keyBy: 'patient' },
  { kind: 'charge', word: /^(charged|charges|charging)$/, noun: 'Charges', prep: 'against', keyBy: 'patient', needs: OFFENCE, needsAfter: 16 },
  { kind: 'arrest', word: /^(arrest|arrested|arrests|detained|detention|detain|detains|apprehended)$/, noun: 'Arrest', keyBy: 'patient', spot: true },
  // "X was taken from his home by NSS officers", "was picked up by police": a person taken by
  // police, officers or agents is arrested (a person only, and only with them named after it).
  { kind: 'arrest', word: /^(taken|picked)$/, noun: 'Arrest', keyBy: 'patient', spot: true, passiveOnly: true, needsPerson: true, needs: /^(police|policemen|officers|agents|gendarmes|custody)$/, needsAfter: 10 },
  { kind: 'round', word: /^(round)$/, noun: 'Round', keyBy: 'place', needs: /^(first|second|final)$/, needsBefore: 1 },
  { kind: 'election', word: /^(election|elections|re-election|reelection|runoff|run-off|referendum|referendums|plebiscite|ballot|primary)$/, noun: 'Election', keyBy: 'place', pluralOk: true, notAfter: /^(re)$/ },
  // "X rejected the result": the outcome of an election already named is that election.
  { kind: 'election', word: /^(result|results|outcome)$/, noun: 'Election', keyBy: 'place', joinOnly: true, pluralOk: true, notAfter: /^(a|an|direct|net|end)$/, notBefore: /^(of|in|from|for)$/ },
  { kind: 'release', word: /^(exchange|exchanged|exchanges|swap|swaps|swapped|released|freed|release|freeing)$/, noun: 'Release', keyBy: 'place', needs: /^(prisoners?|detainees?|hostages?|captives?|inmates?|prisoner-exchange)$/, needsBefore: 9, needsAfter: 6 },
  // "the government released 480 fighters": people set free, not only prisoners by name.
  { kind: 'release', word: /^(released|freed|frees|releases)$/, noun: 'Release', keyBy: 'place', needs: RELEASED, needsAfter: 4 },
  // "troops rescued five engineers held by bandits": people freed from captors by force. Only a
  // word of captivity near it makes "rescued" a release; crews, passengers and villagers rescued
  // from the sea or a flood are a rescue (below), whoever they are.
  // "their release was negotiated", "the couple were handed to soldiers at X": with the article's
  // captives as whom it happened to (named or by a group noun), a word of freeing or handing is their release.
  { kind: 'release', word: /^(released|freed|release|freeing|handed)$/, noun: 'Release', keyBy: 'place', captivesOnly: true },
  // "X was freed on Sunday after 245 days in captivity", "Y was released by her kidnappers": a named
  // person freed, with a word of captivity in the sentence, is released (a report "released" is no person).
  { kind: 'release', word: /^(released|freed)$/, noun: 'Release', keyBy: 'place', passiveOnly: true, needsPerson: true, needs: CAPTIVITY, needsBefore: 12, needsAfter: 14 },
  { kind: 'release', word: /^(rescued|rescues)$/, noun: 'Release', keyBy: 'place', needs: CAPTIVITY, needsBefore: 6, needsAfter: 8 },
  { kind: 'ceasefire', word: /^(ceasefire|cease-fire|truce|armistice)$/, noun: 'Ceasefire', keyBy: 'place', needsParties: true },
  { kind: 'earthquake', word: /^(earthquake|quake)$/, noun: 'Earthquake', keyBy: 'place', natural: true },
  { kind: 'flood', word: /^(flood|floods|flooding|flash-flood)$/, noun: 'Floods', keyBy: 'place', pluralOk: true, natural: true },
  { kind: 'storm', word: /^(hurricane|typhoon|cyclone|storm|tornado)$/, noun: 'Storm', keyBy: 'place', notBefore: /^(of)$/, natural: true },
  { kind: 'tsunami', word: /^(tsunami)$/, noun: 'Tsunami', keyBy: 'place', natural: true },
  { kind: 'wildfire', word: /^(wildfire|wildfires|bushfire|bushfires|forest-fire)$/, noun: 'Wildfire', keyBy: 'place', pluralOk: true, natural: true },
  // Any fire, in the open or in a plant, is one class with the wildfire: "a fire broke out on the X
  // platform", "brush fires in Y grew", "the blaze at the refinery". Only a bout of one (a date or an
  // onset near it); gunfire ("opened fire", "came under fire") and the words of fighting fires
  // ("fire crews", "the fire service") are none.
  { kind: 'wildfire', word: /^(fire|fires|blaze|blazes)$/, noun: 'Fire', keyBy: 'place', pluralOk: true, natural: true, nounOnly: true, bounded: true,
    notAfter: /^(open|opened|opening|opens|cease|set|sets|setting|under|friendly|enemy|heavy|gun|artillery|mortar|rocket|sniper|small-arms|return|returned|returning|exchange|exchanged|exchanging|live|covering|suppressing|sustained)$/,
    notBefore: /^(crews?|service|services|brigades?|teams?|fighters?|fighting|engines?|trucks?|department|departments|station|stations|chiefs?|officers?|safety|exits?|alarms?|hazards?|risks?|weapons|power|support|escape|lines?|season|ban|bans|danger|drills?|extinguishers?|doors?|bombers?|planes?|aircraft|helicopters?|rescue|protection)$/ },
  { kind: 'landslide', word: /^(landslide|landslides|mudslide|mudslides)$/, noun: 'Landslide', keyBy: 'place', pluralOk: true, notBefore: /^(victory|win|majority|re-election)$/, natural: true },
  { kind: 'avalanche', word: /^(avalanche|avalanches)$/, noun: 'Avalanche', keyBy: 'place', pluralOk: true, natural: true },
  // An epidemic is told like a disaster: where it struck, when it began, who sent help. Only an
  // outbreak of a disease ("a cholera outbreak", "the outbreak of measles"), not one of violence.
  { kind: 'outbreak', word: /^(outbreak|outbreaks|epidemic)$/, noun: 'Outbreak', keyBy: 'place', natural: true, needs: DISEASE, needsBefore: 3, needsAfter: 3 },
  { kind: 'eruption', word: /^(eruption|erupted)$/, noun: 'Eruption', keyBy: 'place', natural: true },
  // "a series of explosions sent ash columns into the sky": a volcano's blasts, told by what they throw out.
  { kind: 'eruption', word: /^(explosion|explosions|erupts|erupting)$/, noun: 'Eruption', keyBy: 'place', natural: true, pluralOk: true,
    needs: /^(ash|lava|volcano|volcanic|crater|pyroclastic|magma|lahars?)$/, needsBefore: 12, needsAfter: 12 },
  { kind: 'coup', word: /^(coup|putsch|takeover|mutiny)$/, noun: 'Coup', keyBy: 'place', notAfter: /^(corporate|hostile)$/ },
  { kind: 'coup', word: /^(seized|seize|seizes|seizing|taken|took|take|takes|taking|grabbed)$/, noun: 'Coup', keyBy: 'place', needs: /^power$/, needsAfter: 2 },
  // A mass abduction is known by where it happened; one of a named person joins the abduction the
  // relation pass found ("X abducted Y").
  { kind: 'abduction', word: /^(abducted|abduct|abducts|abduction|kidnapped|kidnap|kidnaps|kidnapping)$/, noun: 'Abduction', keyBy: 'place', notBefore: /^(charges?|ring|gangs?|cases?|trial|attempt)$/, spot: true },
  // "the couple were seized near X", "two nuns were snatched from a convent": people taken by force
  // are abducted (by police or soldiers, arrested: see triggeredEvents), told only in the passive of a named person.
  { kind: 'abduction', word: /^(seized|snatched|grabbed)$/, noun: 'Abduction', keyBy: 'place', passiveOnly: true, needsPerson: true, spot: true },
  // "X and Y were taken hostage", "was taken captive by rebels": an abduction by its common phrase.
  { kind: 'abduction', word: /^(taken)$/, noun: 'Abduction', keyBy: 'place', passiveOnly: true, needsPerson: true, spot: true, needs: /^(hostage|hostages|captive|captives|prisoner|prisoners)$/, needsAfter: 1 },
  { kind: 'suspension', word: /^(suspended|suspends|suspend|suspension)$/, noun: 'Suspension', keyBy: 'patient' },
  // "assault rifles", "attack helicopters", "assault charges": the word naming a kind of weapon,
  // unit or offence is no attack; "bombing raids", "attack missions" in the plural are a campaign.
  { kind: 'attack', word: /^(attack|airstrike|air-strike|bombing|shelling|ambush|assault)$/, noun: 'Attack', keyBy: 'patient', notAfter: /^(heart|panic|cyber|verbal)$/,
    notBefore: /^(rifles?|weapons?|helicopters?|submarines?|boats?|craft|vehicles?|dogs?|ads?|squads?|charges?|course|raids|campaigns|missions|sorties|runs)$/ },
  { kind: 'attack', word: /^(strike)$/, noun: 'Attack', keyBy: 'patient', needs: /^(air|drone|missile|military|rocket)$/, needsBefore: 2 },
  // "A drone strike hit a convoy ... the strike had taken place near the border": in a story of an
  // armed strike, the bare word is that strike again (a labour strike needs a word of work near it).
  { kind: 'attack', word: /^(strike)$/, noun: 'Attack', keyBy: 'patient', joinOnly: true, armedAnaphor: true },
  // "Israeli warplanes struck targets in X": a weapon or a force as the subject makes "struck" an attack.
  { kind: 'attack', word: /^(struck|strike|strikes|hit|hits|bombed|bombs|shelled|shells|pounded|pounds|targeted)$/, noun: 'Attack', keyBy: 'patient', needs: /^(warplanes|jets|aircraft|drones?|missiles?|rockets?|artillery|shells?|bombs?|forces|troops|militants|gunmen|strike|airstrike|air-strike)$/, needsBefore: 3 },
  // The verbs of the class: "a police patrol was ambushed near X" (an ambush is armed by nature);
  // "the patrol was attacked by masked gunmen": attacked, assaulted or stormed only in the passive
  // with an armed attacker or weapon near ("attacked the budget" is words; "his fighters have
  // attacked posts for years", "fighters attacked posts in X and Y" tell of a campaign or of
  // fighting told elsewhere as such).
  { kind: 'attack', word: /^(ambushed|ambushes)$/, noun: 'Attack', keyBy: 'patient' },
  { kind: 'attack', word: /^(attacked|assaulted|stormed)$/, noun: 'Attack', keyBy: 'patient', needs: ARMED_BY, needsAfter: 9, passiveOnly: true },
  // The active voice with armed men as the subject: "gunmen stormed part of the depot",
  // "militants attacked a police post" ("soldiers stormed the building" may be a raid of their own).
  { kind: 'attack', word: /^(attacked|assaulted|stormed|raided)$/, noun: 'Attack', keyBy: 'patient', needs: IRREGULARS, needsBefore: 2 },
  // "launched four rockets at the X depot", "fired missiles at Y": weapons sent at a target.
  { kind: 'attack', word: /^(launched|launches|launching)$/, noun: 'Attack', keyBy: 'patient', needs: /^(drones?|missiles?|rockets?|mortars?|shells|grenades?|torpedoes?)$/, needsAfter: 3 },
  // "rebels opened fire on the convoy": armed men opening fire attack (police opening fire on a
  // crowd are no armed men: see the shooting below).
  { kind: 'attack', word: /^(opened|opens|open)$/, noun: 'Attack', keyBy: 'patient', also: /^(fire)$/, alsoAfter: 1,
    needs: new RegExp(`^(${IRREGULAR_WORDS}|fighters)$`), needsBefore: 3 },
  // Tear gas fired at a crowd is policing, not an armed attack: it is not among the words.
  { kind: 'attack', word: /^(fired|fires|firing)$/, noun: 'Attack', keyBy: 'patient', notAfter: /^(test)$/, needs: /^(cannons?|shots|missiles?|rockets?|shells|mortars?|warning|live)$/, needsAfter: 3 },
  // Harm to a named thing ("the X cable was damaged", "the pipeline was cut"): what it happened to
  // is a place or facility the text names; "cut" only in the passive ("budgets were cut" names none).
  { kind: 'damage', word: /^(damaged|severed|sabotaged|ruptured)$/, noun: 'Damage', keyBy: 'patient', thingPatient: true, thingOnly: true, prep: 'to' },
  { kind: 'damage', word: /^(cut)$/, noun: 'Damage', keyBy: 'patient', needs: /^(was|were|been|being|is|are)$/, needsBefore: 2, thingPatient: true, thingOnly: true, prep: 'to' },
  // A town, base or facility taken by force: "rebels captured X", "the capture of X"; a person
  // "captured" is arrested, so only a place or base undergoes it.
  { kind: 'capture', word: /^(captured|captures|capture|overran|overrun|overruns)$/, noun: 'Capture', keyBy: 'patient', thingPatient: true, thingOnly: true },
  { kind: 'recapture', word: /^(retook|retaken|retake|retakes|recaptured|recapture|recaptures)$/, noun: 'Recapture', keyBy: 'patient', thingPatient: true, thingOnly: true },
  // A base, town or facility passed from one side to another: "troops handed the X base to the army".
  { kind: 'handover', word: /^(handed|hands|hand|handover|hand-over|transferred)$/, noun: 'Handover', keyBy: 'patient', thingPatient: true, thingOnly: true },
  // A vessel stopped at sea: "the navy boarded X", "X was intercepted by a patrol boat".
  { kind: 'boarding', word: /^(boarded)$/, noun: 'Boarding', keyBy: 'patient', thingPatient: true },
  { kind: 'boarding', word: /^(intercepted)$/, noun: 'Interception', keyBy: 'patient', thingPatient: true },
  // "boarded and seized a tanker", "the tanker detained by the navy": a ship taken at sea is one
  // seizure however it is told (a person detained is an arrest; "seized power" a coup).
  { kind: 'boarding', word: /^(seized|seizes|seize|seizing|seizure|detained|detains|captured|impounded|impounds)$/, noun: 'Seizure', keyBy: 'patient', thingPatient: true, needs: SHIP, needsBefore: 3, needsAfter: 6 },
  // A craft taken over in transit: "two men hijacked a Bluecrest Airways plane", "the hijacking of flight 88";
  // what was taken (the airline or the vessel named) is what it happened to, the hijackers do it.
  { kind: 'hijacking', word: /^(hijacked|hijacks|hijack|hijacking)$/, noun: 'Hijacking', keyBy: 'patient', prep: 'of', spot: true, thingPatient: true },
  // A funeral is known by whom it buries: "a state funeral on Friday for former speaker X", "the
  // funeral of Y"; a funeral home or procession ("funeral director") is no happening of its own.
  { kind: 'funeral', word: /^(funeral|funerals|burial|cremation)$/, noun: 'Funeral', keyBy: 'patient', prep: 'of', spot: true, nounOnly: true, personPatient: true, patientPrep: /^(for)$/, bounded: true,
    notBefore: /^(home|homes|parlou?r|parlou?rs|director|directors|services?|industry|costs?|expenses|procession|march)$/ },
  // A court's verdict against a named person: "X was convicted of treason", "the court sentenced Y to
  // 14 years", "found him guilty"; "if convicted" names nobody, a conviction of belief no person.
  { kind: 'conviction', word: /^(convicted|convicts|sentenced|sentences)$/, noun: 'Conviction', keyBy: 'patient', prep: 'of', spot: true, personPatient: true },
  { kind: 'conviction', word: /^(found|finds)$/, noun: 'Conviction', keyBy: 'patient', prep: 'of', spot: true, personPatient: true, needs: /^(guilty)$/, needsAfter: 3 },
  // Armed men or a fugitive giving themselves up: "X surrendered to police", "gave himself up", "handed
  // himself to soldiers"; those they surrendered to take part. "surrendered their weapons" or "the town"
  // hands over a thing, not oneself.
  { kind: 'surrender', word: /^(surrendered|surrenders)$/, noun: 'Surrender', keyBy: 'agent', spot: true, partyPrep: /^(to)$/,
    notBefore: /^(their|its|his|her|the|a|weapons|arms|control|power|passports?)$/ },
  { kind: 'surrender', word: /^(gave|gives|giving)$/, noun: 'Surrender', keyBy: 'agent', spot: true, partyPrep: /^(to)$/, needs: /^(himself|herself|themselves)$/, needsAfter: 1, also: /^(up)$/, alsoAfter: 2 },
  { kind: 'surrender', word: /^(handed|hands)$/, noun: 'Surrender', keyBy: 'agent', spot: true, partyPrep: /^(to)$/, needs: /^(himself|herself|themselves)$/, needsAfter: 1 },
  // A state sending craft to a disaster: "Norway sent the salvage ship X from Y", "Spain sent
  // three tanker planes", "Portugal dispatched two firefighting helicopters". Known by the state that sent
  // them (a body's teams and trucks are its part in the relief, see aidForDisaster); where they went
  // or flew from is where. Only in a story of a disaster: elsewhere craft sent are forces (a
  // deployment); craft sent "to help evacuate" are the rescue's (see the rescue trigger).
  { kind: 'aid', word: /^(sent|sends|send|sending|dispatched|dispatches|dispatching)$/, noun: 'Aid', keyBy: 'agent', prep: 'from', relief: true, intransitive: true, wherePrep: /^(to|from|into)$/,
    needs: /^(aircraft|planes?|helicopters?|canadairs?|water-bombers?|bombers|vessels?|ships?|boats?)$/, needsAfter: 7, needsBefore: 4 },
  // A penalty imposed: "the regulator fined X"; "the fine" afterwards is the same one.
  { kind: 'fine', word: /^(fined|fines)$/, noun: 'Fine', keyBy: 'patient', prep: 'on' },
  { kind: 'fine', word: /^(fine|penalty)$/, noun: 'Fine', keyBy: 'patient', prep: 'on', needs: /^(the|this|that|record)$/, needsBefore: 1 },
  // An inquiry someone opens: "prosecutors opened an investigation", "the bureau has opened a case".
  { kind: 'investigation', word: /^(investigation|probe|inquiry|case)$/, noun: 'Investigation', keyBy: 'agent', prep: 'by', needs: /^(opened|opens|open|launched|launches|launch|began|begun|begins|started|starts)$/, needsBefore: 4, needsAfter: 4 },
  // A court's ruling that voids a vote or a law: "the court annulled the election".
  { kind: 'annulment', word: /^(annulled|annuls|annul|annulment)$/, noun: 'Annulment', keyBy: 'agent', prep: 'by' },
  // The same ruling by its other verbs: "the court overturned the result", "voided the election",
  // "quashed the conviction"; only with what a court can void after it ("the boat overturned" is a sinking).
  { kind: 'annulment', word: /^(overturned|overturns|voided|voids|quashed|quashes|invalidated|invalidates|nullified|nullifies)$/, noun: 'Annulment', keyBy: 'agent', prep: 'by',
    needs: /^(results?|elections?|votes?|ballots?|verdicts?|convictions?|sentences?|rulings?|decisions?|laws?|decrees?|contracts?|mandates?|win|victory|polls?|count|appointment|ban)$/, needsAfter: 4 },
  // A plot to seize, kill or topple someone: "an alleged plot to seize X and detain Y", "plotting
  // to assassinate Z", "accused of conspiring to kill Z". Known by whom it targeted (the names after
  // the infinitive); "the plot" later is the same one. A plot of land or a story's plot has no "to"
  // + verb after it, a "conspiracy to commit fraud" no verb of seizing, killing or toppling (PLOT_AIM).
  // "Planning to" is a plot only as what one is accused, suspected or charged with (PLOT_CHARGE).
  { kind: 'plot', word: /^(plot|plotting|conspiracy|conspiring|planning)$/, noun: 'Plot', keyBy: 'patient', prep: 'against', needs: /^(to)$/, needsAfter: 1 },
  { kind: 'plot', word: /^(plot)$/, noun: 'Plot', keyBy: 'patient', prep: 'against', joinOnly: true, needs: /^(the|this|that|alleged)$/, needsBefore: 1 },
  // A state sending someone out: "Uruguay expelled two Bhutanese diplomats", "the expulsion of X",
  // "ordered two diplomats to leave the country"; "expelled from school" or "from the party" names no state's act.
  { kind: 'expulsion', word: /^(expelled|expels|expel|expelling|expulsion|expulsions)$/, noun: 'Expulsion', keyBy: 'patient', prep: 'of', notBefore: /^(from)$/ },
  { kind: 'expulsion', word: /^(ordered|orders)$/, noun: 'Expulsion', keyBy: 'patient', prep: 'of', needs: /^(leave)$/, needsAfter: 8 },
  // A chamber or voters choosing someone for an office: "parliament elected X as prime minister",
  // "X was re-elected president"; the office word tells it from "elected officials" and "an elected body".
  { kind: 'elected', word: /^(elected|elects|elect|re-elected|reelected|re-elects)$/, noun: 'Election', keyBy: 'patient', needs: OFFICE, needsAfter: 7, notBefore: /^(officials?|representatives?|members?|bodies|body|councils?|assembly|leaders?|government)$/ },
  { kind: 'inauguration', word: /^(sworn|inauguration|inaugurated)$/, noun: 'Inauguration', keyBy: 'patient', subjectUndergoes: true, spot: true },
  // Legal: a person handed to another state's courts; the state receiving them takes part.
  { kind: 'extradition', word: /^(extradited|extradition)$/, noun: 'Extradition', keyBy: 'patient', partyPrep: /^(to)$/ },
  // A state asking another for someone held there: "X asked Y to hand over a banker wanted for fraud",
  // "requested that Y extradite him"; the state asked is what it was made to.
  { kind: 'extraditionRequest', word: /^(asked|asks|requested|requests)$/, noun: 'Extradition request', keyBy: 'agent', prep: 'by', needs: /^(extradite)$/, needsAfter: 6 },
  { kind: 'extraditionRequest', word: /^(asked|asks|requested|requests)$/, noun: 'Extradition request', keyBy: 'agent', prep: 'by', needs: /^(hand)$/, needsAfter: 6, also: /^(over)$/, alsoAfter: 8 },
  // Military exercises and drills, known by where they were held; "exercise caution" is a verb,
  // "a training exercise for teachers" has no military word near it.
  { kind: 'exercise', word: /^(exercise|exercises|drill|drills|manoeuvres|maneuvers|wargames|war-games)$/, noun: 'Military exercise', keyBy: 'place', pluralOk: true, nounOnly: true, needs: MILITARY, needsBefore: 12, needsAfter: 8 },
  // Armed fighting between sides, known by where it happened ("three days of fighting in X",
  // "clashes between A and B in Y"); a legal or political battle is no fighting.
  { kind: 'clashes', word: /^(clashes|clash|fighting|battles|battle|gunfight|gunfights|firefight|firefights|skirmishes|skirmish|hostilities)$/, noun: 'Fighting', keyBy: 'place', pluralOk: true, nounOnly: true, bounded: true,
    notAfter: /^(legal|court|courtroom|political|uphill|custody|election|electoral|ratings|verbal|rhetorical|diplomatic|bidding|takeover|budget|policy|constant|internal|personal|public|cultural|ideological|trade|tariff)$/, notBefore: /^(against|of|with|over)$/ },
  // "border guards exchanged fire", "the shooting broke out near X": a bout of armed fighting.
  { kind: 'clashes', word: /^(exchanged|exchange|exchanging|exchanges)$/, noun: 'Fighting', keyBy: 'place', needs: /^(fire|gunfire)$/, needsAfter: 1 },
  { kind: 'clashes', word: /^(shooting|gunfire)$/, noun: 'Fighting', keyBy: 'place', bounded: true, nounOnly: true, needs: /^(broke|erupted|flared|began|started)$/, needsAfter: 2 },
  // A built structure giving way: nobody takes part, what it hit is where it happened.
  // "the collapse of a tailings dam": the structure may stand a determiner and a modifier away.
  { kind: 'collapse', word: /^(collapse|collapsed)$/, noun: 'Collapse', keyBy: 'place', natural: true, needs: STRUCTURE, needsBefore: 3, needsAfter: 4 },
  // People moved out of danger: "residents were evacuated from X"; an evacuation zone or order is no event.
  { kind: 'evacuation', word: /^(evacuation|evacuations|evacuated)$/, noun: 'Evacuation', keyBy: 'place', pluralOk: true, wherePrep: /^(from)$/,
    notBefore: /^(zones?|camps?|centres?|centers?|orders?|plans?|routes?|sites?|shelters?|warnings?|drills?|alerts?|corridors?|points?|areas?)$/ },
  // Humanitarian: a convoy is known by where it went ("a convoy of trucks reached X").
  // A convoy is a thing; it is an event only as aid moved somewhere ("an aid convoy reached X"), never
  // as what was struck ("a strike on a convoy", "the convoy was hit near X": the strike is the event).
  { kind: 'convoy', word: /^(convoy)$/, noun: 'Convoy', keyBy: 'place', nounOnly: true, wherePrep: /^(reached|reaches|entered|enters|into|to)$/,
    needs: /^(reached|reaches|reach|arrived|arrives|arriving|entered|enters|aid|relief|humanitarian|food|medical|supplies|delivered|delivers|delivering)$/, needsBefore: 3, needsAfter: 8 },
  // Political: an office holder stepping down ("X resigned", "stepped down", "accepted the resignation").
  { kind: 'resignation', word: /^(resigned|resigns|resignation)$/, noun: 'Resignation', keyBy: 'agent' },
  { kind: 'resignation', word: /^(stepped|steps|stepping)$/, noun: 'Resignation', keyBy: 'agent', needs: /^(down|aside)$/, needsAfter: 1 },
  // "quit as prime minister", "quit the cabinet", "quit his post": "quit smoking" names no office.
  { kind: 'resignation', word: /^(quit|quits|quitting)$/, noun: 'Resignation', keyBy: 'agent', needs: POST, needsAfter: 5 },
  // The other side of leaving office: an office holder removed by a superior ("the president sacked
  // his defence minister, X", "X was dismissed"); "dismissed the claims", "fired shots" name no person.
  { kind: 'dismissal', word: /^(sacked|sacks|sacking|dismissed|dismisses|dismissal|fired|fires|firing)$/, noun: 'Dismissal', keyBy: 'patient', personPatient: true,
    notBefore: /^(shots?|rockets?|missiles?|shells?|mortars?|at|on|upon|into|tear|warning|live|back|up|off)$/ },
  // Diplomatic: leaders speaking by telephone ("A and B spoke by phone", "a phone call with B").
  { kind: 'call', word: /^(spoke|spoken|talked|speak|speaks)$/, noun: 'Phone call', keyBy: 'agent', needs: /^(phone|telephone|video|videoconference|video-link)$/, needsAfter: 4, partyPrep: /^(with|to)$/, between: true },
  { kind: 'call', word: /^(call|calls)$/, noun: 'Phone call', keyBy: 'agent', needs: /^(phone|telephone|video)$/, needsBefore: 1, partyPrep: /^(with|to)$/, between: true },
  { kind: 'call', word: /^(phoned|telephoned)$/, noun: 'Phone call', keyBy: 'agent', between: true },
  // A named person killed: "X was shot dead", "the killing of X"; a toll ("killed 27 people") names nobody.
  { kind: 'killing', word: /^(killed|murdered|assassinated|assassination|murder|killing)$/, noun: 'Killing', keyBy: 'patient' },
  // "X was shot dead", "stabbed to death": one shot and wounded is not killed.
  { kind: 'killing', word: /^(shot|stabbed|gunned|beaten)$/, noun: 'Killing', keyBy: 'patient', needs: /^(dead|death)$/, needsAfter: 3 },
  // Security forces firing on unarmed people: "six strikers were shot dead by troops", "soldiers
  // killed two farmers"; known by where it happened. Armed men killed by forces are a raid (above),
  // a named person killed a killing; the forces themselves are checked where the trigger is read.
  { kind: 'shooting', word: /^(shot|killed|gunned)$/, noun: 'Shooting', keyBy: 'place',
    needs: /^(protesters|demonstrators|strikers|miners|workers|students|worshippers|farmers|mourners|marchers|villagers)$/, needsBefore: 6, needsAfter: 4 },
  // Humanitarian and military airlifts: "the first aid flights reached X", "a C-17 took off from
  // base Y and landed at airport Z"; the places it flew from and to are where.
  { kind: 'flight', word: /^(flights|airlift|airlifts)$/, noun: 'Flights', keyBy: 'place', pluralOk: true, nounOnly: true, needs: /^(aid|relief|military|evacuation|rescue|humanitarian|repatriation|mercy|supply)$/, needsBefore: 2, wherePrep: /^(reached|reaching|reach|to|into|from)$/ },
  // "C-130s of the air force have been flying food packs from X", "planes ferried tents to Y":
  // aircraft carrying aid, the aid the verb's object ("an aircraft flying from X tracked the ship",
  // "helicopters have flown from X" carry nothing said), are the airlift.
  { kind: 'flight', word: /^(flying|flew|flown|ferrying|ferried|airlifting|airlifted)$/, noun: 'Flights', keyBy: 'place', aircraft: true, wherePrep: /^(from|to|into)$/,
    needs: /^(aid|relief|supplies|tents|food|water|medicine|medicines|medical|blankets|generators|vaccines|purifiers|rations|tarpaulins|evacuees|cargo)$/, needsAfter: 4 },
  { kind: 'flight', word: /^(landed|lands)$/, noun: 'Flights', keyBy: 'place', aircraft: true, wherePrep: /^(from)$/ },
  { kind: 'flight', word: /^(took|takes)$/, noun: 'Flights', keyBy: 'place', aircraft: true, needs: /^(off)$/, needsAfter: 1, wherePrep: /^(from)$/ },
  // "stormed the offices of X", "occupied the headquarters of the Y party", "seized the state
  // broadcaster's studios": armed men taking a body's premises; the body is what it happened to.
  { kind: 'storming', word: /^(stormed|storm|storms|occupied|occupy|occupies|seized|seize|seizes|overran)$/, noun: 'Storming', keyBy: 'patient', prep: 'of',
    needs: /^(offices?|headquarters|hq|building|buildings|compound|premises|studios?|broadcaster|palace|parliament|ministry|embassy|consulate|barracks|newsroom|station)$/, needsAfter: 4 },
  // "A Spanish Air Force Airbus carrying X and Y touched down at Z", "a jet with the freed hostages
  // landed in W": an aircraft bringing named people home lands with them; they and the aircraft's
  // owner take part, the airfield is where (an aircraft carrying aid is the airlift above).
  { kind: 'landing', word: /^(touched)$/, noun: 'Landing', keyBy: 'place', aircraft: true, carrying: true, particle: /^down$/, wherePrep: /^(at|in)$/, spot: true },
  { kind: 'landing', word: /^(landed|lands|arrived|arrives)$/, noun: 'Landing', keyBy: 'place', aircraft: true, carrying: true, wherePrep: /^(at|in)$/, spot: true },
  // A vessel lost at sea: "the ferry capsized off X", "a boat carrying 40 migrants sank"; the vessel
  // is what it happened to, where it went down is where. "Shares sank", "the court overturned
  // the verdict" name no vessel.
  { kind: 'sinking', word: /^(capsized|capsizes|capsize|capsizing)$/, noun: 'Sinking', keyBy: 'place', subjectUndergoes: true, intransitive: true },
  { kind: 'sinking', word: /^(sank|sinks|sinking|overturned|overturns|foundered|founders)$/, noun: 'Sinking', keyBy: 'place', subjectUndergoes: true, intransitive: true, needs: VESSEL, needsBefore: 12, needsAfter: 2 },
  // Forces sent somewhere, one class: "France deployed 300 troops to Niger", "Japan dispatched two
  // destroyers to the Gulf", "the deployment of Kenyan police to Haiti". Known by who sent them, and
  // where to; rescuers and aid teams sent after a disaster are aid (see aidForDisaster), not forces.
  // "troops stationed at X", "jets are stationed there": where forces are based is a standing
  // state of affairs, not an act of sending them, so "stationed" is no trigger.
  { kind: 'deployment', word: /^(deployed|deploys|deploying|deployment|dispatched|dispatches|redeployed)$/, noun: 'Deployment', keyBy: 'agent', prep: 'by',
    needs: FORCES_SENT, needsBefore: 5, needsAfter: 5, wherePrep: /^(to|into)$/ },
  // A raid or security operation, known by where it happened: "a raid in X", "police and soldiers
  // killed two militants in X", "were killed after a gunfight"; armed men killed by forces, not
  // a named person killed (a killing) nor a toll of an attack ("the blast killed 12 people").
  { kind: 'raid', word: /^(raid|raids)$/, noun: 'Raid', keyBy: 'place', nounOnly: true },
  { kind: 'raid', word: /^(killed|shot)$/, noun: 'Raid', keyBy: 'place', needs: /^(raid|gunfight|firefight|shootout|encounter|operation)$/, needsAfter: 7 },
  { kind: 'raid', word: /^(killed|shot)$/, noun: 'Raid', keyBy: 'place', needs: FOES, needsAfter: 4, byForces: true },
  // A ship coming into port: "the hospital ship X docked in Y", "a frigate arrived in Z"; the
  // vessel does it, the port is where. "Arrived" is a ship's only with a vessel word before it
  // (a minister who arrived is on a visit); "anchored off X" is where a ship lies and "sailed from X"
  // where it left, neither an arrival.
  { kind: 'arrival', word: /^(docked|docks|berthed|berths|moored)$/, noun: 'Arrival', keyBy: 'agent', wherePrep: /^(at|in|into)$/ },
  { kind: 'arrival', word: /^(arrived|arrives)$/, noun: 'Arrival', keyBy: 'agent', needs: VESSEL, needsBefore: 8, wherePrep: /^(at|in|into)$/ },
  // A river or lake bursting its banks, a dam overflowing: a flood.
  { kind: 'flood', word: /^(burst|bursts|overflowed|overflows|overtopped)$/, noun: 'Floods', keyBy: 'place', natural: true, needs: /^(banks?|dams?|levees?|embankments?|riverbanks?)$/, needsBefore: 10, needsAfter: 3 },
  // A diplomat called in to a ministry: "the ministry summoned Russia's ambassador".
  { kind: 'summons', word: /^(summoned|summons|summon)$/, noun: 'Summons', keyBy: 'patient', spot: true, needs: ENVOY, needsAfter: 6 },
  // A state calling its own envoy home in protest: "Poland recalled its ambassador to X". (Only with
  // an envoy after the verb: "she recalled how ..." is memory.)
  { kind: 'recall', word: /^(recalled|recalls|recall|recalling)$/, noun: 'Recall of envoy', keyBy: 'agent', needs: ENVOY, needsAfter: 4 },
  // Accountability, one class: an office holder called in, questioned or heard by a chamber, a
  // committee, prosecutors or police ("parliament summoned the defence minister", "X was
  // questioned by the committee", "prosecutors interrogated Y"). Only a named person undergoes it
  // ("questioned the decision", "questioned whether" name nobody and make no event).
  { kind: 'summons', word: /^(summoned|summons|summon)$/, noun: 'Summons', keyBy: 'patient', spot: true, needs: ANSWERABLE, needsAfter: 6, needsBefore: 6, personPatient: true },
  { kind: 'questioning', word: /^(questioned|interrogated|interrogation|questioning|grilled|quizzed|cross-examined)$/, noun: 'Questioning', keyBy: 'patient', personPatient: true,
    // "questioning techniques": a modifier, not the act.
    notBefore: /^(techniques?|methods?|rooms?|process|session)$/ },
  // Votes a chamber takes on an office holder: "the lower house voted to impeach President X", "the
  // impeachment of Y"; a confidence vote ("lost a vote of no confidence", "a no-confidence motion").
  { kind: 'impeachment', word: /^(impeach|impeached|impeaches|impeaching|impeachment)$/, noun: 'Impeachment', keyBy: 'patient', personPatient: true },
  { kind: 'confidence', word: /^(no-confidence|confidence)$/, noun: 'Confidence vote', keyBy: 'place', needs: /^(vote|votes|motion|motions|ballot)$/, needsBefore: 3, needsAfter: 2,
    notAfter: /^(consumer|business|investor|investors|market|public|self|in)$/ },
  // A vote counted again: "the commission ordered a recount in three constituencies"; "recounted
  // how" (told) is a verb and no event.
  { kind: 'recount', word: /^(recount|recounts)$/, noun: 'Recount', keyBy: 'place', nounOnly: true, needs: TALLY, needsBefore: 4, needsAfter: 8 },
  // Saving people from a disaster: "the army rescued 212 people", "rescue boats searched the sea for
  // survivors", "a search for the missing"; people freed from captors are a release (above).
  // "the destroyer rescued the 21 crew members", "all 23 seafarers aboard were rescued by X": those
  // saved stand after the active verb or, in the passive, before it.
  { kind: 'rescue', word: /^(rescued|rescues)$/, noun: 'Rescue', keyBy: 'place', needs: SAVED, needsAfter: 4, needsBefore: 10 },
  // "airlifted 40 villagers to safety", "winched the crew to safety", "picked up the sailors from
  // life rafts", "plucked 12 fishermen from the sea": other verbs of saving people.
  { kind: 'rescue', word: /^(airlifted|winched)$/, noun: 'Rescue', keyBy: 'place', needs: /^(safety)$/, needsAfter: 8 },
  // "helicopters ferried 90 stranded hikers off the ridge", "airlifted trapped villagers":
  // people cut off by a disaster, flown or carried out, are rescued.
  { kind: 'rescue', word: /^(ferried|airlifted|evacuated)$/, noun: 'Rescue', keyBy: 'place', needs: /^(stranded|trapped|marooned|cut-off)$/, needsAfter: 6 },
  { kind: 'rescue', word: /^(picked|picks)$/, noun: 'Rescue', keyBy: 'place', particle: /^(up)$/, needs: SAVED, needsAfter: 5 },
  { kind: 'rescue', word: /^(plucked|plucks)$/, noun: 'Rescue', keyBy: 'place', needs: SAVED, needsAfter: 4 },
  // "rescue teams", "a search and rescue team" name who was sent, not the act: only the search itself.
  { kind: 'rescue', word: /^(search|searched|searching|searches)$/, noun: 'Rescue', keyBy: 'place', needs: /^(survivors|missing|bodies|victims|wreckage)$/, needsAfter: 8,
    // "searched the sea for survivors": what was searched is where.
    wherePrep: /^(searched|searching|searches)$/ },
  // "India sent two helicopters on Tuesday to help evacuate stranded trekkers": whoever sent them takes part.
  { kind: 'rescue', word: /^(evacuate|rescue|search)$/, noun: 'Rescue', keyBy: 'place', needs: /^(help)$/, needsBefore: 1, purpose: true },
  // A request decided, one class: "Norway rejected a Russian application to build a station", "the
  // court turned down his appeal", "the ministry approved the permit". Known by who decided; "rejected
  // the proposal" in a negotiation is a reaction (see REACTIONS), not a decision on a request.
  { kind: 'rejection', word: /^(rejected|rejects|refused|refuses|denied|denies|blocked|blocks)$/, noun: 'Rejection', keyBy: 'agent', prep: 'by', needs: REQUEST, needsAfter: 4 },
  { kind: 'approval', word: /^(approved|approves|granted|grants)$/, noun: 'Approval', keyBy: 'agent', prep: 'by', needs: REQUEST, needsAfter: 4 },
  // A chamber or a government approving a deal: "the Grand Council approved a 30-year agreement",
  // "the senate ratified the treaty" (a treaty is ratified by whoever's assent it needs), "the
  // assembly approved the purchase of six coastal radars" (a purchase is a deal with a seller).
  { kind: 'approval', word: /^(approved|approves|ratified|ratifies|endorsed|endorses)$/, noun: 'Approval', keyBy: 'agent', prep: 'by', needs: /^(agreements?|treaty|treaties|accords?|deals?|pacts?|conventions?|protocol|purchases?|acquisitions?|sale)$/, needsAfter: 5 },
  // Penalties one state or bloc imposes on another or on a named firm: "the cabinet approved a
  // sanctions package against X", "the bloc imposed sanctions on Y". Only as a measure decided
  // (a verb of imposing before it, or "package" after); "discusses new sanctions", "lifted sanctions",
  // "in breach of sanctions" name none. Known by whom it targets ("Sanctions against X").
  { kind: 'sanctions', word: /^(sanctions)$/, noun: 'Sanctions', keyBy: 'patient', prep: 'against', pluralOk: true, nounOnly: true,
    needs: /^(imposed|imposes|imposing|approved|approves|adopted|adopts|slapped|slaps|package|packages)$/, needsBefore: 8, needsAfter: 1 },
  // A state firing a missile as a trial of it: "X test-fired a ballistic missile", "the launch of an
  // intermediate-range missile", "a missile test"; known by who fired it. A launch or a test with no
  // missile near it (a product launch, a drug test) is none; "the launch" or "the test" after one
  // told is the same test again.
  // (The tokens split "test-fired": the verb after "test".)
  { kind: 'missileTest', word: /^(fired|fires|fire|firing|launched|launches)$/, noun: 'Missile test', keyBy: 'agent', prep: 'by', needs: /^(test)$/, needsBefore: 1 },
  { kind: 'missileTest', word: /^(launch|launches|test|tests)$/, noun: 'Missile test', keyBy: 'agent', prep: 'by', nounOnly: true, pluralOk: true,
    needs: /^(missile|missiles|ballistic|icbm|icbms|hypersonic)$/, needsBefore: 2, needsAfter: 5 },
  { kind: 'missileTest', word: /^(launch|test)$/, noun: 'Missile test', keyBy: 'agent', prep: 'by', joinOnly: true, needs: /^(the)$/, needsBefore: 1 },
  // "the missile, named X by its makers, was launched on 3 May": the test told again, with its day.
  { kind: 'missileTest', word: /^(fired|launched)$/, noun: 'Missile test', keyBy: 'agent', prep: 'by', joinOnly: true, passiveOnly: true, needs: /^(missile|missiles)$/, needsBefore: 10 },
  // A court asked to rule: "the party petitioned the court", "asked the Supreme Court to annul X".
  { kind: 'petition', word: /^(petition|petitioned|petitions)$/, noun: 'Petition', keyBy: 'place', spot: true, needs: /^(filed|files|lodged|submitted|court|judges?|hearing|tribunal)$/, needsBefore: 4, needsAfter: 6 },
  { kind: 'petition', word: /^(asked|asks|petitioned)$/, noun: 'Petition', keyBy: 'place', spot: true, needs: /^(court|tribunal)$/, needsAfter: 4 },
  // A riot (in a prison, a town): "riot police" and "riot gear" are no riot.
  { kind: 'riot', word: /^(riot|rioting)$/, noun: 'Riot', keyBy: 'place', notBefore: /^(police|gear|squad|shields?|act|control|officers|units?)$/ },
  // Markets: a currency falling to a record low ("X's currency fell to a record low against the
  // dollar", "the rand slid to an all-time low"); known by whose currency it is. A fall without a
  // record ("the peso fell 2%") is the daily market, no event.
  { kind: 'slide', word: /^(fell|falls|fall|slid|slides|slumped|slumps|plunged|plunges|tumbled|tumbles|dropped|drops|sank|sinks|crashed|hit|hits)$/, noun: 'Currency slide', keyBy: 'place',
    needs: CURRENCY, needsBefore: 3, also: /^(low|lows|lowest)$/, alsoAfter: 7 },
  { kind: 'emergency', word: /^(emergency)$/, noun: 'State of emergency', keyBy: 'place', needs: /^(state|declared|declares|declare)$/, needsBefore: 3 },
];

// Asked for every token of every article and again for the words near each event: each word's
// triggers are looked up once (the vocabulary of a corpus is small beside its token count).
const TRIGGERS_BY_WORD = new Map<string, EventTrigger[]>();
const NONE: EventTrigger[] = [];

/** Every trigger the token can be, in order: the first of a kind whose context fits is the one. */
export function triggersOf(normal: string): EventTrigger[] {
  return memo(TRIGGERS_BY_WORD, normal, (word) => {
    const all = EVENT_TRIGGERS.filter((t) => t.word.test(word));
    return all.length ? all : NONE;
  });
}

/** Verbs of intention, wish, request or refusal: an act after "to" + verb is wanted, not done. */
export const WISHED = /^(require|requires|required|demand|demands|demanded|threaten|threatens|threatened|plan|plans|planned|want|wants|wanted|vow|vows|vowed|promise|promises|promised|agree|agrees|agreed|refuse|refuses|refused|urge|urges|urged|ask|asks|asked|call|calls|called|expect|expects|expected|hope|hopes|hoped|intend|intends|intended|seek|seeks|sought|seeking|hoping|planning|wanting|intending|refusing|threatening|aims|aim|aimed|aiming|wishes|wish|wished)$/;

/** Verbs that bring an event about: what they make does not exist before them. */
const BRING_ABOUT = /^(open|hold|launch|stage|start|begin|resume|restart|host|convene|organise|organize|call|sign|conclude|reach|strike|mount|conduct|negotiate|broker|seal|secure|carry|declare|impose)$/;

/** Words that can stand between a verb and its object noun: "a fresh", "formal accession", "two-day". */
function modifiesNoun(t: Token): boolean {
  return !/[,;:]/.test(t.post) && (/^(out|up)$/.test(t.normal) || t.tags.includes('Determiner') || t.tags.includes('Adjective') || t.tags.includes('Value') ||
    (t.tags.includes('Noun') && !t.tags.includes('Pronoun')) || /^(his|her|their|its|our)$/.test(t.normal));
}

/**
 * "plans to hold talks on 3 May": one of `dates` after the event word ending at `end`, in the same
 * clause (no comma or semicolon between), schedules a wished-for act (objectOfWishedAct) as news.
 */
export function dateFollowsInClause(text: string, end: number, dates: readonly { start: number }[]): boolean {
  return dates.some((d) => d.start >= end && !/[,;]/.test(text.slice(end, d.start)));
}

/**
 * "seeks to open accession talks with X", "hopes to hold a summit", "threatened to launch an
 * offensive": an event noun that is the object of an infinitive governed by a verb of intention,
 * wish, request or refusal is wanted, not reported as happening. compromise does not always tag
 * the verb after "to" one ("to open"), so the frame is read by its words: WISHED, then "to", then a
 * verb that brings the event about, then only the noun's modifiers.
 */
export function objectOfWishedAct(tokens: Token[], from: number, i: number): boolean {
  let to = i - 2;
  while (to > from && i - to <= 6 && tokens[to].normal !== 'to') to--;
  if (to <= from || tokens[to].normal !== 'to' || /[,;:]/.test(tokens[to].post) || /[,;:]/.test(tokens[to + 1].post)) return false;
  // "agreed to a truce": "to" is a preposition before the noun's own phrase, not an infinitive's.
  // Only a verb that brings the event about ("to open talks", "to launch an offensive"): "asked the
  // court to annul last week's election" wants the election undone, and it did take place.
  if (!BRING_ABOUT.test(tokens[to + 1].normal)) return false;
  if (!tokens.slice(to + 2, i).every(modifiesNoun)) return false;
  return tokens.slice(Math.max(from, to - 3), to).some((x) => WISHED.test(x.normal));
}
