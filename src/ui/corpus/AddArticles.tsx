/**
 * Three ways in: paste text (with optional title, outlet and date), pick files, or drop them on
 * the zone here (for drops anywhere on the page, see `usePageDrop`).
 *
 *   <AddArticles onPaste={(pasted) => accepted} onFiles={(files) => …} />
 *
 * `onPaste` returns (or resolves to) true when the article was taken: only then is the form
 * cleared, so text that was refused is never lost.
 */
import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { SUPPORTED_EXTENSIONS, type PastedArticle } from '../../ingest';
import { droppedFiles } from './droppedFiles';
import { hasFiles } from './usePageDrop';
import './corpus.css';

export interface AddArticlesProps {
  onPaste: (article: PastedArticle) => boolean | Promise<boolean>;
  onFiles: (files: File[]) => void;
  /** While a batch is being read: files judged so far out of the batch. The controls stay usable. */
  progress?: { done: number; total: number } | null;
}

const ACCEPT = [...SUPPORTED_EXTENSIONS, 'text/plain', 'text/markdown', 'text/html'].join(',');

export function AddArticles({ onPaste, onFiles, progress }: AddArticlesProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const [published, setPublished] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [over, setOver] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim() || submitting) return;
    const article: PastedArticle = { text };
    if (title.trim()) article.title = title.trim();
    if (outlet.trim()) article.outlet = outlet.trim();
    if (published) article.published = published;
    setSubmitting(true);
    try {
      if (await onPaste(article)) {
        setText('');
        setTitle('');
        setOutlet('');
        setPublished('');
      }
    } finally {
      setSubmitting(false);
    }
  };

  const drop = (e: DragEvent) => {
    setOver(false);
    if (!hasFiles(e.dataTransfer)) return;
    e.preventDefault();
    // Handled here: keep a page-wide drop handler from adding the same files again.
    e.stopPropagation();
    void droppedFiles(e.dataTransfer).then((files) => {
      if (files.length) onFiles(files);
    });
  };

  return (
    <section className="tool-section add-articles" aria-labelledby={`${id}-heading`}>
      <header className="tool-header">
        <h2 id={`${id}-heading`}>Add articles</h2>
      </header>
      {progress && (
        <div className="reading-progress" role="status">
          <progress value={progress.done} max={progress.total} aria-label="Reading files" />
          <span className="muted">
            Reading files… {progress.done} of {progress.total}
          </span>
        </div>
      )}

      <div
        className={over ? 'drop-zone is-over' : 'drop-zone'}
        onDragEnter={(e) => hasFiles(e.dataTransfer) && setOver(true)}
        onDragOver={(e) => {
          if (!hasFiles(e.dataTransfer)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-testid="drop-zone"
      >
        <p>Drop .txt, .md or .html files here or anywhere on the page, or</p>
        <label className="file-picker">
          <span>Choose files…</span>
          <input
            type="file"
            multiple
            accept={ACCEPT}
            aria-label="Choose article files"
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              // Cleared so that picking the same file again still reports a change.
              e.target.value = '';
              if (files.length) onFiles(files);
            }}
          />
        </label>
      </div>

      <form className="paste-form" onSubmit={submit}>
        <label className="field">
          <span>Article text</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={5} placeholder="Paste the text of a news article" />
        </label>
        <label className="field">
          <span>Title (optional)</span>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <div className="paste-row">
          <label className="field">
            <span>Outlet (optional)</span>
            <input type="text" value={outlet} onChange={(e) => setOutlet(e.target.value)} />
          </label>
          <label className="field">
            <span>Date published (optional)</span>
            <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
          </label>
        </div>
        <button type="submit" disabled={!text.trim() || submitting}>
          Add pasted article
        </button>
      </form>
    </section>
  );
}
