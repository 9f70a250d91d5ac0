// Paints a large graph's first frame ahead of time, a slice per task.
//
// Cytoscape's canvas renderer draws a still view from "layers": bitmaps holding every element
// drawn once at the current zoom level, which a frame then copies in a few calls. When the
// elements change, the layers are rebuilt lazily, and until they are complete every frame draws
// each element on its own: for thousands of elements in a browser without a GPU, that first
// frame of a newly arrived graph took 0.5–0.9 s in one task. Here the renderer's own layer cache
// is filled in slices, before the graph is shown, so the first frame only copies the layer.
//
// This reaches into the renderer's private layer cache (cytoscape 3.x canvas renderer, whose
// `getLayers` puts every element of a level into one layer). When a piece is missing (another
// renderer, a headless instance, another version), nothing is done and Cytoscape draws the frame
// its usual way.
import type { Core, SingularElementArgument } from 'cytoscape';
import { nextSliceSize } from './syncElements';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}

interface Layer {
  eles: unknown[];
}

/** The renderer's layer cache, as far as it is used here. */
interface LayerCache {
  layersByLevel: Record<number, Layer[] | undefined>;
  makeLayer(bb: Box, lvl: number): Layer;
  invalidateLayer(layer: Layer): void;
  queueLayer(layer: Layer, ele: unknown): void;
  levelIsComplete(lvl: number, eles: unknown[]): boolean;
  dequeue(pxRatio: number): unknown[];
  layersQueue: { size(): number };
}

/** One of the renderer's per-element texture caches (node bodies, labels). */
interface ElementTextures {
  getBoundingBox(ele: unknown): Box;
  getElement(ele: unknown, bb: Box, pxRatio: number | null, lvl: number, reason: string): unknown;
  reasons: { highQuality: string };
}

type ZSorted = SingularElementArgument[] & { nondrag?: SingularElementArgument[]; interactive?: SingularElementArgument[] };

interface CanvasRenderer {
  data?: { lyrTxrCache?: LayerCache; eleTxrCache?: ElementTextures; lblTxrCache?: ElementTextures };
  getPixelRatio?: () => number;
  getCachedZSortedEles?: () => ZSorted;
  flushRenderedStyleQueue?: () => void;
  /** The renderer's z-ordered list of every element, null until it is next needed. */
  cachedZSortedEles?: ZSorted | null;
  updateCachedGrabbedEles?: () => void;
}

type Found = { cache: LayerCache; renderer: Required<CanvasRenderer> };

function layerCacheOf(cy: Core): Found | null {
  const r = (cy as unknown as { renderer?: () => CanvasRenderer | undefined }).renderer?.();
  const cache = r?.data?.lyrTxrCache;
  if (!r || !cache || !r.getPixelRatio || !r.getCachedZSortedEles || !r.flushRenderedStyleQueue) return null;
  const methods = [cache.makeLayer, cache.invalidateLayer, cache.queueLayer, cache.levelIsComplete, cache.dequeue];
  if (methods.some((m) => typeof m !== 'function') || !cache.layersQueue || !cache.layersByLevel) return null;
  return { cache, renderer: r as Required<CanvasRenderer> };
}

// The renderer's limits for layers (cytoscape's layered texture cache): outside them it draws
// each element directly, and there is nothing to paint ahead.
const MIN_LEVEL = -4;
const MAX_LEVEL = 2;
const MAX_ZOOM = 3.99;
const MAX_LAYER_AREA = 4000 * 4000;
const MAX_LAYER_DIM = 32767;

/** The layer level the renderer uses at this zoom, or null when it uses none. */
export function layerLevel(zoom: number, pxRatio: number): number | null {
  const lvl = Math.max(MIN_LEVEL, Math.ceil(Math.log2(zoom * pxRatio)));
  return zoom >= MAX_ZOOM || lvl > MAX_LEVEL ? null : lvl;
}

interface SliceOptions {
  slice: number;
  budgetMs: number;
  stillWanted: () => boolean;
  pause: () => Promise<void>;
}

/** Runs `step(from, to)` over `count` items a slice per task; false when no longer wanted. */
async function inSlices(cy: Core, count: number, options: SliceOptions, step: (from: number, to: number) => void): Promise<boolean> {
  let slice = options.slice;
  for (let i = 0; i < count; ) {
    if (!options.stillWanted() || cy.destroyed()) return false;
    const started = performance.now();
    const to = Math.min(count, i + slice);
    step(i, to);
    slice = nextSliceSize(slice, performance.now() - started, options.budgetMs, to - i);
    i = to;
    await options.pause();
  }
  return options.stillWanted() && !cy.destroyed();
}

/** The element's place in Cytoscape's drawing order, as its `zIndexSort` compares them. */
interface ZKey {
  depth: number;
  eleDepth: number;
  z: number;
  pool: number;
}

const MAX_INT = Number.MAX_SAFE_INTEGER;

