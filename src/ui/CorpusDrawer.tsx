/**
 * The corpus, reachable from the toolbar: a "Corpus" button opening a drawer with the articles
 * (switch, remove, restore bundled), the ways to add more, what happened to the last batch, and
 * "Import graph". Files dropped anywhere on the page are added too, and open the drawer so the
 * user sees what was taken and what was not.
 */
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { selectCanRestoreBundled, useCorpusStore } from '../store/corpus';
import { AddArticles, CorpusPanel, DropOverlay, IngestReport, SavedDataNotice, entityCountsByArticle, usePageDrop } from './corpus';
import { useDeferredWhenLarge } from './canvas/useDeferredWhenLarge';
import { importGraphFile, type ImportOutcome } from './importGraph';
import './corpusDrawer.css';

export const CorpusControl = memo(function CorpusControl() {
  const [open, setOpen] = useState(false);
  const count = useCorpusStore((s) => s.corpus.length);
  const addFiles = useCorpusStore((s) => s.addFiles);
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  const importFile = (file: File) => void importGraphFile(file).then(setImported);
  const { dragging } = usePageDrop((files) => {
    setOpen(true);
    // A graph the app exported, dropped on its own, is opened as a graph rather than read as an article.
    if (files.length === 1 && /\.json$/i.test(files[0].name)) return importFile(files[0]);
    void addFiles(files);
  });
  const drawerId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // Keyboard users continue from where they opened the drawer.
    toggle.current?.focus();
  };
  return (
    <>
      <button ref={toggle} type="button" aria-expanded={open} aria-controls={drawerId} onClick={() => setOpen((o) => !o)}>
        Corpus <span className="muted">({count})</span>
      </button>
      {open && <CorpusDrawer id={drawerId} onClose={close} imported={imported} onImport={importFile} />}
      <DropOverlay visible={dragging} />
      {!open && <SavedDataNotices floating />}
    </>
  );
});

interface CorpusDrawerProps {
  id: string;
  onClose: () => void;
  /** Outcome of the last graph import, kept while the drawer is closed. */
  imported: ImportOutcome | null;
  onImport: (file: File) => void;
}

function CorpusDrawer({ id, onClose, imported, onImport }: CorpusDrawerProps) {
  const s = useCorpusStore();
  const canRestore = useCorpusStore(selectCanRestoreBundled);
  // Deferred when large: the counts of a newly arrived large graph are worked out in a render
  // React can interrupt, not in the update that hands the graph to every view at once.
  const graph = useDeferredWhenLarge(useAppStore((st) => st.graph));
  const openReader = useAppStore((st) => st.openReader);
  const counts = useMemo(() => entityCountsByArticle(graph), [graph]);
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const top = useToolbarBottom();

  const close = useRef(onClose);
  close.current = onClose;
  const corpus = useRef(s.corpus);
  corpus.current = s.corpus;
  // One function for the drawer's life, so the corpus rows (memoised) are not redrawn for it.
  const openArticle = useCallback(
    (articleId: string) => {
      // The reader shows articles the graph was built from; the drawer steps aside for it.
      if (!corpus.current.find((a) => a.id === articleId)?.enabled) return;
      openReader({ articleId });
      close.current();
    },
    [openReader],
  );

  useEffect(() => {
    ref.current?.focus();
    // Escape closes the drawer before it reaches the app's own Escape handling (selection, reader).
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      close.current();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  return (
    <aside id={id} ref={ref} tabIndex={-1} className="corpus-drawer" style={{ top }} aria-labelledby={headingId}>
      <header className="corpus-drawer-header">
        <h2 id={headingId}>Corpus</h2>
        <button type="button" onClick={onClose} aria-label="Close corpus">
          Close
        </button>
      </header>
      <div className="corpus-drawer-body">
        <SavedDataNotices floating={false} />
        {s.report && <IngestReport accepted={s.report.accepted} rejected={s.report.rejected} onDismiss={s.dismissReport} />}
        <CorpusPanel
          articles={s.corpus}
          entityCounts={counts}
          onToggle={s.toggle}
          onRemove={s.remove}
          onRestoreBundled={s.restoreBundled}
          canRestoreBundled={canRestore}
          onOpen={openArticle}
        />
        <AddArticles onPaste={s.addPasted} onFiles={(files) => void s.addFiles(files)} progress={s.reading} />
        <ImportGraph outcome={imported} onImport={onImport} />
      </div>
    </aside>
  );
}

/**
 * Where the toolbar ends (it wraps on narrow windows): the drawer starts below it so the toolbar,
 * with the Corpus button that closes the drawer again, stays in reach.
 */
function useToolbarBottom(): number {
  const measure = () => Math.max(0, Math.round(document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0));
  const [bottom, setBottom] = useState(measure);
  useEffect(() => {
    const update = () => setBottom(measure());
    const toolbar = document.querySelector('.toolbar');
    const observer = typeof ResizeObserver === 'undefined' || !toolbar ? null : new ResizeObserver(update);
    if (toolbar) observer?.observe(toolbar);
    window.addEventListener('resize', update);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', update);
    };
  }, []);
  return bottom;
}

function ImportGraph({ outcome, onImport }: { outcome: ImportOutcome | null; onImport: (file: File) => void }) {
  const headingId = useId();
  return (
    <section className="tool-section" aria-labelledby={headingId}>
      <header className="tool-header">
        <h2 id={headingId}>Import graph</h2>
      </header>
      <p className="muted import-hint">Open a graph saved with Export → App JSON (or drop the file on the page) to see it again with its view.</p>
      <label className="file-picker">
        <span>Choose a .json file…</span>
        <input
          type="file"
          accept=".json,application/json"
          aria-label="Import graph from JSON"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onImport(file);
          }}
        />
      </label>
      {outcome && (
        <p className={outcome.ok ? 'import-result' : 'import-result is-error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.ok
            ? `Imported ${outcome.nodes} entities and ${outcome.edges} relations. Changing the articles rebuilds the graph from them.`
            : `Could not import: ${outcome.error}`}
        </p>
      )}
    </section>
  );
}

/** Problems with saved data, until dismissed: over the page, or at the top of the open drawer. */
function SavedDataNotices({ floating }: { floating: boolean }) {
  const notices = useCorpusStore((s) => s.notices);
  const dismiss = useCorpusStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  const notice = <SavedDataNotice problems={notices} onDismiss={dismiss} />;
  return floating ? <div className="saved-data-toast">{notice}</div> : notice;
}
