// Articles read so far while the worker extracts, with a way to stop it. Cancelling keeps the
// graph that was on screen (the articles not read yet show as such in the corpus panel) and
// offers to read them after all.
import { useEffect, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { extractionWorker } from './useExtraction';
import './corpusDrawer.css';

export function ExtractionProgress() {
  const status = useAppStore((s) => s.status);
  const [stopped, setStopped] = useState(false);
  useEffect(() => {
    if (status.extracting) setStopped(false);
  }, [status.extracting]);

  if (stopped && !status.extracting) {
    // A new array of the same articles is a change for the extraction hook: it reads them again,
    // taking every article already read from the worker's cache.
    const resume = () => useAppStore.getState().setArticles([...useAppStore.getState().articles]);
    return (
      <div className="extraction-progress" role="group" aria-label="Extraction progress">
        <span>Reading stopped: articles not read yet are left out.</span>
        <button type="button" onClick={resume}>
          Read them
        </button>
        <button type="button" aria-label="Dismiss" onClick={() => setStopped(false)}>
          ×
        </button>
      </div>
    );
  }
  if (!status.extracting || status.total === 0) return null;
  const cancel = () => {
    extractionWorker().cancel();
    const s = useAppStore.getState();
    s.setStatus({ extracting: false });
    // The canvas puts nodes back at their starting positions when the corpus changes under an
    // unchanged graph; with no new graph coming, lay the old one out again.
    s.relayout();
    setStopped(true);
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
