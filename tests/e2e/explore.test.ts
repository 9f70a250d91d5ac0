// The foundation flow: open the built app, wait for the graph extracted in the browser, click
// "Putin", read a quote in "Details", and export the view as a PNG.
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickNode, startHarness, waitForGraph, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('explorer end to end', () => {
  it('extracts the bundled articles, shows Putin with sourced quotes, and exports a PNG', async () => {
    const page = await h.newPage({ width: 1440, height: 900 });
    const counts = await waitForGraph(page);
    expect(counts.nodes).toBeGreaterThan(10);
    expect(counts.edges).toBeGreaterThan(5);

    await clickNode(page, 'Putin');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toContain('Putin');
    // A sentence from the articles that names him, with the article it comes from.
    const firstQuote = details.locator('blockquote').first();
    await firstQuote.waitFor();
    expect(await firstQuote.textContent()).toMatch(/Putin/);
    const titles = await details.locator('.citation-title').allTextContents();
    expect(titles.some((t) => /Putin/.test(t))).toBe(true);
    expect(await details.textContent()).toContain('The Times of Israel');

    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /PNG/ }).click(),
    ]);
    const file = await download.path();
    const png = PNG.sync.read(await readFile(file));
    expect(png.width).toBeGreaterThan(800);
    expect(png.height).toBeGreaterThan(600);
    // Not a blank image: the graph was drawn into it.
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(5);
  });
});
