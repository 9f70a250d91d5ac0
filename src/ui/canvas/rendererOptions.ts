// Cytoscape renderer settings that depend on the graph's size. They are constructor options
// (read once when the renderer is created), so the canvas remounts Cytoscape when a graph
// crosses LARGE_GRAPH.
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
