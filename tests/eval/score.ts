// Scores an extracted graph against the hand-checked expected graph (tests/fixtures/expected-graph.json).
//
// Rules (the report prints them too):
// - Entities. A predicted node is matched by name: its label, else its aliases, normalised
//   (normalise.ts) against an expected entity's names. A matched node is `correct` when the
//   entity is core or optional and the node's type is the entity's type (or one of its
//   alsoTypes); `ignored` when the entity is tier "ignore" (bylines, credits: neither rewarded
//   nor punished); `mistyped` when the type is wrong; `duplicate` when another node of the same
//   type already took the entity (spelling variants left unmerged). Anything else is `junk`.
//   Precision = correct / (all non-event nodes − ignored). Recall = core entities with a correct
//   or duplicate node / core entities, by the entity's type.
// - Events. A predicted event node matches an expected event when its label or an alias holds
//   one of the event's anchors (case-insensitive substring) AND it touches a participant: an
//   edge (not co-occurrence) to a node matched to a participant, or the participant's name in
//   its label. Pairs are assigned one-to-one, best first (anchor hits, participants, related
//   entities, agreeing date). Unassigned event nodes with a candidate are duplicates; the rest
//   are junk. A date agrees when it equals the expected date or refines it ("2026-01-28" for
//   "2026-01").
// - Relations. Edges other than `mentioned_with`, endpoints mapped to entity or event ids.
//   Recall over core relations: an unordered pair; `anyOf` is satisfied by any of its pairs.
//   Precision: an edge is correct when its mapped pair is listed (any tier), or when it links a
//   matched event to one of that event's participants or related entities, or the two allowed
//   readings of one name (an airport located in its town); edges touching an
//   ignored entity are left out; every other edge is wrong.
// - Evidence. Every edge evidence quote must equal the article text at its offsets, every edge
//   must have evidence and `sources` must count its distinct articles; every node mention must
//   lie inside its article.
import { CO_OCCURRENCE, type EntityType, type Graph, type GraphEdge, type GraphNode } from '../../src/graph/model';
import { normaliseName, normaliseText } from './normalise';

export type Tier = 'core' | 'optional' | 'ignore';

export interface ExpectedEntity {
  id: string;
  type: EntityType;
  tier: Tier;
  names: string[];
  alsoTypes?: EntityType[];
}

export interface ExpectedEvent {
  id: string;
  tier: Tier;
  label: string;
  date?: string;
  anchors: string[];
  participants: string[];
  related?: string[];
}

export interface ExpectedRelation {
  kind: string;
  tier: Tier;
  pair?: [string, string];
  anyOf?: Array<[string, string]>;
  note?: string;
}

export interface ExpectedGraph {
  about?: string;
  entities: ExpectedEntity[];
  events: ExpectedEvent[];
  relations: ExpectedRelation[];
}

export type NodeStatus = 'correct' | 'ignored' | 'mistyped' | 'duplicate' | 'junk';

export interface NodeVerdict {
  nodeId: string;
  label: string;
  type: EntityType;
  mentions: number;
  status: NodeStatus;
  /** The expected entity or event it was matched to. */
  matched?: string;
  /** Other expected entities its aliases also name: one node standing for several things. */
  conflated?: string[];
  /** Events: the expected date and whether the node's date agrees. */
  expectedDate?: string;
  date?: string;
  dateAgrees?: boolean;
}

export interface Ratio {
  hit: number;
  total: number;
  /** hit / total, or null when there is nothing to count. */
  value: number | null;
}

export interface EdgeVerdict {
  edgeId: string;
  source: string;
  target: string;
  relation: string;
  status: 'correct' | 'wrong' | 'ignored';
  /** Expected ids of the endpoints, when they map. */
  pair: [string | undefined, string | undefined];
}

export interface EvidenceProblem {
  where: string;
  problem: string;
}

export interface Score {
  entities: {
    precision: Ratio;
    recall: Ratio;
    recallByType: Partial<Record<EntityType, Ratio>>;
    precisionByType: Partial<Record<EntityType, Ratio>>;
    missedCore: Array<{ id: string; type: EntityType; names: string[] }>;
  };
  events: {
    recall: Ratio;
    precision: Ratio;
    datesAgree: Ratio;
    missedCore: Array<{ id: string; label: string }>;
  };
  relations: {
    recall: Ratio;
    precision: Ratio;
    missedCore: Array<{ kind: string; pairs: Array<[string, string]> }>;
    wrong: EdgeVerdict[];
    coOccurrenceEdges: number;
  };
  junkShare: Ratio;
  nodes: NodeVerdict[];
  evidence: { checked: number; problems: EvidenceProblem[] };
  counts: { nodes: number; edges: number; articles: number };
}

