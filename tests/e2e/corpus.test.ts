// Bringing your own articles: pick and drop real files, every kind of bad file, switching an
// article off, and importing a graph saved as the app's JSON.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/extract/index';
import { toAppJson } from '../../src/graph/export/appJson';
import { MAX_FILE_BYTES } from '../../src/ingest/limits';
import { AID_HTML, FLOODS_TXT, FRENCH_TXT, PDF_TEXT, PNG_BYTES, SCRIPT_ONLY_HTML, SCRIPT_ONLY_NAME } from './corpusFiles';
import { startHarness, waitForGraph, type Harness } from './harness';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  await waitForGraph(page);
});
afterAll(async () => {
  await h?.close();
});

const canvas = () => page.locator('[data-testid=graph-canvas]');
const nodeCount = async () => Number(await canvas().getAttribute('data-nodes'));
const drawer = () => page.getByRole('complementary', { name: 'Corpus' });
const hasNode = (label: string) => page.evaluate((l) => window.__cy!.nodes().some((n) => n.data('label') === l), label);
const corpusTitles = () => drawer().locator('.corpus-title').allTextContents();
/** Waits for the extraction the last change started to finish and the canvas to settle. */
async function settled(): Promise<number> {
  await page.locator('.extraction-progress').waitFor({ state: 'detached' });
  await page.locator('[data-testid=graph-canvas][data-state=ready]').waitFor();
  return nodeCount();
}

interface DropFile {
  name: string;
  text?: string;
  bytes?: number[];
  /** Made in the page: this many bytes of plain letters. */
  size?: number;
}

/** Drops files on the page body, as a file manager would: a real DataTransfer with File objects. */
async function dropOnPage(files: DropFile[], on: Page = page) {
  await on.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const body = f.bytes ? new Uint8Array(f.bytes) : f.size !== undefined ? new Uint8Array(f.size).fill(97) : (f.text ?? '');
      dt.items.add(new File([body], f.name));
    }
    const fire = (type: string) => document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    fire('dragenter');
    fire('dragover');
    fire('drop');
  }, files);
}

