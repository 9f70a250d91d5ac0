// Browser-test harness: serves the BUILT app (dist/, from `npm run build`) with Vite's preview
// server on a free port and drives Debian's Chromium through playwright-core.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** A TCP port free on the loopback interface right now, for a preview server. */
export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

/** Headless Chromium with the flags that keep it quiet and offline. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface Harness {
  url: string;
  browser: Browser;
  newPage(opts?: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; hash?: string }): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  const url = `http://127.0.0.1:${port}/`;
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    url,
    browser,
    async newPage({ width = 1440, height = 900, colorScheme = 'light', hash = '' } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme, acceptDownloads: true });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(url + hash);
      return page;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await new Promise<void>((ok) => server.httpServer.close(() => ok()));
    },
  };
}

/** The bottom pane's region for one of its tabs ("Timeline", "Sources"): named like the tab. */
export function paneRegion(page: Page, tab: string): Locator {
  return page.getByRole('region', { name: tab, exact: true });
}

/** Opens a tab of the bottom pane and waits until its region shows; returns the region. */
export async function openPane(page: Page, tab: string): Promise<Locator> {
  await page.getByRole('tab', { name: tab }).click();
  const region = paneRegion(page, tab);
  await region.waitFor();
  return region;
}

/** Waits until the canvas reports the graph drawn and laid out; returns its node/edge counts. */
export async function waitForGraph(page: Page): Promise<{ nodes: number; edges: number }> {
  const canvas = page.locator('[data-testid=graph-canvas][data-state=ready]');
  await canvas.waitFor({ timeout: 45_000 });
  return {
    nodes: Number(await canvas.getAttribute('data-nodes')),
    edges: Number(await canvas.getAttribute('data-edges')),
  };
}

/**
 * Waits until the canvas has drawn articles added after `before` nodes were shown: ready, more nodes
 * than that, no extraction in progress. Returns the new node/edge counts.
 */
export async function waitForMoreNodes(page: Page, before: number, timeout: number, polling = 200): Promise<{ nodes: number; edges: number }> {
  await page.waitForFunction(
    (prev) => {
      const el = document.querySelector('[data-testid=graph-canvas]');
      return el?.getAttribute('data-state') === 'ready' && Number(el.getAttribute('data-nodes')) > prev && !document.querySelector('.extraction-progress');
    },
    before,
    { timeout, polling },
  );
  return waitForGraph(page);
}

/** Page coordinates of a node, found by label (or alias) through the exposed Cytoscape instance. */
export async function nodePosition(page: Page, name: string): Promise<{ id: string; x: number; y: number }> {
  const found = await page.evaluate((wanted) => {
    const cy = window.__cy;
    if (!cy) return null;
    const node = cy.nodes().filter((n) => n.data('label') === wanted)[0] ??
      cy.nodes().filter((n) => String(n.data('label')).split(' ').includes(wanted))[0];
    if (!node) return null;
    const p = node.renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { id: node.id(), x: box.left + p.x, y: box.top + p.y };
  }, name);
  if (!found) throw new Error(`No node named ${name} on the canvas`);
  return found;
}

/** Clicks a node on the canvas by name, after centring it so nothing overlays it. */
export async function clickNode(page: Page, name: string, opts: { double?: boolean } = {}): Promise<string> {
  // A running zoom-to-focus animation would move the node after we measured it: let it end.
  await page.waitForFunction(() => !window.__cy?.animated());
  // The node nodePosition finds (an exact label before a word of one) is the one centred and clicked.
  const { id } = await nodePosition(page, name);
  await page.evaluate((nodeId) => {
    const cy = window.__cy!;
    cy.center(cy.getElementById(nodeId));
  }, id);
  const pos = await nodePosition(page, name);
  if (opts.double) await page.mouse.dblclick(pos.x, pos.y);
  else await page.mouse.click(pos.x, pos.y);
  return pos.id;
}
