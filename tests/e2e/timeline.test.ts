// The timeline under the canvas, in the built app: events in date order, selection both ways,
// and a time range (typed or brushed) that narrows the graph and comes back off.
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
const MEETING_OCTOBER = 'Meeting of Ahmed al-Sharaa and Vladimir Putin, October';

const nodeCount = async (page: Page) => Number(await page.getByTestId('graph-canvas').getAttribute('data-nodes'));
const selectedOnCanvas = (page: Page) => page.evaluate(() => window.__cy!.$(':selected').map((e) => e.data('label') as string));
const timeline = (page: Page) => paneRegion(page, 'Timeline');
const eventButton = (page: Page, label: string) =>
  timeline(page).locator('.timeline-events .timeline-event-button', { hasText: label });

const openTimeline = (page: Page) => openPane(page, 'Timeline');

describe('timeline', () => {
  it('lists the dated events in date order, partial dates as spans, undated ones apart', async () => {
    const page = await h.newPage();
    await waitForGraph(page);
    await openTimeline(page);
    const dates = await timeline(page).locator('.timeline-events .timeline-date').allTextContents();
    const labels = await timeline(page).locator('.timeline-events .timeline-event-button').allTextContents();
    expect(dates.length).toBeGreaterThanOrEqual(4);
    const times = dates.map((d) => Date.parse(d));
    expect(times.every((t) => Number.isFinite(t))).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // The talks in Moscow (28 January 2026) come after the October meeting they followed.
    const talksAt = labels.findIndex((l) => l.startsWith(TALKS));
    const octoberAt = labels.findIndex((l) => l.startsWith(MEETING_OCTOBER));
    expect(octoberAt).toBeGreaterThanOrEqual(0);
    expect(talksAt).toBeGreaterThan(octoberAt);
    expect(dates[talksAt]).toBe('28 Jan 2026');
    // A month is a span, not a day.
    await expect.poll(() => eventButton(page, MEETING_OCTOBER).getAttribute('data-precision')).toBe('month');
    expect(await timeline(page).getByRole('list', { name: 'Undated events' }).getByRole('button').count()).toBeGreaterThan(0);
  });

  it('choosing an event selects it in the graph and Details; selecting it elsewhere highlights it', async () => {
    const page = await h.newPage();
    await waitForGraph(page);
    await openTimeline(page);
    await eventButton(page, TALKS).click();
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe(TALKS);
    await expect.poll(() => selectedOnCanvas(page)).toEqual([TALKS]);
    expect(await eventButton(page, TALKS).getAttribute('aria-pressed')).toBe('true');

    // The other way: the October meeting chosen outside the timeline (here, by search) is marked on it.
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('Meeting of Ahmed');
    await page.getByRole('option', { name: new RegExp(MEETING_OCTOBER) }).first().click();
    await expect.poll(() => selectedOnCanvas(page)).toEqual([MEETING_OCTOBER]);
    await expect.poll(() => eventButton(page, MEETING_OCTOBER).getAttribute('aria-pressed')).toBe('true');
    expect(await eventButton(page, TALKS).getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe(MEETING_OCTOBER);
  });

  it('a typed range narrows the graph to its events and their participants; clearing restores it', async () => {
    const page = await h.newPage();
    const { nodes } = await waitForGraph(page);
    await openTimeline(page);
    await timeline(page).getByLabel('From').fill('2026-01-20');
    await timeline(page).getByLabel('To').fill('2026-01-31');
    await expect.poll(() => nodeCount(page)).toBeLessThan(nodes);
    const kept = await page.evaluate(() => window.__cy!.nodes().map((n) => n.data('label') as string));
    // The talks and the two leaders in them; nothing from 2015 or December 2024.
    expect(kept).toEqual(expect.arrayContaining([TALKS, 'Vladimir Putin', 'Ahmed al-Sharaa']));
    expect(kept).not.toContain('Civil war in Syria');
    expect(kept).not.toContain('Ouster of Bashar al-Assad');
    // Shown with the other filters, counted, and in the link.
    const filters = page.getByRole('region', { name: /^Filters/ });
    await expect.poll(() => filters.textContent()).toMatch(/Events from 20 Jan 2026 to 31 Jan 2026/);
    expect(await filters.getByRole('heading', { level: 2 }).textContent()).toMatch(/1 active/);
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain('time=2026-01-20~2026-01-31');

    await timeline(page).getByRole('button', { name: 'Clear range' }).click();
    await expect.poll(() => nodeCount(page)).toBe(nodes);
    expect(new URL(page.url()).hash).not.toContain('time=');
  });

  it('brushing the strip with the mouse filters; the deep link restores the range; Reset filters clears it', async () => {
    const page = await h.newPage();
    const { nodes } = await waitForGraph(page);
    await openTimeline(page);
    const strip = timeline(page).locator('.timeline-strip');
    const box = (await strip.boundingBox())!;
    // From the 2025 tick to the right end: the recent events only.
    const tick = (await timeline(page).locator('.timeline-tick', { hasText: '2025' }).boundingBox())!;
    await page.mouse.move(tick.x, box.y + 8);
    await page.mouse.down();
    await page.mouse.move((tick.x + box.x + box.width) / 2, box.y + 8, { steps: 4 });
    await page.mouse.move(box.x + box.width - 2, box.y + 8, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => nodeCount(page)).toBeLessThan(nodes);
    const narrowed = await nodeCount(page);
    await expect.poll(() => timeline(page).getByTestId('timeline-range').count()).toBe(1);
    const hash = new URL(page.url()).hash;
    expect(hash).toContain('time=');
    const kept = await page.evaluate(() => window.__cy!.nodes().map((n) => n.data('label') as string));
    expect(kept).toContain(TALKS);
    expect(kept).not.toContain('Civil war in Syria');

    // The same link in a new page shows the same narrowed graph.
    const again = await h.newPage({ hash });
    await waitForGraph(again);
    await expect.poll(() => nodeCount(again)).toBe(narrowed);

    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(() => nodeCount(page)).toBe(nodes);
  });
});
