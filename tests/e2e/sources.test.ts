// The sources matrix and the disputed marks, in the built app: which outlet reports which fact,
// single-source facts, and the one place the bundled reports really disagree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPane, paneRegion, startHarness, waitForGraph, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const TALKS = 'Talks between Ahmed al-Sharaa and Vladimir Putin';
const matrix = (page: Page) => paneRegion(page, 'Sources');
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const rowCounts = async (page: Page) =>
  (await matrix(page).locator('tbody td.sources-count').allTextContents()).map((t) => parseInt(t, 10));

const openSources = (page: Page) => openPane(page, 'Sources');

describe('sources matrix', () => {
  it('sorts by number of sources; a row selects its relation in the graph and Details', async () => {
    const page = await h.newPage();
    await waitForGraph(page);
    await openSources(page);
    const header = matrix(page).getByRole('columnheader', { name: /Sources/ });
    // Most sources first by default; a click turns it round.
    let counts = await rowCounts(page);
    expect(counts.length).toBeGreaterThan(10);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(5);
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    counts = await rowCounts(page);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts[0]).toBe(1);
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');

    const row = matrix(page).locator('tbody tr').first();
    const text = (await row.locator('th').textContent())!;
    const [source, label, target] = text.split(' — ');
    await row.locator('td').first().click();
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe(`${source} ${label} ${target}`);
    expect(await row.getAttribute('aria-selected')).toBe('true');
    const onCanvas = await page.evaluate(() => window.__cy!.$('edge:selected').map((e) => e.data('label') as string));
    expect(onCanvas).toEqual([label]);
    await expect.poll(() => details(page).textContent()).toMatch(/Reported by 5 articles/);
  });

  it('filters to single-source facts, which Details marks as such', async () => {
    const page = await h.newPage();
    await waitForGraph(page);
    await openSources(page);
    const summary = (await matrix(page).locator('.sources-controls .muted').textContent())!;
    const single = Number(/(\d+) single-source/.exec(summary)?.[1]);
    expect(single).toBeGreaterThan(0);
    await matrix(page).getByLabel('Only single-source facts').check();
    await expect.poll(() => matrix(page).locator('tbody tr').count()).toBe(single);
    expect(new Set(await rowCounts(page))).toEqual(new Set([1]));
    await matrix(page).locator('tbody tr').first().locator('th button').click();
    await expect.poll(() => details(page).textContent()).toMatch(/Reported by 1 article/);
    expect(await details(page).getByText('Single source', { exact: true }).count()).toBe(1);
  });

  it('marks the disputed relations on the canvas and shows both quotes side by side', async () => {
    const page = await h.newPage();
    await waitForGraph(page);
    const disputed = await page.evaluate(() =>
      window.__cy!.edges('[?disputed]').map((e) => ({
        id: e.id(),
        source: e.source().data('label') as string,
        target: e.target().data('label') as string,
        lineStyle: e.style('line-style') as string,
      })),
    );
    // Only what the reports really disagree about: the Moscow talks, "second meeting" against "first official visit".
    expect(disputed.map((d) => `${d.source} → ${d.target}`).sort()).toEqual([
      `Ahmed al-Sharaa → ${TALKS}`,
      `Vladimir Putin → ${TALKS}`,
    ]);
    expect(disputed.every((d) => d.lineStyle === 'dashed')).toBe(true);
    await expect.poll(() => page.getByRole('region', { name: 'Legend' }).textContent()).toMatch(/Disputed/);

    // The edge from the matrix: Details says the reports disagree, with both sides.
    await openSources(page);
    await matrix(page).getByRole('button', { name: `Ahmed al-Sharaa — participates in — ${TALKS}` }).click();
    const list = details(page).getByRole('region', { name: 'Disagreements' });
    await list.waitFor();
    const sides = list.locator('.disagreement-side');
    expect(await sides.count()).toBe(2);
    const quotes = await sides.locator('blockquote').allTextContents();
    expect(quotes.some((q) => q.includes('second meeting with Putin'))).toBe(true);
    expect(quotes.some((q) => q.includes('first official visit to Russia'))).toBe(true);
    const sources = await sides.locator('cite').allTextContents();
    expect(new Set(sources).size).toBe(2);
    // Side by side: same row, left and right.
    const [a, b] = [(await sides.nth(0).boundingBox())!, (await sides.nth(1).boundingBox())!];
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    expect(b.x).toBeGreaterThanOrEqual(a.x + a.width - 1);

    // The list of disagreements in the Sources tab leads to the event itself.
    const index = page.getByRole('navigation', { name: 'Where the reports disagree' });
    expect(await index.getByRole('button').allTextContents()).toEqual([`${TALKS} (first or second?, 2 articles)`]);
    await index.getByRole('button').click();
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe(TALKS);
    expect(await page.evaluate(() => window.__cy!.$('node:selected').map((n) => n.data('disputed') as boolean))).toEqual([true]);
    await page.keyboard.press('Escape');

    // The event itself, chosen on the timeline, shows the same disagreement.
    await (await openPane(page, 'Timeline')).locator('.timeline-events .timeline-event-button', { hasText: TALKS }).click();
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe(TALKS);
    await expect.poll(() => details(page).getByRole('region', { name: 'Disagreements' }).locator('.disagreement-side').count()).toBe(2);
  });

  it('fits at 1024×700: the canvas keeps most of its height with the pane open', async () => {
    const page = await h.newPage({ width: 1024, height: 700 });
    await waitForGraph(page);
    await openSources(page);
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    const pane = (await page.getByRole('tabpanel').boundingBox())!;
    expect(canvas.height).toBeGreaterThan(280);
    expect(pane.y + pane.height).toBeLessThanOrEqual(700);
    expect(canvas.y + canvas.height).toBeLessThanOrEqual(pane.y);
    // The matrix scrolls inside its pane rather than pushing the page.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(700);
  });
});
