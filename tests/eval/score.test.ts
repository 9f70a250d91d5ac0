import { describe, expect, it } from 'vitest';
import type { EntityType, Graph, GraphEdge, GraphNode } from '../../src/graph/model';
import { normaliseName } from './normalise';
import { scoreGraph, type ExpectedGraph } from './score';

const TEXT = 'Putin met Sharaa in Moscow. Russia operates Hmeimim. Photo: John Credit.';
const TEXTS = { a1: TEXT, a2: TEXT };

const EXPECTED: ExpectedGraph = {
  entities: [
    { id: 'putin', type: 'person', tier: 'core', names: ['Vladimir Putin', 'Putin'] },
    { id: 'sharaa', type: 'person', tier: 'core', names: ['Ahmed al-Sharaa', 'Sharaa'] },
    { id: 'russia', type: 'state', tier: 'core', names: ['Russia'] },
    { id: 'hmeimim', type: 'base', tier: 'core', names: ['Hmeimim', 'Khmeimim'] },
    { id: 'moscow', type: 'place', tier: 'optional', names: ['Moscow'] },
    { id: 'kremlin', type: 'organization', tier: 'optional', alsoTypes: ['state'], names: ['Kremlin'] },
    { id: 'credit', type: 'person', tier: 'ignore', names: ['John Credit'] },
    { id: 'qamishli', type: 'base', tier: 'core', alsoTypes: ['place'], names: ['Qamishli', 'Qamishli airport'] },
  ],
  events: [
    { id: 'talks', tier: 'core', label: 'Moscow talks', date: '2026-01', anchors: ['talks', 'meet'], participants: ['putin', 'sharaa'], related: ['moscow'] },
    { id: 'war', tier: 'core', label: 'A war', anchors: ['war'], participants: ['russia'] },
  ],
  relations: [
    { kind: 'met', tier: 'core', pair: ['putin', 'sharaa'] },
    { kind: 'operates', tier: 'core', anyOf: [['russia', 'hmeimim'], ['kremlin', 'hmeimim']] },
    { kind: 'leader of', tier: 'core', pair: ['putin', 'russia'] },
    { kind: 'met in', tier: 'optional', pair: ['putin', 'moscow'] },
  ],
};

let nextId = 0;
function node(label: string, type: EntityType, extra: Partial<GraphNode> = {}): GraphNode {
  const start = Math.max(0, TEXT.indexOf(label));
  return { id: `n${nextId++}`, type, label, aliases: [label], mentions: [{ articleId: 'a1', start, end: start + label.length }], ...extra };
}

const FIRST_SENTENCE = 'Putin met Sharaa in Moscow.';
function edge(source: GraphNode, target: GraphNode, relation: string, extra: Partial<GraphEdge> = {}): GraphEdge {
  return {
    id: `e${nextId++}`, source: source.id, target: target.id, relation, label: relation.replace(/_/g, ' '),
    evidence: [{ articleId: 'a1', start: 0, end: FIRST_SENTENCE.length, quote: FIRST_SENTENCE }], sources: 1, ...extra,
  };
}

const graph = (nodes: GraphNode[], edges: GraphEdge[] = []): Graph => ({ articles: [{ id: 'a1', title: 'A' }], nodes, edges });

describe('normaliseName', () => {
  it('drops titles, articles, possessives, accents and hyphens', () => {
    expect(normaliseName('Syrian President Ahmed al-Sharaa')).toBe('ahmed al sharaa');
    expect(normaliseName('U.S. President Donald Trump')).toBe('donald trump');
    expect(normaliseName('Kremlin spokesman Dmitry Peskov')).toBe('dmitry peskov');
    expect(normaliseName('Russian Defence Minister Andrey Belousov')).toBe('andrey belousov');
    expect(normaliseName('The Kremlin')).toBe('kremlin');
    expect(normaliseName('Sharaa’s')).toBe('sharaa');
    expect(normaliseName('Nicolás Maduro')).toBe('nicolas maduro');
  });

  it('keeps a title that is the whole name', () => {
    expect(normaliseName('President')).toBe('president');
    expect(normaliseName('Foreign Minister')).toBe('foreign minister');
  });
});