const ratio = (hit: number, total: number): Ratio => ({ hit, total, value: total === 0 ? null : hit / total });

const pairsOf = (r: ExpectedRelation): Array<[string, string]> => r.anyOf ?? (r.pair ? [r.pair] : []);
const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

interface NameIndex {
  byName: Map<string, string[]>;
  entities: Map<string, ExpectedEntity>;
}

function indexNames(expected: ExpectedGraph): NameIndex {
  const byName = new Map<string, string[]>();
  const entities = new Map<string, ExpectedEntity>();
  for (const e of expected.entities) {
    entities.set(e.id, e);
    for (const name of e.names) {
      const key = normaliseName(name);
      const ids = byName.get(key) ?? [];
      if (!ids.includes(e.id)) ids.push(e.id);
      byName.set(key, ids);
    }
  }
  return { byName, entities };
}

/** The expected entity a node names: by its label first, else by most of its aliases. */
function entityForNode(node: GraphNode, index: NameIndex): { id?: string; conflated?: string[] } {
  const aliasHits = new Map<string, number>();
  for (const alias of [node.label, ...node.aliases]) {
    for (const id of index.byName.get(normaliseName(alias)) ?? []) aliasHits.set(id, (aliasHits.get(id) ?? 0) + 1);
  }
  const byLabel = index.byName.get(normaliseName(node.label))?.[0];
  const ranked = [...aliasHits.entries()].sort((a, b) => b[1] - a[1]);
  const id = byLabel ?? ranked[0]?.[0];
  if (!id) return {};
  const others = ranked.map(([other]) => other).filter((other) => other !== id);
  return others.length > 0 ? { id, conflated: others } : { id };
}

function typeFits(node: GraphNode, entity: ExpectedEntity): boolean {
  return node.type === entity.type || (entity.alsoTypes ?? []).includes(node.type);
}

const isRelationEdge = (e: GraphEdge): boolean => e.relation !== CO_OCCURRENCE;

function matchEntities(graph: Graph, index: NameIndex): Map<string, NodeVerdict> {
  const verdicts = new Map<string, NodeVerdict>();
  // The most-mentioned node of an entity is its main node; later ones of the same type are
  // duplicates. A name the expected graph allows two types for (an airport and its town) may
  // rightly be two nodes, one of each type.
  const nodes = graph.nodes.filter((n) => n.type !== 'event').sort((a, b) => b.mentions.length - a.mentions.length);
  const taken = new Set<string>();
  for (const node of nodes) {
    const { id, conflated } = entityForNode(node, index);
    const verdict: NodeVerdict = { nodeId: node.id, label: node.label, type: node.type, mentions: node.mentions.length, status: 'junk' };
    if (id) {
      const entity = index.entities.get(id)!;
      verdict.matched = id;
      if (conflated) verdict.conflated = conflated;
      if (entity.tier === 'ignore') verdict.status = 'ignored';
      else if (!typeFits(node, entity)) verdict.status = 'mistyped';
      else if (taken.has(`${id}|${node.type}`)) verdict.status = 'duplicate';
      else {
        verdict.status = 'correct';
        taken.add(`${id}|${node.type}`);
      }
    }
    verdicts.set(node.id, verdict);
  }
  return verdicts;
}

function dateAgrees(actual: string | undefined, expected: string | undefined): boolean | undefined {
  if (!expected) return undefined;
  if (!actual) return false;
  return actual === expected || actual.startsWith(expected + '-');
}

