import { useMemo } from 'react';
import type { GraphEdge, GraphNode } from '../../graph/model';
import { useAppStore } from '../../store/appStore';
import { useGraphIndex, useVisibleGraph } from '../../store/selectors';
import { ENTITY_LOOK } from '../entityStyle';
import { SelectionDisagreements } from '../sources/SelectionDisagreements';
import { SingleSourceBadge } from '../sources/SingleSourceBadge';
import { TypeBadge } from './TypeBadge';
import { QuoteItem } from './QuoteItem';
import { edgeSentence } from './describe';
import { mentionSentences } from './sentences';

export function NodeDetails({ node }: { node: GraphNode }) {
  const index = useGraphIndex();
  const visible = useVisibleGraph();
  const articles = useAppStore((s) => s.articles);
  const graphArticles = useAppStore((s) => s.graph.articles);
  const select = useAppStore((s) => s.select);
  const setPath = useAppStore((s) => s.setPath);

  const metaOf = useMemo(() => {
    const m = new Map(graphArticles.map((a) => [a.id, a]));
    for (const a of articles) if (!m.has(a.meta.id)) m.set(a.meta.id, a.meta);
    return m;
  }, [articles, graphArticles]);
  const textOf = useMemo(() => {
    const m = new Map(articles.map((a) => [a.meta.id, a.text]));
    return (id: string) => m.get(id);
  }, [articles]);

  // Relations as shown on the canvas (filters apply), grouped by relation type.
  const groups = useMemo(() => {
    const byRelation = new Map<string, { label: string; edges: GraphEdge[] }>();
    for (const e of visible.edges) {
      if (e.source !== node.id && e.target !== node.id) continue;
      const g = byRelation.get(e.relation) ?? { label: e.label, edges: [] };
      g.edges.push(e);
      byRelation.set(e.relation, g);
    }
    return [...byRelation.entries()].sort((a, b) => b[1].edges.length - a[1].edges.length);
  }, [visible, node.id]);

  const sentences = useMemo(() => mentionSentences(node, textOf), [node, textOf]);
  const articleCount = new Set(node.mentions.map((m) => m.articleId)).size;
  const otherAliases = node.aliases.filter((a) => a !== node.label);

  return (
    <article className="details" aria-labelledby="details-title">
      <header className="details-header">
        <TypeBadge type={node.type} />
        <h2 id="details-title">{node.label}</h2>
      </header>
      <dl className="facts">
        <dt>Type</dt>
        <dd>{ENTITY_LOOK[node.type].label}</dd>
        {otherAliases.length > 0 && (
          <>
            <dt>Also called</dt>
            <dd>{otherAliases.join(', ')}</dd>
          </>
        )}
        {node.roles && node.roles.length > 0 && (
          <>
            <dt>Roles</dt>
            <dd>{node.roles.join('; ')}</dd>
          </>
        )}
        {(node.date || node.dateText) && (
          <>
            <dt>Date</dt>
            <dd>{node.date ?? node.dateText}</dd>
          </>
        )}
        <dt>Mentions</dt>
        <dd>
          {node.mentions.length} in {articleCount} article{articleCount === 1 ? '' : 's'}
        </dd>
      </dl>
      <div className="details-actions">
        <button type="button" onClick={() => setPath({ from: node.id })}>
          Path from here
        </button>
        <button type="button" onClick={() => setPath({ to: node.id })}>
          Path to here
        </button>
      </div>

      <SelectionDisagreements id={node.id} />
      <section aria-labelledby="relations-heading">
        <h3 id="relations-heading">Relations ({groups.reduce((n, [, g]) => n + g.edges.length, 0)})</h3>
        {groups.length === 0 && <p className="muted">No relations shown with the current filters.</p>}
        {groups.map(([relation, g]) => (
          <div key={relation} className="relation-group">
            <h4>{g.label}</h4>
            <ul>
              {g.edges.map((e) => (
                <li key={e.id}>
                  <button type="button" className="link-button" onClick={() => select({ kind: 'edge', id: e.id })}>
                    {edgeSentence(e, index.nodes)}
                  </button>{' '}
                  <span className="muted">
                    ({e.sources} source{e.sources === 1 ? '' : 's'})
                  </span>
                  <SingleSourceBadge edge={e} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="mentions-heading">
        <h3 id="mentions-heading">Where it is mentioned ({sentences.length})</h3>
        <ol className="quotes">
          {sentences.map((s) => (
            <QuoteItem key={`${s.articleId}:${s.start}`} {...s} meta={metaOf.get(s.articleId)} />
          ))}
        </ol>
      </section>
    </article>
  );
}
