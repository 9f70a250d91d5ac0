// The live Cytoscape instance, for the parts of the app that act on the view (search centres a
// node, exporters render it) without threading a ref through every component.
import type { Core } from 'cytoscape';
import { animateView, poseCentredOn } from './viewTarget';

let current: Core | null = null;

declare global {
  interface Window {
    /** Exposed for browser tests and exporters. */
    __cy?: Core;
  }
}

export function setCy(cy: Core | null): void {
  current = cy;
  if (typeof window !== 'undefined') {
    if (cy) window.__cy = cy;
    else delete window.__cy;
  }
}

export const getCy = (): Core | null => current;

/** Centres the view on a node, zooming in enough to read its label. */
export function centreOn(nodeId: string): void {
  const cy = current;
  if (!cy) return;
  const zoom = Math.max(cy.zoom(), 1.2);
  animateView(cy, (c) => poseCentredOn(c, nodeId, zoom), 250);
}
