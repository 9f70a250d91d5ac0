import { describe, expect, it } from 'vitest';
import { toGraphml, GRAPHML_KEYS } from '../../../src/graph/export/graphml';
import { parseXml } from './xmlParse';
import { trickyGraph } from './trickyGraph';

const graph = trickyGraph();
const doc = parseXml(toGraphml(graph)).graphml;

type Data = { key: string; '#text'?: string };
const dataOf = (el: { data?: Data[] }) => Object.fromEntries((el.data ?? []).map((d) => [d.key, d['#text'] ?? '']));

describe('GraphML export', () => {
  it('is a GraphML document in the GraphML namespace with a directed graph', () => {
    expect(doc.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(doc['xsi:schemaLocation']).toContain('graphml.xsd');
    expect(doc.graph.edgedefault).toBe('directed');
  });

  it('declares every key it uses, with the domain and type GraphML readers need', () => {
    const keys = new Map<string, Record<string, string>>(doc.key.map((k: Record<string, string>) => [k.id, k]));
    for (const name of ['type', 'label', 'aliases', 'mention_count', 'mentions', 'date']) {
      expect([...keys.values()].some((k) => k.for === 'node' && k['attr.name'] === name)).toBe(true);
    }
    for (const name of ['relation', 'label', 'sources', 'quotes', 'evidence']) {
      expect([...keys.values()].some((k) => k.for === 'edge' && k['attr.name'] === name)).toBe(true);
    }
    const dataKeys = [...keys.values()].filter((k) => !k['yfiles.type']);
    for (const k of dataKeys) expect(['string', 'int']).toContain(k['attr.type']);
    const used = (els: { data?: Data[] }[], domain: string) =>
      els.flatMap((el) => (el.data ?? []).map((d) => d.key)).forEach((key) => expect(keys.get(key)?.for).toBe(domain));
    used(doc.graph.node, 'node');
    used(doc.graph.edge, 'edge');
    expect(dataKeys).toHaveLength(GRAPHML_KEYS.length);
  });

  it('gives yEd a label for every node and edge in its own graphics data', () => {
    expect(doc['xmlns:y']).toBe('http://www.yworks.com/xml/graphml');
    const keys = doc.key.filter((k: Record<string, string>) => k['yfiles.type']);
    expect(keys.map((k: Record<string, string>) => [k.for, k['yfiles.type']])).toEqual([['node', 'nodegraphics'], ['edge', 'edgegraphics']]);
    const yData = (el: { data: Record<string, any>[] }, key: string) => el.data.find((d) => d.key === key)!;
    graph.nodes.forEach((node, i) => {
      expect(yData(doc.graph.node[i], 'y_node')['y:ShapeNode']['y:NodeLabel']).toBe(node.label);
    });
    graph.edges.forEach((edge, i) => {
      const line = yData(doc.graph.edge[i], 'y_edge')['y:PolyLineEdge'];
      expect(line['y:EdgeLabel']).toBe(edge.label);
      expect(line['y:Arrows'].target).toBe('standard');
    });
  });

  it('has every node and edge, with unique XML ids and edges pointing at them', () => {
    expect(doc.graph.node).toHaveLength(graph.nodes.length);
    expect(doc.graph.edge).toHaveLength(graph.edges.length);
    const ids = doc.graph.node.map((n: { id: string }) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    // GraphML ids are NMTOKENs: no spaces.
    for (const id of ids) expect(id).toMatch(/^[\p{L}\p{N}._:-]+$/u);
    for (const e of doc.graph.edge) {
      expect(ids).toContain(e.source);
      expect(ids).toContain(e.target);
    }
  });

  it('keeps each node\'s model id, type, label, aliases, mentions and date', () => {
    const byModelId = new Map(doc.graph.node.map((n: { data: Data[] }) => [dataOf(n).n_id, dataOf(n)]));
    for (const node of graph.nodes) {
      const d = byModelId.get(node.id) as Record<string, string>;
      expect(d.n_type).toBe(node.type);
      expect(d.n_label).toBe(node.label);
      expect(JSON.parse(d.n_aliases)).toEqual(node.aliases);
      expect(Number(d.n_mention_count)).toBe(node.mentions.length);
      expect(JSON.parse(d.n_mentions)).toEqual(node.mentions);
      expect(d.n_date).toBe(node.date);
    }
  });

  it('keeps every evidence quote with its article and offsets', () => {
    const nodeModelIds = new Map(doc.graph.node.map((n: { id: string; data: Data[] }) => [n.id, dataOf(n).n_id]));
    for (const [i, edge] of graph.edges.entries()) {
      const el = doc.graph.edge[i];
      const d = dataOf(el);
      expect(d.e_id).toBe(edge.id);
      expect(nodeModelIds.get(el.source)).toBe(edge.source);
      expect(nodeModelIds.get(el.target)).toBe(edge.target);
      expect(d.e_relation).toBe(edge.relation);
      expect(Number(d.e_sources)).toBe(edge.sources);
      expect(JSON.parse(d.e_evidence)).toEqual(edge.evidence);
      for (const ev of edge.evidence) expect(d.e_quotes).toContain(ev.quote);
    }
    expect(JSON.parse(dataOf(doc.graph).g_articles)).toEqual(graph.articles);
  });
});
