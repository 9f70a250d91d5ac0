// Every data export the app and the CLI offer, in one place: name, file extension, MIME type
// and the function that writes it. The UI builds its menu from this list; the CLI its --format.
import type { Graph } from '../model';
import { toAppJson, type AppView } from './appJson';
import { toCsvFiles } from './csv';
import { toCypher } from './cypher';
import { toCytoscapeJson } from './cytoscapeJson';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';

/** One written file. `part` names a piece of a multi-file export (CSV: "nodes", "edges", "evidence"). */
export interface ExportedFile {
  part?: string;
  text: string;
}

export interface DataFormat {
  /** The CLI's --format value. */
  id: string;
  /** What the menu shows. */
  label: string;
  extension: string;
  mimeType: string;
  write(graph: Graph, view?: AppView): ExportedFile[];
}

export const DATA_FORMATS: readonly DataFormat[] = [
  {
    id: 'json',
    label: 'App JSON (re-importable)',
    extension: 'json',
    mimeType: 'application/json',
    write: (graph, view) => [{ text: toAppJson(graph, view) }],
  },
  {
    id: 'cytoscape',
    label: 'Cytoscape JSON (.cyjs)',
    extension: 'cyjs',
    mimeType: 'application/json',
    write: (graph) => [{ text: toCytoscapeJson(graph) }],
  },
  {
    id: 'graphml',
    label: 'GraphML (Gephi, yEd)',
    extension: 'graphml',
    mimeType: 'application/graphml+xml',
    write: (graph) => [{ text: toGraphml(graph) }],
  },
  {
    id: 'gexf',
    label: 'GEXF (Gephi)',
    extension: 'gexf',
    mimeType: 'application/gexf+xml',
    write: (graph) => [{ text: toGexf(graph) }],
  },
  {
    id: 'csv',
    label: 'CSV (nodes, edges, evidence)',
    extension: 'csv',
    mimeType: 'text/csv',
    write: (graph) =>
      Object.entries(toCsvFiles(graph)).map(([name, text]) => ({ part: name.replace(/\.csv$/, ''), text })),
  },
  {
    id: 'cypher',
    label: 'Cypher script (Neo4j)',
    extension: 'cypher',
    mimeType: 'text/plain',
    write: (graph) => [{ text: toCypher(graph) }],
  },
];

export function findFormat(id: string): DataFormat | undefined {
  return DATA_FORMATS.find((f) => f.id === id);
}
