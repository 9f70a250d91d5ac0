/**
 * What happened to the last batch: how many articles were added, and every file that was not,
 * with its name and the reason. Names are user input and are rendered as text only.
 *
 *   <IngestReport accepted={3} rejected={[{ name: 'scan.pdf', reason: 'Looks like a PDF…' }]} onDismiss={…} />
 */
import type { IngestRejection } from '../../ingest';
import { plural } from './format';
import './corpus.css';

export interface IngestReportProps {
  /** Number of articles added (or the articles themselves). */
  accepted: number | readonly unknown[];
  rejected: readonly IngestRejection[];
  onDismiss?: () => void;
}

export function IngestReport({ accepted, rejected, onDismiss }: IngestReportProps) {
  const added = typeof accepted === 'number' ? accepted : accepted.length;
  return (
    <section className={rejected.length ? 'ingest-report has-rejections' : 'ingest-report'} role="status" aria-label="Import report">
      <p className="ingest-summary">
        {added > 0 ? `Added ${plural(added, 'article', 'articles')}.` : 'No articles were added.'}
        {rejected.length > 0 && ` ${plural(rejected.length, 'item was', 'items were')} not added:`}
      </p>
      {rejected.length > 0 && (
        <ul className="ingest-rejections">
          {rejected.map((r, i) => (
            <li key={`${i}-${r.name}`}>
              <span className="ingest-name">{r.name}</span>
              {' — '}
              <span className="ingest-reason">{r.reason}</span>
            </li>
          ))}
        </ul>
      )}
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </section>
  );
}
