import { LAYOUT_NAMES, type LayoutName } from '../store/types';
import { MAX_FOCUS_DEPTH, useAppStore } from '../store/appStore';
import { LAYOUT_LABELS } from './canvas/layouts';

/** Layout choice, re-layout, and the focus depth around the selected entity. */
export function ViewControls() {
  const layout = useAppStore((s) => s.view.layout);
  const depth = useAppStore((s) => s.view.focusDepth);
  const setLayout = useAppStore((s) => s.setLayout);
  const relayout = useAppStore((s) => s.relayout);
  const setFocusDepth = useAppStore((s) => s.setFocusDepth);
  return (
    <div className="view-controls">
      <label>
        <span className="control-label">Layout</span>
        <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
          {LAYOUT_NAMES.map((l) => (
            <option key={l} value={l}>
              {LAYOUT_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={relayout}>
        Re-layout
      </button>
      <div className="depth" role="group" aria-label="Focus depth">
        <span className="control-label">Depth</span>
        <button type="button" aria-label="Narrow focus" disabled={depth <= 1} onClick={() => setFocusDepth(depth - 1)}>
          −
        </button>
        <output aria-label="Focus depth value">{depth}</output>
        <button
          type="button"
          aria-label="Widen focus"
          disabled={depth >= MAX_FOCUS_DEPTH}
          onClick={() => setFocusDepth(depth + 1)}
        >
          +
        </button>
      </div>
    </div>
  );
}

export function StatusLine() {
  const status = useAppStore((s) => s.status);
  const nodes = useAppStore((s) => s.graph.nodes.length);
  const edges = useAppStore((s) => s.graph.edges.length);
  const articles = useAppStore((s) => s.articles.length);
  if (status.error)
    return (
      <p className="status error" role="alert">
        Extraction failed: {status.error}
      </p>
    );
  return (
    <p className="status" role="status">
      {status.extracting
        ? `Reading articles… ${status.done}/${status.total}`
        : `${nodes} entities · ${edges} relations · ${articles} articles`}
    </p>
  );
}
