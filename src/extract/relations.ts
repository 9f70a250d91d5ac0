// The relation vocabulary: verbs (by dictionary form) and nouns that state a relation.
import { ADMIN_UNIT_NOUNS, isRegionName } from './gazetteer';
import { memo } from './memo';

export interface VerbRelation {
  relation: string;
  /** The object must follow this preposition ("withdrew ... from X"). */
  preposition?: string;
  symmetric?: boolean;
  /** The object must be one of these kinds ("headed the union" is an office; "headed to Paris" is travel). */
  objectKinds?: string[];
}

const BODIES = ['organization', 'state'];

// The spokesperson's title in one word.
export const SPOKESPERSON = /^(spokesperson|spokesman|spokeswoman)$/;
// A body's mission or delegation by its common noun, and the relation of the one who heads it.
export const MISSION_RELATIONS = new Map<string, string>([['mission', 'heads_mission_of'], ['delegation', 'led_delegation_of']]);

export const VERB_RELATIONS: Record<string, VerbRelation> = {
  meet: { relation: 'meets', symmetric: true },
  host: { relation: 'hosts' },
  visit: { relation: 'visits' },
  topple: { relation: 'toppled' },
  overthrow: { relation: 'toppled' },
  oust: { relation: 'toppled' },
  depose: { relation: 'toppled' },
  remove: { relation: 'toppled', preposition: 'power' },
  shelter: { relation: 'shelters' },
  harbor: { relation: 'shelters' },
  harbour: { relation: 'shelters' },
  back: { relation: 'backs' },
  support: { relation: 'backs' },
  arm: { relation: 'backs' },
  fund: { relation: 'funds' },
  withdraw: { relation: 'withdrew_from', preposition: 'from' },
  pull: { relation: 'withdrew_from', preposition: 'out' },
  praise: { relation: 'praised' },
  hail: { relation: 'praised' },
  laud: { relation: 'praised' },
  commend: { relation: 'praised' },
  criticize: { relation: 'criticised' },
  criticise: { relation: 'criticised' },
  condemn: { relation: 'condemned' },
  thank: { relation: 'thanked' },
  congratulate: { relation: 'congratulated' },
  abduct: { relation: 'abducted' },
  kidnap: { relation: 'abducted' },
  capture: { relation: 'captured' },
  seize: { relation: 'captured' },
  arrest: { relation: 'arrested' },
  detain: { relation: 'arrested' },
  attack: { relation: 'attacked' },
  bomb: { relation: 'attacked' },
  strike: { relation: 'attacked' },
  invade: { relation: 'invaded' },
  sanction: { relation: 'sanctioned' },
  // One accuses a person or a body, never a place ("accused the army of moving troops towards X").
  accuse: { relation: 'accused', objectKinds: ['person', 'organization', 'state'] },
  sue: { relation: 'sued' },
  charge: { relation: 'charged' },
  convict: { relation: 'convicted' },
  sentence: { relation: 'sentenced' },
  acquit: { relation: 'acquitted' },
  warn: { relation: 'warned' },
  threaten: { relation: 'threatened' },
  expel: { relation: 'expelled' },
  kill: { relation: 'killed' },
  elect: { relation: 'elected' },
  appoint: { relation: 'appointed' },
  nominate: { relation: 'nominated' },
  fire: { relation: 'dismissed' },
  dismiss: { relation: 'dismissed' },
  sack: { relation: 'dismissed' },
  recognize: { relation: 'recognised' },
  recognise: { relation: 'recognised' },
  control: { relation: 'controls' },
  command: { relation: 'commands' },
  defeat: { relation: 'defeated' },
  // "X lost to Y" (a vote, a runoff, a final): defeat said from the loser's side.
  lose: { relation: 'lost_to', preposition: 'to', objectKinds: ['person', 'organization', 'state'] },
  endorse: { relation: 'endorsed' },
  oppose: { relation: 'opposes' },
  negotiate: { relation: 'negotiates_with', preposition: 'with', symmetric: true },
  call: { relation: 'called', preposition: 'phone' },
  acquire: { relation: 'acquired' },
  buy: { relation: 'acquired' },
  employ: { relation: 'employs' },
  join: { relation: 'joined' },
  occupy: { relation: 'occupies' },
  bar: { relation: 'barred' },
  ban: { relation: 'banned' },
  fine: { relation: 'fined' },
  // "Japan and the Philippines signed a pact": the signatories; the document itself is no entity.
  sign: { relation: 'signed_agreement_with', preposition: 'with', symmetric: true },
  supply: { relation: 'supplies' },
  deliver: { relation: 'supplies' },
  suspend: { relation: 'suspended' },
  hit: { relation: 'attacked' },
  shell: { relation: 'attacked' },
  raid: { relation: 'attacked' },
  prosecute: { relation: 'prosecutes' },
  indict: { relation: 'charged' },
  represent: { relation: 'represents', objectKinds: ['person', 'organization'] },
  defend: { relation: 'defends', objectKinds: ['person'] },
  lead: { relation: 'leads', objectKinds: BODIES },
  head: { relation: 'leads', objectKinds: BODIES },
  chair: { relation: 'leads', objectKinds: BODIES },
  govern: { relation: 'leads', objectKinds: ['state', 'place'] },
  rule: { relation: 'leads', objectKinds: ['state', 'place'] },
  // "Lula spoke with Jerí by phone": a conversation between the two.
  speak: { relation: 'spoke_with', preposition: 'with', symmetric: true },
  talk: { relation: 'spoke_with', preposition: 'with', symmetric: true },
  run: { relation: 'operates', objectKinds: ['organization', 'base'] },
  operate: { relation: 'operates', objectKinds: ['organization', 'base'] },
  // "Kenya deployed 1,000 officers to Haiti": where the forces went, after "to".
  // "X, owned by Y", "Y owns the X terminal": ownership of a body or a facility.
  own: { relation: 'owns', objectKinds: ['organization', 'base', 'place'] },
  deploy: { relation: 'deployed_to', preposition: 'to', objectKinds: ['state', 'place', 'base'] },
  retake: { relation: 'captured' },
  recapture: { relation: 'captured' },
  blockade: { relation: 'blockaded' },
  intercept: { relation: 'intercepted' },
  damage: { relation: 'damaged' },
  // "said it would appeal to the General Court": the body that hears the appeal.
  appeal: { relation: 'appeals_to', preposition: 'to', objectKinds: ['organization'] },
  // "left the Economic Community", "quit the alliance": leaving a body, not a place or an office.
  leave: { relation: 'withdrew_from', objectKinds: ['organization'] },
  quit: { relation: 'withdrew_from', objectKinds: ['organization'] },
  reject: { relation: 'rejected', objectKinds: ['person', 'organization', 'state'] },
  // Common news verbs of justice, diplomacy and conflict, each naming what the subject did to the object.
  extradite: { relation: 'extradited', objectKinds: ['person'] },
  deport: { relation: 'deported', objectKinds: ['person'] },
  release: { relation: 'released', objectKinds: ['person'] },
  free: { relation: 'released', objectKinds: ['person'] },
  rescue: { relation: 'rescued', objectKinds: ['person'] },
  summon: { relation: 'summoned', objectKinds: ['person'] },
  denounce: { relation: 'condemned' },
  blame: { relation: 'blamed' },
  finance: { relation: 'funds' },
  bankroll: { relation: 'funds' },
  annex: { relation: 'annexed', objectKinds: ['state', 'place'] },
  besiege: { relation: 'besieged', objectKinds: ['place', 'base'] },
  investigate: { relation: 'investigates', objectKinds: ['person', 'organization'] },
  // "X belongs to the alliance Y": membership of a body.
  belong: { relation: 'member_of', preposition: 'to', objectKinds: ['organization'] },
  dispute: { relation: 'rejected', objectKinds: ['person', 'organization', 'state'] },
  // Transfer of forces and craft: "Y sent the hospital ship X", "X was dispatched by Y". A unit or a
  // vessel (read as a base) is sent; a name behind "to" is where, which deployed_to reads.
  send: { relation: 'sent', objectKinds: ['organization', 'base'] },
  dispatch: { relation: 'sent', objectKinds: ['organization', 'base'] },
  // Use of a facility: "the base, which is used by X", "an airfield shared by A and B".
  use: { relation: 'uses', objectKinds: ['base'] },
  share: { relation: 'uses', objectKinds: ['base'] },
  // Training a force: "officers from Y train the X Mobile Force".
  train: { relation: 'trains', objectKinds: ['organization'] },
  // Scrutiny, removal and punishment of a person by a body or a person: "was questioned by the
  // committee", "voted to impeach the president", "succeeded X as leader".
  question: { relation: 'questioned', objectKinds: ['person'] },
  interrogate: { relation: 'questioned', objectKinds: ['person'] },
  grill: { relation: 'questioned', objectKinds: ['person'] },
  impeach: { relation: 'impeached', objectKinds: ['person'] },
  censure: { relation: 'censured', objectKinds: ['person', 'organization'] },
  reprimand: { relation: 'censured', objectKinds: ['person', 'organization'] },
  pardon: { relation: 'pardoned', objectKinds: ['person'] },
  imprison: { relation: 'imprisoned', objectKinds: ['person'] },
  jail: { relation: 'imprisoned', objectKinds: ['person'] },
  assassinate: { relation: 'killed', objectKinds: ['person'] },
  murder: { relation: 'killed', objectKinds: ['person'] },
  succeed: { relation: 'succeeded', objectKinds: ['person'] },
  replace: { relation: 'succeeded', objectKinds: ['person'] },
  // Membership stated from the body: "the AES, which groups Mali, Burkina Faso and Niger".
  group: { relation: 'has_member', objectKinds: ['state', 'organization'] },
  comprise: { relation: 'has_member', objectKinds: ['state', 'organization'] },
  unite: { relation: 'has_member', objectKinds: ['state', 'organization'] },
};

