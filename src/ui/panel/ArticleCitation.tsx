import type { ArticleMeta } from '../../graph/model';

/** "Title — Outlet, 29 January 2026": whatever the corpus knows about an article. */
export function ArticleCitation({ meta, withTitle = true }: { meta: ArticleMeta | undefined; withTitle?: boolean }) {
  if (!meta) return <cite className="citation">Unknown article</cite>;
  const rest = [meta.outlet, meta.published && formatDate(meta.published)].filter(Boolean).join(', ');
  if (!withTitle) return rest ? <cite className="citation">{rest}</cite> : null;
  return (
    <cite className="citation">
      <span className="citation-title">{meta.title}</span>
      {meta.outlet && <span className="citation-outlet"> — {meta.outlet}</span>}
      {meta.published && <span className="citation-date">, {formatDate(meta.published)}</span>}
    </cite>
  );
}

export function formatDate(iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
