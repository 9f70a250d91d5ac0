/**
 * The corpus: every article with its title, outlet, date, size and how many entities it gave the
 * graph, a switch to leave it out, a remove button, and "Restore bundled articles".
 *
 *   <CorpusPanel articles={…} entityCounts={new Map([[id, 12]])}
 *                onToggle={(id, enabled) => …} onRemove={(id) => …} onRestoreBundled={() => …} />
 *
 * Prop-driven, no store access. Titles, outlets and file names are user input and are only ever
 * rendered as text.
 */
import { memo, useId } from 'react';
import { displayTitle, formatBytes, type CorpusArticle } from '../../ingest';
import { formatPublished, plural } from './format';
import './corpus.css';

export interface CorpusPanelProps {
  articles: CorpusArticle[];
  /** Entities each article contributed, by article id; absent ids show "not read yet". */
  entityCounts?: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  onToggle: (id: string, enabled: boolean) => void;
  onRemove: (id: string) => void;
  onRestoreBundled: () => void;
  /** False when every bundled article is present and switched on: nothing to restore. */
  canRestoreBundled?: boolean;
  /** Optional: open the article in the reader when its title is clicked. */
  onOpen?: (id: string) => void;
}

function countFor(counts: CorpusPanelProps['entityCounts'], id: string): number | undefined {
  if (!counts) return undefined;
  if (counts instanceof Map) return counts.get(id);
  const record = counts as Readonly<Record<string, number>>;
  return Object.prototype.hasOwnProperty.call(record, id) ? record[id] : undefined;
}

export function CorpusPanel({ articles, entityCounts, onToggle, onRemove, onRestoreBundled, canRestoreBundled = true, onOpen }: CorpusPanelProps) {
  const headingId = useId();
  const included = articles.filter((a) => a.enabled).length;
  return (
    <section className="tool-section corpus-panel" aria-labelledby={headingId}>
      <header className="tool-header">
        <h2 id={headingId}>Articles</h2>
        <button type="button" onClick={onRestoreBundled} disabled={!canRestoreBundled}>
          Restore bundled articles
        </button>
      </header>
      <p className="muted" aria-live="polite">
        {articles.length === 0 ? 'No articles yet: add some below.' : `${included} of ${plural(articles.length, 'article', 'articles')} included in the graph`}
      </p>
      <ul className="corpus-list">
        {articles.map((a) => (
          <CorpusRow key={a.id} article={a} count={countFor(entityCounts, a.id)} onToggle={onToggle} onRemove={onRemove} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
}

/**
 * One article. Memoised: with hundreds of articles, a new graph changes the counts of some rows,
 * and an update of the corpus (an article switched off) changes one row; the others stay as
 * they are.
 */
const CorpusRow = memo(function CorpusRow({
  article: a,
  count,
  onToggle,
  onRemove,
  onOpen,
}: {
  article: CorpusArticle;
  count: number | undefined;
  onToggle: CorpusPanelProps['onToggle'];
  onRemove: CorpusPanelProps['onRemove'];
  onOpen: CorpusPanelProps['onOpen'];
}) {
  const title = displayTitle(a);
  return (
    <li className={a.enabled ? 'corpus-item' : 'corpus-item is-off'}>
      <div className="corpus-item-main">
        {onOpen ? (
          <button type="button" className="corpus-title link-button" onClick={() => onOpen(a.id)} title={title}>
            {title}
          </button>
        ) : (
          <span className="corpus-title" title={title}>
            {title}
          </span>
        )}
        <span className="corpus-facts muted">
          {a.outlet && <span>{a.outlet}</span>}
          {a.published && <time dateTime={a.published}>{formatPublished(a.published)}</time>}
          <span>{formatBytes(a.bytes)}</span>
          <span>{count === undefined ? (a.enabled ? 'not read yet' : 'left out') : plural(count, 'entity', 'entities')}</span>
          <span className="corpus-origin">{a.origin === 'bundled' ? 'bundled' : 'added'}</span>
        </span>
      </div>
      <div className="corpus-item-actions">
        <label className="corpus-switch">
          <input type="checkbox" role="switch" aria-label={`Include ${title}`} checked={a.enabled} onChange={(e) => onToggle(a.id, e.target.checked)} />
          <span aria-hidden="true">{a.enabled ? 'On' : 'Off'}</span>
        </label>
        <button type="button" className="corpus-remove" aria-label={`Remove ${title}`} title="Remove from the corpus" onClick={() => onRemove(a.id)}>
          Remove
        </button>
      </div>
    </li>
  );
});
