// Where places and bases lie and who runs them, from phrases of geography:
//   "the town of X on the northern shore of Lake Y"   X located_in Y
//   "the X air base next to Y International Airport"  X next_to Y
//   "the X air base in Z province, a former hub now operated by the Y"   Y operates X (the base the
//   apposition describes, however long the description)
import type { LocalEntity } from './article';
import { namedSlots } from './namedSlots';
import type { SentenceMentions } from './resolveArticle';
import type { Token } from './tokens';

const SIDES = /^(shore|shores|bank|banks|coast|edge|outskirts|slopes|foot|banks|mouth|tip)$/;
const BESIDE = /^(beside|alongside|adjoining|abutting)$/;
const LOCATED = new Set(['place', 'base']);

export function relatePlaces(
  tokens: Token[],
  sm: SentenceMentions,
  entities: Map<string, LocalEntity>,
  emit: (source: string | undefined, relation: string, target: string | undefined) => void,
): void {
  const { from, to } = sm;
  const slots = namedSlots(sm, entities);
  if (!slots.some((s) => LOCATED.has(s.type))) return;
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
