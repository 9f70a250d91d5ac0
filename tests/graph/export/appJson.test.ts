import { describe, expect, it } from 'vitest';
import { parseAppJson, toAppJson, type AppView } from '../../../src/graph/export/appJson';
import { trickyGraph } from './trickyGraph';

const view: AppView = {
  selection: ['person:dmitry peskov', 'e2'],
  filters: { types: ['person', 'event'], minSources: 2, hideCoOccurrence: true },
  layout: 'fcose',
  positions: { 'person:dmitry peskov': { x: 10.5, y: -20 }, n0: { x: 0, y: 300 } },
  zoom: 1.25,
  pan: { x: 40, y: -12 },
};

describe('app JSON', () => {
  it('round-trips the graph and the view exactly', () => {
    const graph = trickyGraph();
    const result = parseAppJson(toAppJson(graph, view));
    expect(result).toEqual({ ok: true, graph, view });
  });

  it('reads a plain graph as the CLI prints it (no header, no view)', () => {
    const graph = trickyGraph();
    const result = parseAppJson(JSON.stringify(graph));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.graph).toEqual(graph);
      expect(result.view).toBeUndefined();
    }
  });

  it('puts the graph fields at top level so DESIGN.md readers can load it', () => {
    const doc = JSON.parse(toAppJson(trickyGraph()));
    expect(doc.format).toBe('news-graph-explorer');
    expect(doc.nodes).toHaveLength(4);
    expect(doc.edges[0].evidence[0].articleId).toBe('a-1');
    expect(doc).not.toHaveProperty('view');
  });

  const corrupt = (mutate: (doc: Record<string, any>) => void): string => {
    const doc = JSON.parse(toAppJson(trickyGraph(), view));
    mutate(doc);
    return JSON.stringify(doc);
  };

  it.each([
    ['not JSON at all', '{"nodes": [', /not valid JSON/],
    ['a JSON array', '[1,2,3]', /JSON object/],
    ['null', 'null', /JSON object/],
    ['another program\'s file', corrupt((d) => (d.format = 'something-else')), /unknown format "something-else"/],
    ['a newer version', corrupt((d) => (d.version = 99)), /unsupported version 99/],
    ['nodes missing', corrupt((d) => delete d.nodes), /"nodes" must be a list/],
    ['an unknown entity type', corrupt((d) => (d.nodes[1].type = 'wizard')), /node 1: unknown type "wizard"/],
    ['a label that is a number', corrupt((d) => (d.nodes[0].label = 42)), /node 0: "label" must be a string/],
    ['a negative offset', corrupt((d) => (d.nodes[0].mentions[0].start = -1)), /node 0 mention 0: "start" must be a whole number/],
    ['an end before the start', corrupt((d) => (d.edges[0].evidence[1].end = 0)), /edge 0 evidence 1: "end" is before "start"/],
    ['a mention of an unknown article', corrupt((d) => (d.nodes[0].mentions[0].articleId = 'zzz')), /unknown article "zzz"/],
    ['a dangling edge', corrupt((d) => (d.edges[1].target = 'ghost')), /edge 1: target "ghost" is not a node/],
    ['an edge without evidence', corrupt((d) => (d.edges[2].evidence = [])), /edge 2: an edge needs at least one evidence quote/],
    ['evidence without its quote', corrupt((d) => delete d.edges[0].evidence[1].quote), /edge 0 evidence 1: "quote" must be a string/],
    ['duplicate node ids', corrupt((d) => (d.nodes[1].id = d.nodes[0].id)), /two nodes share an id/],
    ['a position that is not a number', corrupt((d) => (d.view.positions.n0.x = 'left')), /view position of "n0"/],
    ['a zero zoom', corrupt((d) => (d.view.zoom = 0)), /"zoom" must be a positive number/],
    ['a selection of numbers', corrupt((d) => (d.view.selection = [1])), /"selection"\[0\] must be a string/],
  ])('rejects %s with a message', (_what, text, message) => {
    const result = parseAppJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('keeps a position keyed "__proto__" as an ordinary node id', () => {
    const graph = trickyGraph();
    const text = JSON.stringify({ ...graph, view: { positions: JSON.parse('{"__proto__": {"x": 1, "y": 2}, "n0": {"x": 3, "y": 4}}') } });
    const result = parseAppJson(text);
    expect(result.ok).toBe(true);
    const positions = result.ok ? result.view?.positions ?? {} : {};
    expect(Object.keys(positions)).toEqual(['__proto__', 'n0']);
    expect(Object.getOwnPropertyDescriptor(positions, '__proto__')?.value).toEqual({ x: 1, y: 2 });
    expect((positions as Record<string, unknown>).x).toBeUndefined();
  });

  it('never throws on truncated or hostile input', () => {
    const text = toAppJson(trickyGraph(), view);
    const inputs = [
      '',
      '\u0000',
      '{"__proto__": {"polluted": true}, "articles": [], "nodes": [], "edges": []}',
      '['.repeat(100_000) + ']'.repeat(100_000),
      JSON.stringify({ articles: [], nodes: [{ id: 'x', type: 'person', label: 'x', aliases: 'x', mentions: [] }], edges: [] }),
    ];
    for (let cut = 1; cut < text.length; cut += 97) inputs.push(text.slice(0, cut));
    for (const input of inputs) {
      const result = parseAppJson(input);
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The empty graph with a __proto__ key is still a (harmless) valid graph.
    expect(parseAppJson(inputs[2]).ok).toBe(true);
  });
});
