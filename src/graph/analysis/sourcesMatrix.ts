// Who reports what: relations (rows) × articles (columns), each cell the number of quotes the
// article gives for the relation. Answers "which outlet is the only one to report X".
// Co-occurrence links are left out: they are not facts anyone reported.
import { CO_OCCURRENCE, type ArticleMeta, type Graph, type GraphEdge } from '../model';

export interface SourcesRow {
  edgeId: string;
  /** "Ahmed al-Sharaa — meets — Vladimir Putin" */
  text: string;
  sourceLabel: string;
  relationLabel: string;
  targetLabel: string;
  /** Quotes per article id; articles that give none are absent. */
  quotes: Readonly<Record<string, number>>;
  /** Distinct articles among the evidence. */
  sources: number;
}

export interface SourcesMatrix {
  articles: ArticleMeta[];
  rows: SourcesRow[];
}

export type SourcesSortKey = 'sources' | 'relation';
export type SortDirection = 'asc' | 'desc';

/** True when only one article states the edge: a fact to double-check before repeating it. */
export function singleSource(edge: GraphEdge): boolean {
  return distinctArticles(edge) === 1;
}

function distinctArticles(edge: GraphEdge): number {
  return new Set(edge.evidence.map((e) => e.articleId)).size;
}

/** Column header for an article: its outlet when known, else its title, else its id. */
export function articleHeading(article: ArticleMeta): string {
  return article.outlet?.trim() || article.title.trim() || article.id;
}

export function sourcesMatrix(graph: Graph): SourcesMatrix {
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const rows: SourcesRow[] = [];
  for (const edge of graph.edges) {
    if (edge.relation === CO_OCCURRENCE) continue;
    // No prototype: article ids come from files, and one named "constructor", "toString" or
    // "__proto__" must read and write its own count, here and where the cells are drawn.
    const quotes: Record<string, number> = Object.create(null);
    for (const e of edge.evidence) quotes[e.articleId] = (quotes[e.articleId] ?? 0) + 1;
    const sourceLabel = labels.get(edge.source) ?? edge.source;
    const targetLabel = labels.get(edge.target) ?? edge.target;
    rows.push({
      edgeId: edge.id,
      text: `${sourceLabel} — ${edge.label} — ${targetLabel}`,
      sourceLabel,
      relationLabel: edge.label,
      targetLabel,
      quotes,
      // Counted from the evidence rather than trusting `edge.sources`, so the column always
      // matches the ticks a reader can see.
      sources: Object.keys(quotes).length,
    });
  }
  return { articles: graph.articles, rows: sortSourcesRows(rows, 'sources', 'desc') };
}

/** A sorted copy. Ties fall back to the relation text so the order is stable for the reader. */
export function sortSourcesRows(
  rows: readonly SourcesRow[],
  key: SourcesSortKey,
  direction: SortDirection,
): SourcesRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const primary = key === 'sources' ? a.sources - b.sources : a.text.localeCompare(b.text);
    return sign * primary || a.text.localeCompare(b.text) || a.edgeId.localeCompare(b.edgeId);
  });
}
