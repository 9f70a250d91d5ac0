// GraphML (graphml.graphdrawing.org) for Gephi and yEd: typed <key> declarations, then one
// directed <graph>. Lists and evidence are JSON text, the only lossless form a GraphML
// attribute (a single string) can take; `quotes` repeats the evidence in readable form.
// yEd draws only its own yFiles graphics data, so each node and edge also carries a yFiles
// label (GraphML's extension point; Gephi and other readers skip it).
import type { Graph } from '../model';
import { evidenceRecords, mentionRecords, readableQuotes } from './sourcing';
import { buildXml, jsonText, xmlSafe, type XmlElement } from './xml';

type KeyType = 'string' | 'int';

interface KeyDef {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  type: KeyType;
}

export const GRAPHML_KEYS: readonly KeyDef[] = [
  { id: 'g_articles', for: 'graph', name: 'articles', type: 'string' },
  { id: 'n_id', for: 'node', name: 'model_id', type: 'string' },
  { id: 'n_type', for: 'node', name: 'type', type: 'string' },
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'n_mention_count', for: 'node', name: 'mention_count', type: 'int' },
  { id: 'n_mentions', for: 'node', name: 'mentions', type: 'string' },
  { id: 'n_date', for: 'node', name: 'date', type: 'string' },
  { id: 'n_date_text', for: 'node', name: 'date_text', type: 'string' },
  { id: 'n_roles', for: 'node', name: 'roles', type: 'string' },
  { id: 'e_id', for: 'edge', name: 'model_id', type: 'string' },
  { id: 'e_relation', for: 'edge', name: 'relation', type: 'string' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_sources', for: 'edge', name: 'sources', type: 'int' },
  { id: 'e_evidence_count', for: 'edge', name: 'evidence_count', type: 'int' },
  { id: 'e_quotes', for: 'edge', name: 'quotes', type: 'string' },
  { id: 'e_evidence', for: 'edge', name: 'evidence', type: 'string' },
];

// GraphML ids are XML NMTOKENs: letters, digits and . - _ : only.
const NMTOKEN = /^[\p{L}\p{N}._:\-\p{M}]+$/u;

/**
 * XML ids for model ids: the model's own when it is a valid NMTOKEN, else a positional one
 * (the model id always stays in `model_id`). Unique even if a model id looks positional.
 */
export function xmlIds(ids: string[], prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set(ids.filter((id) => NMTOKEN.test(id)));
  ids.forEach((id, i) => {
    if (NMTOKEN.test(id)) {
      out.set(id, id);
      return;
    }
    let candidate = `${prefix}${i}`;
    while (used.has(candidate)) candidate += '_';
    used.add(candidate);
    out.set(id, candidate);
  });
  return out;
}

const YFILES_NS = 'http://www.yworks.com/xml/graphml';
const YFILES_KEYS = [
  { '@_id': 'y_node', '@_for': 'node', '@_yfiles.type': 'nodegraphics' },
  { '@_id': 'y_edge', '@_for': 'edge', '@_yfiles.type': 'edgegraphics' },
];

/** A box wide enough for the label, so yEd shows whole names without a manual resize. */
function yNode(label: string): XmlElement {
  const longest = Math.max(4, ...label.split('\n').map((line) => line.length));
  return {
    'y:ShapeNode': {
      'y:Geometry': { '@_width': Math.min(400, 12 + longest * 7), '@_height': 30 },
      'y:NodeLabel': xmlSafe(label),
      'y:Shape': { '@_type': 'roundrectangle' },
    },
  };
}

function yEdge(label: string): XmlElement {
  return {
    'y:PolyLineEdge': {
      'y:Arrows': { '@_source': 'none', '@_target': 'standard' },
      'y:EdgeLabel': xmlSafe(label),
    },
  };
}

function data(key: string, value: string | number | undefined): XmlElement[] {
  if (value === undefined) return [];
  return [{ '@_key': key, '#text': typeof value === 'string' ? xmlSafe(value) : value }];
}

export function toGraphml(graph: Graph): string {
  const nodeIds = xmlIds(graph.nodes.map((n) => n.id), 'n');
  const edgeIds = xmlIds(graph.edges.map((e) => e.id), 'e');
  const nodes: XmlElement[] = graph.nodes.map((n) => ({
    '@_id': nodeIds.get(n.id)!,
    data: [
      ...data('n_id', n.id),
      ...data('n_type', n.type),
      ...data('n_label', n.label),
      ...data('n_aliases', jsonText(n.aliases)),
      ...data('n_mention_count', n.mentions.length),
      ...data('n_mentions', jsonText(mentionRecords(n))),
      ...data('n_date', n.date),
      ...data('n_date_text', n.dateText),
      ...data('n_roles', n.roles && n.roles.length > 0 ? jsonText(n.roles) : undefined),
      { '@_key': 'y_node', ...yNode(n.label) },
    ],
  }));
  const edges: XmlElement[] = graph.edges.map((e) => ({
    '@_id': edgeIds.get(e.id)!,
    // The model never has dangling edges (DESIGN.md); the raw id keeps a broken input visible.
    '@_source': nodeIds.get(e.source) ?? e.source,
    '@_target': nodeIds.get(e.target) ?? e.target,
    data: [
      ...data('e_id', e.id),
      ...data('e_relation', e.relation),
      ...data('e_label', e.label),
      ...data('e_sources', e.sources),
      ...data('e_evidence_count', e.evidence.length),
      ...data('e_quotes', readableQuotes(e)),
      ...data('e_evidence', jsonText(evidenceRecords(e))),
      { '@_key': 'y_edge', ...yEdge(e.label) },
    ],
  }));
  return buildXml({
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xmlns:y': YFILES_NS,
      '@_xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: [...GRAPHML_KEYS.map((k) => ({ '@_id': k.id, '@_for': k.for, '@_attr.name': k.name, '@_attr.type': k.type })), ...YFILES_KEYS],
      graph: {
        '@_id': 'G',
        '@_edgedefault': 'directed',
        data: data('g_articles', jsonText(graph.articles)),
        node: nodes,
        edge: edges,
      },
    },
  }) + '\n';
}
