// The canvas keeps its Cytoscape elements in step with the graph by id (headless Cytoscape).
import cytoscape, { type Core, type EdgeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model';
import { toElements } from '../../../src/ui/canvas/elements';
import { graphStylesheet } from '../../../src/ui/canvas/stylesheet';
import { degreesOf, holdFrames, nextSliceSize, placeInSlices, sliceEnd, syncElementsInSlices, syncElementsNow } from '../../../src/ui/canvas/syncElements';
import { edge, graphOf, node, quoteOf, type HandArticle } from '../../graph/analysis/handGraph';

const a: HandArticle = { id: 'a', title: 'A', text: 'Smith met Jones in Geneva.' };
const b: HandArticle = { id: 'b', title: 'B', text: 'Jones visited Paris. Smith met Jones again.' };
const span = (article: HandArticle) => ({ articleId: article.id, start: 0, end: 5 });

const first: Graph = graphOf(
  [a],
  [node('smith', 'person', 'John Smith', { mentions: [span(a)] }), node('jones', 'person', 'Ann Jones', { mentions: [span(a)] })],
  [edge('smith-meets-jones', 'smith', 'meets', 'jones', [quoteOf(a, 'Smith met Jones in Geneva.')])],
);
// One more article: a new place and relation, Jones mentioned more, the meeting stated twice.
const second: Graph = graphOf(
  [a, b],
  [
    node('smith', 'person', 'John Smith', { mentions: [span(a), span(b)] }),
    node('jones', 'person', 'Ann Jones', { mentions: [span(a), span(b), span(b)] }),
    node('paris', 'place', 'Paris', { mentions: [span(b)] }),
  ],
  [
    edge('smith-meets-jones', 'smith', 'meets', 'jones', [quoteOf(a, 'Smith met Jones in Geneva.'), quoteOf(b, 'Smith met Jones again.')]),
    edge('jones-visits-paris', 'jones', 'visited', 'paris', [quoteOf(b, 'Jones visited Paris.')]),
  ],
);

const headless = () => cytoscape({ headless: true, styleEnabled: true, style: graphStylesheet('light') });

describe('syncing the canvas elements with the graph', () => {
  it('adds what one more article brings and updates the rest in place, without rebuilding', () => {
    const cy = headless();
    expect(syncElementsNow(cy, toElements(first))).toEqual({ added: 3, removed: 0, updated: 0 });
    const smith = cy.getElementById('smith');
    const meets = cy.getElementById('smith-meets-jones');
    smith.position({ x: 40, y: 70 });

    const counts = syncElementsNow(cy, toElements(second));
    expect(counts.added).toBe(2);
    expect(counts.removed).toBe(0);
    // The same element objects are still there, where the layout left them.
    expect(cy.getElementById('smith')).toBe(smith);
    expect(cy.getElementById('smith-meets-jones')).toBe(meets);
    expect(cy.getElementById('smith').position()).toEqual({ x: 40, y: 70 });
    // What changed in them (sizes from mention counts, sources) is updated.
    expect(meets.data('sources')).toBe(2);
    expect(cy.getElementById('jones').data('mentions')).toBe(3);
    expect(cy.getElementById('smith').hasClass('minor')).toBe(false);
    expect(cy.getElementById('paris').hasClass('minor')).toBe(false);
    expect(cy.getElementById('jones-visits-paris').source().id()).toBe('jones');
    // Unchanged data is not rewritten.
    expect(syncElementsNow(cy, toElements(second))).toEqual({ added: 0, removed: 0, updated: 0 });
  });

  it('removes what a removed article alone brought, edges of a removed node included', () => {
    const cy = headless();
    syncElementsNow(cy, toElements(second));
    const counts = syncElementsNow(cy, toElements(first));
    expect(counts.removed).toBe(2);
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['jones', 'smith']);
    expect(cy.edges().map((e) => e.id())).toEqual(['smith-meets-jones']);
  });

  it('keeps classes the view set (selection focus) and puts new nodes where a layout said', () => {
    const cy = headless();
    syncElementsNow(cy, toElements(first));
    cy.getElementById('smith').addClass('focus');
    syncElementsNow(cy, toElements(second), { positions: { paris: { x: 300, y: -20 } } });
    expect(cy.getElementById('smith').hasClass('focus')).toBe(true);
    expect(cy.getElementById('paris').position()).toEqual({ x: 300, y: -20 });
  });

  it('works a slice per task, and stops when a newer graph takes over', async () => {
    const many: Graph = graphOf(
      [a],
      Array.from({ length: 40 }, (_, i) => node(`n${i}`, 'person', `Person ${i}`, { mentions: [span(a)] })),
      Array.from({ length: 39 }, (_, i) => edge(`e${i}`, `n${i}`, 'meets', `n${i + 1}`, [quoteOf(a, 'Smith met Jones in Geneva.')])),
    );
    const cy = headless();
    let pauses = 0;
    const done = await syncElementsInSlices(cy, toElements(many), { slice: 10, stillWanted: () => true, pause: async () => void pauses++ });
    expect(done).toEqual({ added: 79, removed: 0, updated: 0 });
    expect(pauses).toBe(7);

    const other = headless();
    let left = 3;
    const stopped = await syncElementsInSlices(other, toElements(many), { slice: 10, stillWanted: () => left-- > 0, pause: async () => undefined });
    expect(stopped).toBeNull();
    expect(other.elements().length).toBe(30);
    // What was added is whole: every edge has both ends.
    expect(other.edges().toArray().every((e) => (e as EdgeSingular).source().nonempty() && (e as EdgeSingular).target().nonempty())).toBe(true);
  });

  it('moves every node to its laid-out place', async () => {
    const cy = headless();
    syncElementsNow(cy, toElements(second));
    const placed = await placeInSlices(
      cy,
      { smith: { x: 1, y: 2 }, jones: { x: 3, y: 4 }, paris: { x: 5, y: 6 } },
      { slice: 1, stillWanted: () => true, pause: async () => undefined },
    );
    expect(placed).toBe(true);
    expect(cy.nodes().map((n) => [n.id(), n.position()])).toEqual([
      ['smith', { x: 1, y: 2 }],
      ['jones', { x: 3, y: 4 }],
      ['paris', { x: 5, y: 6 }],
    ]);
  });

  it('holds the renderer in a batch while waiting between slices', async () => {
    const cy = headless();
    const batching = (c: Core) => (c as unknown as { batching(): boolean }).batching();
    let held = false;
    await holdFrames(cy, async () => void (held = batching(cy)));
    expect(held).toBe(true);
    expect(batching(cy)).toBe(false);
  });

  it('sizes slices to the time budget', () => {
    expect(nextSliceSize(100, 50, 25, 100)).toBe(50);
    expect(nextSliceSize(100, 5, 25, 100)).toBe(200);
    expect(nextSliceSize(400, 5, 25, 400)).toBe(250);
    expect(nextSliceSize(100, 5000, 25, 100)).toBe(10);
    expect(nextSliceSize(100, 50, undefined, 100)).toBe(100);
  });
});

describe('slices bounded by the edges they bring', () => {
  it('counts each node with its edges and ends a slice before it overruns', () => {
    const degree = degreesOf([
      { source: 'hub', target: 'a' },
      { source: 'hub', target: 'b' },
      { source: 'c', target: 'hub' },
      { source: 'a', target: 'a' },
    ]);
    expect(Object.fromEntries(degree)).toEqual({ hub: 3, a: 2, b: 1, c: 1 });
    const weights = ['a', 'b', 'hub', 'c'].map((id) => 1 + (degree.get(id) ?? 0));
    expect(weights).toEqual([3, 2, 4, 2]);
    // a and b fit a budget of 5; the hub starts the next slice; a hub over budget is a slice alone.
    expect(sliceEnd(weights, 0, 5)).toBe(2);
    expect(sliceEnd(weights, 2, 5)).toBe(3);
    expect(sliceEnd(weights, 2, 2)).toBe(3);
    expect(sliceEnd(weights, 3, 100)).toBe(4);
  });
});