/** Nouns that carry a relation: "X’s sheltering of Y", "a key backer of Y", "talks with Y". */
export const NOUN_RELATIONS: Record<string, { relation: string; preposition: string; symmetric?: boolean }> = {
  sheltering: { relation: 'shelters', preposition: 'of' },
  backer: { relation: 'backs', preposition: 'of' },
  supporter: { relation: 'backs', preposition: 'of' },
  protector: { relation: 'backs', preposition: 'of' },
  sponsor: { relation: 'backs', preposition: 'of' },
  ally: { relation: 'ally_of', preposition: 'of' },
  withdrawal: { relation: 'withdrew_from', preposition: 'from' },
  meeting: { relation: 'meets', preposition: 'with', symmetric: true },
  talks: { relation: 'meets', preposition: 'with', symmetric: true },
  summit: { relation: 'meets', preposition: 'with', symmetric: true },
  visit: { relation: 'visits', preposition: 'to' },
  trip: { relation: 'visits', preposition: 'to' },
  shelter: { relation: 'shelters', preposition: 'to' },
  refuge: { relation: 'shelters', preposition: 'to' },
  support: { relation: 'backs', preposition: 'for|to' },
  ties: { relation: 'ties_with', preposition: 'with', symmetric: true },
  rapport: { relation: 'ties_with', preposition: 'with', symmetric: true },
  invasion: { relation: 'invaded', preposition: 'of' },
  occupation: { relation: 'occupies', preposition: 'of' },
  // "Guinea-Bissau ... since independence from Portugal"
  independence: { relation: 'independent_from', preposition: 'from' },
};

