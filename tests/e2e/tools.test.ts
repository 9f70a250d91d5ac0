// Filters, search, shortest path, deep links, keyboard use, small windows and dark mode.
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickNode, startHarness, waitForGraph, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Opens the app with the "Filters & path" drawer open (it starts closed below 1280px). */
async function openWithTools(width = 1440, height = 900, hash = ''): Promise<Page> {
  const page = await h.newPage({ width, height, hash });
  await waitForGraph(page);
  const toggle = page.getByRole('button', { name: 'Filters & path' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page;
}

const readyCounts = async (page: Page) => {
  const c = page.locator('[data-testid=graph-canvas][data-state=ready]');
  await c.waitFor();
  return { nodes: Number(await c.getAttribute('data-nodes')), edges: Number(await c.getAttribute('data-edges')) };
};

describe('filters', () => {
  it('filters by type, sources, relation type and isolation, shows what is active, and resets', async () => {
    const page = await openWithTools();
    const all = await readyCounts(page);
    const filters = page.getByRole('region', { name: /Filters/ });

    await filters.getByRole('checkbox', { name: /Places/ }).uncheck();
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes('[type = "place"]').length)).toBe(0);
    expect((await readyCounts(page)).nodes).toBeLessThan(all.nodes);
    expect(await filters.getByRole('heading', { level: 2 }).textContent()).toBe('Filters (1 active)');

    await filters.getByRole('slider', { name: 'Minimum sources' }).fill('2');
    await expect
      .poll(() => page.evaluate(() => window.__cy!.edges().every((e) => (e.data('sources') as number) >= 2)))
      .toBe(true);
    expect(await page.evaluate(() => window.__cy!.edges().length)).toBeGreaterThan(0);

    await filters.getByRole('checkbox', { name: 'Hide isolated entities' }).check();
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes().filter((n) => n.degree(false) === 0).length)).toBe(0);

    const firstRelation = filters.getByRole('group', { name: 'Relation types' }).getByRole('checkbox').first();
    const relationName = (await firstRelation.evaluate((el) => el.parentElement!.textContent!)).replace(/\s*\(\d+\)$/, '');
    await firstRelation.uncheck();
    await expect
      .poll(() => page.evaluate((label) => window.__cy!.edges().filter((e) => e.data('label') === label).length, relationName))
      .toBe(0);
    expect(await filters.getByRole('heading', { level: 2 }).textContent()).toBe('Filters (4 active)');

    await filters.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(() => readyCounts(page)).toEqual(all);
    expect(await filters.getByRole('heading', { level: 2 }).textContent()).toBe('Filters');
  });

  it('filters by article: evidence from a switched-off article no longer counts', async () => {
    const page = await openWithTools();
    const articles = page.getByRole('group', { name: 'Articles' }).getByRole('checkbox');
    expect(await articles.count()).toBe(5);
    // Leave only the Times of Israel article on.
    const labels = await page.getByRole('group', { name: 'Articles' }).locator('label').allTextContents();
    const keep = labels.findIndex((l) => l.includes('The Times of Israel'));
    for (let i = 0; i < 5; i++) if (i !== keep) await articles.nth(i).uncheck();
    await expect.poll(() => page.evaluate(() => window.__cy!.edges().every((e) => e.data('sources') === 1))).toBe(true);
    await clickNode(page, 'Putin');
    const details = page.getByRole('complementary', { name: 'Details' });
    const relations = details.getByRole('region', { name: /Relations/ });
    const titles = await relations.getByRole('button').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    // Every edge listed is supported by that one article now.
    await relations.getByRole('button').first().click();
    const cites = await details.locator('.citation-outlet').allTextContents();
    expect(cites.length).toBeGreaterThan(0);
    expect(cites.every((c) => c.includes('The Times of Israel'))).toBe(true);
  });
});

