// The graph canvas: draws the visible graph, runs the chosen layout, and mirrors the store's
// selection, focus depth and path as classes on the Cytoscape elements.
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import CytoscapeComponent from 'react-cytoscapejs';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { neighbourhood } from '../../graph/query/neighbourhood';
import { useAppStore } from '../../store/appStore';
import { useDisputedIds } from '../../store/disagreements';
import { selectPath, useGraphIndex, useVisibleGraph } from '../../store/selectors';
import { ENTITY_LOOK } from '../entityStyle';
import { useColorScheme } from '../theme/useColorScheme';
import { setCy } from './cyHandle';
import { toElements } from './elements';
import { LARGE_GRAPH, layoutOptions } from './layouts';
import { rendererOptions } from './rendererOptions';
import { nearestInDirection, type Direction } from './keyboardNavigation';
import { graphStylesheet } from './stylesheet';

cytoscape.use(fcose);

interface Hover {
  id: string;
  x: number;
  y: number;
}

export function GraphCanvas() {
  const graph = useVisibleGraph();
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
  const [laidOut, setLaidOut] = useState(false);
  const [hover, setHover] = useState<Hover | null>(null);

  const disputed = useDisputedIds();
  const elements = useMemo(() => toElements(graph, disputed), [graph, disputed]);
  const large = elements.length > LARGE_GRAPH;
  const stylesheet = useMemo(() => graphStylesheet(scheme, large), [scheme, large]);
  // Layout reruns only when the set of elements changes, not on every store update.
  const elementsKey = useMemo(() => elements.map((e) => e.data.id).join('\u0000'), [elements]);

  const bindCy = useCallback((cy: Core) => {
    if (cyRef.current === cy) return;
    cyRef.current = cy;
    setCy(cy);
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
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container);
    return () => observer.disconnect();
  }, [cyReady]);

  // Layout.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !cyReady) return;
    setLaidOut(false);
    if (cy.elements().empty()) {
      setLaidOut(true);
      return;
    }
    const l = cy.layout(layoutOptions(layout, cy.elements().length));
    l.one('layoutstop', () => setLaidOut(true));
    let frame = 0;
    // fCoSE runs synchronously for seconds on thousands of elements: let the "Laying out" notice
    // paint first (two frames: the notice's render, then its paint).
    if (cy.elements().length > LARGE_GRAPH) frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => l.run())));
    else l.run();
    return () => {
      cancelAnimationFrame(frame);
      l.stop();
    };
  }, [cyReady, elementsKey, layout, relayoutToken]);

  // Selection, focus neighbourhood and path highlighting.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !cyReady) return;
    cy.batch(() => {
      cy.elements().removeClass('faded focus on-path').unselect();
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
  }, [cyReady, graph, elementsKey, selection, focusDepth, path]);

  // Bring the focused neighbourhood into view, zoomed enough to read, when the focus changes.
  const focusKey = selection?.kind === 'node' ? `${selection.id}@${focusDepth}` : '';
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !cyReady || !laidOut || !focusKey) return;
    const focused = cy.elements('.focus');
    if (focused.empty()) return;
    const bb = focused.boundingBox();
    const pad = 60;
    const fit = Math.min(1.6, (cy.width() - 2 * pad) / Math.max(1, bb.w), (cy.height() - 2 * pad) / Math.max(1, bb.h));
    const zoom = Math.max(cy.minZoom(), fit);
    cy.stop();
    cy.animate(
      { zoom, pan: { x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2), y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2) } },
      { duration: 300 },
    );
  }, [cyReady, laidOut, focusKey]);

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

  const ready = cyReady && laidOut && !extracting;
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
      <CytoscapeComponent
        // Renderer options are read once, when Cytoscape is created: a graph that crosses the
        // large-graph threshold gets a fresh instance with the matching ones.
        key={large ? 'large' : 'small'}
        {...rendererOptions(elements.length)}
        elements={elements}
        stylesheet={stylesheet}
        cy={bindCy}
        style={{ width: '100%', height: '100%' }}
        minZoom={0.15}
        maxZoom={4}
        boxSelectionEnabled={false}
      />
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
}
