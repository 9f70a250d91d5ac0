// Every data export the app and the CLI offer, in one place: name, file extension, MIME type
// and the function that writes it. The UI builds its menu from this list; the CLI its --format.
import type { Graph } from '../model';
import { toAppJson, type AppView } from './appJson';

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
];

export function findFormat(id: string): DataFormat | undefined {
  return DATA_FORMATS.find((f) => f.id === id);
}