describe('bring your own articles', () => {
  let bundledNodes = 0;

  it('lists the bundled articles in the corpus drawer', async () => {
    bundledNodes = await nodeCount();
    await page.getByRole('button', { name: /^Corpus/ }).click();
    await expect.poll(async () => (await corpusTitles()).length).toBe(5);
    expect(await drawer().getByText('5 of 5 articles included in the graph').count()).toBe(1);
    // Entities each article gave the graph, from the graph's mentions.
    const facts = await drawer().locator('.corpus-facts').allTextContents();
    expect(facts.every((f) => /\d+ entit(y|ies)/.test(f))).toBe(true);
  });

  it('picks two files about another event: they are listed and their entities join the graph', async () => {
    await drawer()
      .getByLabel('Choose article files')
      .setInputFiles([
        { name: 'kenya-floods.txt', mimeType: 'text/plain', buffer: Buffer.from(FLOODS_TXT) },
        { name: 'kenya-aid.html', mimeType: 'text/html', buffer: Buffer.from(AID_HTML) },
      ]);
    await expect.poll(() => drawer().getByRole('status', { name: 'Import report' }).textContent()).toContain('Added 2 articles.');
    const titles = await corpusTitles();
    expect(titles).toHaveLength(7);
    expect(titles).toContain('Kenya asks World Bank for flood aid after Tana River bursts its banks');
    expect(titles).toContain('World Bank approves emergency loan for flood-hit Kenya');
    await expect.poll(() => hasNode('John Mbadi'), { timeout: 30_000 }).toBe(true);
    const after = await settled();
    expect(after).toBeGreaterThan(bundledNodes);
    expect(await hasNode('Ahmed Idris')).toBe(true);
    // The saved page's script and its onerror handler never ran; the menu and footer were dropped.
    expect(await page.evaluate(() => (window as unknown as { __articleScriptRan?: boolean }).__articleScriptRan)).toBeUndefined();
    const facts = await drawer().locator('.corpus-item').filter({ hasText: 'flood-hit Kenya' }).locator('.corpus-facts').textContent();
    expect(facts).toMatch(/Lakeside Post|\d+ entities/);

    // A title opens the article in the reader, as text.
    await drawer().getByRole('button', { name: 'World Bank approves emergency loan for flood-hit Kenya', exact: true }).click();
    const reader = page.getByRole('dialog', { name: /World Bank approves emergency loan/ });
    await reader.waitFor();
    expect(await reader.textContent()).toContain('Kenyan Finance Minister John Mbadi welcomed the decision');
    expect(await reader.textContent()).not.toContain('__articleScriptRan');
    expect(await drawer().count()).toBe(0);
    await reader.getByRole('button', { name: 'Close article' }).click();

    // Search finds a name only the new articles mention.
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('Mbadi');
    await page.getByRole('option').first().waitFor();
    expect(await page.getByRole('option').first().textContent()).toMatch(/John Mbadi/);
    await search.fill('');
  });

  it('refuses each bad file dropped on the page with its own message, and nothing else changes', async () => {
    const before = await nodeCount();
    // Dropped anywhere: the drawer opens by itself to show what happened.
    expect(await drawer().count()).toBe(0);
    await dropOnPage([
      { name: 'empty.txt', text: '' },
      { name: 'photo.png', bytes: PNG_BYTES },
      { name: 'report.pdf', text: PDF_TEXT },
      { name: 'huge.txt', size: MAX_FILE_BYTES + 1 },
      { name: 'crue-du-tana.txt', text: FRENCH_TXT },
      { name: 'floods-copy.txt', text: FLOODS_TXT },
      { name: SCRIPT_ONLY_NAME, text: SCRIPT_ONLY_HTML },
    ]);
    const report = drawer().getByRole('status', { name: 'Import report' });
    await expect.poll(() => report.textContent()).toContain('7 items were not added');
    const rows = await report.locator('li').allTextContents();
    const reasonFor = (name: string) => rows.find((r) => r.startsWith(name + ' — ')) ?? `(no row for ${name})`;
    expect(await report.locator('.ingest-summary').textContent()).toMatch(/^No articles were added\./);
    expect(reasonFor('empty.txt')).toMatch(/empty/);
    expect(reasonFor('photo.png')).toMatch(/PNG/);
    expect(reasonFor('report.pdf')).toMatch(/PDF/);
    expect(reasonFor('huge.txt')).toMatch(/over the 2 MB limit/);
    expect(reasonFor('crue-du-tana.txt')).toMatch(/Not read: .*(French|English)/);
    expect(reasonFor('floods-copy.txt')).toMatch(/Duplicate of “Kenya asks World Bank/);
    // The markup in the name is shown as text, and neither it nor the page's script ran.
    expect(reasonFor(SCRIPT_ONLY_NAME)).toMatch(/no readable article text/);
    expect(await report.locator('img').count()).toBe(0);
    expect(
      await page.evaluate(() => {
        const w = window as unknown as { __nameScriptRan?: boolean; __articleScriptRan?: boolean };
        return [w.__nameScriptRan, w.__articleScriptRan, document.title];
      }),
    ).toEqual([undefined, undefined, expect.not.stringMatching(/pwned/)]);

    expect(await corpusTitles()).toHaveLength(7);
    expect(await nodeCount()).toBe(before);
    expect(await page.locator('.extraction-progress').count()).toBe(0);
  });

  it('a switched-off article takes its entities out of the graph, and back when switched on', async () => {
    const before = await nodeCount();
    const floods = /Include Kenya asks World Bank/;
    await drawer().getByRole('switch', { name: floods }).uncheck();
    await expect.poll(() => hasNode('Ahmed Idris'), { timeout: 30_000 }).toBe(false);
    expect(await settled()).toBeLessThan(before);
    expect(await hasNode('John Mbadi')).toBe(true);
    expect(await drawer().getByText('6 of 7 articles included in the graph').count()).toBe(1);
    await drawer().getByRole('switch', { name: floods }).check();
    await expect.poll(() => hasNode('Ahmed Idris'), { timeout: 30_000 }).toBe(true);
    expect(await settled()).toBe(before);
  });

  it('removing an article and restoring the bundled ones', async () => {
    const first = (await corpusTitles())[0];
    await drawer().getByRole('button', { name: `Remove ${first}` }).click();
    expect(await corpusTitles()).toHaveLength(6);
    await drawer().getByRole('button', { name: 'Restore bundled articles' }).click();
    await expect.poll(async () => (await corpusTitles())[0]).toBe(first);
    expect(await corpusTitles()).toHaveLength(7);
    expect(await drawer().getByRole('button', { name: 'Restore bundled articles' }).isDisabled()).toBe(true);
    await settled();
    await page.keyboard.press('Escape');
    expect(await drawer().count()).toBe(0);
    await page.getByRole('button', { name: /^Corpus/ }).click();
  });

  it('a pasted article with title, outlet and date joins the corpus', async () => {
    await drawer().getByLabel('Article text').fill(
      'Finance Minister John Mbadi told parliament in Nairobi on Thursday that the World Bank loan would be spent within a year. Opposition leader Kalonzo Musyoka demanded an audit of the flood spending.',
    );
    await drawer().getByLabel('Title (optional)').fill('Mbadi promises flood money within a year');
    await drawer().getByLabel('Outlet (optional)').fill('Rift Valley Times');
    await drawer().getByLabel('Date published (optional)').fill('2026-03-12');
    await drawer().getByRole('button', { name: 'Add pasted article' }).click();
    const item = drawer().locator('.corpus-item').filter({ hasText: 'Mbadi promises flood money' });
    await expect.poll(() => item.locator('.corpus-facts').textContent()).toMatch(/Rift Valley Times.*12 Mar 2026/);
    await expect.poll(() => hasNode('Kalonzo Musyoka'), { timeout: 30_000 }).toBe(true);
    expect(await drawer().getByLabel('Article text').inputValue()).toBe('');
    await settled();
  });

  it('pasted page source nested 100,000 elements deep gets a message and changes nothing', async () => {
    const titlesBefore = await corpusTitles();
    const nodesBefore = await nodeCount();
    const depth = 100_000;
    await drawer().getByLabel('Article text').fill(`<!doctype html><html><body>${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}</body></html>`);
    await drawer().getByLabel('Title (optional)').fill('Deep page');
    await drawer().getByRole('button', { name: 'Add pasted article' }).click();
    await expect
      .poll(() => drawer().getByRole('status', { name: 'Import report' }).textContent())
      .toContain('The markup is nested more than 10,000 elements deep');
    expect(await corpusTitles()).toEqual(titlesBefore);
    expect(await nodeCount()).toBe(nodesBefore);
    await drawer().getByLabel('Article text').fill('');
    await drawer().getByLabel('Title (optional)').fill('');
  });
});

