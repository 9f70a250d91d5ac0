// Where the reports disagree: two articles saying incompatible things about the same pair of
// entities or the same event. Every disagreement quotes both sides, each from a different
// article, straight from the evidence: when the wording does not let us tell whether two
// sentences talk about the same occasion, we stay silent rather than invent a dispute.
//
// Kinds:
//   date     – an event dated differently (non-overlapping dates: "12 October" vs "14 October";
//              "October" and "12 October" agree)
//   ordinal  – "his first visit" vs "his second meeting" about the same pair or event
//   count    – "two bases" vs "three bases"
//   negation – a relation stated in one article and denied in another ("did not meet")
import { findDates, type DateMention } from '../../extract/dates';
import { CO_OCCURRENCE, type Evidence, type Graph, type GraphEdge, type GraphNode } from '../model';
import { countClaims, ordinalClaims, readVerb, relationVerb, type Claim } from './claims';
import { dateSpan } from './timeline';

export type DisagreementKind = 'date' | 'ordinal' | 'count' | 'negation';

export interface DisagreementSide {
  /** What this article says, in its own words: "second meeting", "did not meet", "14 October (2025-10-14)". */
  claim: string;
  /** The whole sentence, with its article and offsets. */
  evidence: Evidence;
}

export interface Disagreement {
  kind: DisagreementKind;
  /**
   * What the articles disagree about: an event node, or a pair of entities (then `edgeId` is
   * the edge whose evidence the first side quotes). `edgeIds`: every edge the sides quote, so
   * the canvas can mark each as disputed.
   */
  subject: { nodeId?: string; edgeId?: string; edgeIds?: string[] };
  /** One side per article (at least two articles); a quote only ever backs its own article. */
  sides: DisagreementSide[];
}

export interface DisagreementOptions {
  /**
   * Original article texts by id. Optional: with them, sentences that name both ends of an
   * edge but did not become its evidence (typically denials) are read too, and event mentions
   * are read as quotes of their own.
   */
  texts?: Readonly<Record<string, string>>;
}

/** A sentence read for one subject, with where the subject sits in it (for picking the nearest date). */
interface Reading {
  evidence: Evidence;
  /** Offsets inside the quote of the subject's mention, when known. */
  anchors: { start: number; end: number }[];
  /** Edges that quote this sentence. */
  edgeIds: string[];
}

interface ArticleClaim {
  claim: string;
  /** Compared across articles. */
  value: string;
  reading: Reading;
}

export function findDisagreements(graph: Graph, options: DisagreementOptions = {}): Disagreement[] {
  const published = new Map(graph.articles.map((a) => [a.id, a.published]));
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const result: Disagreement[] = [];

  // Pairs: every stated relation between the same two entities, in either direction.
  const pairs = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    if (edge.relation === CO_OCCURRENCE || edge.source === edge.target) continue;
    const key = [edge.source, edge.target].sort().join('\u0000');
    pairs.set(key, [...(pairs.get(key) ?? []), edge]);
  }
  for (const edges of pairs.values()) {
    const readings = dedupe(edges.flatMap((edge) => edge.evidence.map((evidence) => ({ evidence, anchors: [], edgeIds: [edge.id] }))));
    // A pair with an event at one end is compared as that event, below: once, not per participant.
    const touchesEvent = [edges[0].source, edges[0].target].some((id) => nodes.get(id)?.type === 'event');
    for (const kind of touchesEvent ? [] : (['ordinal', 'count'] as const)) {
      const found = compareClaims(kind, readings, published);
      if (found) result.push({ kind, subject: edgeSubject(found.claims, edges[0].id), sides: found.sides });
    }
    for (const edge of edges) {
      const found = negationFor(edge, nodes, options.texts);
      if (found) result.push({ kind: 'negation', subject: { edgeId: edge.id, edgeIds: [edge.id] }, sides: found });
    }
  }

  // Events: the sentences that mention the event, from the edges that touch it.
  for (const node of graph.nodes) {
    if (node.type !== 'event') continue;
    const readings = eventReadings(node, graph.edges, options.texts);
    for (const kind of ['date', 'ordinal', 'count'] as const) {
      const found = compareClaims(kind, readings, published);
      if (found) result.push({ kind, subject: { nodeId: node.id, ...edgeIdsOf(found.claims) }, sides: found.sides });
    }
  }
  return result;
}

