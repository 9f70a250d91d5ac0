// The graph canvas: draws the visible graph, runs the chosen layout, and mirrors the store's
// selection, focus depth and path as classes on the Cytoscape elements.
import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import CytoscapeComponent from 'react-cytoscapejs';
import { memo, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { neighbourhood } from '../../graph/query/neighbourhood';
import { useAppStore } from '../../store/appStore';
import { useDisputedIds } from '../../store/disagreements';
import { selectPath, useGraphIndex, useVisibleGraph } from '../../store/selectors';
import { ENTITY_LOOK } from '../entityStyle';
import { useColorScheme } from '../theme/useColorScheme';
import { setCy } from './cyHandle';
import { animateView, poseCentredOn, reaimView } from './viewTarget';
import { toElements } from './elements';
import { layoutInWorker, nextLayoutId } from './layoutClient';
import { layoutRequest, type Positions } from './layoutRequest';
import { LARGE_GRAPH, layoutOptions } from './layouts';
import { applyRendererOptions, rendererOptions, type RendererOptions } from './rendererOptions';
import { nearestInDirection, type Direction } from './keyboardNavigation';
import { prepaintLayers } from './prepaint';
import { graphStylesheet } from './stylesheet';
import { holdFrames, nextTask, placeInSlices, settleStyles, syncElementsInSlices, syncElementsNow } from './syncElements';

cytoscape.use(fcose);

const NO_ELEMENTS: ElementDefinition[] = [];

/** Elements added or moved in the first task on a large graph; later slices are sized to SLICE_MS. */
const SLICE = 40;
/**
 * Time one slice of work on a large graph aims to take. Well under the 50 ms of a long task:
 * the cost per element varies (a hub node brings hundreds of edges to re-measure), and on a
 * busy machine the wall-clock time of a slice is a multiple of its CPU time. At 15 ms, slices
 * with a garbage collection or a costly element in them still reached 40-60 ms of CPU.
 */
const SLICE_MS = 10;

/** Fits the view to positions computed elsewhere, without measuring every element's box. */
function fitPositions(cy: Core, positions: Positions, padding = 30) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of Object.values(positions)) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (!Number.isFinite(x1)) return;
  // Half the largest node's size on each side, so the outermost nodes are inside the view.
  const margin = padding + 40;
  const w = x2 - x1 + 2 * margin;
  const h = y2 - y1 + 2 * margin;
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(cy.width() / w, cy.height() / h)));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (x1 + x2) / 2, y: cy.height() / 2 - zoom * (y1 + y2) / 2 } });
}

const FILL = { width: '100%', height: '100%' };

/**
 * react-cytoscapejs's component, rendered again only when its stylesheet changes. The component
 * patches Cytoscape on every render of its own, inside a batch whose end makes Cytoscape restyle
 * what is pending at once; the canvas re-renders on every store change it reads, and elements
 * are kept in step by the canvas itself (syncElements.ts), so those patches had nothing to do.
 */
const CytoscapeHost = memo(function CytoscapeHost({
  initial,
  stylesheet,
  bindCy,
}: {
  initial: RendererOptions;
  stylesheet: ReturnType<typeof graphStylesheet>;
  bindCy: (cy: Core) => void;
}) {
  return (
    <CytoscapeComponent
      // Read when Cytoscape is created; later changes are applied to the live renderer (see GraphCanvas).
      {...initial}
      // Elements are added and updated by GraphCanvas's effect, not by the component's own diff.
      elements={NO_ELEMENTS}
      stylesheet={stylesheet}
      cy={bindCy}
      style={FILL}
      minZoom={0.15}
      maxZoom={4}
      boxSelectionEnabled={false}
    />
  );
});

interface Hover {
  id: string;
  x: number;
  y: number;
}

