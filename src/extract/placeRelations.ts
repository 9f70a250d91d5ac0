// Where places and bases lie and who runs them, from phrases of geography:
//   "the town of X on the northern shore of Lake Y"   X located_in Y
//   "the X air base next to Y International Airport"  X next_to Y
//   "the X air base in Z province, a former hub now operated by the Y"   Y operates X (the base the
//   apposition describes, however long the description)
import type { EmitRelation, LocalEntity } from './article';
import { namedSlots } from './namedSlots';
import type { SentenceMentions } from './resolveArticle';
import type { Token } from './tokens';

const SIDES = /^(shore|shores|bank|banks|coast|edge|outskirts|slopes|foot|banks|mouth|tip)$/;
const SETTLEMENT = /^(town|city|village|port|capital|suburb|district|region|province|island|municipality|county|state)$/;
const BESIDE = /^(beside|alongside|adjoining|abutting)$/;
const LOCATED = new Set(['place', 'base']);

export function relatePlaces(
  tokens: Token[],
  sm: SentenceMentions,
  entities: Map<string, LocalEntity>,
  emit: EmitRelation,
): void {
  const { from, to } = sm;
  const slots = namedSlots(sm, entities);
  if (!slots.some((s) => LOCATED.has(s.type) || s.type === 'state')) return;
  const at = (k: number) => slots.find((s) => s.m.from === k);
  for (const s of slots) {
    if (!LOCATED.has(s.type)) continue;
    let k = s.m.to;
    // "X on the northern shore of Y"
    if (tokens[k]?.normal === 'on' || tokens[k]?.normal === 'at') {
      let j = k + 1;
      if (tokens[j]?.normal === 'the') j++;
      while (j < to && j < k + 5 && !SIDES.test(tokens[j].normal) && /^[a-z-]+$/.test(tokens[j].text)) j++;
      if (j < to && SIDES.test(tokens[j].normal) && tokens[j + 1]?.normal === 'of') {
        const where = at(tokens[j + 2]?.normal === 'the' ? j + 3 : j + 2);
        if (where && (where.type === 'place' || where.type === 'state')) emit(s.key, 'located_in', where.key);
      }
    }
    // "X next to Y", "X adjacent to Y", "X beside Y"
    if ((/^(next|adjacent|close)$/.test(tokens[k]?.normal ?? '') && tokens[k + 1]?.normal === 'to') || BESIDE.test(tokens[k]?.normal ?? '')) {
      k += BESIDE.test(tokens[k].normal) ? 1 : 2;
      const other = at(tokens[k]?.normal === 'the' ? k + 1 : k);
      if (other && LOCATED.has(other.type)) emit(s.key, 'next_to', other.key);
    }
  }
  // "Kigoma, a port town in western Tanzania", "Lahij, the capital of Lahij province": a place
  // described in apposition as a settlement in another place or state.
  for (const s of slots) {
    if (s.type !== 'place' || !/,/.test(tokens[s.m.to - 1].post) || !/^(a|an|the)$/.test(tokens[s.m.to]?.normal ?? '')) continue;
    let k = s.m.to + 1;
    while (k < to && k < s.m.to + 5 && !SETTLEMENT.test(tokens[k].normal) && /^[a-z-]+$/.test(tokens[k].text)) k++;
    if (!SETTLEMENT.test(tokens[k]?.normal ?? '') || !/^(in|of)$/.test(tokens[k + 1]?.normal ?? '')) continue;
    let j = k + 2;
    while (j < to && j < k + 5 && !slots.some((o) => o.m.from === j) && /^[a-z-]+$/.test(tokens[j].text)) j++;
    const where = at(j);
    if (where && (where.type === 'place' || where.type === 'state') && where.key !== s.key) emit(s.key, tokens[k].normal === 'capital' && where.type === 'state' ? 'capital_of' : 'located_in', where.key);
  }
  // "Chatham House, a think tank based in London", "the group, headquartered in Geneva".
  for (let i = from + 1; i < to - 2; i++) {
    if (!/^(based|headquartered)$/.test(tokens[i].normal) || tokens[i + 1].normal !== 'in') continue;
    const where = at(i + 2);
    const body = slots.filter((o) => o.type === 'organization' && o.m.to <= i && i - o.m.to <= 6).pop();
    if (where && body && (where.type === 'place' || where.type === 'state')) emit(body.key, 'based_in', where.key);
  }
  // "... a former hub now operated by the Y": the base the sentence described last.
  for (let i = from; i < to - 1; i++) {
    if (!/^(operated|run|managed|controlled|held)$/.test(tokens[i].normal) || tokens[i + 1].normal !== 'by') continue;
    const agent = slots.find((s) => s.m.from > i + 1 && s.m.from <= i + 4 && (s.type === 'organization' || s.type === 'state'));
    const base = slots.filter((s) => s.type === 'base' && s.m.to <= i && i - s.m.to <= 20).pop();
    if (!agent || !base) continue;
    // Another verb between them means the participle belongs to another clause.
    if (tokens.slice(base.m.to, i).some((x) => x.tags.includes('Verb') && !x.tags.includes('Participle') && !/ed$/.test(x.normal))) continue;
    emit(agent.key, /^(operated|run|managed)$/.test(tokens[i].normal) ? 'operates' : 'controls', base.key);
  }
}
