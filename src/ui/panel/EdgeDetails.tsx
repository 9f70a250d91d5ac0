import { useMemo } from 'react';
import type { GraphEdge } from '../../graph/model';
import { useAppStore } from '../../store/appStore';
import { useGraphIndex } from '../../store/selectors';
import { SelectionDisagreements } from '../sources/SelectionDisagreements';
import { SingleSourceBadge } from '../sources/SingleSourceBadge';
import { QuoteItem } from './QuoteItem';

export function EdgeDetails({ edge }: { edge: GraphEdge }) {
  const index = useGraphIndex();
  const graphArticles = useAppStore((s) => s.graph.articles);
  const select = useAppStore((s) => s.select);
  const metaOf = useMemo(() => new Map(graphArticles.map((a) => [a.id, a])), [graphArticles]);
  const source = index.nodes.get(edge.source);
  const target = index.nodes.get(edge.target);
  const evidence = [...edge.evidence].sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start);

  return (
    <article className="details" aria-labelledby="details-title">
      <header className="details-header">
        <span className="type-badge">Relation</span>
        <h2 id="details-title">
          {source?.label ?? edge.source} {edge.label} {target?.label ?? edge.target}
        </h2>
      </header>
      <dl className="facts">
        <dt>Relation</dt>
        <dd>
          <code>{edge.relation}</code>
        </dd>
        <dt>From</dt>
        <dd>
          <button type="button" className="link-button" onClick={() => select({ kind: 'node', id: edge.source })}>
            {source?.label ?? edge.source}
          </button>
        </dd>
        <dt>To</dt>
        <dd>
          <button type="button" className="link-button" onClick={() => select({ kind: 'node', id: edge.target })}>
            {target?.label ?? edge.target}
          </button>
        </dd>
        <dt>Sources</dt>
        <dd>
          Reported by {edge.sources} article{edge.sources === 1 ? '' : 's'}
          <SingleSourceBadge edge={edge} />
        </dd>
      </dl>
      <SelectionDisagreements id={edge.id} />
      <section aria-labelledby="evidence-heading">
        <h3 id="evidence-heading">Evidence ({evidence.length})</h3>
        <ol className="quotes">
          {evidence.map((ev) => (
            <QuoteItem key={`${ev.articleId}:${ev.start}`} {...ev} meta={metaOf.get(ev.articleId)} />
          ))}
        </ol>
      </section>
    </article>
  );
}
