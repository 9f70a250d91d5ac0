// CSV for spreadsheets: nodes.csv, edges.csv and evidence.csv (one quote or mention per row,
// with its article's id, title and outlet and the offsets). Written by papaparse.
import Papa from 'papaparse';
import type { ArticleMeta, Graph } from '../model';

export type CsvFileName = 'nodes.csv' | 'edges.csv' | 'evidence.csv';

// A cell starting with one of these is read as a formula by Excel, LibreOffice and Sheets
// (CSV injection); papaparse prefixes such cells with an apostrophe so they show as text.
// Our own pattern, because papaparse's default (`/^[=+\-@\t\r].*$/`) misses multi-line cells.
export const FORMULA_START = /^[=+\-@\t\r]/;

type Cell = string | number;

function table(fields: string[], rows: Cell[][]): string {
  // Quote every text cell so line breaks and quotes survive every reader; numbers stay bare so
  // spreadsheets read them as numbers. CRLF is what spreadsheet tools expect.
  return Papa.unparse(
    { fields, data: rows },
    { quotes: (value: unknown) => typeof value === 'string', newline: '\r\n', escapeFormulae: FORMULA_START },
  ) + '\r\n';
}

const list = (items: string[]) => items.join('; ');

export function toNodesCsv(graph: Graph): string {
  return table(
    ['id', 'label', 'type', 'aliases', 'mention_count', 'date', 'date_text', 'roles'],
    graph.nodes.map((n) => [n.id, n.label, n.type, list(n.aliases), n.mentions.length, n.date ?? '', n.dateText ?? '', list(n.roles ?? [])]),
  );
}

export function toEdgesCsv(graph: Graph): string {
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  return table(
    ['id', 'source', 'source_label', 'relation', 'label', 'target', 'target_label', 'sources', 'evidence_count'],
    graph.edges.map((e) => [
      e.id,
      e.source,
      labels.get(e.source) ?? '',
      e.relation,
      e.label,
      e.target,
      labels.get(e.target) ?? '',
      e.sources,
      e.evidence.length,
    ]),
  );
}

/**
 * One row per edge quote (kind "edge") and per node mention (kind "mention": offsets of the
 * name, and of its sentence when known), so a spreadsheet user can trace every line.
 */
export function toEvidenceCsv(graph: Graph): string {
  const articles = new Map<string, ArticleMeta>(graph.articles.map((a) => [a.id, a]));
  const article = (id: string): Cell[] => {
    const a = articles.get(id);
    return [id, a?.title ?? '', a?.outlet ?? '', a?.published ?? ''];
  };
  const rows: Cell[][] = [];
  for (const e of graph.edges) {
    for (const ev of e.evidence) {
      rows.push(['edge', e.id, e.relation, e.source, e.target, ...article(ev.articleId), ev.start, ev.end, '', '', ev.quote]);
    }
  }
  for (const n of graph.nodes) {
    for (const m of n.mentions) {
      rows.push(['mention', n.id, n.type, '', '', ...article(m.articleId), m.start, m.end, m.sentenceStart ?? '', m.sentenceEnd ?? '', '']);
    }
  }
  return table(
    ['kind', 'element_id', 'relation_or_type', 'source', 'target', 'article_id', 'article_title', 'outlet', 'published', 'start', 'end', 'sentence_start', 'sentence_end', 'quote'],
    rows,
  );
}

export function toCsvFiles(graph: Graph): Record<CsvFileName, string> {
  return { 'nodes.csv': toNodesCsv(graph), 'edges.csv': toEdgesCsv(graph), 'evidence.csv': toEvidenceCsv(graph) };
}
