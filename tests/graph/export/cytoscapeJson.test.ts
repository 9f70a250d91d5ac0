import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toCytoscapeJson } from '../../../src/graph/export/cytoscapeJson';
import { trickyGraph } from './trickyGraph';

const graph = trickyGraph();
const json = JSON.parse(toCytoscapeJson(graph));

describe('Cytoscape.js JSON export', () => {
  it('loads into Cytoscape.js as is, every node and edge present', () => {
    const cy = cytoscape({ headless: true, elements: json.elements });
    expect(cy.nodes().map((n) => n.id())).toEqual(graph.nodes.map((n) => n.id));
    expect(cy.edges().map((e) => e.id())).toEqual(graph.edges.map((e) => e.id));
    const e2 = cy.getElementById('e2');
    expect(e2.source().data('name')).toBe(graph.nodes[1].label);
    expect(e2.target().id()).toBe('person:dmitry peskov');
    cy.destroy();
  });

  it('uses only values Cytoscape desktop can make columns of: scalars and lists of scalars', () => {
    const scalar = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v);
    for (const el of [...json.elements.nodes, ...json.elements.edges]) {
      for (const v of Object.values(el.data)) {
        expect(scalar(v) || (Array.isArray(v) && v.every(scalar))).toBe(true);
      }
    }
    expect(json.elements.nodes[0].data).toMatchObject({ name: graph.nodes[0].label, type: 'person', mention_count: 2 });
    expect(json.elements.edges[0].data.interaction).toBe('spokesperson_of');
  });

  it('carries every quote with its article and offsets, as lists and as whole JSON', () => {
    for (const [i, edge] of graph.edges.entries()) {
      const d = json.elements.edges[i].data;
      expect(d.evidence_quotes).toEqual(edge.evidence.map((e) => e.quote));
      expect(d.evidence_articles).toEqual(edge.evidence.map((e) => e.articleId));
      expect(d.evidence_starts).toEqual(edge.evidence.map((e) => e.start));
      expect(d.evidence_ends).toEqual(edge.evidence.map((e) => e.end));
      expect(JSON.parse(d.evidence)).toEqual(edge.evidence);
      expect(d.sources).toBe(edge.sources);
    }
    for (const [i, node] of graph.nodes.entries()) expect(JSON.parse(json.elements.nodes[i].data.mentions)).toEqual(node.mentions);
    expect(JSON.parse(json.data.articles)).toEqual(graph.articles);
  });
});