describe('extraction progress', () => {
  it('shows articles read out of the total while the worker runs, and Cancel keeps the graph as it was', async () => {
    const p = await h.newPage({ width: 1024, height: 700 });
    const before = (await waitForGraph(p)).nodes;
    const spread = () => p.evaluate(() => window.__cy!.nodes().boundingBox().w);
    const spreadBefore = await spread();
    await p.getByRole('button', { name: /^Corpus/ }).click();
    // Enough text that reading it takes the worker a while: twenty long, distinct reports.
    const files = Array.from({ length: 20 }, (_, i) => ({
      name: `flood-report-${i + 1}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`${FLOODS_TXT}\n${FLOODS_TXT}\nThis is report number ${i + 1} from the flooded county.\n`),
    }));
    await p.getByLabel('Choose article files').setInputFiles(files);
    const progress = p.getByRole('group', { name: 'Extraction progress' });
    await progress.waitFor();
    expect(await progress.getByRole('progressbar', { name: 'Articles read' }).getAttribute('max')).toBe('25');
    expect(await progress.textContent()).toMatch(/\d+ \/ 25/);
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => progress.textContent()).toMatch(/Reading stopped/);
    expect(Number(await p.locator('[data-testid=graph-canvas]').getAttribute('data-nodes'))).toBe(before);
    // The graph on screen is laid out as before, not left bunched up at its starting positions.
    await p.locator('[data-testid=graph-canvas][data-state=ready]').waitFor();
    expect(await spread()).toBeGreaterThan(spreadBefore * 0.7);
    expect(await p.evaluate(() => window.__cy!.nodes().some((n) => n.data('label') === 'Ahmed Idris'))).toBe(false);
    // The new articles are in the corpus, marked as not read yet.
    const drawerList = p.getByRole('complementary', { name: 'Corpus' });
    expect(await drawerList.locator('.corpus-title').count()).toBe(25);
    expect(await drawerList.getByText('not read yet').count()).toBe(20);
    // Read them after all: the new articles' entities arrive and every article has its count.
    await progress.getByRole('button', { name: 'Read them' }).click();
    await expect.poll(() => p.evaluate(() => window.__cy!.nodes().some((n) => n.data('label') === 'Ahmed Idris')), { timeout: 50_000 }).toBe(true);
    expect(await drawerList.getByText('not read yet').count()).toBe(0);
    await p.close();
  });
});

describe('import graph', () => {
  it('opens a graph saved as the app JSON and restores its filters and layout; a broken file changes nothing', async () => {
    const p = await h.newPage({ width: 1024, height: 700 });
    await waitForGraph(p);
    const graph = extractGraph([{ id: 'kenya-floods', text: FLOODS_TXT }]);
    const nonPlaces = graph.nodes.filter((n) => n.type !== 'place').length;
    const idris = graph.nodes.find((n) => n.label === 'Ahmed Idris')!.id;
    const positions = Object.fromEntries(graph.nodes.map((n, i) => [n.id, n.id === idris ? { x: 1234, y: -567 } : { x: i * 80, y: 0 }]));
    const json = toAppJson(graph, { filters: { hiddenTypes: ['place'] }, layout: 'circle', positions });
    await p.getByRole('button', { name: /^Corpus/ }).click();
    const input = p.getByLabel('Import graph from JSON');

    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"nodes": [') });
    await p.getByText(/^Could not import: /).waitFor();
    const bundled = Number(await p.locator('[data-testid=graph-canvas]').getAttribute('data-nodes'));
    expect(await p.evaluate(() => window.__cy!.nodes().some((n) => n.data('label') === 'Ahmed Idris'))).toBe(false);

    // Dropped on the page, an exported graph is opened as a graph, not read as an article.
    await dropOnPage([{ name: 'kenya.json', text: json }], p);
    await p.getByText(/^Imported \d+ entities/).waitFor();
    await expect.poll(() => p.locator('[data-testid=graph-canvas][data-state=ready]').getAttribute('data-nodes')).toBe(String(nonPlaces));
    expect(nonPlaces).not.toBe(bundled);
    expect(await p.evaluate(() => window.__cy!.nodes().some((n) => n.data('label') === 'Ahmed Idris'))).toBe(true);
    expect(await p.getByRole('combobox', { name: 'Layout' }).inputValue()).toBe('circle');
    // Nodes stand where they stood when the graph was saved, not where the layout put them.
    await expect.poll(() => p.evaluate((id) => window.__cy!.getElementById(id).position(), idris)).toEqual({ x: 1234, y: -567 });
    // The corpus itself did not change.
    expect(await p.getByRole('complementary', { name: 'Corpus' }).locator('.corpus-title').count()).toBe(5);
  });
});
