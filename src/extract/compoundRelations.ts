// Relations packed into a hyphenated modifier: "the Iran-backed militia", "the Houthi-held capital
// Sanaa", "the Saudi-led coalition", "the London-based think tank". The name before the hyphen
// does the participle's act to the thing the phrase names.
import type { EmitRelation, LocalEntity } from './article';
import { stateName, stateOfDemonym } from './gazetteer';
import { bodyNamed, namedSlots, type NamedSlot } from './namedSlots';
import { ensureDemonymState, type SentenceMentions } from './resolveArticle';
import type { Token } from './tokens';

/** Participle → relation, and whether the named thing (after) is the relation's source. */
const PARTICIPLES: Record<string, { relation: string; reversed?: boolean; targets: string[] }> = {
  held: { relation: 'controls', targets: ['place', 'base'] },
  controlled: { relation: 'controls', targets: ['place', 'base'] },
  occupied: { relation: 'occupies', targets: ['place', 'base', 'state'] },
  led: { relation: 'leads', targets: ['organization'] },
  backed: { relation: 'backs', targets: ['organization', 'person', 'state'] },
  sponsored: { relation: 'backs', targets: ['organization', 'person', 'state'] },
  supported: { relation: 'backs', targets: ['organization', 'person', 'state'] },
  funded: { relation: 'funds', targets: ['organization'] },
  armed: { relation: 'backs', targets: ['organization'] },
  aligned: { relation: 'aligned_with', reversed: true, targets: ['organization', 'person', 'state'] },
  allied: { relation: 'ally_of', reversed: true, targets: ['organization', 'person', 'state'] },
  owned: { relation: 'owns', targets: ['organization', 'base'] },
  run: { relation: 'operates', targets: ['organization', 'base'] },
  operated: { relation: 'operates', targets: ['organization', 'base'] },
  based: { relation: 'based_in', reversed: true, targets: ['organization'] },
};

export function relateCompounds(
  articleId: string,
  tokens: Token[],
  sm: SentenceMentions,
  entities: Map<string, LocalEntity>,
  emit: EmitRelation,
): void {
  const { from, to } = sm;
  let slots: NamedSlot[] | undefined;
  for (let i = from; i < to - 1; i++) {
    const t = tokens[i];
    if (t.post !== '-' || !t.proper) continue;
    const how = PARTICIPLES[tokens[i + 1].normal];
    if (!how) continue;
    slots ??= namedSlots(sm, entities);
    // The thing named: a mention spanning the compound ("the Saudi-led coalition"), else the next
    // name within the noun phrase ("the Houthi-held capital Sanaa").
    let named = slots.find((s) => s.m.from <= i + 1 && i + 1 < s.m.to);
    // "the Russian-backed breakaway region of X": a polity named by a region noun and "of" may be
    // backed as a body is (a separatist territory acts through its own authorities).
    let polityOf = false;
    if (!named) {
      for (let k = i + 2; k < Math.min(to, i + 6); k++) {
        named = slots.find((s) => s.m.from === k);
        if (named && tokens[k - 1]?.normal === 'of' && /^(region|republic|territory|enclave|province)$/.test(tokens[k - 2]?.normal ?? '')) polityOf = true;
        // "the Russian-held city of Donetsk": "of" after a settlement noun still names it.
        const settlementOf = tokens[k].normal === 'of' && /^(town|city|village|capital|port|region|province|district|island|area|republic|territory|enclave)$/.test(tokens[k - 1].normal);
        if (named || /[,;:]/.test(tokens[k].post) || tokens[k].tags.includes('Verb') || (tokens[k].tags.includes('Preposition') && !settlementOf)) break;
      }
    }
    // "Human Rights Watch, a New York-based group": the body the apposition describes.
    if (!named && how.relation === 'based_in') {
      let k = i - 1;
      while (k >= from && tokens[k].proper && !/,/.test(tokens[k].post)) k--;
      if (k >= from && /^(a|an|the)$/.test(tokens[k].normal) && /,/.test(tokens[k - 1]?.post ?? '')) named = slots.find((s) => s.m.to === k && s.type === 'organization');
    }
    if (!named || !(how.targets.includes(named.type) || (polityOf && how.relation === 'backs' && named.type === 'place'))) continue;
    // The modifier: a name the sentence already holds, a state or demonym, or another form of a
    // body the article names ("Houthi-held" beside "the Houthis").
    const own = slots.find((s) => s.m.from <= i && i < s.m.to && s.m.to <= i + 1);
    let modifier = own?.key;
    if (!modifier) {
      const state = stateName(t.text) ?? stateOfDemonym(t.text);
      modifier = state ? ensureDemonymState(entities, articleId, state, t, sm.sentence) : bodyNamed(t.text, entities);
    }
    if (!modifier) continue;
    if (how.reversed) emit(named.key, how.relation, modifier);
    else emit(modifier, how.relation, named.key);
  }
}