/** The disagreements about a node or an edge (including pair disagreements that quote the edge). */
export function disagreementsAbout(list: readonly Disagreement[], id: string): Disagreement[] {
  return list.filter(
    (d) => d.subject.nodeId === id || d.subject.edgeId === id || (d.subject.edgeIds ?? []).includes(id),
  );
}

/** Ids of every edge and node someone disputes, for marking them on the canvas. */
export function disputedIds(list: readonly Disagreement[]): Set<string> {
  const ids = new Set<string>();
  for (const d of list) {
    if (d.subject.nodeId) ids.add(d.subject.nodeId);
    if (d.subject.edgeId) ids.add(d.subject.edgeId);
    for (const id of d.subject.edgeIds ?? []) ids.add(id);
  }
  return ids;
}

function edgeSubject(claims: ArticleClaim[], fallback: string): Disagreement['subject'] {
  const edgeIds = [...new Set(claims.flatMap((c) => c.reading.edgeIds))];
  return { edgeId: edgeIds[0] ?? fallback, edgeIds };
}

/** The edges whose evidence the sides quote, so the canvas can mark them as disputed too. */
function edgeIdsOf(claims: ArticleClaim[]): { edgeIds?: string[] } {
  const edgeIds = [...new Set(claims.flatMap((c) => c.reading.edgeIds))];
  return edgeIds.length ? { edgeIds } : {};
}

function dedupe(readings: Reading[]): Reading[] {
  const seen = new Map<string, Reading>();
  for (const r of readings) {
    const key = `${r.evidence.articleId}:${r.evidence.start}:${r.evidence.end}`;
    const prior = seen.get(key);
    if (prior) {
      prior.anchors.push(...r.anchors);
      for (const id of r.edgeIds) if (!prior.edgeIds.includes(id)) prior.edgeIds.push(id);
    } else {
      seen.set(key, { ...r, anchors: [...r.anchors], edgeIds: [...r.edgeIds] });
    }
  }
  return [...seen.values()];
}

function eventReadings(node: GraphNode, edges: readonly GraphEdge[], texts: DisagreementOptions['texts']): Reading[] {
  const readings: Reading[] = [];
  const anchorsIn = (e: Evidence) =>
    node.mentions
      .filter((m) => m.articleId === e.articleId && m.start >= e.start && m.end <= e.end)
      .map((m) => ({ start: m.start - e.start, end: m.end - e.start }));
  for (const edge of edges) {
    if (edge.source !== node.id && edge.target !== node.id) continue;
    for (const evidence of edge.evidence) {
      const anchors = anchorsIn(evidence);
      // Only sentences that name the event: a relation's other quotes may be about something else.
      if (anchors.length > 0) readings.push({ evidence, anchors, edgeIds: [edge.id] });
    }
  }
  if (texts) {
    for (const m of node.mentions) {
      const text = textOf(texts, m.articleId);
      if (text === undefined || m.sentenceStart === undefined || m.sentenceEnd === undefined) continue;
      const evidence: Evidence = {
        articleId: m.articleId,
        start: m.sentenceStart,
        end: m.sentenceEnd,
        quote: text.slice(m.sentenceStart, m.sentenceEnd),
      };
      readings.push({ evidence, anchors: [{ start: m.start - m.sentenceStart, end: m.end - m.sentenceStart }], edgeIds: [] });
    }
  }
  return dedupe(readings);
}

/**
 * An article's text, or undefined when it was not given: own keys only, so an article id such
 * as "toString" missing from the texts is not answered by a member of Object.prototype.
 */
function textOf(texts: Readonly<Record<string, string>>, articleId: string): string | undefined {
  return Object.hasOwn(texts, articleId) ? texts[articleId] : undefined;
}

/** The claims of one kind a sentence makes, with the value compared across articles. */
function claimsIn(kind: 'date' | 'ordinal' | 'count', reading: Reading, published: Map<string, string | undefined>): ArticleClaim[] {
  const quote = reading.evidence.quote;
  if (kind === 'date') {
    const chosen = dateOfEvent(quote, reading.anchors, published.get(reading.evidence.articleId));
    return chosen ? [{ claim: `${chosen.text} (${chosen.date})`, value: chosen.date, reading }] : [];
  }
  const claims: Claim[] = kind === 'ordinal' ? ordinalClaims(quote) : countClaims(quote);
  return claims.map((c) => ({ claim: c.text, value: `${c.topic}\u0000${c.value}`, reading }));
}

