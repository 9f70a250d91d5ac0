// Graph rendering bench page: synthetic graphs of a given number of elements drawn with
// Cytoscape + fCoSE, using the app's element mapping, stylesheet and layout options when they
// exist (found with import.meta.glob so this page still builds while the app is unfinished).
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { ENTITY_TYPES, type Graph, type GraphEdge, type GraphNode } from '../../../src/graph/model';
import { prng } from '../corpus';

type Stylesheet = cytoscape.StylesheetStyle;

cytoscape.use(fcose);

type ToElements = (g: Graph) => ElementDefinition[];
type StylesheetFn = (scheme: 'light' | 'dark', large?: boolean) => Stylesheet[];
type LayoutFn = (name: 'fcose', elementCount?: number) => LayoutOptions;
type RendererFn = (elementCount: number) => Partial<cytoscape.CytoscapeOptions>;

const found = import.meta.glob(
  ['../../../src/ui/canvas/elements.ts', '../../../src/ui/canvas/stylesheet.ts', '../../../src/ui/canvas/layouts.ts', '../../../src/ui/canvas/rendererOptions.ts'],
  {
    eager: true,
  },
) as Record<string, Record<string, unknown>>;
const fromApp = <T>(file: string, name: string): T | undefined => {
  const mod = Object.entries(found).find(([k]) => k.endsWith(file))?.[1];
  return typeof mod?.[name] === 'function' ? (mod[name] as T) : undefined;
};
const appToElements = fromApp<ToElements>('elements.ts', 'toElements');
const appStylesheet = fromApp<StylesheetFn>('stylesheet.ts', 'graphStylesheet');
const appLayout = fromApp<LayoutFn>('layouts.ts', 'layoutOptions');
const appRenderer = fromApp<RendererFn>('rendererOptions.ts', 'rendererOptions');
const layoutsModule = Object.entries(found).find(([k]) => k.endsWith('layouts.ts'))?.[1];
/** The app's threshold for its large-graph settings (lighter layout and style), if it has one. */
const LARGE_GRAPH = typeof layoutsModule?.LARGE_GRAPH === 'number' ? layoutsModule.LARGE_GRAPH : Infinity;

const RELATIONS = ['meets', 'visits', 'withdrew_from', 'located_in', 'member_of', 'leads', 'attacked', 'signed'];

/** A graph model shaped like the extractor's: a few hubs, many minor entities, 1.5 edges per node. */
export function syntheticGraph(elements: number, seed = 7): Graph {
  const r = prng(seed);
  const nNodes = Math.round(elements / 2.5);
  const nEdges = elements - nNodes;
  const nodes: GraphNode[] = [];
  for (let i = 0; i < nNodes; i++) {
    const mentions = Math.max(1, Math.round(1 / (r() + 0.02)));
    nodes.push({
      id: `n${i}`,
      type: ENTITY_TYPES[i % ENTITY_TYPES.length]!,
      label: `Entity ${i} ${String.fromCharCode(65 + (i % 26))}${'abcdefgh'.slice(0, 2 + (i % 6))}`,
      aliases: [],
      mentions: Array.from({ length: mentions }, (_, k) => ({ articleId: `a${k}`, start: 0, end: 5 })),
    });
  }
  const edges: GraphEdge[] = [];
  for (let i = 0; i < nEdges; i++) {
    // Preferential attachment: squaring the random draw favours low indices (the hubs).
    const s = Math.floor(r() * r() * nNodes);
    let t = Math.floor(r() * nNodes);
    if (t === s) t = (t + 1) % nNodes;
    const relation = RELATIONS[i % RELATIONS.length]!;
    const sources = 1 + Math.floor(r() * r() * 6);
    edges.push({
      id: `e${i}`,
      source: `n${s}`,
      target: `n${t}`,
      relation,
      label: relation.replace(/_/g, ' '),
      evidence: [{ articleId: 'a0', start: 0, end: 5, quote: 'x' }],
      sources,
    });
  }
  return { articles: [], nodes, edges };
}

function plainElements(g: Graph): ElementDefinition[] {
  return [
    ...g.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.label, type: n.type, size: 30 } })),
    ...g.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, label: e.label, width: 2 } })),
  ];
}

const plainStyle: Stylesheet[] = [
  { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 12 } },
  { selector: 'edge', style: { width: 'data(width)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', label: 'data(label)', 'font-size': 10 } },
];

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

let cy: Core | null = null;

export interface RenderResult {
  elements: number;
  nodes: number;
  edges: number;
  variant: string;
  /** cytoscape() with the elements, before any layout. */
  mountMs: number;
  layoutMs: number;
  /** From having the graph data to the first frame painted after layout. */
  firstFrameMs: number;
  usesAppStyle: boolean;
}