describe('scoreGraph: entities', () => {
  it('counts an empty graph as finding nothing, without dividing by zero', () => {
    const s = scoreGraph(graph([]), EXPECTED, TEXTS);
    expect(s.entities.recall).toEqual({ hit: 0, total: 5, value: 0 });
    expect(s.entities.precision.value).toBeNull();
    expect(s.junkShare.value).toBeNull();
    expect(s.relations.recall).toEqual({ hit: 0, total: 3, value: 0 });
    expect(s.entities.missedCore.map((e) => e.id)).toEqual(['putin', 'sharaa', 'russia', 'hmeimim', 'qamishli']);
  });

  it('tells correct, optional, ignored, mistyped, duplicate and junk nodes apart', () => {
    const nodes = [
      node('Russian President Vladimir Putin', 'person', { aliases: ['Putin'] }),
      node('Sharaa', 'person'),
      node('Russia', 'place'), // mistyped
      node('Hmeimim', 'base', { mentions: [{ articleId: 'a1', start: 44, end: 51 }, { articleId: 'a1', start: 44, end: 51 }] }),
      node('Khmeimim', 'base'), // a spelling variant left unmerged
      node('Moscow', 'place'), // optional: correct, not required
      node('Kremlin', 'state'), // alsoTypes allows it
      node('John Credit', 'person'), // ignored
      node('Photo', 'organization'), // junk
    ];
    const s = scoreGraph(graph(nodes), EXPECTED, TEXTS);
    const status = Object.fromEntries(s.nodes.map((v) => [v.label, v.status]));
    expect(status).toEqual({
      'Russian President Vladimir Putin': 'correct', Sharaa: 'correct', Russia: 'mistyped', Hmeimim: 'correct',
      Khmeimim: 'duplicate', Moscow: 'correct', Kremlin: 'correct', 'John Credit': 'ignored', Photo: 'junk',
    });
    // Russia is found only by name, with the wrong type: not recalled.
    expect(s.entities.recall).toEqual({ hit: 3, total: 5, value: 0.6 });
    expect(s.entities.recallByType.state).toEqual({ hit: 0, total: 1, value: 0 });
    expect(s.entities.recallByType.base).toEqual({ hit: 1, total: 2, value: 0.5 }); // Hmeimim yes, Qamishli absent
    // 5 correct out of 8 counted (the ignored byline is left out).
    expect(s.entities.precision).toEqual({ hit: 5, total: 8, value: 5 / 8 });
    expect(s.entities.precisionByType.base).toEqual({ hit: 1, total: 2, value: 0.5 });
    expect(s.junkShare).toEqual({ hit: 1, total: 9, value: 1 / 9 });
  });

  it('accepts one node per allowed type of a name, and an edge between them', () => {
    const airport = node('Qamishli airport', 'base', { mentions: [{ articleId: 'a1', start: 0, end: 5 }, { articleId: 'a1', start: 0, end: 5 }] });
    const town = node('Qamishli', 'place');
    const again = node('Qamishli Airport', 'base');
    const s = scoreGraph(graph([airport, town, again], [edge(airport, town, 'located_in'), edge(again, airport, 'operates')]), EXPECTED, TEXTS);
    expect(s.nodes.map((v) => v.status)).toEqual(['correct', 'correct', 'duplicate']);
    expect(s.relations.precision).toEqual({ hit: 1, total: 2, value: 0.5 });
  });

  it('flags a node whose aliases name two entities', () => {
    const s = scoreGraph(graph([node('Putin', 'person', { aliases: ['Putin', 'Sharaa'] })]), EXPECTED, TEXTS);
    expect(s.nodes[0]).toMatchObject({ status: 'correct', matched: 'putin', conflated: ['sharaa'] });
  });
});

describe('scoreGraph: events', () => {
  const putin = node('Putin', 'person');
  const sharaa = node('Sharaa', 'person');

  it('matches an event by anchor and participant edge, and checks its date', () => {
    const talks = node('Talks in Moscow', 'event', { date: '2026-01-28' });
    const s = scoreGraph(graph([putin, sharaa, talks], [edge(putin, talks, 'participated_in')]), EXPECTED, TEXTS);
    const v = s.nodes.find((n) => n.nodeId === talks.id)!;
    expect(v).toMatchObject({ status: 'correct', matched: 'talks', dateAgrees: true });
    expect(s.events.recall).toEqual({ hit: 1, total: 2, value: 0.5 });
    expect(s.events.datesAgree.value).toBe(1);
  });

  it('does not match an event with the anchor but no participant', () => {
    const talks = node('Talks', 'event');
    const s = scoreGraph(graph([putin, talks]), EXPECTED, TEXTS);
    expect(s.nodes.find((n) => n.nodeId === talks.id)!.status).toBe('junk');
    expect(s.events.recall.hit).toBe(0);
  });

  it('accepts a participant named in the label, and reports a disagreeing date', () => {
    const talks = node('Putin meeting', 'event', { date: '2025-10' });
    const s = scoreGraph(graph([talks]), EXPECTED, TEXTS);
    expect(s.nodes[0]).toMatchObject({ status: 'correct', matched: 'talks', dateAgrees: false, date: '2025-10' });
  });

  it('counts a second node for the same event as a duplicate', () => {
    const a = node('Putin talks', 'event');
    const b = node('Putin meeting', 'event');
    const s = scoreGraph(graph([putin, a, b], [edge(a, putin, 'participant'), edge(b, putin, 'participant'), edge(a, sharaa, 'participant')]), EXPECTED, TEXTS);
    expect(s.nodes.find((n) => n.nodeId === a.id)!.status).toBe('correct');
    expect(s.nodes.find((n) => n.nodeId === b.id)!.status).toBe('duplicate');
    expect(s.events.precision).toEqual({ hit: 1, total: 2, value: 0.5 });
  });
});

