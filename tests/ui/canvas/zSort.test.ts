// The canvas fills the renderer's z-ordered element list a slice per task; the order must be the
// one Cytoscape's own sort gives (its zIndexSort), with the same derived lists.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { sortByZInSlices } from '../../../src/ui/canvas/prepaint';

type Sorted = cytoscape.SingularElementArgument[] & { interactive?: cytoscape.SingularElementArgument[]; nondrag?: unknown[] };

/** A stand-in for the canvas renderer's fields the sort fills. */
function fakeRenderer() {
  const r = {
    cachedZSortedEles: null as Sorted | null,
    updated: 0,
    updateCachedGrabbedEles() {
      r.updated++;
      if (r.cachedZSortedEles) r.cachedZSortedEles.nondrag = [...r.cachedZSortedEles];
    },
  };
  return r;
}

const sliceOptions = { slice: 3, budgetMs: 15, stillWanted: () => true, pause: () => Promise.resolve() };

describe('the z-order filled in slices', () => {
  it('orders edges under nodes, then by z-index, then by when they were added, as Cytoscape does', async () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [
        { selector: 'node', style: { 'z-index': 10 } },
        { selector: '.top', style: { 'z-index': 20 } },
        { selector: '.hidden', style: { events: 'no' } },
        { selector: 'edge', style: { 'z-index': 1 } },
      ],
      elements: [
        { data: { id: 'a' } },
        { data: { id: 'b' }, classes: 'top' },
        { data: { id: 'c' }, classes: 'hidden' },
        { data: { id: 'd' } },
        { data: { id: 'ab', source: 'a', target: 'b' } },
        { data: { id: 'cd', source: 'c', target: 'd' }, classes: 'top' },
        { data: { id: 'ad', source: 'a', target: 'd' } },
      ],
    });
    const r = fakeRenderer();
    expect(await sortByZInSlices(cy, r as never, sliceOptions)).toBe(true);
    const ids = (xs: cytoscape.SingularElementArgument[] | undefined) => (xs ?? []).map((e) => e.id());
    // Cytoscape's own order (the sort its renderer runs in one go).
    const own = (cy.elements() as unknown as { sortByZIndex(): cytoscape.Collection }).sortByZIndex().map((e) => e.id());
    expect(ids(r.cachedZSortedEles!)).toEqual(own);
    expect(ids(r.cachedZSortedEles!)).toEqual(['ab', 'cd', 'ad', 'a', 'c', 'd', 'b']);
    expect(ids(r.cachedZSortedEles!.interactive)).toEqual(['ab', 'cd', 'ad', 'a', 'd', 'b']);
    expect(r.updated).toBe(1);
  });

  it('leaves a list already there alone, and gives up when no longer wanted', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }] });
    const r = fakeRenderer();
    const existing = [] as Sorted;
    r.cachedZSortedEles = existing;
    expect(await sortByZInSlices(cy, r as never, sliceOptions)).toBe(true);
    expect(r.cachedZSortedEles).toBe(existing);
    const fresh = fakeRenderer();
    expect(await sortByZInSlices(cy, fresh as never, { ...sliceOptions, stillWanted: () => false })).toBe(false);
    expect(fresh.cachedZSortedEles).toBeNull();
  });
});
