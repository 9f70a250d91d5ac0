// Animated moves of the view that stay right when the canvas changes size part-way through.
// A target is a function of the canvas's current size, not a fixed pan: when Details opens while
// the view is still gliding to a node, the move is re-aimed at the new middle instead of ending
// where the old, wider canvas had its middle.
import type { Core, Position } from 'cytoscape';

export interface ViewPose {
  zoom: number;
  pan: Position;
}

export type ViewTarget = (cy: Core) => ViewPose | null;

let pending: { cy: Core; target: ViewTarget } | null = null;

/** Starts the glide to `pose` for `move`, which stays pending until it ends or another replaces it. */
function glide(move: { cy: Core; target: ViewTarget }, pose: ViewPose, duration: number): void {
  move.cy.stop();
  pending = move;
  move.cy.animate(pose, {
    duration,
    complete: () => {
      if (pending === move) pending = null;
    },
  });
}

/** Glides the view to the target, replacing any move under way. */
export function animateView(cy: Core, target: ViewTarget, duration: number): void {
  const pose = target(cy);
  if (pose) glide({ cy, target }, pose, duration);
}

/** After a resize: a move still under way is aimed again at where its target now is. */
export function reaimView(cy: Core): void {
  if (!pending || pending.cy !== cy || !cy.animated()) return;
  const pose = pending.target(cy);
  if (pose) glide(pending, pose, 120);
}

/** The node in the middle of the canvas, at `zoom`. */
export function poseCentredOn(cy: Core, nodeId: string, zoom: number): ViewPose | null {
  const node = cy.getElementById(nodeId);
  if (node.empty()) return null;
  const p = node.position();
  return { zoom, pan: { x: cy.width() / 2 - zoom * p.x, y: cy.height() / 2 - zoom * p.y } };
}
