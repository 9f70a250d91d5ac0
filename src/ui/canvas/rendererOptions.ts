// Cytoscape renderer settings that depend on the graph's size. Cytoscape reads them as
// constructor options; a graph crossing LARGE_GRAPH changes them on the live renderer instead,
// because remounting Cytoscape then (a new canvas, its styles read back from the page) was one
// of the long tasks when a large corpus arrived.
import type { Core } from 'cytoscape';
import { LARGE_GRAPH } from './layouts';

export interface RendererOptions {
  /** While the user drags or wheels, move a bitmap of the last frame instead of redrawing. */
  textureOnViewport?: boolean;
  /** Leave edges out of frames drawn while the viewport moves. */
  hideEdgesOnViewport?: boolean;
  /** One canvas pixel per CSS pixel: on a 2× screen this quarters the pixels to fill. */
  pixelRatio?: number | 'auto';
}

export function rendererOptions(elementCount: number): RendererOptions {
  if (elementCount <= LARGE_GRAPH) return {};
  return { textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1 };
}

/** The renderer's fields behind the options above (set from the constructor options, read on every frame). */
interface LiveRenderer {
  textureOnViewport?: boolean;
  hideEdgesOnViewport?: boolean;
  forcedPixelRatio?: number | null;
}

/** Applies the options to a running Cytoscape; a changed pixel ratio resizes the canvas on the next frame. */
export function applyRendererOptions(cy: Core, options: RendererOptions): void {
  const r = (cy as unknown as { renderer?: () => LiveRenderer | undefined }).renderer?.();
  if (!r) return;
  r.textureOnViewport = options.textureOnViewport ?? false;
  r.hideEdgesOnViewport = options.hideEdgesOnViewport ?? false;
  r.forcedPixelRatio = typeof options.pixelRatio === 'number' ? options.pixelRatio : null;
}
