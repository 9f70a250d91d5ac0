// What the canvas shows, in the app JSON's terms: positions, zoom, pan and the selection.
import type cytoscape from 'cytoscape';
import type { AppView, Point } from '../../graph/export/appJson';

export function viewOf(cy: cytoscape.Core | null): AppView {
  if (!cy) return {};
  const positions: [string, Point][] = [];
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    if (Number.isFinite(x) && Number.isFinite(y)) positions.push([node.id(), { x, y }]);
  });
  const pan = cy.pan();
  return {
    selection: cy.$(':selected').map((ele) => ele.id()),
    // Own properties whatever the id: assigning to "__proto__" would replace the prototype.
    positions: Object.fromEntries(positions),
    zoom: cy.zoom(),
    pan: { x: pan.x, y: pan.y },
  };
}
