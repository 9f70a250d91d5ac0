import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../../store/types';

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed (fCoSE)',
  concentric: 'Concentric',
  breadthfirst: 'Hierarchy',
  circle: 'Circle',
  grid: 'Grid',
};

/** Above this many elements the force layout trades polish for speed. */
export const LARGE_GRAPH = 1500;

export function layoutOptions(name: LayoutName, elementCount = 0): LayoutOptions {
  const common = { animate: false, fit: true, padding: 30 };
  const large = elementCount > LARGE_GRAPH;
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        // 'proof' polishes small graphs nicely but costs seconds on thousands of elements.
        quality: large ? 'draft' : elementCount > 400 ? 'default' : 'proof',
        randomize: true,
        nodeDimensionsIncludeLabels: !large,
        nodeRepulsion: () => 12000,
        idealEdgeLength: () => 100,
        edgeElasticity: () => 0.25,
        nodeSeparation: 60,
        gravity: 0.2,
        numIter: large ? 1000 : 2500,
      } as LayoutOptions;
    case 'concentric':
      // Most-mentioned entities in the centre.
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 30,
        concentric: (n: { data: (k: string) => number }) => n.data('mentions'),
        levelWidth: () => 3,
      } as LayoutOptions;
    case 'breadthfirst':
      return { name: 'breadthfirst', ...common, directed: true, spacingFactor: 1.1 } as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common } as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true } as LayoutOptions;
  }
}
