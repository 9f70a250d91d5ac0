// Cytoscape.js JSON (`elements: {nodes, edges}` of `{data}`), the format Cytoscape desktop imports
// ("Import Network from File", .cyjs). Desktop makes a column of each data key and accepts
// strings, numbers and lists of them, but not nested objects: evidence and mentions are therefore
// parallel lists plus one JSON text column holding them whole.
import type { Graph } from '../model';
import { evidenceRecords, mentionRecords } from './sourcing';

type Scalar = string | number | boolean;
type DataValue = Scalar | Scalar[];

export interface CyElement {
  data: Record<string, DataValue> & { id: string };
}

export interface CytoscapeJson {
  format_version: string;
  generated_by: string;
  target_cytoscapejs_version: string;
  data: Record<string, DataValue>;
  elements: { nodes: CyElement[]; edges: CyElement[] };
}

function defined(o: Record<string, DataValue | undefined>): Record<string, DataValue> {
  const out: Record<string, DataValue> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}

export function toCytoscapeElements(graph: Graph): CytoscapeJson {
  return {
    format_version: '1.0',
    generated_by: 'news-graph-explorer',
    target_cytoscapejs_version: '~3.0',
    data: {
      name: 'News knowledge graph',
      article_ids: graph.articles.map((a) => a.id),
      articles: JSON.stringify(graph.articles),
    },
    elements: {
      nodes: graph.nodes.map((n) => ({
        data: {
          id: n.id,
          ...defined({
            // Desktop shows `name` as the node label.
            name: n.label,
            label: n.label,
            type: n.type,
            aliases: n.aliases,
            mention_count: n.mentions.length,
            mention_articles: n.mentions.map((m) => m.articleId),
            mention_starts: n.mentions.map((m) => m.start),
            mention_ends: n.mentions.map((m) => m.end),
            mentions: JSON.stringify(mentionRecords(n)),
            date: n.date,
            date_text: n.dateText,
            roles: n.roles && n.roles.length > 0 ? n.roles : undefined,
          }),
        },
      })),
      edges: graph.edges.map((e) => ({
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          // Desktop's conventional edge columns: `interaction` (the relation) and `name`.
          interaction: e.relation,
          name: `${e.source} (${e.relation}) ${e.target}`,
          relation: e.relation,
          label: e.label,
          sources: e.sources,
          evidence_count: e.evidence.length,
          evidence_quotes: e.evidence.map((x) => x.quote),
          evidence_articles: e.evidence.map((x) => x.articleId),
          evidence_starts: e.evidence.map((x) => x.start),
          evidence_ends: e.evidence.map((x) => x.end),
          evidence: JSON.stringify(evidenceRecords(e)),
        },
      })),
    },
  };
}

export function toCytoscapeJson(graph: Graph): string {
  return JSON.stringify(toCytoscapeElements(graph), null, 2) + '\n';
}
