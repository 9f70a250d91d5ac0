// Graph model → Cytoscape element definitions. Sizes are computed here (not in the stylesheet)
// so they scale with the corpus: the most-mentioned entity is always the biggest node.
import type { ElementDefinition } from 'cytoscape';
import type { Graph } from '../../graph/model';

const MIN_NODE = 26;
const MAX_NODE = 80;

/** Entities mentioned less than this share of the top entity get labels only when zoomed in. */
const MINOR_SHARE = 0.2;

/**
 * A stable starting spot per node, derived from its id. Nodes never start stacked on one point
 * (which makes Cytoscape warn about undrawable edges before the layout runs), and an unchanged
 * id keeps an unchanged position, so re-rendering never moves a laid-out node.
 */
function seedPosition(id: string, count: number): { x: number; y: number } {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const side = 60 * Math.ceil(Math.sqrt(Math.max(1, count)));
  return { x: (h >>> 0) % side, y: (Math.imul(h, 2654435761) >>> 0) % side };
}

/** `disputed`: ids of the edges and events the articles disagree about (drawn with the disputed mark). */
export function toElements(graph: Graph, disputed: ReadonlySet<string> = new Set()): ElementDefinition[] {
  const maxMentions = Math.max(1, ...graph.nodes.map((n) => n.mentions.length));
  const maxSources = Math.max(1, ...graph.edges.map((e) => e.sources));
  const nodes: ElementDefinition[] = graph.nodes.map((n) => {
    const share = n.mentions.length / maxMentions;
    return {
      group: 'nodes',
      position: seedPosition(n.id, graph.nodes.length),
      data: {
        id: n.id,
        label: n.label,
        type: n.type,
        mentions: n.mentions.length,
        // Square root: area, not diameter, grows with the mention count.
        size: Math.round(MIN_NODE + (MAX_NODE - MIN_NODE) * Math.sqrt(share)),
        disputed: disputed.has(n.id),
      },
      classes: share < MINOR_SHARE ? 'minor' : '',
    };
  });
  const edges: ElementDefinition[] = graph.edges.map((e) => ({
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      label: e.label,
      relation: e.relation,
      sources: e.sources,
      width: 1.5 + (4.5 * (e.sources - 1)) / Math.max(1, maxSources - 1),
      disputed: disputed.has(e.id),
    },
  }));
  return [...nodes, ...edges];
}
