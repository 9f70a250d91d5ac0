// Members of a bloc or alliance named in a relative clause on its name: "the NCP, the pact of which
// Ostland is a member", "the bloc to which Velmar and Kestria belong", "the SRA, which groups
// Arvania, Tolmar and Kestria". Each state listed is a member of the body.
import type { EmitRelation, LocalEntity } from './article';
import { namedSlots, type NamedSlot } from './namedSlots';
import type { SentenceMentions } from './resolveArticle';
import type { Token } from './tokens';

// Verbs by which a bloc's relative clause lists its members ("which groups A, B and C").
const GATHERS = /^(groups|grouped|includes|included|comprises|comprised|unites|united|brings|brought)$/;

/** States listed from token k on ("A, B and C"), with the token after the list. */
function statesListed(slots: NamedSlot[], tokens: Token[], k: number): { keys: string[]; next: number } {
  const keys: string[] = [];
  let at = k;
  for (;;) {
    if (tokens[at]?.normal === 'the') at++;
    const s = slots.find((x) => x.m.from === at && x.type === 'state');
    if (!s) break;
    keys.push(s.key);
    at = s.m.to;
    if (tokens[at]?.normal === 'and' || tokens[at]?.normal === 'or') at++;
    else if (/^,\s*$/.test(tokens[at - 1].post) && slots.some((x) => x.m.from === at || (x.m.from === at + 1 && tokens[at].normal === 'the'))) continue;
    else break;
  }
  return { keys, next: at };
}

// Nouns an apposition names a bloc's members by ("A and B, members of the Y", "C's partners in
// the Y"), and words that may qualify them ("both", "fellow", "founding").
const MEMBER_NOUNS = /^(member|members|partner|partners|allies|ally)$/;
const MEMBER_QUALIFIERS = /^(a|an|the|both|all|fellow|founding|full|two|three|four|five|its|their|key|close)$/;

/** States listed right before token `end` ("A, B and C" ending at end), first to last. */
function statesListedBefore(slots: NamedSlot[], tokens: Token[], end: number, from: number): string[] {
  const keys: string[] = [];
  let at = end;
  for (;;) {
    const s = slots.find((x) => x.m.to === at && x.type === 'state' && !x.m.possessive);
    if (!s || s.m.from < from) break;
    keys.unshift(s.key);
    at = s.m.from;
    if (tokens[at - 1]?.normal === 'the') at--;
    if (/^(and|or)$/.test(tokens[at - 1]?.normal ?? '')) at--;
    else if (!/^,\s*$/.test(tokens[at - 1]?.post ?? '')) break;
  }
  return keys;
}

/**
 * "Chad and Sudan, members of the Y", "Chad, a founding member of the Y", "A and B, Libya's partners in
 * the Y": states named before an apposition that calls them members or partners of a body are its
 * members, and so is a state whose partners in the body they are called.
 */
function relateMembersInApposition(tokens: Token[], from: number, slots: NamedSlot[], emit: EmitRelation): void {
  for (const bloc of slots) {
    if (bloc.type !== 'organization') continue;
    let k = bloc.m.from - 1;
    if (tokens[k]?.normal === 'the') k--;
    if (!/^(of|in)$/.test(tokens[k]?.normal ?? '') || !MEMBER_NOUNS.test(tokens[k - 1]?.normal ?? '')) continue;
    k -= 2;
    while (k >= from && MEMBER_QUALIFIERS.test(tokens[k].normal) && !/,/.test(tokens[k].post)) k--;
    // "Libya's partners": the possessive state is a member too.
    const owner = slots.find((x) => x.m.to === k + 1 && x.m.possessive && x.type === 'state');
    if (owner) k = owner.m.from - 1;
    if (k < from || !/^,\s*$/.test(tokens[k].post)) continue;
    const members = statesListedBefore(slots, tokens, k + 1, from);
    if (!members.length) continue;
    for (const m of [...members, ...(owner ? [owner.key] : [])]) emit(m, 'member_of', bloc.key);
  }
}

export function relateBlocMembers(tokens: Token[], sm: SentenceMentions, entities: Map<string, LocalEntity>, emit: EmitRelation): void {
  const { from, to } = sm;
  // One scan of the sentence for both cues; the sentence's names are read once, and only when a cue is there.
  let memberNoun = false;
  let which = false;
  for (let i = from; i < to; i++) {
    if (tokens[i].normal === 'which') which = true;
    else if (MEMBER_NOUNS.test(tokens[i].normal)) memberNoun = true;
  }
  if (!memberNoun && !which) return;
  const slots = namedSlots(sm, entities);
  if (memberNoun) relateMembersInApposition(tokens, from, slots, emit);
  if (!which) return;
  for (const bloc of slots) {
    if (bloc.type !== 'organization' || !/,\s*$/.test(tokens[bloc.m.to - 1].post) && !/\)/.test(tokens[bloc.m.to]?.post ?? '')) continue;
    // The apposition between the name and "which": an acronym in brackets and a lower-case
    // description ("the Velmar-led alliance"), no other name and no clause break but the first.
    let w = bloc.m.to;
    while (w < to && w < bloc.m.to + 9 && tokens[w].normal !== 'which' && !/[;:.]/.test(tokens[w].post)) w++;
    if (tokens[w]?.normal !== 'which' || slots.some((x) => x !== bloc && x.m.from > bloc.m.from && x.m.from < w && x.type !== 'place')) continue;
    const prep = tokens[w - 1].normal;
    let members: string[] = [];
    if (prep === 'of' || prep === 'to') {
      // "of which A is a member", "to which A and B belong".
      const listed = statesListed(slots, tokens, w + 1);
      let n = listed.next;
      if (/^(is|are|was|were|has|have|had|been|became|become)$/.test(tokens[n]?.normal ?? '')) n++;
      if (/^(been|become)$/.test(tokens[n]?.normal ?? '')) n++;
      if (/^(a|an|the)$/.test(tokens[n]?.normal ?? '')) n++;
      if (/^(founding|full|former)$/.test(tokens[n]?.normal ?? '')) n++;
      const word = tokens[n]?.normal ?? '';
      if ((prep === 'of' && /^(member|members)$/.test(word)) || (prep === 'to' && /^(belong|belongs|belonged)$/.test(word))) members = listed.keys;
    } else if (/,\s*$/.test(tokens[w - 1].post) && GATHERS.test(tokens[w + 1]?.normal ?? '')) {
      // "which groups A, B and C", "which brings together A and B".
      members = statesListed(slots, tokens, tokens[w + 2]?.normal === 'together' ? w + 3 : w + 2).keys;
    }
    for (const m of members) emit(m, 'member_of', bloc.key);
  }
}