function matchEvents(graph: Graph, expected: ExpectedGraph, entityOf: Map<string, string>, index: NameIndex): Map<string, NodeVerdict> {
  const verdicts = new Map<string, NodeVerdict>();
  const eventNodes = graph.nodes.filter((n) => n.type === 'event');
  const neighbours = new Map<string, Set<string>>();
  for (const edge of graph.edges.filter(isRelationEdge)) {
    for (const [from, to] of [[edge.source, edge.target], [edge.target, edge.source]]) {
      const mapped = entityOf.get(to);
      if (!mapped) continue;
      const set = neighbours.get(from) ?? new Set<string>();
      set.add(mapped);
      neighbours.set(from, set);
    }
  }
  const candidates: Array<{ node: GraphNode; event: ExpectedEvent; score: number }> = [];
  for (const node of eventNodes) {
    const texts = [node.label, ...node.aliases].map(normaliseText);
    const linked = neighbours.get(node.id) ?? new Set<string>();
    for (const event of expected.events) {
      const anchorHits = event.anchors.filter((a) => texts.some((t) => t.includes(a.toLowerCase()))).length;
      if (anchorHits === 0) continue;
      const named = (id: string): boolean => {
        const names = index.entities.get(id)?.names ?? [];
        return names.some((n) => texts.some((t) => new RegExp(`\\b${escapeRegExp(normaliseText(n))}\\b`).test(t)));
      };
      const participants = event.participants.filter((p) => linked.has(p) || named(p)).length;
      if (participants === 0) continue;
      const related = (event.related ?? []).filter((r) => linked.has(r)).length;
      const score = anchorHits + 2 * participants + 0.5 * related + (dateAgrees(node.date, event.date) ? 1 : 0);
      candidates.push({ node, event, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const usedNodes = new Set<string>();
  const usedEvents = new Set<string>();
  for (const { node, event } of candidates) {
    if (usedNodes.has(node.id) || usedEvents.has(event.id)) continue;
    usedNodes.add(node.id);
    usedEvents.add(event.id);
    const agrees = dateAgrees(node.date, event.date);
    verdicts.set(node.id, {
      nodeId: node.id, label: node.label, type: node.type, mentions: node.mentions.length,
      status: event.tier === 'ignore' ? 'ignored' : 'correct', matched: event.id,
      ...(event.date ? { expectedDate: event.date, dateAgrees: agrees } : {}),
      ...(node.date ? { date: node.date } : {}),
    });
  }
  for (const node of eventNodes) {
    if (verdicts.has(node.id)) continue;
    const best = candidates.find((c) => c.node.id === node.id);
    verdicts.set(node.id, {
      nodeId: node.id, label: node.label, type: node.type, mentions: node.mentions.length,
      status: best ? 'duplicate' : 'junk',
      ...(best ? { matched: best.event.id } : {}),
      ...(node.date ? { date: node.date } : {}),
    });
  }
  return verdicts;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function checkEvidence(graph: Graph, texts: Record<string, string>): { checked: number; problems: EvidenceProblem[] } {
  const problems: EvidenceProblem[] = [];
  let checked = 0;
  for (const edge of graph.edges) {
    const where = `edge ${edge.id} (${edge.relation})`;
    if (edge.evidence.length === 0) problems.push({ where, problem: 'no evidence' });
    const articles = new Set<string>();
    for (const ev of edge.evidence) {
      checked++;
      articles.add(ev.articleId);
      const text = texts[ev.articleId];
      if (text === undefined) problems.push({ where, problem: `unknown article ${ev.articleId}` });
      else if (text.slice(ev.start, ev.end) !== ev.quote) {
        problems.push({ where, problem: `quote differs from ${ev.articleId}[${ev.start}:${ev.end}]: ${JSON.stringify(ev.quote.slice(0, 60))}` });
      }
    }
    if (edge.sources !== articles.size) problems.push({ where, problem: `sources ${edge.sources} but ${articles.size} distinct articles` });
  }
  for (const node of graph.nodes) {
    for (const m of node.mentions) {
      const text = texts[m.articleId];
      if (text === undefined || m.start < 0 || m.end > text.length || m.start >= m.end) {
        problems.push({ where: `node ${node.id} (${node.label})`, problem: `mention ${m.articleId}[${m.start}:${m.end}] outside its article` });
      }
    }
  }
  return { checked, problems };
}

export function scoreGraph(graph: Graph, expected: ExpectedGraph, texts: Record<string, string>): Score {
  const index = indexNames(expected);
  const entityVerdicts = matchEntities(graph, index);
  const entityOf = new Map<string, string>();
  for (const v of entityVerdicts.values()) if (v.matched) entityOf.set(v.nodeId, v.matched);
  const eventVerdicts = matchEvents(graph, expected, entityOf, index);
  const endpointOf = new Map(entityOf);
  for (const v of eventVerdicts.values()) if (v.matched) endpointOf.set(v.nodeId, v.matched);

  // Entities.
  const entityNodes = [...entityVerdicts.values()];
  const counted = entityNodes.filter((v) => v.status !== 'ignored');
  const found = new Set(entityNodes.filter((v) => v.status === 'correct' || v.status === 'duplicate').map((v) => v.matched!));
  const core = expected.entities.filter((e) => e.tier === 'core');
  const recallByType: Partial<Record<EntityType, Ratio>> = {};
  const precisionByType: Partial<Record<EntityType, Ratio>> = {};
  for (const type of new Set(core.map((e) => e.type))) {
    const ofType = core.filter((e) => e.type === type);
    recallByType[type] = ratio(ofType.filter((e) => found.has(e.id)).length, ofType.length);
  }
  for (const type of new Set(counted.map((v) => v.type))) {
    const ofType = counted.filter((v) => v.type === type);
    precisionByType[type] = ratio(ofType.filter((v) => v.status === 'correct').length, ofType.length);
  }

  // Events.
  const eventNodes = [...eventVerdicts.values()];
  const coreEvents = expected.events.filter((e) => e.tier === 'core');
  const foundEvents = new Set(eventNodes.filter((v) => v.status === 'correct').map((v) => v.matched!));
  const dated = eventNodes.filter((v) => v.status === 'correct' && v.expectedDate);

  // Relations.
  const eventById = new Map(expected.events.map((e) => [e.id, e]));
  const ignoredIds = new Set(expected.entities.filter((e) => e.tier === 'ignore').map((e) => e.id));
  const listedPairs = new Set(expected.relations.flatMap((r) => pairsOf(r).map(([a, b]) => pairKey(a, b))));
  const relationEdges = graph.edges.filter(isRelationEdge);
  const nodeType = new Map(graph.nodes.map((n) => [n.id, n.type]));
  // An edge between the two allowed readings of one name ("Qamishli airport" located in the
  // town "Qamishli") links two things, not one thing to itself.
  const twoReadings = (edge: GraphEdge): boolean => {
    const entity = index.entities.get(endpointOf.get(edge.source) ?? '');
    const types = entity ? [entity.type, ...(entity.alsoTypes ?? [])] : [];
    const s = nodeType.get(edge.source);
    const t = nodeType.get(edge.target);
    return !!s && !!t && s !== t && types.includes(s) && types.includes(t);
  };
  const predictedPairs = new Set<string>();
  const edgeVerdicts: EdgeVerdict[] = relationEdges.map((edge) => {
    const a = endpointOf.get(edge.source);
    const b = endpointOf.get(edge.target);
    if (a && b) predictedPairs.add(pairKey(a, b));
    const base = { edgeId: edge.id, source: edge.source, target: edge.target, relation: edge.relation, pair: [a, b] as [string | undefined, string | undefined] };
    if ((a && ignoredIds.has(a)) || (b && ignoredIds.has(b))) return { ...base, status: 'ignored' };
    if (!a || !b) return { ...base, status: 'wrong' };
    if (a === b) return { ...base, status: twoReadings(edge) ? 'correct' : 'wrong' };
    if (listedPairs.has(pairKey(a, b))) return { ...base, status: 'correct' };
    const linksEvent = (ev: string, other: string): boolean => {
      const event = eventById.get(ev);
      return !!event && [...event.participants, ...(event.related ?? [])].includes(other);
    };
    return { ...base, status: linksEvent(a, b) || linksEvent(b, a) ? 'correct' : 'wrong' };
  });
  const coreRelations = expected.relations.filter((r) => r.tier === 'core');
  const satisfied = (r: ExpectedRelation): boolean => pairsOf(r).some(([a, b]) => predictedPairs.has(pairKey(a, b)));
  const countedEdges = edgeVerdicts.filter((v) => v.status !== 'ignored');

  const allVerdicts = [...entityNodes, ...eventNodes];
  return {
    entities: {
      precision: ratio(counted.filter((v) => v.status === 'correct').length, counted.length),
      recall: ratio(core.filter((e) => found.has(e.id)).length, core.length),
      recallByType,
      precisionByType,
      missedCore: core.filter((e) => !found.has(e.id)).map((e) => ({ id: e.id, type: e.type, names: e.names })),
    },
    events: {
      recall: ratio(coreEvents.filter((e) => foundEvents.has(e.id)).length, coreEvents.length),
      precision: ratio(eventNodes.filter((v) => v.status === 'correct').length, eventNodes.filter((v) => v.status !== 'ignored').length),
      datesAgree: ratio(dated.filter((v) => v.dateAgrees).length, dated.length),
      missedCore: coreEvents.filter((e) => !foundEvents.has(e.id)).map((e) => ({ id: e.id, label: e.label })),
    },
    relations: {
      recall: ratio(coreRelations.filter(satisfied).length, coreRelations.length),
      precision: ratio(countedEdges.filter((v) => v.status === 'correct').length, countedEdges.length),
      missedCore: coreRelations.filter((r) => !satisfied(r)).map((r) => ({ kind: r.kind, pairs: pairsOf(r) })),
      wrong: edgeVerdicts.filter((v) => v.status === 'wrong'),
      coOccurrenceEdges: graph.edges.length - relationEdges.length,
    },
    junkShare: ratio(allVerdicts.filter((v) => v.status === 'junk').length, allVerdicts.length),
    nodes: allVerdicts,
    evidence: checkEvidence(graph, texts),
    counts: { nodes: graph.nodes.length, edges: graph.edges.length, articles: graph.articles.length },
  };
}