describe('scoreGraph: relations', () => {
  it('matches unordered pairs, anyOf alternatives and event links; ignores co-occurrence', () => {
    const putin = node('Putin', 'person');
    const sharaa = node('Sharaa', 'person');
    const kremlin = node('Kremlin', 'organization');
    const hmeimim = node('Hmeimim', 'base');
    const moscow = node('Moscow', 'place');
    const russia = node('Russia', 'state');
    const junk = node('Photo', 'organization');
    const talks = node('Moscow talks', 'event');
    const edges = [
      edge(sharaa, putin, 'meets'), // reversed direction still satisfies the unordered pair
      edge(kremlin, hmeimim, 'operates'), // satisfies the anyOf
      edge(putin, russia, 'mentioned_with'), // not a relation
      edge(putin, moscow, 'visited'), // optional pair: correct for precision
      edge(talks, moscow, 'located_in'), // event to a related entity
      edge(talks, putin, 'participant'),
      edge(junk, putin, 'employs'), // junk endpoint
      edge(sharaa, hmeimim, 'operates'), // unlisted pair
    ];
    const s = scoreGraph(graph([putin, sharaa, kremlin, hmeimim, moscow, russia, junk, talks], edges), EXPECTED, TEXTS);
    expect(s.relations.recall).toEqual({ hit: 2, total: 3, value: 2 / 3 });
    expect(s.relations.missedCore).toEqual([{ kind: 'leader of', pairs: [['putin', 'russia']] }]);
    expect(s.relations.precision).toEqual({ hit: 5, total: 7, value: 5 / 7 });
    expect(s.relations.wrong.map((e) => e.relation).sort()).toEqual(['employs', 'operates']);
    expect(s.relations.coOccurrenceEdges).toBe(1);
  });

  it('leaves edges to an ignored entity out of precision', () => {
    const putin = node('Putin', 'person');
    const credit = node('John Credit', 'person');
    const s = scoreGraph(graph([putin, credit], [edge(credit, putin, 'photographed')]), EXPECTED, TEXTS);
    expect(s.relations.precision.total).toBe(0);
  });
});

describe('scoreGraph: evidence', () => {
  it('accepts exact quotes and reports shifted quotes, missing evidence, wrong source counts and stray mentions', () => {
    const putin = node('Putin', 'person');
    const sharaa = node('Sharaa', 'person', { mentions: [{ articleId: 'a1', start: 500, end: 506 }] });
    const good = edge(putin, sharaa, 'meets');
    const shifted = edge(putin, sharaa, 'meets', { evidence: [{ articleId: 'a1', start: 1, end: 28, quote: FIRST_SENTENCE }] });
    const empty = edge(putin, sharaa, 'meets', { evidence: [], sources: 0 });
    const miscounted = edge(putin, sharaa, 'meets', {
      evidence: [
        { articleId: 'a1', start: 0, end: 27, quote: FIRST_SENTENCE },
        { articleId: 'a2', start: 0, end: 27, quote: FIRST_SENTENCE },
      ],
      sources: 1,
    });
    const s = scoreGraph(graph([putin, sharaa], [good, shifted, empty, miscounted]), EXPECTED, TEXTS);
    const problems = s.evidence.problems.map((p) => `${p.where}: ${p.problem}`);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(new RegExp(`^edge ${shifted.id} .*quote differs`));
    expect(problems[1]).toMatch(new RegExp(`^edge ${empty.id} .*no evidence`));
    expect(problems[2]).toMatch(new RegExp(`^edge ${miscounted.id} .*sources 1 but 2`));
    expect(problems[3]).toMatch(/^node .*Sharaa.*outside its article/);
    expect(s.evidence.checked).toBe(4);
  });
});