// Relations read the same both ways, whichever pattern states them: one edge per pair.
export const SYMMETRIC = new Set([
  ...[...Object.values(VERB_RELATIONS), ...Object.values(NOUN_RELATIONS)].filter((r) => r.symmetric).map((r) => r.relation),
  'next_to', 'held_drills_with', 'spouse_of', 'sibling_of', 'cousin_of', 'relative_of', 'borders', 'joint_venture_with', 'partners_with', 'merged_with', 'rival_of',
]);

// Offices and memberships a person holds in a body (a state or an organisation). A place or a
// base names no employer: "adviser for Africa" is a remit, "mayor of X" and "governor of X" are
// the only offices a place holds.
const OFFICE_IN_BODY = /^(former_)?(works_for|leader_of|member_of|spokesperson_of|envoy_of|ambassador_of|consul_of|negotiator_for|commander_of|chairperson_of|minister_of|\w+_minister_of)$/;

/** Whether a relation may point at an entity of this type (offices are held in bodies only). */
// Common cabinet portfolios, named before "Minister" or "ministry" ("Energy Minister", "the Russian
// defence ministry"): part of the office or body, never its holder.
export const PORTFOLIOS = /^(information|energy|transport|transportation|security|home|interior|finance|economy|economic|trade|commerce|industry|justice|health|education|labour|labor|agriculture|environment|water|mining|mines|oil|petroleum|tourism|culture|sports?|youth|communications?|telecommunications|infrastructure|housing|planning|development|fisheries|defen[cs]e|foreign|immigration|migration|welfare|works|public|social|national|internal|territorial|administration|treasury|budget|investment|digital|science|technology)$/;