/** What the sort reads of an element, some of it outside cytoscape's published types. */
interface ZElement {
  pstyle(name: string): { value: unknown };
  poolIndex(): number;
  zDepth(): number;
  isNode(): boolean;
  interactive(): boolean;
}

function zKeyOf(ele: SingularElementArgument, hasCompoundNodes: boolean): ZKey {
  const e = ele as unknown as ZElement;
  const compound = e.pstyle('z-compound-depth').value as string;
  const depth = compound === 'auto' ? (hasCompoundNodes ? e.zDepth() : 0) : compound === 'bottom' ? -1 : compound === 'top' ? MAX_INT : 0;
  const eleDepth = e.pstyle('z-index-compare').value === 'auto' ? (e.isNode() ? 1 : 0) : 0;
  return { depth, eleDepth, z: Number(e.pstyle('z-index').value), pool: e.poolIndex() };
}

/**
 * Fills the renderer's z-ordered list of elements (what its `getCachedZSortedEles` builds in one
 * go when a frame or a layer first needs it: a sort of thousands of elements that reads three
 * style properties per comparison, a long task of its own) a slice per task: each element's sort
 * keys are read once, a slice at a time, and the sort then compares numbers. Same order, same
 * lists (`interactive`, `nondrag`). Does nothing when the list is already there, and leaves it to
 * the renderer when the elements changed meanwhile.
 */
export async function sortByZInSlices(cy: Core, renderer: Required<CanvasRenderer>, options: SliceOptions): Promise<boolean> {
  if (renderer.cachedZSortedEles || typeof renderer.updateCachedGrabbedEles !== 'function' || !('cachedZSortedEles' in renderer)) return true;
  const all = (cy as unknown as { mutableElements(): { toArray(): SingularElementArgument[] } }).mutableElements().toArray();
  const hasCompoundNodes = (cy as unknown as { hasCompoundNodes(): boolean }).hasCompoundNodes();
  const keys: ZKey[] = new Array(all.length);
  const interactive: boolean[] = new Array(all.length);
  const done = await inSlices(cy, all.length, options, (from, to) => {
    for (let i = from; i < to; i++) {
      const ele = all[i]!;
      keys[i] = zKeyOf(ele, hasCompoundNodes);
      interactive[i] = (ele as unknown as ZElement).interactive();
    }
  });
  if (!done) return false;
  // Elements came or went, or a frame sorted them meanwhile: the renderer's own list stands.
  if (renderer.cachedZSortedEles || cy.elements().length !== all.length) return true;
  const order = all.map((_, i) => i);
  order.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    return ka.depth - kb.depth || ka.eleDepth - kb.eleDepth || ka.z - kb.z || ka.pool - kb.pool;
  });
  const sorted = order.map((i) => all[i]!) as ZSorted;
  sorted.interactive = order.filter((i) => interactive[i]).map((i) => all[i]!);
  renderer.cachedZSortedEles = sorted;
  renderer.updateCachedGrabbedEles();
  return true;
}

/**
 * Computes every element's pending style and box, a slice per task, and returns the box around
 * them all. An element whose box is recomputed after its layer is painted discards the layer.
 */
async function settleBoxes(cy: Core, { renderer }: Found, eles: readonly SingularElementArgument[], options: SliceOptions): Promise<Box | null> {
  const bb = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const done = await inSlices(cy, eles.length, options, (from, to) => {
    renderer.flushRenderedStyleQueue();
    for (let i = from; i < to; i++) {
      const b = eles[i]!.boundingBox();
      if (b.w === 0 || b.h === 0) continue;
      bb.x1 = Math.min(bb.x1, b.x1);
      bb.y1 = Math.min(bb.y1, b.y1);
      bb.x2 = Math.max(bb.x2, b.x2);
      bb.y2 = Math.max(bb.y2, b.y2);
    }
  });
  if (!done) return null;
  renderer.flushRenderedStyleQueue();
  return { ...bb, w: bb.x2 - bb.x1, h: bb.y2 - bb.y1 };
}

/**
 * Draws each node's body and label into the renderer's texture caches at the layer's level, a
 * slice per task, before any of them is copied into the layer. Drawing from a texture canvas that
 * changed since it was last drawn from copies the whole canvas (Chromium snapshots it), so
 * filling the textures while copying from them cost tens of milliseconds for some single
 * elements; filled first, each texture is copied once.
 *
 * Drawing a node's body also restyles the node: Cytoscape (3.34) counts a background image
 * skipped for its containment as loaded, so a node without images flips its `:backgrounding`
 * state on every draw and calls `updateStyle`, which queues the node and, through its box, its
 * edges for the renderer to recompute. Left queued, they were recomputed after the layer was
 * painted and discarded it (every element was painted a second time); they are recomputed here,
 * a slice at a time, before there is a layer. Nothing a user sees depends on that state.
 */