// The same sentence is read for several subjects and compared pairwise: read its dates once.
const dateCache = new Map<string, DateMention[]>();
const DATE_CACHE_LIMIT = 5000;

function datesIn(quote: string, published: string | undefined): DateMention[] {
  const key = `${published ?? ''}\u0000${quote}`;
  let found = dateCache.get(key);
  if (!found) {
    if (dateCache.size >= DATE_CACHE_LIMIT) dateCache.clear();
    found = findDates(quote, published);
    dateCache.set(key, found);
  }
  return found;
}

// A date belongs to an event only when it sits right by the event's name, in the same clause:
// "their October meeting", "talks on Wednesday", "the summit was held on 12 October". A date
// further off ("... since the forces toppled Assad in 2024") is usually about something else.
const MAX_WORDS_BETWEEN = 5;
const CLAUSE_BREAK = /[,;:—–()[\]"“”]|\s-\s|\b(?:since|after|before|when|while|which|who|that|because|although|though|but|and)\b/i;

function dateOfEvent(
  quote: string,
  anchors: readonly { start: number; end: number }[],
  published: string | undefined,
): { text: string; date: string } | undefined {
  if (anchors.length === 0) return undefined;
  const near: { text: string; date?: string; words: number }[] = [];
  for (const phrase of datesIn(quote, published)) {
    let best = Infinity;
    for (const a of anchors) {
      const between = phrase.end <= a.start ? quote.slice(phrase.end, a.start) : phrase.start >= a.end ? quote.slice(a.end, phrase.start) : '';
      if (CLAUSE_BREAK.test(between)) continue;
      best = Math.min(best, (between.match(/\S+/g) ?? []).length);
    }
    if (best <= MAX_WORDS_BETWEEN) near.push({ text: phrase.text, date: phrase.date, words: best });
  }
  near.sort((a, b) => a.words - b.words);
  const chosen = near[0];
  // Two dates equally close, or the closest one unresolved ("in October" with no publication
  // date): the sentence does not date the event for us.
  if (!chosen || (near[1] && near[1].words === chosen.words) || !chosen.date || !dateSpan(chosen.date)) return undefined;
  return { text: chosen.text, date: chosen.date };
}

function compatible(kind: 'date' | 'ordinal' | 'count', a: string, b: string): boolean {
  if (kind === 'date') {
    const x = dateSpan(a);
    const y = dateSpan(b);
    return !x || !y || (x.start <= y.end && y.start <= x.end);
  }
  return a === b;
}

/** Date phrases a sentence gives, whatever they are about: tells occasions apart for ordinals. */
function sentenceDates(reading: Reading, published: Map<string, string | undefined>): (string | undefined)[] {
  return datesIn(reading.evidence.quote, published.get(reading.evidence.articleId)).map((d) =>
    d.date && dateSpan(d.date) ? d.date : undefined,
  );
}

/**
 * One claim per article (an article contradicting itself, or saying several things about
 * several occasions, is left out), then a disagreement when two articles' claims are
 * incompatible. Counts and ordinals are compared per topic ("base", "encounter").
 */
function compareClaims(
  kind: 'date' | 'ordinal' | 'count',
  readings: Reading[],
  published: Map<string, string | undefined>,
): { sides: DisagreementSide[]; claims: ArticleClaim[] } | undefined {
  const byTopic = new Map<string, Map<string, ArticleClaim[]>>();
  for (const reading of readings) {
    for (const claim of claimsIn(kind, reading, published)) {
      const topic = kind === 'date' ? '' : claim.value.split('\u0000')[0];
      const perArticle = byTopic.get(topic) ?? new Map<string, ArticleClaim[]>();
      const list = perArticle.get(reading.evidence.articleId) ?? [];
      list.push(claim);
      perArticle.set(reading.evidence.articleId, list);
      byTopic.set(topic, perArticle);
    }
  }
  for (const perArticle of byTopic.values()) {
    const single: ArticleClaim[] = [];
    for (const list of perArticle.values()) {
      const consistent = list.every((c) => compatible(kind, c.value, list[0].value));
      if (consistent) single.push(list[0]);
    }
    single.sort((a, b) => a.reading.evidence.articleId.localeCompare(b.reading.evidence.articleId));
    const conflicting = single.filter((c) => single.some((o) => o !== c && !compatible(kind, c.value, o.value) && sameOccasion(kind, c, o, published)));
    if (conflicting.length < 2) continue;
    return {
      sides: conflicting.map((c) => ({ claim: c.claim, evidence: c.reading.evidence })),
      claims: conflicting,
    };
  }
  return undefined;
}

/**
 * "First visit ... in October" and "second meeting" may both be right: they can be two
 * occasions. Ordinals are compared only when neither sentence dates its occasion, or both
 * give overlapping dates.
 */
function sameOccasion(
  kind: 'date' | 'ordinal' | 'count',
  a: ArticleClaim,
  b: ArticleClaim,
  published: Map<string, string | undefined>,
): boolean {
  if (kind !== 'ordinal') return true;
  const da = sentenceDates(a.reading, published);
  const db = sentenceDates(b.reading, published);
  if (da.length === 0 && db.length === 0) return true;
  if (da.length === 0 || db.length === 0) return false;
  // A date phrase we cannot resolve ("in October" with no publication date) still names an
  // occasion; we cannot tell whether it is the other one, so we do not compare.
  if (da.includes(undefined) || db.includes(undefined)) return false;
  return da.some((x) => db.some((y) => compatible('date', x!, y!)));
}

/**
 * A relation stated in one article and denied in another. The denials are sentences among the
 * edge's evidence whose verb is negated, or (with the texts) sentences naming both ends whose
 * verb is negated.
 */
function negationFor(
  edge: GraphEdge,
  nodes: Map<string, GraphNode>,
  texts: DisagreementOptions['texts'],
): DisagreementSide[] | undefined {
  const verb = relationVerb(edge.relation);
  const stated = new Map<string, DisagreementSide>();
  const denied = new Map<string, DisagreementSide>();
  const read = (evidence: Evidence, fromEdge: boolean) => {
    const reading = readVerb(evidence.quote, verb);
    if (reading?.denied) {
      if (!denied.has(evidence.articleId)) denied.set(evidence.articleId, { claim: reading.text, evidence });
    } else if (fromEdge && !stated.has(evidence.articleId)) {
      // The extractor read it as stating the relation; show the verb when we found it.
      stated.set(evidence.articleId, { claim: reading ? reading.text : edge.label, evidence });
    }
  };
  for (const evidence of edge.evidence) read(evidence, true);
  if (texts) for (const evidence of sentencesNamingBoth(edge, nodes, texts)) read(evidence, false);

  // An article that both states and denies it is not counted on either side.
  for (const id of [...stated.keys()]) {
    if (denied.has(id)) {
      stated.delete(id);
      denied.delete(id);
    }
  }
  if (stated.size === 0 || denied.size === 0) return undefined;
  const byArticle = (a: DisagreementSide, b: DisagreementSide) => a.evidence.articleId.localeCompare(b.evidence.articleId);
  return [...[...stated.values()].sort(byArticle), ...[...denied.values()].sort(byArticle)];
}

function sentencesNamingBoth(
  edge: GraphEdge,
  nodes: Map<string, GraphNode>,
  texts: Readonly<Record<string, string>>,
): Evidence[] {
  const source = nodes.get(edge.source);
  const target = nodes.get(edge.target);
  if (!source || !target) return [];
  const sentenceKey = (m: GraphNode['mentions'][number]) =>
    m.sentenceStart === undefined || m.sentenceEnd === undefined ? undefined : `${m.articleId}:${m.sentenceStart}:${m.sentenceEnd}`;
  const targetSentences = new Set(target.mentions.map(sentenceKey).filter(Boolean));
  const out = new Map<string, Evidence>();
  for (const m of source.mentions) {
    const key = sentenceKey(m);
    if (!key || !targetSentences.has(key) || out.has(key)) continue;
    const text = textOf(texts, m.articleId);
    if (text === undefined) continue;
    out.set(key, { articleId: m.articleId, start: m.sentenceStart!, end: m.sentenceEnd!, quote: text.slice(m.sentenceStart, m.sentenceEnd) });
  }
  return [...out.values()];
}
