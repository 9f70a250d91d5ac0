// Shortest path between two chosen entities over what is visible, listed with its evidence.
import { memo, useMemo } from 'react';
import { useAppStore } from '../../store/appStore';
import { selectPath, useGraphIndex, useVisibleGraph } from '../../store/selectors';
import { ArticleCitation } from '../panel/ArticleCitation';
import { edgeSentence } from '../panel/describe';
import type { Graph } from '../../graph/model';
import { EntityCombobox } from '../search/EntityCombobox';
import './path.css';

/**
 * One end of the path: a type-ahead over the visible entities. A list with an option per entity
 * would put thousands of elements on the page with every new graph; this one renders only the
 * matches for what the user types.
 */
function EntityChoice(props: { label: string; chosen: string; graph: Graph; onChange(id: string | null): void }) {
  return (
    <div className="field path-choice">
      <span aria-hidden="true">{props.label}</span>
      <EntityCombobox
        label={props.label}
        listLabel={`Entities for "${props.label}"`}
        placeholder="Type an entity's name…"
        graph={props.graph}
        shown={props.chosen}
        onChoose={(node) => props.onChange(node.id)}
        onEmpty={() => props.onChange(null)}
        className="search"
      />
    </div>
  );
}

export const PathPanel = memo(function PathPanel() {
  const visible = useVisibleGraph();
  const index = useGraphIndex();
  const path = useAppStore((s) => s.path);
  const setPath = useAppStore((s) => s.setPath);
  const select = useAppStore((s) => s.select);
  const openReader = useAppStore((s) => s.openReader);
  const steps = useAppStore(selectPath);
  const articles = useAppStore((s) => s.graph.articles);
  const nameOf = (id: string | null) => (id ? (index.nodes.get(id)?.label ?? '') : '');
  const metaOf = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);

  return (
    <section className="tool-section path" aria-labelledby="path-heading">
      <header className="tool-header">
        <h2 id="path-heading">Shortest path</h2>
        <button type="button" onClick={() => setPath({ from: null, to: null })} disabled={!path.from && !path.to}>
          Clear path
        </button>
      </header>
      <EntityChoice label="From" chosen={nameOf(path.from)} graph={visible} onChange={(from) => setPath({ from })} />
      <EntityChoice label="To" chosen={nameOf(path.to)} graph={visible} onChange={(to) => setPath({ to })} />
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
});
