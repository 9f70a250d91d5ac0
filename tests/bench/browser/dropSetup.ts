// What every drop measurement does before the drop: the app's bundled graph drawn, the corpus
// drawer open with its file input ready, and `n` generated reports as files to hand to it.
import type { Locator, Page } from 'playwright-core';
import { waitForMoreNodes } from '../../e2e/harness';
import { generateCorpus } from '../corpus';

export interface DropSetup {
  /** Nodes drawn before the drop. */
  before: number;
  input: Locator;
  files: { name: string; mimeType: string; buffer: Buffer }[];
}

export async function prepareDrop(page: Page, url: string, n: number): Promise<DropSetup> {
  await page.goto(url + '/');
  const canvas = page.locator('[data-testid=graph-canvas][data-state=ready]');
  await canvas.waitFor({ timeout: 60_000 });
  const before = Number(await canvas.getAttribute('data-nodes'));
  await page.getByRole('button', { name: /^Corpus/ }).click();
  const input = page.getByLabel('Choose article files');
  await input.waitFor({ state: 'attached' });
  const files = generateCorpus(n).map((a, i) => ({
    name: `report-${String(i + 1).padStart(3, '0')}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`${a.title ?? ''}\n\n${a.text}`),
  }));
  return { before, input, files };
}

/** Waits until the canvas has drawn the dropped articles (more nodes than `before`, ready, no progress bar). */
export async function waitForDrawn(page: Page, before: number): Promise<void> {
  await waitForMoreNodes(page, before, 600_000, 100);
}
