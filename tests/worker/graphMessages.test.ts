import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../src/graph/model';
import { ExtractClient } from '../../src/worker/extractClient';
import { graphMessages } from '../../src/worker/graphMessages';
import { deniedMeeting, edge, node } from '../graph/analysis/handGraph';
import { FakeWorker } from './fakeWorker';

// A denial that only the article text shows: the graph's evidence has the meeting alone.
const { sb, a, b, graph } = deniedMeeting();
const inputs = [a, b].map(({ id, title, text }) => ({ id, title, text }));

describe('the worker’s graph messages', () => {
  it('carry the disagreements read with the article texts, which the client hands over with the graph', async () => {
    const messages = graphMessages(7, graph, inputs);
    const last = messages.at(-1)!;
    expect(last.type).toBe('graph');
    if (last.type !== 'graph') return;
    expect(last.disagreements.map((d) => [d.kind, d.subject.edgeId, d.sides.map((s) => s.claim)])).toEqual([
      ['negation', 'e', ['met', 'denied that Smith had met']],
    ]);

    const w = new FakeWorker();
    const client = new ExtractClient(w);
    const pending = client.extract(inputs);
    for (const m of graphMessages(1, graph, inputs)) w.reply(m);
    const result = await pending;
    expect(result.graph.edges.map((e) => e.id)).toEqual(['e']);
    expect(result.disagreements[0].sides[1].evidence.quote).toBe(sb);
  });

  it('without the texts of the denying article, find no disagreement', () => {
    const last = graphMessages(1, graph, inputs.slice(0, 1)).at(-1)!;
    expect(last.type === 'graph' && last.disagreements).toEqual([]);
  });

  it('split a large graph into parts that put it back together in order', async () => {
    const nodes: GraphNode[] = Array.from({ length: 9 }, (_, i) => node(`n${i}`, 'person', `N ${i}`));
    const edges: GraphEdge[] = Array.from({ length: 8 }, (_, i) => edge(`e${i}`, `n${i}`, 'meets', `n${i + 1}`, []));
    const big = { articles: [], nodes, edges };
    const messages = graphMessages(1, big, [], 4);
    expect(messages.map((m) => m.type)).toEqual(['graphPart', 'graphPart', 'graphPart', 'graphPart', 'graph']);
    const w = new FakeWorker();
    const client = new ExtractClient(w);
    const pending = client.extract([]);
    for (const m of messages) w.reply(m);
    const { graph: g } = await pending;
    expect(g.nodes.map((n) => n.id)).toEqual(nodes.map((n) => n.id));
    expect(g.edges.map((e) => e.id)).toEqual(edges.map((e) => e.id));
  });
});
