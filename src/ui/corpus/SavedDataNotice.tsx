/**
 * What could not be loaded from, or saved to, the browser's storage: shown once, in plain words,
 * so the user knows what is missing and that everything else was kept.
 *
 *   <SavedDataNotice problems={loaded.problems} onDismiss={…} />
 */
import './corpus.css';

export interface SavedDataNoticeProps {
  problems: readonly string[];
  onDismiss?: () => void;
}

export function SavedDataNotice({ problems, onDismiss }: SavedDataNoticeProps) {
  if (problems.length === 0) return null;
  return (
    <section className="ingest-report has-rejections" role="alert" aria-label="Saved data">
      <p className="ingest-summary">{problems.length === 1 ? 'A problem with your saved data:' : 'Problems with your saved data:'}</p>
      <ul className="ingest-rejections">
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </section>
  );
}
