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

export function relateBlocMembers(tokens: Token[], sm: SentenceMentions, entities: Map<string, LocalEntity>, emit: EmitRelation): void {
  const { from, to } = sm;
  if (!tokens.slice(from, to).some((t) => t.normal === 'which')) return;
  const slots = namedSlots(sm, entities);
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
