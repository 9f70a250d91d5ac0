// A layout to run away from the page: what a headless Cytoscape needs to place the nodes (ids,
// sizes, mention counts, the edges between them), and the positions it answers with. Shared by
// the layout worker and the canvas; `runLayout` is the layout itself, so tests run it in Node.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../../store/types';
import { layoutOptions } from './layouts';

cytoscape.use(fcose);

export interface LayoutRequest {
  id: number;
  layout: LayoutName;
  /** Elements counted by the layout's options (nodes and edges, as the canvas counts them). */
  elementCount: number;
  nodes: { id: string; size: number; mentions: number }[];
  edges: { id: string; source: string; target: string }[];
  /** The canvas's size, so layouts that fill a box (grid, circle, concentric) fill the visible one. */
  width: number;
  height: number;
}

export type Positions = Record<string, { x: number; y: number }>;

export interface LayoutAnswer {
  id: number;
  positions?: Positions;
  error?: string;
}

/** The request for the canvas's elements (as built by `toElements`). */
export function layoutRequest(id: number, layout: LayoutName, elements: readonly ElementDefinition[], width: number, height: number): LayoutRequest {
  const nodes: LayoutRequest['nodes'] = [];
  const edges: LayoutRequest['edges'] = [];
  for (const el of elements) {
    const d = el.data;
    if (el.group === 'edges' || d.source !== undefined) edges.push({ id: String(d.id), source: String(d.source), target: String(d.target) });
    else nodes.push({ id: String(d.id), size: Number(d.size) || 30, mentions: Number(d.mentions) || 0 });
  }
  return { id, layout, elementCount: elements.length, nodes, edges, width: Math.max(1, width), height: Math.max(1, height) };
}

/** Runs the layout on a headless Cytoscape and reads the positions back. */
export function runLayout(req: LayoutRequest): Positions {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // Only what the layouts read: node sizes (overlap avoidance) and nothing drawn.
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...req.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size, mentions: n.mentions } })),
      ...req.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  // Headless Cytoscape has no viewport to fit: the box is given, and the page fits the view itself.
  const options = { ...layoutOptions(req.layout, req.elementCount), fit: false, animate: false, boundingBox: { x1: 0, y1: 0, w: req.width, h: req.height } };
  cy.layout(options).run();
  const positions: Positions = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions[n.id()] = { x: p.x, y: p.y };
  });
  cy.destroy();
  return positions;
}
