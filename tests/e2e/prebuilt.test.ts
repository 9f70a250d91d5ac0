// A first visit's graph of the bundled articles comes from the extractions computed at build time:
// the worker does not load the extractor for it. An article the build did not read still is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AID_HTML } from './corpusFiles';
import { startHarness, waitForGraph, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('prebuilt extractions', () => {
  it('draw a first visit without the extractor, which loads for a new article', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const requested: string[] = [];
      context.on('request', (r) => requested.push(r.url()));
      const page = await context.newPage();
      await page.goto(h.url);
      const { nodes } = await waitForGraph(page);
      expect(nodes).toBeGreaterThan(0);
      expect(requested.some((u) => /extract\.worker-/.test(u))).toBe(true);
      expect(requested.filter((u) => /extractionCache-/.test(u))).toEqual([]);

      const drawer = page.getByRole('complementary', { name: 'Corpus' });
      await page.getByRole('button', { name: /^Corpus/ }).click();
      await drawer.waitFor();
      await drawer
        .getByLabel('Choose article files')
        .setInputFiles([{ name: 'kenya-aid.html', mimeType: 'text/html', buffer: Buffer.from(AID_HTML) }]);
      const hasMbadi = () => page.evaluate(() => window.__cy!.nodes().some((n) => n.data('label') === 'John Mbadi'));
      await expect.poll(hasMbadi, { timeout: 30_000 }).toBe(true);
      expect(requested.some((u) => /extractionCache-/.test(u))).toBe(true);
    } finally {
      await context.close();
    }
  });
});
