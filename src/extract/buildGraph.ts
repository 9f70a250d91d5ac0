// Cross-article resolution: one node per real-world thing, edges merged with all their evidence.
import type { Evidence, Graph, GraphEdge, GraphNode } from '../graph/model';
import type { ArticleExtraction, LocalEntity } from './article';
import { isRegionName } from './gazetteer';
import { slug } from './names';
import { sameThingAcrossArticles } from './crossArticleNames';
import { SYMMETRIC, relationLabel } from './relations';

interface Group {
  entities: { e: LocalEntity; articleId: string }[];
}

function mentionCount(g: Group): number {
  return g.entities.reduce((n, x) => n + x.e.mentions.length, 0);
}

/** The fullest, most used form: more words first, then more mentions. */
function chooseLabel(g: Group): string {
  const score = new Map<string, number>();
  for (const { e } of g.entities) score.set(e.label, (score.get(e.label) ?? 0) + e.mentions.length);
  return [...score.entries()].sort((a, b) => b[0].split(/\s+/).length - a[0].split(/\s+/).length || b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/** The date most articles agree on; among equals, the most precise. */
function chooseDate(g: Group): string | undefined {
  const votes = new Map<string, number>();
  for (const { e } of g.entities) if (e.date) votes.set(e.date, (votes.get(e.date) ?? 0) + e.mentions.length);
  // "2024-12" refines "2024": it inherits the coarser date's votes.
  for (const [d, n] of [...votes.entries()]) for (const [c] of votes) if (c !== d && c.startsWith(d)) votes.set(c, votes.get(c)! + n);
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
}

export function buildGraph(extractions: ArticleExtraction[]): Graph {
  const groups = new Map<string, Group>();
  const surnameOnly: { e: LocalEntity; articleId: string }[] = [];
  // Names that several articles spell differently ("Abdulqader al-Murtada" / "Abdul Qader
  // al-Murtadha", "UN" / "United Nations"): their keys give way to one.
  const rekey = sameThingAcrossArticles(extractions);
  const canonical = (key: string): string => rekey.get(key) ?? key;
  for (const x of extractions) {
    for (const e of x.entities) {
      if (e.type === 'event') continue;
      if (e.key.startsWith('surname:')) {
        surnameOnly.push({ e, articleId: x.meta.id });
        continue;
      }
      const key = canonical(e.key);
      const g = groups.get(key) ?? { entities: [] };
      g.entities.push({ e, articleId: x.meta.id });
      groups.set(key, g);
    }
  }
  // Surname-only people join the most mentioned full name with that surname across the corpus.
  const bySurname = new Map<string, string>();
  for (const [key, g] of groups) {
    if (!key.startsWith('person:')) continue;
    // Every spelling the group's articles give the surname ("Murtada", "Murtadha") finds it.
    for (const s of new Set(g.entities.map((x) => x.e.surname).filter((x): x is string => !!x))) {
      const current = bySurname.get(s);
      if (!current || mentionCount(groups.get(current)!) < mentionCount(g)) bySurname.set(s, key);
    }
  }
  const redirect = new Map<string, string>(); // articleId + local key → group key
  for (const item of surnameOnly) {
    const target = bySurname.get(item.e.surname ?? '') ?? item.e.key;
    redirect.set(`${item.articleId}\u0000${item.e.key}`, target);
    const g = groups.get(target) ?? { entities: [] };
    g.entities.push(item);
    groups.set(target, g);
  }

  // Events: their identity is made of participants, which are now resolved across articles.
  const globalKey = (articleId: string, key: string): string => {
    const r = redirect.get(`${articleId}\u0000${key}`);
    return r ?? canonical(key);
  };
  for (const x of extractions) {
    for (const e of x.entities) {
      if (e.type !== 'event' || !e.eventKind) continue;
      const args = (e.eventArgs ?? []).map((a) => globalKey(x.meta.id, a));
      if (e.eventKind === 'talks') args.sort();
      const key = `event:${e.eventKind}:${args.join('+')}${e.eventBucket ? ':' + e.eventBucket : ''}`;
      redirect.set(`${x.meta.id}\u0000${e.key}`, key);
      const g = groups.get(key) ?? { entities: [] };
      g.entities.push({ e, articleId: x.meta.id });
      groups.set(key, g);
    }
  }

  const nodeIdOf = new Map<string, string>();
  const usedIds = new Set<string>();
  const nodes: GraphNode[] = [];
  for (const [key, g] of groups) {
    // The type of the key the group is named by: names joined across articles take the reading
    // that won the join (a body over a default person, a base over a place).
    let type = g.entities.find((x) => x.e.key === key)?.e.type ?? g.entities.find((x) => !x.e.key.startsWith('surname:'))?.e.type ?? g.entities[0].e.type;
    // A continent or region ("Africa", "West Africa") is a place whatever a cue next to it suggested.
    if (type === 'organization' && g.entities.every((x) => isRegionName(x.e.label))) type = 'place';
    const label = chooseLabel(g);
    let id = `${type}:${slug(label) || 'unnamed'}`;
    for (let n = 2; usedIds.has(id); n++) id = `${type}:${slug(label)}-${n}`;
    usedIds.add(id);
    nodeIdOf.set(key, id);
    const node: GraphNode = { id, type, label, aliases: [], mentions: [] };
    const roles: string[] = [];
    for (const { e } of g.entities) {
      for (const a of e.aliases) if (!node.aliases.includes(a)) node.aliases.push(a);
      node.mentions.push(...e.mentions);
      for (const r of e.roles ?? []) if (!roles.some((x) => x.toLowerCase() === r.toLowerCase())) roles.push(r);
      if (e.dateText && !node.dateText) node.dateText = e.dateText;
    }
    const date = chooseDate(g);
    if (date) {
      node.date = date;
      delete node.dateText;
    }
    if (roles.length) node.roles = roles;
    nodes.push(node);
  }

  const edges = new Map<string, GraphEdge>();
  const evidenceSeen = new Set<string>();
  for (const x of extractions) {
    const articleId = x.meta.id;
    const resolve = (k: string): string | undefined => nodeIdOf.get(redirect.get(`${articleId}\u0000${k}`) ?? canonical(k));
    for (const r of x.relations) {
      let source = resolve(r.source);
      let target = resolve(r.target);
      if (!source || !target || source === target) continue;
      if (SYMMETRIC.has(r.relation) && source > target) [source, target] = [target, source];
      const id = `${source}|${r.relation}|${target}`;
      let edge = edges.get(id);
      if (!edge) {
        edge = { id, source, target, relation: r.relation, label: relationLabel(r.relation), evidence: [], sources: 0 };
        edges.set(id, edge);
      }
      const evKey = `${id}\u0000${articleId}\u0000${r.evidence.start}`;
      if (evidenceSeen.has(evKey)) continue;
      evidenceSeen.add(evKey);
      const ev: Evidence = { articleId, start: r.evidence.start, end: r.evidence.end, quote: r.evidence.quote };
      edge.evidence.push(ev);
    }
  }
  for (const edge of edges.values()) edge.sources = new Set(edge.evidence.map((e) => e.articleId)).size;
  return { articles: extractions.map((e) => e.meta), nodes, edges: [...edges.values()] };
}
