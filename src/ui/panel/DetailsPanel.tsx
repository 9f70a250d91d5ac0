// The "Details" landmark: the sourcing of whatever is selected.
import { useAppStore } from '../../store/appStore';
import { useGraphIndex, useVisibleIndex } from '../../store/selectors';
import { EdgeDetails } from './EdgeDetails';
import { NodeDetails } from './NodeDetails';

export function DetailsPanel() {
  const selection = useAppStore((s) => s.selection);
  const index = useGraphIndex();
  const visibleIndex = useVisibleIndex();
  const node = selection?.kind === 'node' ? index.nodes.get(selection.id) : undefined;
  // An edge shows the evidence the article filters leave; a filtered-out edge still shows all of it.
  const edge =
    selection?.kind === 'edge' ? (visibleIndex.edges.get(selection.id) ?? index.edges.get(selection.id)) : undefined;
  return (
    <aside className="side-panel" aria-label="Details">
      {node && <NodeDetails node={node} />}
      {edge && <EdgeDetails edge={edge} />}
      {!node && !edge && (
        <div className="details-empty">
          <h2>Details</h2>
          <p>Click an entity or a relation in the graph, or search for one, to see where each fact comes from.</p>
          <p className="muted">Double-click an entity to widen its neighbourhood. Press Escape to clear.</p>
        </div>
      )}
    </aside>
  );
}
