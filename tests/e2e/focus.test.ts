// Focus, tooltip, legend, layouts and the article reader, in the built app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickNode, nodePosition, startHarness, waitForGraph, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const classCounts = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__cy!;
    return {
      faded: cy.nodes('.faded').length,
      focus: cy.nodes('.focus').length,
      selected: cy.$(':selected').map((e) => e.id()),
    };
  });

describe('focus and canvas', () => {
  it('clicking a node focuses its neighbours, double-click widens, Escape and empty canvas clear', async () => {
    const page = await h.newPage();
    const { nodes } = await waitForGraph(page);
    const id = await clickNode(page, 'Putin');
    const neighbours = await page.evaluate((nid) => window.__cy!.getElementById(nid).neighborhood('node').length, id);
    let c = await classCounts(page);
    expect(c.selected).toEqual([id]);
    expect(c.focus).toBe(neighbours + 1);
    expect(c.faded).toBe(nodes - neighbours - 1);

    await clickNode(page, 'Putin', { double: true });
    await expect.poll(() => page.getByLabel('Focus depth value').textContent()).toBe('2');
    const depth2 = await page.evaluate((nid) => {
      const cy = window.__cy!;
      const start = cy.getElementById(nid);
      return start.closedNeighborhood().closedNeighborhood().nodes().length;
    }, id);
    await expect.poll(async () => (await classCounts(page)).focus).toBe(depth2);
    expect(depth2).toBeGreaterThan(neighbours + 1);

    // Narrow again with the control.
    await page.getByRole('button', { name: 'Narrow focus' }).click();
    await expect.poll(async () => (await classCounts(page)).focus).toBe(neighbours + 1);

    await page.keyboard.press('Escape');
    await expect.poll(async () => (await classCounts(page)).faded).toBe(0);
    expect((await classCounts(page)).selected).toEqual([]);

    // Select again, then click empty canvas.
    await clickNode(page, 'Putin');
    await expect.poll(async () => (await classCounts(page)).selected).toEqual([id]);
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    const empty = await page.evaluate(({ x0, y0, w, hgt }) => {
      const cy = window.__cy!;
      const rect = cy.container()!.getBoundingClientRect();
      for (let y = y0 + 20; y < y0 + hgt - 120; y += 15)
        for (let x = x0 + 20; x < x0 + w - 20; x += 15) {
          const near = cy.elements().some((el) => {
            const bb = el.renderedBoundingBox({});
            const px = x - rect.left;
            const py = y - rect.top;
            return px > bb.x1 - 10 && px < bb.x2 + 10 && py > bb.y1 - 10 && py < bb.y2 + 10;
          });
          if (!near) return { x, y };
        }
      return null;
    }, { x0: box.x, y0: box.y, w: box.width, hgt: box.height });
    expect(empty).not.toBeNull();
    await page.mouse.click(empty!.x, empty!.y);
    await expect.poll(async () => (await classCounts(page)).selected).toEqual([]);
    expect((await classCounts(page)).faded).toBe(0);
    await expect.poll(() => page.getByRole('complementary', { name: 'Details' }).textContent()).toMatch(/Click an entity/);
  });

  it('hovering a node shows its name, type and mentions', async () => {
    const page = await h.newPage();
    await waitForGraph(page);
    const info = await page.evaluate(() => {
      const n = window.__cy!.nodes().filter((x) => x.data('label') === 'Russia')[0];
      window.__cy!.center(n);
      return { mentions: n.data('mentions') as number };
    });
    const pos = await nodePosition(page, 'Russia');
    await page.mouse.move(pos.x, pos.y);
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toBe(`RussiaState · ${info.mentions} mentions`);
  });

  it('gives each entity type its own colour and shape, shown in the legend, sized by mentions', async () => {
    const page = await h.newPage();
    await waitForGraph(page);
    const looks = await page.evaluate(() => {
      const cy = window.__cy!;
      const byType: Record<string, { shape: string; color: string }> = {};
      cy.nodes().forEach((n) => {
        byType[n.data('type')] = { shape: n.style('shape'), color: n.style('background-color') };
      });
      const sorted = cy.nodes().sort((a, b) => b.data('mentions') - a.data('mentions'));
      return {
        byType,
        biggest: sorted[0].width(),
        smallest: sorted[sorted.length - 1].width(),
      };
    });
    const types = Object.keys(looks.byType);
    expect(types.length).toBeGreaterThanOrEqual(4);
    expect(new Set(types.map((t) => looks.byType[t].shape)).size).toBe(types.length);
    expect(new Set(types.map((t) => looks.byType[t].color)).size).toBe(types.length);
    expect(looks.biggest).toBeGreaterThan(looks.smallest * 1.8);
    const legend = page.getByRole('region', { name: 'Legend' });
    for (const name of ['People', 'States']) expect(await legend.getByRole('button', { name: new RegExp(name) }).count()).toBe(1);
    // Toggling a legend entry hides that type.
    const before = Number(await page.getByTestId('graph-canvas').getAttribute('data-nodes'));
    await legend.getByRole('button', { name: /States/ }).click();
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes('[type = "state"]').length)).toBe(0);
    await expect
      .poll(async () => Number(await page.locator('[data-testid=graph-canvas][data-state=ready]').getAttribute('data-nodes')))
      .toBeLessThan(before);
  });

  it('hides co-occurrence edges and minor labels when zoomed out', async () => {
    const page = await h.newPage();
    await waitForGraph(page);
    const r = await page.evaluate(() => {
      const cy = window.__cy!;
      const minor = cy.nodes('.minor')[0];
      return {
        coOccurrence: cy.edges('[relation = "mentioned_with"]').length,
        minorThreshold: minor ? Number.parseFloat(minor.style('min-zoomed-font-size')) : null,
        minorFont: minor ? Number.parseFloat(minor.style('font-size')) : null,
      };
    });
    expect(r.coOccurrence).toBe(0);
    // A minor label is only drawn once zoom × font size reaches the threshold, i.e. zoomed in.
    expect(r.minorThreshold).not.toBeNull();
    expect(r.minorThreshold! / r.minorFont!).toBeGreaterThan(0.4);
  });

  it('switches layouts and re-runs the layout on request', async () => {
    const page = await h.newPage();
    await waitForGraph(page);
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('circle');
    await waitForGraph(page);
    const spread = await page.evaluate(() => {
      const cy = window.__cy!;
      const ps = cy.nodes().map((n) => n.position());
      const cx = ps.reduce((s, p) => s + p.x, 0) / ps.length;
      const cyy = ps.reduce((s, p) => s + p.y, 0) / ps.length;
      const d = ps.map((p) => Math.hypot(p.x - cx, p.y - cyy));
      return { min: Math.min(...d), max: Math.max(...d) };
    });
    expect(spread.max - spread.min).toBeLessThan(spread.max * 0.02);
    expect(page.url()).toContain('layout=circle');

    await page.getByRole('combobox', { name: 'Layout' }).selectOption('fcose');
    await waitForGraph(page);
    const before = await page.evaluate(() => window.__cy!.nodes().map((n) => ({ ...n.position() })));
    await page.getByRole('button', { name: 'Re-layout' }).click();
    await waitForGraph(page);
    await expect
      .poll(() =>
        page.evaluate((b) => window.__cy!.nodes().map((n) => n.position().x).some((x, i) => Math.abs(x - b[i].x) > 1), before),
      )
      .toBe(true);
  });

  it('opens a quote in the reader with mentions highlighted; clicking a mention selects its node', async () => {
    const page = await h.newPage();
    await waitForGraph(page);
    await clickNode(page, 'Putin');
    const details = page.getByRole('complementary', { name: 'Details' });
    const quote = (await details.locator('blockquote').first().textContent())!;
    await details.getByRole('button', { name: /Read in article/ }).first().click();
    const reader = page.getByRole('dialog');
    await reader.waitFor();
    expect(await reader.locator('mark.reader-sentence').textContent()).toBe(quote);
    const mentions = reader.locator('mark.reader-sentence button.mention');
    expect(await mentions.count()).toBeGreaterThan(0);
    // Click a highlighted mention that is not Putin.
    const names = await mentions.allTextContents();
    const other = names.findIndex((n) => !/Putin/.test(n));
    expect(other).toBeGreaterThanOrEqual(0);
    await mentions.nth(other).click();
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).not.toMatch(/Putin/);
    const selectedLabel = await page.evaluate(() => window.__cy!.$('node:selected').data('label') as string);
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe(selectedLabel);
    await page.keyboard.press('Escape');
    await expect.poll(() => reader.count()).toBe(0);
  });
});
