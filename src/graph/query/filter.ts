// Filtering a graph down to what the user asked to see. Pure: the store derives the visible
// graph from the full graph and these settings, so nothing is stored twice.
import { entitiesInRange } from '../analysis/timeline';
import { CO_OCCURRENCE, ENTITY_TYPES, type EntityType, type Graph, type GraphEdge } from '../model';

export interface GraphFilters {
  /** Entity types the user switched off. */
  hiddenTypes: EntityType[];
  /** Articles the user switched off (their evidence no longer counts). */
  hiddenArticles: string[];
  /** Relation types switched off; co-occurrence is off by default (it is not a stated relation). */
  hiddenRelations: string[];
  /** Edges reported by fewer distinct (visible) articles are hidden. */
  minSources: number;
  hideIsolated: boolean;
  /**
   * Brushed time range [from, to] (ISO, possibly partial): only events in it, their direct
   * neighbours and the relations among them stay. Absent or null: no time filter.
   */
  timeRange?: [string, string] | null;
}

export const DEFAULT_FILTERS: GraphFilters = {
  hiddenTypes: [],
  hiddenArticles: [],
  hiddenRelations: [CO_OCCURRENCE],
  minSources: 1,
  hideIsolated: false,
};

/** Number of filter settings that differ from the defaults, for the "Filters (n)" badge. */
export function countActiveFilters(f: GraphFilters): number {
  let n = 0;
  n += f.hiddenTypes.length;
  n += f.hiddenArticles.length;
  const extraRelations = f.hiddenRelations.filter((r) => !DEFAULT_FILTERS.hiddenRelations.includes(r)).length;
  const shownDefaults = DEFAULT_FILTERS.hiddenRelations.filter((r) => !f.hiddenRelations.includes(r)).length;
  n += extraRelations + shownDefaults;
  if (f.minSources !== DEFAULT_FILTERS.minSources) n++;
  if (f.hideIsolated !== DEFAULT_FILTERS.hideIsolated) n++;
  if (f.timeRange) n++;
  return n;
}

/** True when nothing is filtered beyond the defaults: the same comparison the badge counts. */
export function isDefaultFilters(f: GraphFilters): boolean {
  return countActiveFilters(f) === 0;
}

export function filterGraph(graph: Graph, f: GraphFilters): Graph {
  const hiddenArticles = new Set(f.hiddenArticles);
  const hiddenTypes = new Set(f.hiddenTypes);
  const hiddenRelations = new Set(f.hiddenRelations);
  const inRange = f.timeRange ? entitiesInRange(graph, f.timeRange[0], f.timeRange[1]) : null;

  const nodes = graph.nodes.filter((n) => {
    if (hiddenTypes.has(n.type)) return false;
    if (inRange && !inRange.nodeIds.has(n.id)) return false;
    if (hiddenArticles.size === 0) return true;
    return n.mentions.some((m) => !hiddenArticles.has(m.articleId));
  });
  const nodeIds = new Set(nodes.map((n) => n.id));

  const edges: GraphEdge[] = [];
  for (const e of graph.edges) {
    if (hiddenRelations.has(e.relation)) continue;
    if (inRange && !inRange.edgeIds.has(e.id)) continue;
    if (!nodeIds.has(e.source) || !nodeIds.has(e.target)) continue;
    let edge = e;
    if (hiddenArticles.size > 0) {
      // Evidence from switched-off articles no longer supports the edge.
      const evidence = e.evidence.filter((ev) => !hiddenArticles.has(ev.articleId));
      if (evidence.length === 0) continue;
      edge = { ...e, evidence, sources: new Set(evidence.map((ev) => ev.articleId)).size };
    }
    if (edge.sources < f.minSources) continue;
    edges.push(edge);
  }

  let keptNodes = nodes;
  if (f.hideIsolated) {
    const linked = new Set<string>();
    for (const e of edges) {
      linked.add(e.source);
      linked.add(e.target);
    }
    keptNodes = nodes.filter((n) => linked.has(n.id));
  }
  return { articles: graph.articles, nodes: keptNodes, edges };
}

/** Relation types present in a graph with their edge counts, most frequent first. */
export function relationTypes(graph: Graph): { relation: string; label: string; count: number }[] {
  const byRelation = new Map<string, { relation: string; label: string; count: number }>();
  for (const e of graph.edges) {
    const r = byRelation.get(e.relation) ?? { relation: e.relation, label: e.label, count: 0 };
    r.count++;
    byRelation.set(e.relation, r);
  }
  return [...byRelation.values()].sort((a, b) => b.count - a.count || a.relation.localeCompare(b.relation));
}

export function typeCounts(graph: Graph): Record<EntityType, number> {
  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  for (const n of graph.nodes) counts[n.type]++;
  return counts;
}