async function render(elements: number, variant: 'app' | 'draft'): Promise<RenderResult> {
  cy?.destroy();
  cy = null;
  await nextFrame();
  const graph = syntheticGraph(elements);
  const t0 = performance.now();
  const els = appToElements ? appToElements(graph) : plainElements(graph);
  const container = document.getElementById('cy')!;
  // The app picks lighter settings for large graphs; pass it the same size it would see.
  const large = els.length > LARGE_GRAPH;
  cy = cytoscape({
    container,
    elements: els,
    style: appStylesheet ? appStylesheet('light', large) : plainStyle,
    layout: { name: 'preset' },
    // The canvas's own constructor options (GraphCanvas passes the same).
    boxSelectionEnabled: false,
    minZoom: 0.15,
    maxZoom: 4,
    ...(appRenderer ? appRenderer(els.length) : {}),
  });
  const t1 = performance.now();
  const base: LayoutOptions = appLayout ? appLayout('fcose', els.length) : ({ name: 'fcose', animate: false, fit: true } as LayoutOptions);
  const opts = (variant === 'draft' ? { ...base, quality: 'draft' } : base) as LayoutOptions;
  const layout = cy.layout(opts);
  const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  const l0 = performance.now();
  layout.run();
  await stopped;
  const l1 = performance.now();
  // Two frames: the first runs Cytoscape's own rAF draw, the second starts once it has painted.
  await nextFrame();
  await nextFrame();
  const t2 = performance.now();
  return {
    elements,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    variant: variant === 'app' ? (appLayout ? `app's fCoSE options${large ? ', large-graph settings' : ''}` : 'fCoSE defaults') : 'fCoSE draft quality',
    mountMs: t1 - t0,
    layoutMs: l1 - l0,
    firstFrameMs: t2 - t0,
    usesAppStyle: Boolean(appStylesheet && appToElements),
  };
}

/**
 * Pans and zooms the current graph from script (cy.zoom / cy.panBy) every frame for `ms`;
 * returns the frame-to-frame deltas. Cytoscape's viewport shortcuts (`textureOnViewport`,
 * `hideEdgesOnViewport`) apply only to user gestures, so this is the worst case: every frame
 * redraws everything.
 */
async function panZoom(ms: number, motion: 'both' | 'pan' | 'zoom' = 'both'): Promise<number[]> {
  if (!cy) return [];
  const c = cy;
  c.fit(undefined, 20);
  const deltas: number[] = [];
  const start = await nextFrame();
  let prev = start;
  const z0 = c.zoom();
  for (;;) {
    const now = await nextFrame();
    deltas.push(now - prev);
    prev = now;
    const t = (now - start) / 1000;
    if (now - start > ms) break;
    // A slow zoom in and out around the centre while drifting sideways, like a user exploring.
    if (motion !== 'pan') c.zoom({ level: z0 * (1.5 + Math.sin(t * 1.3)), renderedPosition: { x: 640, y: 400 } });
    if (motion !== 'zoom') c.panBy({ x: Math.cos(t * 2) * 12, y: Math.sin(t * 1.7) * 8 });
  }
  return deltas;
}

/** Frame recorder for gestures driven from outside the page (mouse drag and wheel). */
let recording: { deltas: number[]; on: boolean } | null = null;
function startFrames(): void {
  cy?.fit(undefined, 20);
  const rec = { deltas: [] as number[], on: true };
  recording = rec;
  let prev = performance.now();
  const tick = (now: number) => {
    if (!rec.on) return;
    rec.deltas.push(now - prev);
    prev = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame((now) => {
    prev = now;
    requestAnimationFrame(tick);
  });
}
function stopFrames(): number[] {
  if (!recording) return [];
  recording.on = false;
  return recording.deltas;
}
/** A point of the canvas with no node under it, so a drag there pans instead of moving a node. */
function emptySpot(): { x: number; y: number } {
  const w = cy?.width() ?? 1280;
  const h = cy?.height() ?? 800;
  for (let y = h / 2; y < h - 10; y += 17) {
    for (let x = w / 2; x < w - 10; x += 23) {
      const hit = cy?.nodes().some((n) => {
        const b = n.renderedBoundingBox({ includeLabels: false });
        return x >= b.x1 - 5 && x <= b.x2 + 5 && y >= b.y1 - 5 && y <= b.y2 + 5;
      });
      if (!hit) return { x, y };
    }
  }
  return { x: w / 2, y: h / 2 };
}

declare global {
  interface Window {
    __bench: {
      render: typeof render;
      panZoom: typeof panZoom;
      startFrames: typeof startFrames;
      stopFrames: typeof stopFrames;
      emptySpot: typeof emptySpot;
      usesAppRenderer: boolean;
      ready: true;
    };
  }
}
window.__bench = { render, panZoom, startFrames, stopFrames, emptySpot, usesAppRenderer: Boolean(appRenderer), ready: true };
