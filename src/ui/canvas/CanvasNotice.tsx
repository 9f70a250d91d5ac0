// What the canvas says when it has nothing to draw: still reading, failed, or all filtered out.
import { countActiveFilters } from '../../graph/query/filter';
import { useAppStore } from '../../store/appStore';
import { useVisibleGraph } from '../../store/selectors';

export function CanvasNotice() {
  const status = useAppStore((s) => s.status);
  const total = useAppStore((s) => s.graph.nodes.length);
  const filters = useAppStore((s) => s.filters);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const visible = useVisibleGraph();

  if (status.extracting && total === 0)
    return (
      <div className="canvas-notice">
        <p>
          Reading articles… {status.done}/{status.total}
        </p>
      </div>
    );
  if (status.extracting || status.error || visible.nodes.length > 0) return null;
  if (total > 0 && countActiveFilters(filters) > 0)
    return (
      <div className="canvas-notice">
        <p>The filters hide every entity.</p>
        <button type="button" onClick={resetFilters}>
          Reset filters
        </button>
      </div>
    );
  return (
    <div className="canvas-notice">
      <p>No entities found in the articles.</p>
    </div>
  );
}