export const GraphCanvas = memo(function GraphCanvas() {
  // Deferred when large: a newly arrived graph's elements are built in an update React can
  // interrupt, after the one that hands the graph to every view (the canvas then catches up in
  // slices of its own).
  const current = useVisibleGraph();
  const deferred = useDeferredValue(current);
  // Only a large graph is worth the wait: a small one (a filter on the bundled articles) is drawn
  // in the same update, as before.
  const deferLarge = current.nodes.length + current.edges.length > LARGE_GRAPH;
  const graph = deferLarge ? deferred : current;
  /** The store holds a newer graph than the one drawn: the canvas is not ready until it catches up. */
  const lagging = graph !== current;
  const index = useGraphIndex();
  const selection = useAppStore((s) => s.selection);
  const focusDepth = useAppStore((s) => s.view.focusDepth);
  const layout = useAppStore((s) => s.view.layout);
  const relayoutToken = useAppStore((s) => s.view.relayoutToken);
  const extracting = useAppStore((s) => s.status.extracting);
  const path = useAppStore(selectPath);
  const scheme = useColorScheme();

  const cyRef = useRef<Core | null>(null);
  const [cyReady, setCyReady] = useState(false);
  const [hover, setHover] = useState<Hover | null>(null);

  const disputedNow = useDisputedIds();
  const disputedDeferred = useDeferredValue(disputedNow);
  const disputed = deferLarge ? disputedDeferred : disputedNow;
  const elements = useMemo(() => toElements(graph, disputed), [graph, disputed]);
  const large = elements.length > LARGE_GRAPH;
  const stylesheet = useMemo(() => graphStylesheet(scheme, large), [scheme, large]);
  /** The renderer options Cytoscape is created with (later ones are set on the live renderer). */
  const [initialOptions] = useState(() => rendererOptions(elements.length));
  // Layout reruns only when the set of elements changes, not on every store update.
  const elementsKey = useMemo(() => elements.map((e) => e.data.id).join('\u0000'), [elements]);
  /** Bumped for every new Cytoscape instance. */
  const [cyGeneration, setCyGeneration] = useState(0);
  /** Bumped when the elements on the canvas have caught up with `elements` (large graphs catch up over several tasks). */
  const [synced, setSynced] = useState(0);
  /** What the nodes are to be placed for: instance, layout, re-layout request and elements. */
  const placeKey = `${cyGeneration}|${layout}|${relayoutToken}|${elementsKey}`;
  /** What they were last placed for; the graph counts as laid out only when the two agree. */
  const [placedKey, setPlacedKey] = useState('');
  const placedFor = useRef('');
  const laidOut = placedKey === placeKey;

  const bindCy = useCallback((cy: Core) => {
    if (cyRef.current === cy) return;
    cyRef.current = cy;
    setCy(cy);
    setCyGeneration((g) => g + 1);
    const store = useAppStore.getState;
    cy.on('tap', () => setHover(null));
    cy.on('tap', 'node', (ev: EventObject) => store().select({ kind: 'node', id: ev.target.id() }));
    cy.on('tap', 'edge', (ev: EventObject) => store().select({ kind: 'edge', id: ev.target.id() }));
    cy.on('tap', (ev: EventObject) => {
      if (ev.target === cy) store().clearSelection();
    });
    cy.on('dbltap', 'node', (ev: EventObject) => {
      const s = store();
      s.select({ kind: 'node', id: ev.target.id() });
      s.setFocusDepth(s.view.focusDepth + 1);
    });
    cy.on('mouseover', 'node', (ev: EventObject) => {
      const p = ev.target.renderedPosition();
      setHover({ id: ev.target.id(), x: p.x, y: p.y });
    });
    cy.on('mouseout', 'node', () => setHover(null));
    cy.on('pan zoom drag', () => setHover(null));
    setCyReady(true);
  }, []);

  useEffect(() => () => setCy(null), []);

  // Cytoscape only notices window resizes; panes opening around the canvas change its size too,
  // and a stale size makes fits and clicks land off by the difference.
  useEffect(() => {
    const cy = cyRef.current;
    const container = cy?.container();
    if (!cy || !container || typeof ResizeObserver === 'undefined') return;
    // When a pane opens or closes beside the canvas, what was in the middle of the view stays in
    // the middle (a node just centred by search stays centred as Details opens).
    let size = { w: cy.width(), h: cy.height() };
    const observer = new ResizeObserver(() => {
      cy.resize();
      const next = { w: cy.width(), h: cy.height() };
      if (size.w > 0 && size.h > 0 && next.w > 0 && next.h > 0) cy.panBy({ x: (next.w - size.w) / 2, y: (next.h - size.h) / 2 });
      size = next;
      reaimView(cy);
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [cyReady, cyGeneration]);

  // A new stylesheet (a graph crossing LARGE_GRAPH, or the colour scheme) restyles every element
  // on the canvas when react-cytoscapejs applies it, in this commit; what the renderer derives
  // from the new styles (label sizes, boxes, edge geometry) is computed in a task of its own, with
  // frames held until then, rather than in the frame that then redraws them all.
  const appliedSheet = useRef(stylesheet);
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (appliedSheet.current === stylesheet) return;
    appliedSheet.current = stylesheet;
    if (!cy || !cyReady) return;
    void holdFrames(cy, nextTask).then(() => {
      if (!cy.destroyed()) settleStyles(cy);
    });
  }, [cyReady, stylesheet]);

  // Lighter drawing for large graphs (see rendererOptions.ts), switched on the running renderer.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy && cyReady) applyRendererOptions(cy, rendererOptions(large ? LARGE_GRAPH + 1 : 0));
  }, [cyReady, cyGeneration, large]);

  // Elements and layout. The canvas's elements are kept in step with the graph's by id, so a new
  // graph changes only what differs (see syncElements.ts). Small graphs are synced and laid out at
  // once; large ones are laid out in a worker and their elements added, with their places, a slice
  // per task, so the page never stops answering for long.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !cyReady) return;
    const needsPlacing = placeKey !== placedFor.current;
    let alive = true;
    const stillWanted = () => alive && !cy.destroyed();
    const done = () => {
      performance.mark('canvas:placed');
      placedFor.current = placeKey;
      setPlacedKey(placeKey);
    };

    if (!large || typeof Worker === 'undefined') {
      syncElementsNow(cy, elements);
      performance.mark('canvas:synced');
      setSynced((n) => n + 1);
      if (!needsPlacing) return;
      if (cy.elements().empty()) {
        done();
        return;
      }
      const l = cy.layout(layoutOptions(layout, cy.elements().length));
      l.one('layoutstop', done);
      l.run();
      return () => {
        alive = false;
        l.stop();
      };
    }

    if (!needsPlacing) {
      void syncElementsInSlices(cy, elements, { slice: SLICE, budgetMs: SLICE_MS, stillWanted, pause: () => holdFrames(cy, nextTask) }).then((r) => r && setSynced((n) => n + 1));
      return () => {
        alive = false;
      };
    }
    // Between slices Cytoscape is held in a batch, which makes its render loop skip frames: each
    // frame would otherwise draw every element placed so far (over 100 ms for thousands of edges
    // without a GPU) only to draw them again a slice later. The graph is drawn once, when all of
    // it is in place.
    const pause = () => holdFrames(cy, nextTask);
    void (async () => {
      // Out of React's commit: copying thousands of elements to the worker is a task of its own.
      await nextTask();
      if (!stillWanted()) return;
      const positions = await layoutInWorker(layoutRequest(nextLayoutId(), layout, elements, cy.width(), cy.height()));
      if (!stillWanted()) return;
      const caughtUp = await syncElementsInSlices(cy, elements, { positions: positions ?? undefined, slice: SLICE, budgetMs: SLICE_MS, stillWanted, pause });
      if (!caughtUp) return;
      setSynced((n) => n + 1);
      if (positions) {
        if (!(await placeInSlices(cy, positions, { slice: SLICE, budgetMs: SLICE_MS, stillWanted, pause, definitions: elements }))) return;
        fitPositions(cy, positions);
        // The first frame of the placed graph, painted ahead in slices (see prepaint.ts).
        if (!(await prepaintLayers(cy, { slice: SLICE, budgetMs: SLICE_MS, stillWanted, pause }))) return;
        // Listeners waiting for the layout to finish (an imported view's positions) hear it as one.
        cy.emit('layoutstop');
        done();
      } else {
        // The worker failed: lay out here rather than leave the graph unplaced.
        const l = cy.layout(layoutOptions(layout, cy.elements().length));
        l.one('layoutstop', done);
        l.run();
      }
    })();
    return () => {
      alive = false;
    };
  }, [cyReady, cyGeneration, elements, placeKey, large, layout]);

  // Selection, focus neighbourhood and path highlighting.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !cyReady) return;
    cy.batch(() => {
      // Only the elements that carry them: removeClass marks every element it is given as
      // changed, and restyling a whole large graph on each click takes the page for a second.
      cy.elements('.faded, .focus, .on-path').removeClass('faded focus on-path');
      cy.elements(':selected').unselect();
      let keep: Set<string> | null = null;
      if (selection?.kind === 'node' && graph.nodes.some((n) => n.id === selection.id)) {
        const sub = neighbourhood(graph, selection.id, focusDepth);
        keep = new Set([...sub.nodeIds, ...sub.edgeIds]);
      } else if (selection?.kind === 'edge') {
        const e = graph.edges.find((x) => x.id === selection.id);
        if (e) keep = new Set([e.id, e.source, e.target]);
      }
      if (path && path.length > 0) {
        const onPath = new Set(path.flatMap((s) => [s.from, s.to, s.edge.id]));
        cy.elements().filter((el) => onPath.has(el.id())).addClass('on-path');
        if (!keep) keep = onPath;
        else for (const id of onPath) keep.add(id);
      }
      if (keep) {
        const k = keep;
        cy.elements().forEach((el) => {
          el.addClass(k.has(el.id()) ? 'focus' : 'faded');
        });
      }
      if (selection) cy.getElementById(selection.id).select();
    });
  }, [cyReady, synced, graph, elementsKey, selection, focusDepth, path]);

  // Bring the focused neighbourhood into view, zoomed enough to read, when the focus changes. The
  // selected entity goes in the middle (where search and a click both expect it) and the zoom is
  // the largest at which its whole neighbourhood fits around it.
  const focusId = selection?.kind === 'node' ? selection.id : null;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !cyReady || !laidOut || !focusId) return;
    const focused = cy.elements('.focus');
    if (focused.empty()) return;
    const id = focusId;
    animateView(
      cy,
      (c) => {
        const node = c.getElementById(id);
        if (node.empty()) return null;
        const bb = focused.boundingBox();
        const p = node.position();
        const pad = 60;
        const halfW = Math.max(1, p.x - bb.x1, bb.x2 - p.x);
        const halfH = Math.max(1, p.y - bb.y1, bb.y2 - p.y);
        const fit = Math.min(1.6, (c.width() / 2 - pad) / halfW, (c.height() / 2 - pad) / halfH);
        return poseCentredOn(c, id, Math.max(c.minZoom(), fit));
      },
      300,
    );
  }, [cyReady, laidOut, focusId, focusDepth]);

  // Keyboard: arrows walk to the nearest entity that way, + and - change the focus depth.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().empty()) return;
    const s = useAppStore.getState();
    const dirs: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
    if (e.key in dirs) {
      e.preventDefault();
      const current = s.selection?.kind === 'node' ? cy.getElementById(s.selection.id) : null;
      let next: string | null;
      if (!current || current.empty()) {
        // Start from the most-mentioned entity.
        next = cy.nodes().max((n) => n.data('mentions') as number).ele.id();
      } else {
        const placed = cy.nodes().map((n) => ({ id: n.id(), ...n.renderedPosition() }));
        next = nearestInDirection({ id: current.id(), ...current.renderedPosition() }, placed, dirs[e.key]);
      }
      if (next) s.select({ kind: 'node', id: next });
    } else if (e.key === '+' || e.key === '=') {
      s.setFocusDepth(s.view.focusDepth + 1);
    } else if (e.key === '-') {
      s.setFocusDepth(s.view.focusDepth - 1);
    }
  };

  const ready = cyReady && laidOut && !extracting && !lagging;
  const hovered = hover ? index.nodes.get(hover.id) : undefined;
  const nodeCount = graph.nodes.length;

  return (
    <div
      className="graph-canvas"
      data-testid="graph-canvas"
      data-state={ready ? 'ready' : 'loading'}
      data-nodes={ready ? nodeCount : undefined}
      data-edges={ready ? graph.edges.length : undefined}
      aria-label={`Graph of ${nodeCount} entities and ${graph.edges.length} relations. Arrow keys move between entities, plus and minus change the focus depth, Escape clears.`}
      role="group"
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <CytoscapeHost initial={initialOptions} stylesheet={stylesheet} bindCy={bindCy} />
      {large && !laidOut && (
        <div className="canvas-notice" role="status">
          <p>Laying out {nodeCount.toLocaleString('en-US')} entities…</p>
        </div>
      )}
      {hovered && hover && (
        <div className="graph-tooltip" role="tooltip" style={{ left: hover.x, top: hover.y }}>
          <strong>{hovered.label}</strong>
          <span>
            {ENTITY_LOOK[hovered.type].label} · {hovered.mentions.length} mention{hovered.mentions.length === 1 ? '' : 's'}
          </span>
        </div>
      )}
    </div>
  );
});