async function warmTextures({ renderer }: Found, cy: Core, eles: readonly SingularElementArgument[], lvl: number, options: SliceOptions): Promise<boolean> {
  const caches = [renderer.data.eleTxrCache, renderer.data.lblTxrCache].filter(
    (c): c is ElementTextures => !!c && typeof c.getBoundingBox === 'function' && typeof c.getElement === 'function' && !!c.reasons,
  );
  if (caches.length === 0) return true;
  const nodes = eles.filter((e) => e.isNode());
  let slice = options.slice;
  for (let i = 0; i < nodes.length; ) {
    if (!options.stillWanted() || cy.destroyed()) return false;
    const started = performance.now();
    let done = 0;
    while (i < nodes.length && done < slice) {
      const ele = nodes[i++]!;
      for (const c of caches) {
        const bb = c.getBoundingBox(ele);
        if (bb && bb.w > 0 && bb.h > 0) c.getElement(ele, bb, null, lvl, c.reasons.highQuality);
      }
      done++;
      if (performance.now() - started > options.budgetMs) break;
    }
    // What the drawing queued (see above) is computed in this slice, before any layer holds it.
    renderer.flushRenderedStyleQueue();
    slice = nextSliceSize(slice, performance.now() - started, options.budgetMs, done);
    await options.pause();
  }
  return true;
}

/**
 * Puts every element into one new layer for `lvl` and queues it to be drawn there, a slice per
 * task: what the renderer's `getLayers` does for a level in one call (on thousands of elements, a
 * long task of its own). False when the renderer would use no layer for a box this size.
 */
async function queueOneLayer({ cache }: Found, cy: Core, eles: readonly SingularElementArgument[], bb: Box, lvl: number, options: SliceOptions): Promise<boolean> {
  const scale = 2 ** lvl;
  const w = Math.ceil(bb.w * scale);
  const h = Math.ceil(bb.h * scale);
  if (!(w > 0 && h > 0) || w > MAX_LAYER_DIM || h > MAX_LAYER_DIM || w * h > MAX_LAYER_AREA) return false;
  for (const old of [...(cache.layersByLevel[lvl] ?? [])]) cache.invalidateLayer(old);
  const layer = cache.makeLayer(bb, lvl);
  // One mark per layer painted ahead: a graph should be painted once (tests/e2e/largeGraph.test.ts).
  performance.mark('canvas:prepaint');
  cache.layersByLevel[lvl] = [layer];
  return inSlices(cy, eles.length, options, (from, to) => {
    for (let i = from; i < to; i++) {
      const ele = eles[i]!;
      const rs = (ele as unknown as { _private: { rscratch: { imgLayerCaches?: Record<number, Layer | null> } } })._private.rscratch;
      (rs.imgLayerCaches ??= {})[lvl] = layer;
      layer.eles.push(ele);
      cache.queueLayer(layer, ele);
    }
  });
}

/**
 * Draws every element into the renderer's layer for the current viewport, about `budgetMs` of
 * work per task, pausing with `pause` between tasks. Resolves false when `stillWanted` turned
 * false on the way (a newer graph); true otherwise, including when the renderer uses no layers
 * here. Call it once the elements, their places and the viewport are final: a later change to an
 * element, or a zoom to another level, discards the layer. A layer discarded on the way (the page
 * changed an element meanwhile) is painted again, twice at most.
 */
export async function prepaintLayers(cy: Core, options: SliceOptions): Promise<boolean> {
  const found = layerCacheOf(cy);
  if (!found) return true;
  const { cache, renderer } = found;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!(await sortByZInSlices(cy, renderer, options))) return false;
    const eles = renderer.getCachedZSortedEles().nondrag;
    if (!eles || eles.length === 0) return true;
    const pxRatio = renderer.getPixelRatio();
    const lvl = layerLevel(cy.zoom(), pxRatio);
    if (lvl === null) return true;
    const bb = await settleBoxes(cy, found, eles, options);
    if (!bb) return false;
    // The z-order list is rebuilt when elements come or go: then start again with the new one.
    if (renderer.getCachedZSortedEles().nondrag !== eles) continue;
    if (cache.levelIsComplete(lvl, eles)) return true;
    if (!(await warmTextures(found, cy, eles, lvl, options))) return false;
    if (!(await queueOneLayer(found, cy, eles, bb, lvl, options))) return options.stillWanted();
    let slice = options.slice;
    while (cache.layersQueue.size() > 0) {
      if (!options.stillWanted() || cy.destroyed()) return false;
      const started = performance.now();
      let drawn = 0;
      // One element per dequeue. The clock is read after each: an element's cost varies a
      // hundredfold (a node drawn from a texture that just changed copies the whole texture), so
      // a count sized from the last slice can overrun.
      while (drawn < slice && cache.layersQueue.size() > 0) {
        cache.dequeue(pxRatio);
        drawn++;
        if (performance.now() - started > options.budgetMs) break;
      }
      slice = nextSliceSize(slice, performance.now() - started, options.budgetMs, drawn);
      await options.pause();
    }
    renderer.flushRenderedStyleQueue();
    if (cache.levelIsComplete(lvl, renderer.getCachedZSortedEles().nondrag ?? [])) return true;
  }
  return options.stillWanted();
}
