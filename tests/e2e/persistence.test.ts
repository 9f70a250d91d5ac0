// Saved between visits: the corpus (with its switches) and the view settings come back in a new
// tab; damaged saved data is named in a notice and the rest still loads.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AID_HTML, FLOODS_TXT } from './corpusFiles';
import { startHarness, waitForGraph, type Harness } from './harness';

let h: Harness;
let context: BrowserContext;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const drawer = (p: Page) => p.getByRole('complementary', { name: 'Corpus' });
const titles = (p: Page) => drawer(p).locator('.corpus-title').allTextContents();
const hasNode = (p: Page, label: string) => p.evaluate((l) => window.__cy!.nodes().some((n) => n.data('label') === l), label);

/** A new tab at the bare address (no hash), as when the user comes back later. */
async function comeBack(): Promise<Page> {
  const p = await context.newPage();
  await p.goto(h.url);
  await waitForGraph(p);
  return p;
}

async function openCorpus(p: Page) {
  await p.getByRole('button', { name: /^Corpus/ }).click();
  await drawer(p).waitFor();
}

/** Writes straight into the app's IndexedDB store, standing in for damage done outside the app. */
async function writeRaw(p: Page, records: [string, unknown][]) {
  await p.evaluate(
    (recs) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('news-graph-explorer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('saved', 'readwrite');
          for (const [key, value] of recs) tx.objectStore('saved').put(value, key);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

async function savedIds(p: Page): Promise<string[]> {
  return p.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('news-graph-explorer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('saved').objectStore('saved').get('corpus');
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result?.articles ?? []).map((a: { id: string }) => a.id));
          };
        };
      }),
  );
}

describe('saved between visits', () => {
  let first: Page;
  let aidId = '';

  it('keeps added articles, their switches, filters and layout after the tab is closed', async () => {
    first = await h.newPage();
    context = first.context();
    await waitForGraph(first);
    await openCorpus(first);
    await drawer(first)
      .getByLabel('Choose article files')
      .setInputFiles([
        { name: 'kenya-floods.txt', mimeType: 'text/plain', buffer: Buffer.from(FLOODS_TXT) },
        { name: 'kenya-aid.html', mimeType: 'text/html', buffer: Buffer.from(AID_HTML) },
      ]);
    await expect.poll(() => hasNode(first, 'John Mbadi'), { timeout: 30_000 }).toBe(true);
    await drawer(first).getByRole('switch', { name: /Include Kenya asks World Bank/ }).uncheck();
    await drawer(first).getByRole('button', { name: 'Close corpus' }).click();
    await first.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
    const toggle = first.getByRole('button', { name: 'Filters & path' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await first.getByRole('region', { name: /Filters/ }).getByRole('checkbox', { name: /Places/ }).uncheck();
    // Saved: the list holds both new articles.
    await expect.poll(async () => (await savedIds(first)).length).toBe(7);
    aidId = (await savedIds(first)).find((id) => id.startsWith('kenya-aid')) ?? '';
    expect(aidId).not.toBe('');
    await first.close();

    const again = await comeBack();
    await openCorpus(again);
    const list = await titles(again);
    expect(list).toHaveLength(7);
    expect(list).toContain('World Bank approves emergency loan for flood-hit Kenya');
    expect(await drawer(again).getByRole('switch', { name: /Include Kenya asks World Bank/ }).isChecked()).toBe(false);
    expect(await drawer(again).getByRole('switch', { name: /Include World Bank approves/ }).isChecked()).toBe(true);
    await expect.poll(() => hasNode(again, 'John Mbadi'), { timeout: 30_000 }).toBe(true);
    expect(await hasNode(again, 'Ahmed Idris')).toBe(false);
    expect(await again.getByRole('combobox', { name: 'Layout' }).inputValue()).toBe('concentric');
    expect(await again.evaluate(() => window.__cy!.nodes('[type = "place"]').length)).toBe(0);
    expect(await again.getByRole('alert').count()).toBe(0);
    await again.close();
  });

  it('names what could not be loaded from damaged saved data, and keeps the rest', async () => {
    const p = await comeBack();
    await writeRaw(p, [
      [`text:${aidId}`, { schema: 1, id: 'someone-else', text: 42 }],
      ['view', 'not a view'],
    ]);
    await p.close();

    const again = await comeBack();
    const notice = again.getByRole('alert', { name: 'Saved data' });
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toMatch(/The saved article “World Bank approves emergency loan for flood-hit Kenya” could not be loaded/);
    expect(text).toMatch(/view settings were damaged/);
    // The rest is there and the app works: the other six articles, the bundled graph, search.
    await openCorpus(again);
    expect(await titles(again)).toHaveLength(6);
    expect(await hasNode(again, 'John Mbadi')).toBe(false);
    expect(await hasNode(again, 'Vladimir Putin')).toBe(true);
    await drawer(again).getByRole('button', { name: 'Close corpus' }).click();
    const search = again.getByRole('combobox', { name: 'Search entities' });
    await search.fill('Putin');
    await again.getByRole('option').first().waitFor();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await again.getByRole('alert', { name: 'Saved data' }).count()).toBe(0);
    // The damaged entry was dropped from what is saved, so the next visit is clean.
    await expect.poll(async () => (await savedIds(again)).length).toBe(6);
    await again.close();

    const clean = await comeBack();
    expect(await clean.getByRole('alert', { name: 'Saved data' }).count()).toBe(0);
    await clean.close();
  });

  it('shows the bundled articles and says so when nothing saved can be used', async () => {
    const p = await comeBack();
    await writeRaw(p, [['corpus', { schema: 1, savedAt: 'yesterday', articles: [{ id: 7 }, 'junk'] }]]);
    await p.close();
    const again = await comeBack();
    const notice = again.getByRole('alert', { name: 'Saved data' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/could not be loaded.*The bundled articles are shown instead\./s);
    await openCorpus(again);
    expect(await titles(again)).toHaveLength(5);
    expect(await hasNode(again, 'Vladimir Putin')).toBe(true);
  });
});
