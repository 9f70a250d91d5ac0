// Acts named by nouns, whose actor is the body owning or qualifying the noun:
//   "Russia's attack on Kyiv", "Israeli air strikes on Gaza", "the EU imposed sanctions on Iran",
//   "talks between Japan and China", "approved a loan to Bangladesh", "shares a border with X".
// A clause subject alone does not make the actor: in "Turkey condemned the attack on Kyiv" Turkey
// condemned, it did not attack. Only a possessor, a name or demonym right before the noun, or the
// subject of a verb that carries the act out ("launched strikes on", "imposed sanctions on") does.
import type { EmitRelation, LocalEntity } from './article';
import { stateOfDemonym, TITLE_WORDS } from './gazetteer';
import { namedSlots, type NamedSlot } from './namedSlots';
import { ensureDemonymState, type SentenceMentions } from './resolveArticle';
import type { Token } from './tokens';

const ACTS: [RegExp, string][] = [
  [/^(attack|attacks|strike|strikes|airstrike|airstrikes|air-strikes|assault|assaults|offensive|bombardment|bombing|shelling|raid|raids|incursion|incursions)$/, 'attacked'],
  [/^(sanctions|embargo|blockade|tariffs)$/, 'sanctioned'],
  // "imposed a visa ban on X", "the US travel ban on Y": a ban on a person, a body or a state.
  [/^(ban|bans)$/, 'imposed_ban_on'],
];
// Joint military exercises held with another force or state ("joint drills with the Y Navy").
const DRILLS = /^(drills|exercises|manoeuvres|maneuvers|wargames|war-games)$/;
// Verbs by which a subject holds exercises ("held", "staged", "hosted", "began").
const HOLD = /^(hold|held|holds|holding|stage|staged|stages|host|hosted|hosts|begin|began|begun|begins|start|started|starts|conduct|conducted|conducts|join|joined|joins|carry|carried)$/;
const CARRY_OUT = /^(launch|launched|launches|launching|carry|carried|carries|conduct|conducted|conducts|impose|imposed|imposes|imposing|slap|slapped|order|ordered|orders|step|stepped|intensify|intensified|resume|resumed|announce|announced|extend|extended|expand|expanded|tighten|tightened)$/;
const GIFTS: [RegExp, string][] = [
  [/^(loan|loans|credit|credits)$/, 'lends_to'],
  [/^(aid|assistance|grant|grants|donation|donations|funding)$/, 'gives_aid_to'],
];
const GRANT = /^(approve|approved|approves|pledge|pledged|pledges|provide|provided|provides|give|gave|gives|given|offer|offered|offers|extend|extended|extends|send|sent|sends|grant|granted|grants|announce|announced|announces|disburse|disbursed)$/;
const MEETING = /^(talks|meeting|meetings|summit|negotiations|call|consultations)$/;
const NEGATORS = /^(not|never|no|neither|nor|denied|deny|denies)$|n['’]t$/;
const ACTORS = new Set(['state', 'organization', 'person']);

export function relateActNouns(
  articleId: string,
  tokens: Token[],
  sm: SentenceMentions,
  entities: Map<string, LocalEntity>,
  emit: EmitRelation,
): void {
  const { from, to } = sm;
  let slots: NamedSlot[] | undefined;
  const negatedBefore = (i: number): boolean => tokens.slice(Math.max(from, i - 5), i).some((t) => NEGATORS.test(t.normal));
  for (let i = from; i < to - 2; i++) {
    const t = tokens[i];
    // The tagger may read "strikes" as a verb; followed by "on"/"against" it names the act.
    const act = ACTS.find(([re]) => re.test(t.normal))?.[1];
    if (act) {
      if (!/^(on|against)$/.test(tokens[i + 1].normal) || negatedBefore(i)) continue;
      slots ??= namedSlots(sm, entities);
      let k = tokens[i + 2].normal === 'the' ? i + 3 : i + 2;
      // "a visa ban on General X": a rank or title before the name.
      k = pastTitles(tokens, k, Math.min(to - 1, i + 5));
      // People are sanctioned and banned; an "attack on" a person is rarer than a reading of it gone wrong.
      const target = slots.find((s) => s.m.from === k && (s.type !== 'person' || act !== 'attacked'));
      if (!target) continue;
      // The actor: a possessor or a name/demonym within two words before the noun ("Israeli air strikes").
      let actor: string | undefined;
      for (let j = i - 1; j >= Math.max(from, i - 2) && !actor; j--) {
        const s = slots.find((x) => x.m.to === j + 1 && ACTORS.has(x.type));
        if (s) actor = s.key;
        else {
          const state = tokens[j].proper ? stateOfDemonym(tokens[j].text) : undefined;
          if (state) actor = ensureDemonymState(entities, articleId, state, tokens[j], sm.sentence);
        }
        if (!actor && (tokens[j].proper || /[,;:]/.test(tokens[j].post))) break;
      }
      // Or the subject of a verb carrying it out just before: "the EU imposed new sanctions on".
      if (!actor) {
        const verb = [...Array(4).keys()].map((d) => i - 1 - d).find((j) => j > from && CARRY_OUT.test(tokens[j].normal));
        if (verb !== undefined) {
          const subject = slots.filter((s) => s.m.to <= verb && verb - s.m.to <= 3 && ACTORS.has(s.type)).pop();
          if (subject && !/^(in|on|at|of|to|from|for|with|against)$/.test(tokens[subject.m.from - 1]?.normal ?? '')) actor = subject.key;
        }
      }
      if (actor !== target.key) emit(actor, act, target.key);
      // "sanctions on X, Y and the Z": every name of the list is a target.
      for (const more of listedAfter(tokens, slots, target, to)) if (actor !== more.key && (more.type !== 'person' || act !== 'attacked')) emit(actor, act, more.key);
      continue;
    }
    // "The Y Navy held joint drills with the Z Navy", "a port call and joint exercises with the Z":
    // the exercises' other party after "with"; the holder the subject of a verb holding them, else
    // the sentence's subject.
    if (DRILLS.test(t.normal) && tokens[i + 1].normal === 'with' && !negatedBefore(i)) {
      slots ??= namedSlots(sm, entities);
      const k = tokens[i + 2].normal === 'the' ? i + 3 : i + 2;
      const other = slots.find((s) => s.m.from === k && (s.type === 'organization' || s.type === 'state'));
      const holder = other && drillHolder(tokens, slots, from, i);
      if (other && holder && holder !== other.key) emit(holder < other.key ? holder : other.key, 'held_drills_with', holder < other.key ? other.key : holder);
      continue;
    }
    // "approved a $50 million loan to Bangladesh", "pledged aid to Haiti": the giver is the subject
    // of the verb that grants it.
    const gift = GIFTS.find(([re]) => re.test(t.normal))?.[1];
    if (gift && tokens[i + 1].normal === 'to' && !negatedBefore(i)) {
      slots ??= namedSlots(sm, entities);
      const k = tokens[i + 2].normal === 'the' ? i + 3 : i + 2;
      const target = slots.find((s) => s.m.from === k && s.type !== 'person');
      const verb = [...Array(6).keys()].map((d) => i - 1 - d).find((j) => j >= from && GRANT.test(tokens[j].normal));
      const giver = verb !== undefined ? slots.filter((s) => s.m.to <= verb && verb - s.m.to <= 4 && ACTORS.has(s.type) && !/^(in|on|at|of|to|from|for|with|against|by)$/.test(tokens[s.m.from - 1]?.normal ?? '')).pop() : undefined;
      if (target && giver && giver.key !== target.key) emit(giver.key, gift, target.key);
      continue;
    }
    // "India, which shares a long border with Bangladesh", "Chile's border with Bolivia".
    if ((t.normal === 'border' || t.normal === 'borders') && tokens[i + 1].normal === 'with' && !negatedBefore(i)) {
      slots ??= namedSlots(sm, entities);
      const k = tokens[i + 2].normal === 'the' ? i + 3 : i + 2;
      const other = slots.find((s) => s.m.from === k && (s.type === 'state' || s.type === 'place'));
      let own = slots.find((s) => s.m.possessive && s.m.to <= i && i - s.m.to <= 2 && s.type === 'state');
      const share = [...Array(4).keys()].map((d) => i - 1 - d).find((j) => j >= from && /^(share|shares|shared|sharing)$/.test(tokens[j].normal));
      if (!own && share !== undefined) {
        own = slots.filter((s) => s.m.to <= share && share - s.m.to <= 3 && s.type === 'state').pop();
        // "India, which shares ...": the antecedent of the relative pronoun.
        if (!own && /^(which|that)$/.test(tokens[share - 1]?.normal ?? '')) own = slots.filter((s) => s.m.to <= share - 1 && s.type === 'state').pop();
      }
      if (own && other && own.key !== other.key) emit(own.key < other.key ? own.key : other.key, 'borders', own.key < other.key ? other.key : own.key);
      continue;
    }
    // "talks between Japan and China": the two met.
    if (t.tags.includes('Noun') && MEETING.test(t.normal) && tokens[i + 1].normal === 'between' && !negatedBefore(i)) {
      slots ??= namedSlots(sm, entities);
      const k = tokens[i + 2].normal === 'the' ? i + 3 : i + 2;
      const a = slots.find((s) => s.m.from === k && ACTORS.has(s.type));
      if (!a || tokens[a.m.to]?.normal !== 'and') continue;
      const b = slots.find((s) => (s.m.from === a.m.to + 1 || (tokens[a.m.to + 1]?.normal === 'the' && s.m.from === a.m.to + 2)) && ACTORS.has(s.type));
      if (b && b.key !== a.key) emit(a.key < b.key ? a.key : b.key, 'meets', a.key < b.key ? b.key : a.key);
    }
  }
}

/** Who holds the exercises named at token i: the subject of a verb holding them ("Georgia hosted the
 * exercises with ..."), else the sentence's first body or state not behind a preposition. */
function drillHolder(tokens: Token[], slots: NamedSlot[], from: number, i: number): string | undefined {
  const free = (s: NamedSlot): boolean => (s.type === 'organization' || s.type === 'state') && !/^(in|on|at|of|to|from|for|with|against|by|near|off)$/.test(tokens[s.m.from - 1]?.normal ?? '');
  let verb: number | undefined;
  for (let j = i - 1; j >= i - 6 && j > from && verb === undefined; j--) if (HOLD.test(tokens[j].normal)) verb = j;
  if (verb !== undefined) {
    const subject = slots.filter((s) => s.m.to <= verb && verb - s.m.to <= 4 && free(s)).pop();
    if (subject) return subject.key;
  }
  const first = slots.find((s) => s.m.to <= i);
  return first && free(first) && !first.m.possessive ? first.key : undefined;
}

/** The token after the capitalised ranks and titles from k on ("General", "Colonel"), short of `end`. */
function pastTitles(tokens: Token[], k: number, end: number): number {
  while (k < end && TITLE_WORDS.has(tokens[k].normal) && tokens[k].proper) k++;
  return k;
}

/** The names listed after `first` ("X, Y and the Z"), titles allowed; a list ends in "and", so names
 * joined by commas only ("strikes on X, Y said") are no part of it. */
function listedAfter(tokens: Token[], slots: NamedSlot[], first: NamedSlot, to: number): NamedSlot[] {
  const out: NamedSlot[] = [];
  let closed = 0;
  let last = first;
  for (;;) {
    let k = last.m.to;
    const and = tokens[k]?.normal === 'and';
    if (and) k++;
    else if (!/^,\s*$/.test(tokens[k - 1].post)) break;
    if (tokens[k]?.normal === 'the') k++;
    k = pastTitles(tokens, k, to);
    const next = slots.find((s) => s.m.from === k && ACTORS.has(s.type));
    if (!next) break;
    out.push(next);
    if (and) closed = out.length;
    last = next;
  }
  return out.slice(0, closed);
}