describe('search, path and deep links', () => {
  it('type-ahead over names and aliases selects and centres the node', async () => {
    const page = await h.newPage();
    await waitForGraph(page);
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('Shara');
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await options.first().textContent()).toMatch(/Ahmed al-Sharaa/);
    await options.first().click();
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('Ahmed al-Sharaa');
    // Centred: the node sits near the middle of the canvas once the animation ends.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const cy = window.__cy!;
          const p = cy.$('node:selected').renderedPosition();
          return Math.abs(p.x - cy.width() / 2) < 80 && Math.abs(p.y - cy.height() / 2) < 80;
        }),
      )
      .toBe(true);
  });

  it('finds the shortest path between two entities, on the canvas and listed with evidence', async () => {
    const page = await openWithTools();
    // Two entities two or more hops apart, chosen from the drawn graph.
    const pair = await page.evaluate(() => {
      const cy = window.__cy!;
      const from = cy.nodes().filter((n) => n.data('label') === 'Vladimir Putin')[0];
      const d = cy.elements().dijkstra({ root: from, directed: false });
      const far = cy.nodes().filter((n) => Number.isFinite(d.distanceTo(n)) && d.distanceTo(n) >= 2)[0];
      return { from: from.id(), to: far.id(), toLabel: far.data('label') as string, hops: d.distanceTo(far) };
    });
    const path = page.getByRole('region', { name: 'Shortest path' });
    // Each end is typed for and picked from the matches: with the keyboard, then with the mouse.
    const fromInput = path.getByRole('combobox', { name: 'From' });
    await fromInput.fill('Putin');
    await path.locator(`[role=option][data-entity-id="${pair.from}"]`).waitFor();
    while ((await path.getByRole('option', { selected: true }).getAttribute('data-entity-id')) !== pair.from) await fromInput.press('ArrowDown');
    await fromInput.press('Enter');
    await expect.poll(() => fromInput.inputValue()).toBe('Vladimir Putin');
    await path.getByRole('combobox', { name: 'To' }).fill(pair.toLabel);
    await path.locator(`[role=option][data-entity-id="${pair.to}"]`).click();
    const steps = path.getByRole('list', { name: 'Path steps' }).locator(':scope > li');
    await expect.poll(() => steps.count()).toBe(pair.hops);
    for (let i = 0; i < pair.hops; i++) expect((await steps.nth(i).locator('blockquote').textContent())!.length).toBeGreaterThan(20);
    const onPath = await page.evaluate(() => ({
      nodes: window.__cy!.nodes('.on-path').map((n) => n.id()),
      edges: window.__cy!.edges('.on-path').length,
    }));
    expect(onPath.nodes).toContain(pair.from);
    expect(onPath.nodes).toContain(pair.to);
    expect(onPath.edges).toBe(pair.hops);
    expect(page.url()).toContain('pathFrom=');
  });

  it('keeps selection, filters and layout in the URL; reloading brings the same view back', async () => {
    const page = await openWithTools();
    await page.getByRole('region', { name: /Filters/ }).getByRole('checkbox', { name: /Places/ }).uncheck();
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
    await waitForGraph(page);
    const id = await clickNode(page, 'Russia');
    await expect.poll(() => page.url()).toContain(`node=${encodeURIComponent(id)}`);
    const url = page.url();
    expect(url).toContain('hideTypes=place');
    expect(url).toContain('layout=concentric');

    // A fresh tab opening the shared link.
    const again = await h.newPage({ hash: url.slice(url.indexOf('#')) });
    await waitForGraph(again);
    const details = again.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('Russia');
    expect(await again.getByRole('combobox', { name: 'Layout' }).inputValue()).toBe('concentric');
    expect(await again.evaluate(() => window.__cy!.nodes('[type = "place"]').length)).toBe(0);
    expect(await again.evaluate(() => window.__cy!.$('node:selected').map((n) => n.id()))).toEqual([id]);

    await again.reload();
    await waitForGraph(again);
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('Russia');
  });
});

