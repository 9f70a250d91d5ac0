// The named things of one sentence as relation patterns see them: each mention with the entity it
// resolved to. A bare name that resolution left open may still be a body's other form: "Houthi"
// (adjective, "a Houthi drone attack") beside "the Houthis", or "Houthis" where the article's node
// is "the Houthis".
import type { LocalEntity } from './article';
import type { RawMention } from './recognise';
import type { SentenceMentions } from './resolveArticle';

export interface NamedSlot {
  key: string;
  m: RawMention;
  /** The entity's type, which may differ from the mention's first reading. */
  type: string;
}

/** Bodies (organisations, states) by lower-cased surface form, built once per entity map. */
const bodyIndex = new WeakMap<Map<string, LocalEntity>, { size: number; byName: Map<string, string> }>();

function bodiesByName(entities: Map<string, LocalEntity>): Map<string, string> {
  const cached = bodyIndex.get(entities);
  if (cached && cached.size === entities.size) return cached.byName;
  const byName = new Map<string, string>();
  for (const e of entities.values()) {
    if (e.type !== 'organization' && e.type !== 'state') continue;
    for (const name of [e.label, ...e.aliases]) byName.set(name.toLowerCase().replace(/^the\s+/, ''), e.key);
  }
  bodyIndex.set(entities, { size: entities.size, byName });
  return byName;
}

/** The body a bare name stands for: itself, its plural ("Houthi" → "Houthis") or its singular. */
export function bodyNamed(surface: string, entities: Map<string, LocalEntity>): string | undefined {
  const byName = bodiesByName(entities);
  const name = surface.toLowerCase().replace(/^the\s+/, '').replace(/['’]s?$/, '');
  return byName.get(name) ?? byName.get(`${name}s`) ?? (name.endsWith('s') ? byName.get(name.slice(0, -1)) : undefined);
}

export function namedSlots(sm: SentenceMentions, entities: Map<string, LocalEntity>): NamedSlot[] {
  const out: NamedSlot[] = [];
  sm.mentions.forEach((m, i) => {
    let key = sm.keys[i];
    if (!key && m.kind === 'name') key = bodyNamed(m.surface, entities);
    const e = key ? entities.get(key) : undefined;
    if (key && e) out.push({ key, m, type: e.type });
  });
  return out;
}