// Head nouns of facilities: a governor or a mayor holds office in a town, province or state, never
// in an airport, port or base that bears the place's name.
const FACILITY_HEAD = /\s(airport|airfield|airbase|air base|base|port|harbour|harbor|station|terminal|camp|mine|dam|plant|refinery|barracks)$/i;

// Qualifiers that put an office under the body's leader ("project director", "regional head").
export const SUB_OFFICE = /^(project|projects|programme|program|research|regional|country|deputy|assistant|associate|vice|communications|policy|sales|technical|medical|legal|campaign|operations|field|area|division|department|press|media|security|finance|marketing|editorial|news|bureau|desk|unit|branch|office|team|section|study|studies)$/;

// A unit of a state by its name's last word ("Korvan Prefecture", "Tesselo Region"): land a body holds
// or governs, never a facility one operates.
const ADMIN_UNIT_NAME = new RegExp(`\\s(${ADMIN_UNIT_NOUNS.filter((w) => !/^(state|city|territory)$/.test(w)).join('|')})$`, 'i');

export function fitsTarget(relation: string, target: { type: string; label: string } | undefined): boolean {
  if (target && relation === 'operates' && target.type !== 'base' && ADMIN_UNIT_NAME.test(target.label)) return false;
  if (target && /^(former_)?(governor|mayor)_of$/.test(relation)) return target.type !== 'base' && !FACILITY_HEAD.test(target.label);
  if (!target || !OFFICE_IN_BODY.test(relation)) return true;
  // A continent read as a body ("adviser for Africa") is still the continent.
  return target.type !== 'place' && target.type !== 'base' && !isRegionName(target.label);
}

export function relationLabel(relation: string): string {
  return relation.replace(/_/g, ' ');
}

// Irregular past forms of the relation verbs; regular ones are found by trimming suffixes.
const IRREGULAR: Record<string, string> = {
  met: 'meet', withdrew: 'withdraw', withdrawn: 'withdraw', overthrew: 'overthrow', overthrown: 'overthrow',
  struck: 'strike', fought: 'fight', led: 'lead', sought: 'seek', took: 'take', taken: 'take', held: 'hold',
  hid: 'hide', left: 'leave', lost: 'lose', won: 'win', beat: 'beat', beaten: 'beat', fled: 'flee', drove: 'drive', driven: 'drive',
  brought: 'bring', sent: 'send', bought: 'buy', chose: 'choose', chosen: 'choose', forbade: 'forbid', shot: 'shoot',
  arose: 'arise', swore: 'swear', sworn: 'swear', sold: 'sell', told: 'tell', gave: 'give', given: 'give',
  ran: 'run', spoke: 'speak', spoken: 'speak', retook: 'retake', retaken: 'retake', quits: 'quit', quitting: 'quit',
};

/** Verb relations by word form, computed once per form. */
const VERB_RELATION_OF = new Map<string, VerbRelation | undefined>();

/** The relation a verb form states ("toppled", "meets", "withdrew", "backing"), by its dictionary form. */
export function verbRelationOf(word: string): VerbRelation | undefined {
  return memo(VERB_RELATION_OF, word, computeVerbRelationOf);
}

function computeVerbRelationOf(word: string): VerbRelation | undefined {
  // "co-chaired", "co-hosted", "co-founded": done jointly, the same relation for each doer.
  const w = word.toLowerCase().replace(/^co-(?=[a-z]{3})/, '');
  const irregular = IRREGULAR[w];
  if (irregular) return VERB_RELATIONS[irregular];
  if (VERB_RELATIONS[w]) return VERB_RELATIONS[w];
  const candidates: string[] = [];
  for (const [suffix, repl] of [['ies', 'y'], ['ied', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['d', ''], ['ing', ''], ['ing', 'e']] as const) {
    if (!w.endsWith(suffix) || w.length - suffix.length < 2) continue;
    const stem = w.slice(0, -suffix.length) + repl;
    candidates.push(stem);
    // "stopped" → "stop", "kidnapped" → "kidnap"
    if (/([bdfgklmnprtz])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
  }
  for (const c of candidates) if (VERB_RELATIONS[c]) return VERB_RELATIONS[c];
  return undefined;
}

/** Plural kinship nouns said of people named together ("the brothers X and Y") and their relation. */
export const KIN_PLURALS: Record<string, string> = { cousins: 'cousin_of', brothers: 'sibling_of', sisters: 'sibling_of', siblings: 'sibling_of' };
