// GEXF 1.3 (gexf.net) for Gephi: declared attributes per class, attvalues per node and edge.
// `kind` carries the relation so Gephi keeps parallel edges of different relations apart;
// `weight` is the number of distinct sources. Lists and evidence are JSON text (lossless).
import type { Graph } from '../model';
import { evidenceRecords, mentionRecords, readableQuotes } from './sourcing';
import { buildXml, jsonText, xmlSafe, type XmlElement } from './xml';

interface AttributeDef {
  id: string;
  title: string;
  type: 'string' | 'integer';
}

export const GEXF_NODE_ATTRIBUTES: readonly AttributeDef[] = [
  { id: 'type', title: 'type', type: 'string' },
  { id: 'aliases', title: 'aliases', type: 'string' },
  { id: 'mention_count', title: 'mention_count', type: 'integer' },
  { id: 'mentions', title: 'mentions', type: 'string' },
  { id: 'date', title: 'date', type: 'string' },
  { id: 'date_text', title: 'date_text', type: 'string' },
  { id: 'roles', title: 'roles', type: 'string' },
];

export const GEXF_EDGE_ATTRIBUTES: readonly AttributeDef[] = [
  { id: 'relation', title: 'relation', type: 'string' },
  { id: 'sources', title: 'sources', type: 'integer' },
  { id: 'evidence_count', title: 'evidence_count', type: 'integer' },
  { id: 'quotes', title: 'quotes', type: 'string' },
  { id: 'evidence', title: 'evidence', type: 'string' },
];

function attvalues(values: [string, string | number | undefined][]): XmlElement {
  const present = values.filter((v): v is [string, string | number] => v[1] !== undefined);
  return { attvalue: present.map(([id, value]) => ({ '@_for': id, '@_value': typeof value === 'string' ? xmlSafe(value) : value })) };
}

function declare(cls: 'node' | 'edge', defs: readonly AttributeDef[]): XmlElement {
  return {
    '@_class': cls,
    attribute: defs.map((d) => ({ '@_id': d.id, '@_title': d.title, '@_type': d.type })),
  };
}

export function toGexf(graph: Graph, today: string = new Date().toISOString().slice(0, 10)): string {
  const nodes: XmlElement[] = graph.nodes.map((n) => ({
    '@_id': xmlSafe(n.id),
    '@_label': xmlSafe(n.label),
    attvalues: attvalues([
      ['type', n.type],
      ['aliases', jsonText(n.aliases)],
      ['mention_count', n.mentions.length],
      ['mentions', jsonText(mentionRecords(n))],
      ['date', n.date],
      ['date_text', n.dateText],
      ['roles', n.roles && n.roles.length > 0 ? jsonText(n.roles) : undefined],
    ]),
  }));
  const edges: XmlElement[] = graph.edges.map((e) => ({
    '@_id': xmlSafe(e.id),
    '@_source': xmlSafe(e.source),
    '@_target': xmlSafe(e.target),
    '@_label': xmlSafe(e.label),
    '@_kind': xmlSafe(e.relation),
    '@_weight': e.sources,
    attvalues: attvalues([
      ['relation', e.relation],
      ['sources', e.sources],
      ['evidence_count', e.evidence.length],
      ['quotes', readableQuotes(e)],
      ['evidence', jsonText(evidenceRecords(e))],
    ]),
  }));
  return buildXml({
    gexf: {
      '@_xmlns': 'http://gexf.net/1.3',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
      '@_version': '1.3',
      meta: {
        '@_lastmodifieddate': today,
        creator: 'News graph explorer',
        // The articles the evidence points to (id, title, outlet, date), so quotes stay attributable.
        description: `Knowledge graph extracted from ${graph.articles.length} article(s). Articles: ${jsonText(graph.articles)}`,
      },
      graph: {
        '@_mode': 'static',
        '@_defaultedgetype': 'directed',
        attributes: [declare('node', GEXF_NODE_ATTRIBUTES), declare('edge', GEXF_EDGE_ATTRIBUTES)],
        nodes: { node: nodes },
        edges: { edge: edges },
      },
    },
  }) + '\n';
}
