// Paints a large graph's first frame ahead of time, a slice per task.
//
// Cytoscape's canvas renderer draws a still view from "layers": bitmaps holding every element
// drawn once at the current zoom level, which a frame then copies in a few calls. When the
// elements change, the layers are rebuilt lazily, and until they are complete every frame draws
// each element on its own: for thousands of elements in a browser without a GPU, that first
// frame of a newly arrived graph took 0.5–0.9 s in one task. Here the renderer's own layer cache
// is filled in slices, before the graph is shown, so the first frame only copies the layers.
//
// This reaches into the renderer's private layer cache (cytoscape 3.x canvas renderer): when any
// piece is missing (another renderer, a headless instance, another version), nothing is done and
// Cytoscape draws the frame its usual way.
import type { Core } from 'cytoscape';
import { nextSliceSize } from './syncElements';

/** The renderer's layer cache, as far as it is used here. */
interface LayerCache {
  getLayers(eles: unknown[], pxRatio: number, lvl?: number): unknown[] | null;
  dequeue(pxRatio: number): unknown[];
  layersQueue: { size(): number };
  /** Set when elements changed in the last 250 ms: layers are then not even queued. */
  skipping: boolean;
  /** True until the first frame: that frame draws every layer at once, in its own task. */
  firstGet: boolean;
}

interface CanvasRenderer {
  data?: { lyrTxrCache?: LayerCache };
  getPixelRatio?: () => number;
  getCachedZSortedEles?: () => unknown[] & { nondrag?: unknown[] };
  flushRenderedStyleQueue?: () => void;
}

function layerCacheOf(cy: Core): { cache: LayerCache; renderer: Required<CanvasRenderer> } | null {
  const r = (cy as unknown as { renderer?: () => CanvasRenderer | undefined }).renderer?.();
  const cache = r?.data?.lyrTxrCache;
  if (!r || !cache || typeof cache.getLayers !== 'function' || typeof cache.dequeue !== 'function' || !cache.layersQueue) return null;
  if (!r.getPixelRatio || !r.getCachedZSortedEles || !r.flushRenderedStyleQueue) return null;
  return { cache, renderer: r as Required<CanvasRenderer> };
}

/**
 * Draws every element into the renderer's layers for the current viewport, at most about
 * `budgetMs` of drawing per task, pausing with `pause` between tasks. Resolves false when
 * `stillWanted` turned false on the way (a newer graph); true otherwise, including when the
 * renderer offers no layers to fill. Call it once the elements, their places and the viewport are
 * final: any later change to an element, or a zoom to another level, discards the layers.
 */
/** Computes every element's pending style and box, a slice per task. */
async function settleBoxes(
  cy: Core,
  renderer: Required<CanvasRenderer>,
  options: { slice: number; budgetMs: number; stillWanted: () => boolean; pause: () => Promise<void> },
): Promise<boolean> {
  const all = cy.elements();
  let slice = options.slice;
  for (let i = 0; i < all.length; ) {
    if (!options.stillWanted() || cy.destroyed()) return false;
    const started = performance.now();
    renderer.flushRenderedStyleQueue();
    const part = all.slice(i, i + slice);
    i += part.length;
    part.forEach((el) => void el.boundingBox());
    slice = nextSliceSize(slice, performance.now() - started, options.budgetMs, part.length);
    await options.pause();
  }
  renderer.flushRenderedStyleQueue();
  return true;
}

export async function prepaintLayers(
  cy: Core,
  options: { slice: number; budgetMs: number; stillWanted: () => boolean; pause: () => Promise<void> },
): Promise<boolean> {
  const found = layerCacheOf(cy);
  if (!found) return true;
  const { cache, renderer } = found;
  // An element whose box or style is recomputed after its layer is painted discards the whole
  // layer in the next frame. Measuring every element first leaves nothing to recompute; a layer
  // lost all the same (something changed on the way) is painted again, twice at most.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!(await settleBoxes(cy, renderer, options))) return false;
    const eles = renderer.getCachedZSortedEles().nondrag;
    if (!eles || eles.length === 0) return true;
    const pxRatio = renderer.getPixelRatio();
    // The elements just changed, so the cache is in its "skipping" state and would not queue
    // anything; it is told otherwise: the point here is to queue them now. On a canvas that never
    // drew, it would draw every layer inside this one call instead of queueing it.
    cache.skipping = false;
    cache.firstGet = false;
    // Complete (nothing changed since it was painted): the next frame copies the layers.
    if (cache.getLayers(eles, pxRatio) !== null) return true;
    let slice = options.slice;
    while (cache.layersQueue.size() > 0) {
      if (!options.stillWanted() || cy.destroyed()) return false;
      const started = performance.now();
      let drawn = 0;
      // One element per dequeue; the queue empties when every layer holds all its elements. The
      // clock is read as it goes: an element's cost varies tenfold (a node's first texture, a
      // texture copied after it changed), so a count sized from the last slice can overrun.
      while (drawn < slice && cache.layersQueue.size() > 0) {
        cache.dequeue(pxRatio);
        drawn++;
        if ((drawn & 7) === 0 && performance.now() - started > options.budgetMs) break;
      }
      slice = nextSliceSize(slice, performance.now() - started, options.budgetMs, drawn);
      await options.pause();
    }
  }
  return true;
}
