// Shortest path between two chosen entities over what is visible, listed with its evidence.
import { useMemo } from 'react';
import { useAppStore } from '../../store/appStore';
import { selectPath, useGraphIndex, useVisibleGraph } from '../../store/selectors';
import { ArticleCitation } from '../panel/ArticleCitation';
import { edgeSentence } from '../panel/describe';
import type { GraphNode } from '../../graph/model';

/** One end of the path: a labelled list of the visible entities, empty meaning "none chosen". */
function EntityChoice(props: {
  label: string;
  value: string | null;
  options: GraphNode[];
  onChange(id: string | null): void;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || null)}>
        <option value="">Choose an entity…</option>
        {props.options.map((n) => (
          <option key={n.id} value={n.id}>
            {n.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function PathPanel() {
  const visible = useVisibleGraph();
  const index = useGraphIndex();
  const path = useAppStore((s) => s.path);
  const setPath = useAppStore((s) => s.setPath);
  const select = useAppStore((s) => s.select);
  const openReader = useAppStore((s) => s.openReader);
  const steps = useAppStore(selectPath);
  const articles = useAppStore((s) => s.graph.articles);
  const metaOf = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const options = useMemo(
    () => [...visible.nodes].sort((a, b) => a.label.localeCompare(b.label)),
    [visible],
  );

  return (
    <section className="tool-section path" aria-labelledby="path-heading">
      <header className="tool-header">
        <h2 id="path-heading">Shortest path</h2>
        <button type="button" onClick={() => setPath({ from: null, to: null })} disabled={!path.from && !path.to}>
          Clear path
        </button>
      </header>
      <EntityChoice label="From" value={path.from} options={options} onChange={(from) => setPath({ from })} />
      <EntityChoice label="To" value={path.to} options={options} onChange={(to) => setPath({ to })} />
      {path.from && path.to && steps === null && (
        <p role="status">No connection between these entities with the current filters.</p>
      )}
      {steps && steps.length > 0 && (
        <ol className="path-steps" aria-label="Path steps">
          {steps.map((step) => {
            const ev = step.edge.evidence[0];
            return (
              <li key={step.edge.id}>
                <button type="button" className="link-button" onClick={() => select({ kind: 'edge', id: step.edge.id })}>
                  {edgeSentence(step.edge, index.nodes)}
                </button>
                {ev && (
                  <div className="path-evidence">
                    <blockquote>{ev.quote}</blockquote>
                    <ArticleCitation meta={metaOf.get(ev.articleId)} />{' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => openReader({ articleId: ev.articleId, start: ev.start, end: ev.end })}
                    >
                      Read in article
                    </button>
                    {step.edge.evidence.length > 1 && (
                      <span className="muted"> (+{step.edge.evidence.length - 1} more)</span>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
