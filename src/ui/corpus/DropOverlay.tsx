// A full-page hint shown while files are dragged over the page (see usePageDrop).
import './corpus.css';

export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="page-drop-overlay" role="status">
      <span>Drop files to add them as articles (.txt, .md, .html)</span>
    </div>
  );
}
