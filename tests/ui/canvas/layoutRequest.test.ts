// Large graphs are laid out by a headless Cytoscape in a worker; the layout itself runs in Node here.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model';
import { toElements } from '../../../src/ui/canvas/elements';
import { layoutRequest, runLayout } from '../../../src/ui/canvas/layoutRequest';
import { LAYOUT_NAMES } from '../../../src/store/types';
import { edge, graphOf, node, quoteOf, type HandArticle } from '../../graph/analysis/handGraph';

const a: HandArticle = { id: 'a', title: 'A', text: 'Smith met Jones in Geneva.' };
const ring: Graph = graphOf(
  [a],
  Array.from({ length: 30 }, (_, i) => node(`n${i}`, 'person', `Person ${i}`, { mentions: Array.from({ length: 1 + (i % 4) }, () => ({ articleId: 'a', start: 0, end: 5 })) })),
  Array.from({ length: 30 }, (_, i) => edge(`e${i}`, `n${i}`, 'meets', `n${(i + 1) % 30}`, [quoteOf(a, 'Smith met Jones in Geneva.')])),
);

describe('layout away from the page', () => {
  it('sends node ids, sizes and mention counts and the edges, nothing else', () => {
    const req = layoutRequest(4, 'fcose', toElements(ring), 800, 600);
    expect(req.nodes).toHaveLength(30);
    expect(req.edges).toHaveLength(30);
    expect(req.nodes[3]).toEqual({ id: 'n3', size: expect.any(Number), mentions: 4 });
    expect(req.edges[0]).toEqual({ id: 'e0', source: 'n0', target: 'n1' });
    expect(req.elementCount).toBe(60);
  });

  it.each(LAYOUT_NAMES)('%s places every node at a finite, distinct spot', (name) => {
    const positions = runLayout(layoutRequest(1, name, toElements(ring), 800, 600));
    expect(Object.keys(positions).sort()).toEqual(ring.nodes.map((n) => n.id).sort());
    const spots = Object.values(positions);
    expect(spots.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(spots.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(30);
  });

  it('fCoSE keeps linked nodes closer than the spread of the whole graph', () => {
    const p = runLayout(layoutRequest(1, 'fcose', toElements(ring), 800, 600));
    const dist = (x: string, y: string) => Math.hypot(p[x].x - p[y].x, p[x].y - p[y].y);
    const linked = ring.edges.map((e) => dist(e.source, e.target));
    const xs = Object.values(p).map((q) => q.x);
    const spread = Math.max(...xs) - Math.min(...xs);
    expect(Math.max(...linked)).toBeLessThan(spread * 0.6);
  });
});
