import { describe, expect, it } from 'vitest';
import { GEXF_EDGE_ATTRIBUTES, GEXF_NODE_ATTRIBUTES, toGexf } from '../../../src/graph/export/gexf';
import { parseXml } from './xmlParse';
import { trickyGraph } from './trickyGraph';

const graph = trickyGraph();
const doc = parseXml(toGexf(graph, '2026-11-23')).gexf;

type AttValue = { for: string; value: string };
const valuesOf = (el: { attvalues?: { attvalue?: AttValue[] } }) =>
  Object.fromEntries((el.attvalues?.attvalue ?? []).map((a) => [a.for, a.value]));

describe('GEXF export', () => {
  it('is GEXF 1.3 with a static directed graph', () => {
    expect(doc.xmlns).toBe('http://gexf.net/1.3');
    expect(doc.version).toBe('1.3');
    expect(doc.meta.lastmodifieddate).toBe('2026-11-23');
    expect(doc.graph.defaultedgetype).toBe('directed');
    expect(doc.graph.mode).toBe('static');
  });

  it('declares node and edge attributes with GEXF types, and uses only declared ones', () => {
    const declared = (cls: string) =>
      new Map<string, Record<string, string>>(
        doc.graph.attributes.find((a: { class: string }) => a.class === cls).attribute.map((a: Record<string, string>) => [a.id, a]),
      );
    const nodeAttrs = declared('node');
    const edgeAttrs = declared('edge');
    expect([...nodeAttrs.values()].map((a) => a.title)).toEqual(expect.arrayContaining(['type', 'aliases', 'mention_count', 'mentions', 'date']));
    expect([...edgeAttrs.values()].map((a) => a.title)).toEqual(expect.arrayContaining(['relation', 'sources', 'quotes', 'evidence']));
    expect(nodeAttrs.size).toBe(GEXF_NODE_ATTRIBUTES.length);
    expect(edgeAttrs.size).toBe(GEXF_EDGE_ATTRIBUTES.length);
    for (const a of [...nodeAttrs.values(), ...edgeAttrs.values()]) expect(['string', 'integer']).toContain(a.type);
    for (const n of doc.graph.nodes.node) for (const id of Object.keys(valuesOf(n))) expect(nodeAttrs.has(id)).toBe(true);
    for (const e of doc.graph.edges.edge) for (const id of Object.keys(valuesOf(e))) expect(edgeAttrs.has(id)).toBe(true);
  });

  it('has every node with its label, type, aliases and mentions', () => {
    expect(doc.graph.nodes.node).toHaveLength(graph.nodes.length);
    for (const [i, node] of graph.nodes.entries()) {
      const el = doc.graph.nodes.node[i];
      const v = valuesOf(el);
      expect(el.id).toBe(node.id);
      expect(el.label).toBe(node.label);
      expect(v.type).toBe(node.type);
      expect(JSON.parse(v.aliases)).toEqual(node.aliases);
      expect(Number(v.mention_count)).toBe(node.mentions.length);
      expect(JSON.parse(v.mentions)).toEqual(node.mentions);
    }
  });

  it('has every edge with relation as kind, sources as weight, and all its evidence', () => {
    expect(doc.graph.edges.edge).toHaveLength(graph.edges.length);
    const nodeIds = new Set(doc.graph.nodes.node.map((n: { id: string }) => n.id));
    for (const [i, edge] of graph.edges.entries()) {
      const el = doc.graph.edges.edge[i];
      const v = valuesOf(el);
      expect(el).toMatchObject({ id: edge.id, source: edge.source, target: edge.target, label: edge.label, kind: edge.relation });
      expect(nodeIds.has(el.source) && nodeIds.has(el.target)).toBe(true);
      expect(Number(el.weight)).toBe(edge.sources);
      expect(v.relation).toBe(edge.relation);
      expect(JSON.parse(v.evidence)).toEqual(edge.evidence);
      for (const ev of edge.evidence) expect(v.quotes).toContain(ev.quote);
    }
  });

  it('names the articles the evidence points to', () => {
    const description: string = doc.meta.description;
    const articles = JSON.parse(description.slice(description.indexOf('Articles: ') + 'Articles: '.length));
    expect(articles).toEqual(graph.articles);
  });
});
