import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../../store/types';

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed (fCoSE)',
  concentric: 'Concentric',
  breadthfirst: 'Hierarchy',
  circle: 'Circle',
  grid: 'Grid',
};

export function layoutOptions(name: LayoutName): LayoutOptions {
  const common = { animate: false, fit: true, padding: 30 };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: 'proof',
        randomize: true,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 12000,
        idealEdgeLength: () => 100,
        edgeElasticity: () => 0.25,
        nodeSeparation: 60,
        gravity: 0.2,
        numIter: 2500,
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
