// A large corpus dropped at once: the graph (thousands of elements) is laid out away from the page
// and drawn, the whole of it in view, and it answers clicks; one more article then updates the
// same elements on the same canvas rather than rebuilding it.
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LARGE_GRAPH } from '../../src/ui/canvas/layouts';
import { generateCorpus } from '../bench/corpus';
import { FLOODS_TXT } from './corpusFiles';
import { clickNode, startHarness, waitForGraph, waitForMoreNodes, type Harness } from './harness';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage({ width: 1440, height: 900 });
  await waitForGraph(page);
});
afterAll(async () => {
  await h?.close();
});

const canvas = () => page.locator('[data-testid=graph-canvas]');

/** Waits until the canvas is ready with more nodes than `before` and no extraction is running. */
const drawnWithMoreThan = (before: number) => waitForMoreNodes(page, before, 150_000);

describe('a large corpus', () => {
  it('is laid out, drawn whole and clickable; one more article updates the same elements', { timeout: 240_000 }, async () => {
    const before = Number(await canvas().getAttribute('data-nodes'));
    await page.getByRole('button', { name: /^Corpus/ }).click();
    const files = generateCorpus(60).map((a, i) => ({
      name: `wire-${String(i + 1).padStart(2, '0')}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`${a.title ?? ''}\n\n${a.text}`),
    }));
    await page.evaluate(() => performance.clearMarks('canvas:prepaint'));
    await page.getByLabel('Choose article files').setInputFiles(files);
    const counts = await drawnWithMoreThan(before);
    expect(counts.nodes + counts.edges).toBeGreaterThan(LARGE_GRAPH);
    // Its first frame was painted ahead once: nothing discarded the layer and had it painted again.
    expect(await page.evaluate(() => performance.getEntriesByName('canvas:prepaint').length)).toBe(1);

    const drawn = await page.evaluate(() => {
      const cy = window.__cy!;
      const nodes = cy.nodes();
      const at = new Map(nodes.map((n) => [n.id(), n.position()]));
      const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
      const linked = cy.edges().toArray().map((e) => e as EdgeSingular).filter((e) => e.source().id() !== e.target().id());
      const edgeMean = linked.reduce((s, e) => s + dist(at.get(e.source().id())!, at.get(e.target().id())!), 0) / linked.length;
      // Nodes paired by index: for placements that ignore the edges, as far apart as linked ones.
      let pairSum = 0;
      for (let i = 0; i + 1 < nodes.length; i += 2) pairSum += dist(nodes[i].position(), nodes[i + 1].position());
      const pairMean = pairSum / Math.floor(nodes.length / 2);
      const w = cy.width();
      const hgt = cy.height();
      const inView = nodes.filter((n) => {
        const p = n.renderedPosition();
        return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= hgt;
      }).length;
      const renderer = (cy as unknown as { renderer(): { textureOnViewport: boolean; hideEdgesOnViewport: boolean } }).renderer();
      const light = renderer.textureOnViewport && renderer.hideEdgesOnViewport;
      return { elements: cy.elements().length, nodes: nodes.length, edgeMean, pairMean, inView, light };
    });
    expect(drawn.elements).toBe(counts.nodes + counts.edges);
    // A force layout ran: linked entities sit much closer together than arbitrary pairs.
    expect(drawn.edgeMean).toBeLessThan(drawn.pairMean * 0.6);
    // The first view holds the whole graph.
    expect(drawn.inView).toBe(drawn.nodes);
    // Panning and zooming move a snapshot and leave edges out, as for every large graph.
    expect(drawn.light).toBe(true);

    // The graph is on screen, drawn from the layers painted ahead of the first frame (prepaint.ts):
    // the node canvas holds the drawing, and the renderer's layers for this zoom are complete.
    const painted = await page.evaluate(() => {
      const cy = window.__cy!;
      const layer = document.querySelector<HTMLCanvasElement>('[data-testid=graph-canvas] canvas[data-id=layer2-node]')!;
      const data = layer.getContext('2d')!.getImageData(0, 0, layer.width, layer.height).data;
      let inked = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
      type Ltc = { levelIsComplete(lvl: number, eles: unknown[]): boolean };
      const r = (cy as unknown as { renderer(): { data: { lyrTxrCache: Ltc }; getCachedZSortedEles(): { nondrag: unknown[] }; getPixelRatio(): number } }).renderer();
      const lvl = Math.max(-4, Math.ceil(Math.log2(cy.zoom() * r.getPixelRatio())));
      return { inked, share: inked / (layer.width * layer.height), complete: r.data.lyrTxrCache.levelIsComplete(lvl, r.getCachedZSortedEles().nondrag) };
    });
    expect(painted.inked).toBeGreaterThan(5000);
    expect(painted.complete).toBe(true);

    // A much-mentioned entity answers a click with its details: the first one that no other node
    // covers (the force layout's fast mode, used for large graphs, lets a few nodes overlap).
    const top = await page.evaluate(() => {
      const cy = window.__cy!;
      const byMentions = (cy.nodes().toArray() as NodeSingular[]).sort((x, y) => (y.data('mentions') as number) - (x.data('mentions') as number));
      const clear = byMentions.filter((n) => {
        const p = n.position();
        return cy.nodes().every((o) => {
          if (o === n) return true;
          const b = o.boundingBox({ includeLabels: false });
          return p.x < b.x1 || p.x > b.x2 || p.y < b.y1 || p.y > b.y2;
        });
      });
      return clear[0].data('label') as string;
    });
    // Zoomed in first: at the whole-graph zoom, thousands of nodes are a few pixels each.
    await page.evaluate((label) => {
      const cy = window.__cy!;
      cy.zoom(2);
      cy.center(cy.nodes().filter((n) => n.data('label') === label)[0]);
    }, top);
    await clickNode(page, top);
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toContain(top);
    expect(await details.locator('blockquote').count()).toBeGreaterThan(0);

    // One more article: the canvas keeps its Cytoscape instance and its elements, and adds the new ones.
    const kept = await page.evaluate((label) => {
      const cy = window.__cy!;
      const node = cy.nodes().filter((n) => n.data('label') === label)[0];
      (window as unknown as { __probe: unknown }).__probe = { cy, node };
      return node.id();
    }, top);
    await page.getByLabel('Choose article files').setInputFiles({ name: 'floods.txt', mimeType: 'text/plain', buffer: Buffer.from(FLOODS_TXT) });
    await drawnWithMoreThan(counts.nodes);
    const same = await page.evaluate((id) => {
      const probe = (window as unknown as { __probe: { cy: unknown; node: unknown } }).__probe;
      const cy = window.__cy!;
      return { cy: probe.cy === cy, node: probe.node === cy.getElementById(id), idris: cy.nodes().some((n) => n.data('label') === 'Ahmed Idris') };
    }, kept);
    expect(same).toEqual({ cy: true, node: true, idris: true });
  });
});
