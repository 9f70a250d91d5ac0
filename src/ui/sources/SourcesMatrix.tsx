// SourcesMatrix: which article reports which fact. Rows are the stated relations (co-occurrence
// links are left out), columns the articles (headed by outlet, else title); a cell shows ✓ and
// the number of quotes the article gives. The count of sources comes right after the relation,
// so it stays in view however many articles there are. Sortable by number of sources or by relation, and
// filterable to the facts only one article states.
//
// Props:
//   graph             the graph to tabulate
//   selectedId        the selected edge (its row is highlighted), or null
//   onSelectEdge(id)  a row was chosen (click, or Enter/Space on its relation button)
import { useMemo, useState } from 'react';
import type { Graph } from '../../graph/model';
import {
  articleHeading,
  sortSourcesRows,
  sourcesMatrix,
  type SortDirection,
  type SourcesSortKey,
} from '../../graph/analysis/sourcesMatrix';
import { SingleSourceMark } from './SingleSourceBadge';
import './sources.css';

export interface SourcesMatrixProps {
  graph: Graph;
  onSelectEdge(id: string): void;
  selectedId: string | null;
}

const ariaSort = (active: boolean, direction: SortDirection) =>
  active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none';

export function SourcesMatrix({ graph, onSelectEdge, selectedId }: SourcesMatrixProps) {
  const matrix = useMemo(() => sourcesMatrix(graph), [graph]);
  const [sort, setSort] = useState<{ key: SourcesSortKey; direction: SortDirection }>({ key: 'sources', direction: 'desc' });
  const [onlySingle, setOnlySingle] = useState(false);

  const rows = useMemo(() => {
    const kept = onlySingle ? matrix.rows.filter((r) => r.sources === 1) : matrix.rows;
    return sortSourcesRows(kept, sort.key, sort.direction);
  }, [matrix, onlySingle, sort]);
  const singleCount = matrix.rows.filter((r) => r.sources === 1).length;

  const sortBy = (key: SourcesSortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'sources' ? 'desc' : 'asc' },
    );
  const arrow = (key: SourcesSortKey) => (sort.key === key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : '');

  return (
    <section className="sources-matrix" aria-label="Sources">
      <div className="sources-controls">
        <span className="muted">
          {matrix.rows.length} relation{matrix.rows.length === 1 ? '' : 's'} across {matrix.articles.length} article
          {matrix.articles.length === 1 ? '' : 's'}; {singleCount} single-source
        </span>
        <label>
          <input type="checkbox" checked={onlySingle} onChange={(e) => setOnlySingle(e.target.checked)} />
          Only single-source facts
        </label>
      </div>
      {matrix.rows.length === 0 ? (
        <p className="muted">No relations yet.</p>
      ) : (
        <div className="sources-scroll">
          <table className="sources-table">
            <caption>Sources</caption>
            <thead>
              <tr>
                <th scope="col" aria-sort={ariaSort(sort.key === 'relation', sort.direction)}>
                  <button type="button" className="sort-button" onClick={() => sortBy('relation')}>
                    Relation{arrow('relation')}
                  </button>
                </th>
                <th scope="col" aria-sort={ariaSort(sort.key === 'sources', sort.direction)}>
                  <button type="button" className="sort-button" onClick={() => sortBy('sources')}>
                    Sources{arrow('sources')}
                  </button>
                </th>
                {matrix.articles.map((a) => (
                  <th key={a.id} scope="col" title={a.title} className="article-column">
                    {articleHeading(a)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.edgeId}
                  className={row.edgeId === selectedId ? 'selected' : undefined}
                  aria-selected={row.edgeId === selectedId}
                  onClick={() => onSelectEdge(row.edgeId)}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={(e) => {
                        // The row handles the click; this button is the keyboard way in.
                        e.stopPropagation();
                        onSelectEdge(row.edgeId);
                      }}
                    >
                      {row.text}
                    </button>
                  </th>
                  <td className="sources-count">
                    {row.sources}
                    {row.sources === 1 && <SingleSourceMark />}
                  </td>
                  {matrix.articles.map((a) => {
                    const n = row.quotes[a.id] ?? 0;
                    return (
                      <td
                        key={a.id}
                        className={n ? 'reported' : 'not-reported'}
                        title={n ? `${n} quote${n === 1 ? '' : 's'} in ${articleHeading(a)}` : `Not in ${articleHeading(a)}`}
                      >
                        {n ? `✓ ${n}` : ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
