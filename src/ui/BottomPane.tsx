// The pane under the canvas: the timeline of events and the sources matrix, as tabs. Collapsed
// it is a single row of tabs, so the canvas keeps its room on small windows; choosing a tab
// opens it, and choosing the open tab again (or "Hide") folds it away.
import { useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../store/appStore';
import { useDisagreements } from '../store/disagreements';
import { DisputeIndex } from './sources/DisputeIndex';
import { SourcesMatrix } from './sources/SourcesMatrix';
import { Timeline } from './timeline/Timeline';
import './bottomPane.css';

type Tab = 'timeline' | 'sources';
const TABS: { id: Tab; label: string }[] = [
  { id: 'timeline', label: 'Timeline' },
  { id: 'sources', label: 'Sources' },
];

export function BottomPane() {
  const [open, setOpen] = useState<Tab | null>(null);
  const graph = useAppStore((s) => s.graph);
  const selection = useAppStore((s) => s.selection);
  const timeRange = useAppStore((s) => s.filters.timeRange ?? null);
  const select = useAppStore((s) => s.select);
  const setFilters = useAppStore((s) => s.setFilters);
  const selectedId = selection?.id ?? null;
  const disagreements = useDisagreements();

  const choose = (tab: Tab) => setOpen((current) => (current === tab ? null : tab));
  const onTabKey = (e: KeyboardEvent, tab: Tab) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const i = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    setOpen(next.id);
    document.getElementById(`bottom-tab-${next.id}`)?.focus();
  };

  return (
    <section className={`bottom-pane${open ? ' open' : ''}`} aria-label="Timeline and sources">
      <div className="bottom-tabs" role="tablist" aria-label="Timeline and sources">
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`bottom-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={open === t.id}
            aria-controls={open === t.id ? `bottom-panel-${t.id}` : undefined}
            tabIndex={open === null || open === t.id ? 0 : -1}
            onClick={() => choose(t.id)}
            onKeyDown={(e) => onTabKey(e, t.id)}
          >
            {t.label}
          </button>
        ))}
        {timeRange && !open && <span className="muted bottom-note">Time range filter on</span>}
        {open && (
          <button type="button" className="bottom-hide" onClick={() => setOpen(null)} aria-label="Hide timeline and sources">
            Hide ▾
          </button>
        )}
      </div>
      {open === 'timeline' && (
        <div id="bottom-panel-timeline" role="tabpanel" aria-labelledby="bottom-tab-timeline" className="bottom-panel">
          <Timeline
            graph={graph}
            selectedId={selectedId}
            onSelect={(id) => select({ kind: 'node', id })}
            range={timeRange}
            onRangeChange={(range) => setFilters({ timeRange: range })}
          />
        </div>
      )}
      {open === 'sources' && (
        <div id="bottom-panel-sources" role="tabpanel" aria-labelledby="bottom-tab-sources" className="bottom-panel">
          <DisputeIndex graph={graph} disagreements={disagreements} selectedId={selectedId} onSelect={select} />
          <SourcesMatrix
            graph={graph}
            selectedId={selection?.kind === 'edge' ? selection.id : null}
            onSelectEdge={(id) => select({ kind: 'edge', id })}
          />
        </div>
      )}
    </section>
  );
}