describe('keyboard, small windows, themes', () => {
  it('works from the keyboard: search, choose, follow a relation, read the quote, close, clear', async () => {
    const page = await h.newPage();
    await waitForGraph(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search entities');
    await page.keyboard.type('putin');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.getByRole('listbox', { name: 'Matching entities' }).getByRole('option', { selected: true }).textContent()).toMatch(/^Vladimir Putin/);
    await page.keyboard.press('Enter');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('Vladimir Putin');
    const relation = details.getByRole('region', { name: /Relations/ }).getByRole('button').first();
    const relationText = (await relation.textContent())!;
    await relation.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe(relationText);
    await details.getByRole('button', { name: /Read in article/ }).first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => details.textContent()).toMatch(/Click an entity/);
  });

  it('walks the canvas with the arrow keys and changes depth with + and -', async () => {
    const page = await h.newPage();
    await waitForGraph(page);
    const canvas = page.getByTestId('graph-canvas');
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    const details = page.getByRole('complementary', { name: 'Details' });
    const top = await page.evaluate(() => window.__cy!.nodes().max((n) => n.data('mentions') as number).ele.data('label') as string);
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe(top);
    const before = await page.evaluate(() => window.__cy!.$('node:selected').position().x);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).not.toBe(top);
    const moved = await page.evaluate(() => {
      const n = window.__cy!.$('node:selected');
      return { x: n.position().x, label: n.data('label') as string };
    });
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe(moved.label);
    // Model positions do not move with pan and zoom: the new entity lies to the right.
    expect(moved.x).toBeGreaterThan(before);
    await page.keyboard.press('+');
    await expect.poll(() => page.getByLabel('Focus depth value').textContent()).toBe('2');
    await page.keyboard.press('-');
    await expect.poll(() => page.getByLabel('Focus depth value').textContent()).toBe('1');
  });

  it('fits a 1024×700 window without horizontal scrolling', async () => {
    const page = await h.newPage({ width: 1024, height: 700 });
    await waitForGraph(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    for (const loc of [
      page.getByRole('combobox', { name: 'Search entities' }),
      page.getByRole('button', { name: 'Export' }),
      page.getByRole('complementary', { name: 'Details' }),
      page.getByTestId('graph-canvas'),
    ]) {
      const b = (await loc.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(1024);
      expect(b.y + Math.min(b.height, 40)).toBeLessThanOrEqual(700);
    }
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    expect(canvas.width).toBeGreaterThan(500);
    expect(canvas.height).toBeGreaterThan(500);
    // The drawer opens over a usable canvas.
    await page.getByRole('button', { name: 'Filters & path' }).click();
    expect((await page.getByTestId('graph-canvas').boundingBox())!.width).toBeGreaterThan(350);
  });

  it('follows the system colour scheme', async () => {
    const luminanceAt = async (page: Page) => {
      const box = (await page.getByTestId('graph-canvas').boundingBox())!;
      // A strip along the canvas top edge is background (the layout leaves padding there).
      const shot = PNG.sync.read(
        await page.screenshot({ clip: { x: box.x + 2, y: box.y + 2, width: box.width - 4, height: 6 } }),
      );
      let sum = 0;
      for (let i = 0; i < shot.data.length; i += 4) sum += 0.2126 * shot.data[i] + 0.7152 * shot.data[i + 1] + 0.0722 * shot.data[i + 2];
      return sum / (shot.data.length / 4) / 255;
    };
    const light = await h.newPage({ colorScheme: 'light' });
    await waitForGraph(light);
    const dark = await h.newPage({ colorScheme: 'dark' });
    await waitForGraph(dark);
    expect(await luminanceAt(light)).toBeGreaterThan(0.85);
    expect(await luminanceAt(dark)).toBeLessThan(0.2);
    // Labels on the canvas follow too: light text on dark.
    const labelColour = await dark.evaluate(() => window.__cy!.nodes()[0].style('color') as string);
    const [r, g, b] = labelColour.match(/\d+/g)!.map(Number);
    expect((r + g + b) / 3).toBeGreaterThan(180);
  });
});
