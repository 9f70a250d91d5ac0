// Articles read so far while the worker extracts, with a way to stop it. Cancelling keeps the
// graph that was on screen; the articles not read yet show as such in the corpus panel.
import { useAppStore } from '../store/appStore';
import { extractionWorker } from './useExtraction';
import './corpusDrawer.css';

export function ExtractionProgress() {
  const status = useAppStore((s) => s.status);
  if (!status.extracting || status.total === 0) return null;
  const cancel = () => {
    extractionWorker().cancel();
    useAppStore.getState().setStatus({ extracting: false });
  };
  return (
    <div className="extraction-progress" role="group" aria-label="Extraction progress">
      <progress value={status.done} max={status.total} aria-label="Articles read" />
      <span className="muted">
        {status.done} / {status.total}
      </span>
      <button type="button" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}
