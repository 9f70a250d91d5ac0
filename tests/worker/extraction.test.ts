import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/model';
import { ExtractionCache } from '../../src/worker/extractionCache';
import { ExtractClient, ExtractionCancelled } from '../../src/worker/extractClient';
import type { ToWorker } from '../../src/worker/protocol';
import { HeldTexts, SentTexts } from '../../src/worker/articleTexts';
import { FakeWorker } from './fakeWorker';

const articles = [
  { id: 'a', text: 'Syrian President Ahmed al-Sharaa met Russian President Vladimir Putin in Moscow on Wednesday.' },
  { id: 'b', text: 'Putin told al-Sharaa that Russia would keep its Hmeimim air base.' },
];

describe('ExtractionCache', () => {
  it('re-reads only new or changed articles and builds the graph from all of them', () => {
    const cache = new ExtractionCache();
    const first = articles.map((a) => cache.get(a));
    expect(cache.extractedCount).toBe(2);
    const added = { id: 'c', text: 'The Kremlin said talks with Syria went well.' };
    const second = [...articles, added].map((a) => cache.get(a));
    expect(cache.extractedCount).toBe(3);
    expect(second[0]).toBe(first[0]);
    cache.get({ ...articles[1], text: articles[1].text + ' More.' });
    expect(cache.extractedCount).toBe(4);
    const graph = cache.build(second);
    expect(graph.articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });
});

const emptyGraph: Graph = { articles: [], nodes: [], edges: [] };

describe('ExtractClient', () => {
  it('reports progress, resolves with the graph, and ignores replies to cancelled requests', async () => {
    const w = new FakeWorker();
    const client = new ExtractClient(w);
    const progress: string[] = [];
    const first = client.extract(articles, (d, t) => progress.push(`${d}/${t}`));
    const second = client.extract(articles, (d, t) => progress.push(`second ${d}/${t}`));
    await expect(first).rejects.toBeInstanceOf(ExtractionCancelled);
    expect(w.sent.map((m) => m.type)).toEqual(['extract', 'cancel', 'extract']);
    const [, , req2] = w.sent as [ToWorker, ToWorker, { requestId: number }];
    w.reply({ type: 'progress', requestId: 1, done: 1, total: 2 });
    w.reply({ type: 'progress', requestId: req2.requestId, done: 2, total: 2 });
    w.reply({ type: 'graph', requestId: req2.requestId, graph: emptyGraph, disagreements: [] });
    expect((await second).graph).toBe(emptyGraph);
    expect(progress).toEqual(['second 2/2']);
  });

  it('puts a graph sent in parts back together in order, ignoring parts of a cancelled request', async () => {
    const w = new FakeWorker();
    const client = new ExtractClient(w);
    const stale = client.extract(articles);
    const p = client.extract(articles);
    await expect(stale).rejects.toBeInstanceOf(ExtractionCancelled);
    const node = (id: string) => ({ id, type: 'person' as const, label: id, aliases: [], mentions: [] });
    const edge = (id: string) => ({ id, source: 'a', target: 'b', relation: 'meets', label: 'meets', evidence: [], sources: 1 });
    w.reply({ type: 'graphPart', requestId: 1, nodes: [node('stale')], edges: [] });
    w.reply({ type: 'graphPart', requestId: 2, nodes: [node('a'), node('b')], edges: [] });
    w.reply({ type: 'graphPart', requestId: 2, nodes: [node('c')], edges: [edge('e1')] });
    w.reply({ type: 'graph', requestId: 2, graph: { articles: [], nodes: [], edges: [edge('e2'), edge('e3')] }, disagreements: [] });
    const { graph: g } = await p;
    expect(g.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(g.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
  });

  it('rejects with the worker’s error message', async () => {
    const w = new FakeWorker();
    const client = new ExtractClient(w);
    const p = client.extract(articles);
    w.reply({ type: 'error', requestId: 1, message: 'bad input' });
    await expect(p).rejects.toThrow('bad input');
  });
});

describe('article texts sent to the worker', () => {
  it('sends each text once: a later request leaves out texts the worker holds, and the worker fills them in', async () => {
    const w = new FakeWorker();
    const client = new ExtractClient(w);
    const held = new HeldTexts();
    const received = () => held.fromWire((w.sent.at(-1) as Extract<ToWorker, { type: 'extract' }>).articles);
    void client.extract(articles).catch(() => undefined);
    expect(received()).toEqual(articles);
    const added = { id: 'c', text: 'The Kremlin said talks with Syria went well.' };
    void client.extract([...articles, added]).catch(() => undefined);
    const wire = (w.sent.at(-1) as Extract<ToWorker, { type: 'extract' }>).articles;
    expect(wire.map((a) => a.text)).toEqual([undefined, undefined, added.text]);
    expect(received()).toEqual([...articles, added]);
    // A changed text is sent again; a removed article is forgotten on both sides.
    const changed = { id: 'a', text: articles[0].text + ' More.' };
    void client.extract([changed]).catch(() => undefined);
    expect((w.sent.at(-1) as Extract<ToWorker, { type: 'extract' }>).articles).toEqual([changed]);
    expect(received()).toEqual([changed]);
    void client.extract([changed, articles[1]]).catch(() => undefined);
    expect((w.sent.at(-1) as Extract<ToWorker, { type: 'extract' }>).articles.map((a) => a.text)).toEqual([undefined, articles[1].text]);
    expect(received()).toEqual([changed, articles[1]]);
  });

  it('refuses a request naming a text it was never sent', () => {
    const held = new HeldTexts();
    expect(() => held.fromWire([{ id: 'x' }])).toThrow(/did not reach the extraction worker/);
    expect(new SentTexts().toWire(articles)).toEqual(articles);
  });
});
