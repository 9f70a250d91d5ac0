// Opening a graph the app exported as JSON: the graph replaces the one on screen and the view
// it was saved with (filters, layout, selection, node positions, zoom) comes back. The corpus is
// left alone: the imported graph stays until the articles change and the graph is rebuilt.
import { parseAppJson, type AppView } from '../graph/export/appJson';
import { useAppStore } from '../store/appStore';
import type { Selection } from '../store/types';
import { readFilters, readLayout } from '../store/viewSettings';
import { getCy } from './canvas/cyHandle';
import { extractionWorker } from './useExtraction';

export type ImportOutcome = { ok: true; nodes: number; edges: number } | { ok: false; error: string };

/** Largest file read: the app's JSON of a few thousand articles is far below this. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export async function importGraphFile(file: File): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: `The file is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB; it cannot be a graph this app exported.` };
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    return { ok: false, error: `The file could not be read (${err instanceof Error ? err.message : String(err)}).` };
  }
  const parsed = parseAppJson(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const { graph, view } = parsed;
  // An extraction still running would replace the imported graph when it finishes.
  extractionWorker().cancel();
  useAppStore.getState().setStatus({ extracting: false, error: null });
  useAppStore.getState().setGraph(graph);
  if (view) applyView(view, graph.nodes.some((n) => n.id === view.selection?.[0]));
  return { ok: true, nodes: graph.nodes.length, edges: graph.edges.length };
}

function applyView(view: AppView, selectedIsNode: boolean) {
  const first = view.selection?.[0];
  const selection: Selection = first ? { kind: selectedIsNode ? 'node' : 'edge', id: first } : null;
  useAppStore.setState((s) => ({
    ...(view.filters ? { filters: readFilters(view.filters) } : {}),
    view: { ...s.view, layout: readLayout(view.layout) ?? s.view.layout },
    selection,
  }));
  if (view.positions) restorePositions(view);
}

/**
 * Positions are put back once the canvas has drawn the imported graph and its layout has run
 * (otherwise the layout would move every node again).
 */
function restorePositions(view: AppView) {
  const apply = () => {
    const cy = getCy();
    if (!cy) return;
    cy.batch(() => {
      for (const [id, p] of Object.entries(view.positions ?? {})) {
        const node = cy.getElementById(id);
        if (node.nonempty() && Number.isFinite(p.x) && Number.isFinite(p.y)) node.position({ x: p.x, y: p.y });
      }
    });
    if (typeof view.zoom === 'number' && Number.isFinite(view.zoom) && view.zoom > 0) cy.zoom(view.zoom);
    if (view.pan && Number.isFinite(view.pan.x) && Number.isFinite(view.pan.y)) cy.pan(view.pan);
  };
  // Let React commit the new graph and start its layout before looking.
  requestAnimationFrame(() =>
    setTimeout(() => {
      const cy = getCy();
      const canvas = document.querySelector('[data-testid=graph-canvas]');
      if (!cy || canvas?.getAttribute('data-state') === 'ready') return apply();
      cy.one('layoutstop', () => setTimeout(apply, 0));
    }, 0),
  );
}
