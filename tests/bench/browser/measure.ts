// The browser measurements: start-up of the built app, extraction in a Web Worker, and
// drawing plus panning/zooming synthetic graphs.
import type { Browser, Page } from 'playwright-core';
import type { RenderResult } from '../render/render';
import type { WorkerResult } from '../render/worker';
import { median, percentile } from '../stats';
import { descendantsPssMB } from './serve';

export interface StartupResult {
  runsMs: number[];
  medianMs: number;
  /** Where the time goes (medians): first contentful paint, canvas mounted, worker script loaded. */
  firstPaintMs: number;
  canvasMs: number;
  workerLoadedMs: number;
  /** Worker created, its first message (booted, compromise loaded), its last message before ready (the graph). */
  workerCreatedMs: number;
  workerFirstMessageMs: number;
  graphReceivedMs: number;
  nodes?: number;
  /** Returning visits (same browser profile, so the worker's saved extractions are there): navigation → graph drawn. */
  warmRunsMs: number[];
  warmMedianMs: number;
  /** Extraction requests the page sent the worker during one cold start-up (1 means nothing is done twice). */
  extractRequests: number;
}

const READY = '[data-testid=graph-canvas][data-state=ready]';

/** Navigation to graph drawn, in a fresh context (cold cache, empty storage) each run. */
export async function startup(browser: Browser, url: string, runs: number): Promise<StartupResult | { error: string }> {
  const times: number[] = [];
  const paints: number[] = [];
  const canvases: number[] = [];
  const workers: number[] = [];
  const created: number[] = [];
  const firstMsg: number[] = [];
  const lastMsg: number[] = [];
  let nodes: number | undefined;
  let requests = 0;
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    // Timestamps of the extraction worker's life, read back once the graph is drawn.
    await page.addInitScript(() => {
      const marks = { created: NaN, first: NaN, last: NaN, requests: 0 };
      (window as unknown as { __benchMarks: typeof marks }).__benchMarks = marks;
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(u: string | URL, o?: WorkerOptions) {
          super(u, o);
          marks.created = performance.now();
          const send = this.postMessage.bind(this);
          this.postMessage = (m: unknown, ...rest: never[]) => {
            if ((m as { type?: string })?.type === 'extract') marks.requests++;
            send(m, ...rest);
          };
          this.addEventListener('message', () => {
            if (Number.isNaN(marks.first)) marks.first = performance.now();
            if (!document.querySelector('[data-testid=graph-canvas][data-state=ready]')) marks.last = performance.now();
          });
        }
      };
    });
    try {
      await page.goto(url, { waitUntil: 'commit' });
      const c = await page.waitForFunction(() => (document.querySelector('[data-testid=graph-canvas]') ? performance.now() : 0), undefined, {
        polling: 'raf',
        timeout: 30_000,
      });
      canvases.push((await c.jsonValue()) as number);
      // performance.now() in the page counts from navigation start; rAF polling catches the
      // attribute within a frame of it being set.
      const h = await page.waitForFunction((sel) => (document.querySelector(sel) ? performance.now() : 0), READY, {
        polling: 'raf',
        timeout: 30_000,
      });
      times.push((await h.jsonValue()) as number);
      const [paint, worker] = await page.evaluate(() => [
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        performance
          .getEntriesByType('resource')
          .filter((e) => /worker/i.test(e.name))
          .reduce((m, e) => Math.max(Number.isNaN(m) ? 0 : m, (e as PerformanceResourceTiming).responseEnd), NaN),
      ]);
      const marks = await page.evaluate(() => (window as unknown as { __benchMarks: { created: number; first: number; last: number; requests: number } }).__benchMarks);
      requests = Math.max(requests, marks.requests);
      created.push(marks.created);
      firstMsg.push(marks.first);
      lastMsg.push(marks.last);
      paints.push(paint!);
      workers.push(worker!);
      nodes = await page.evaluate(() => (window as unknown as { __cy?: { nodes(): { length: number } } }).__cy?.nodes().length);
    } catch (err) {
      await ctx.close();
      return { error: `graph never became ready at ${url}: ${(err as Error).message.split('\n')[0]}` };
    }
    await ctx.close();
  }
  // Returning visits: one profile, a first visit that saves, then timed reloads.
  const warm: number[] = [];
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForSelector(READY, { timeout: 30_000 });
    await page.waitForTimeout(1500); // the worker saves after posting the graph
    for (let i = 0; i < runs; i++) {
      await page.goto(url, { waitUntil: 'commit' });
      const h = await page.waitForFunction((sel) => (document.querySelector(sel) ? performance.now() : 0), READY, { polling: 'raf', timeout: 30_000 });
      warm.push((await h.jsonValue()) as number);
    }
  } finally {
    await ctx.close();
  }
  return { warmRunsMs: warm, warmMedianMs: median(warm), extractRequests: requests, runsMs: times, medianMs: median(times), firstPaintMs: median(paints), canvasMs: median(canvases), workerLoadedMs: median(workers), workerCreatedMs: median(created), workerFirstMessageMs: median(firstMsg), graphReceivedMs: median(lastMsg), nodes };
}

export interface WorkerBench extends WorkerResult {
  /** Peak memory (PSS) of the whole Chromium process tree during the run. */
  peakBrowserPssMB: number;
}

export async function workerExtraction(browser: Browser, url: string, articles: number): Promise<WorkerBench> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  try {
    await page.goto(`${url}/worker.html`);
    await page.waitForFunction(() => window.__benchWorker?.ready);
    let peak = descendantsPssMB();
    const timer = setInterval(() => (peak = Math.max(peak, descendantsPssMB())), 250);
    try {
      const result = await page.evaluate((n) => window.__benchWorker.run(n), articles);
      return { ...result, peakBrowserPssMB: Math.max(peak, descendantsPssMB()) };
    } finally {
      clearInterval(timer);
    }
  } finally {
    await ctx.close();
  }
}

export interface RenderBench extends RenderResult {}

export interface PanZoomBench {
  elements: number;
  frames: number;
  medianFrameMs: number;
  p95FrameMs: number;
  worstFrameMs: number;
}

/** A render that may not finish in reasonable time (a synchronous layout cannot be interrupted). */
export interface RenderTimeout {
  elements: number;
  variant: string;
  timedOutAfterMs: number;
}

/**
 * What a user does: drag the background to pan, wheel to zoom in and out, for `ms`, with real
 * input events, while the page records the time between frames.
 */
async function gesturePanZoom(page: Page, ms: number): Promise<number[]> {
  await page.evaluate(() => window.__bench.startFrames());
  const start = Date.now();
  let round = 0;
  while (Date.now() - start < ms) {
    const spot = await page.evaluate(() => window.__bench.emptySpot());
    await page.mouse.move(spot.x, spot.y);
    await page.mouse.down();
    for (let k = 1; k <= 12; k++) await page.mouse.move(spot.x + Math.cos(round + k / 4) * 8 * k, spot.y + Math.sin(round + k / 5) * 5 * k);
    await page.mouse.up();
    // In on even rounds, out on odd ones, so the zoom level wanders around the fitted view.
    for (let k = 0; k < 6; k++) await page.mouse.wheel(0, round % 2 === 0 ? -120 : 120);
    round++;
  }
  // Cytoscape redraws in full once a gesture ends; that frame counts too.
  await page.waitForTimeout(300);
  return page.evaluate(() => window.__bench.stopFrames());
}

export async function rendering(
  browser: Browser,
  url: string,
  sizes: number[],
  panZoomMs: number,
  layoutCapMs: number,
): Promise<{ renders: (RenderBench | RenderTimeout)[]; panZoom: PanZoomBench; panZoomGestures: PanZoomBench }> {
  const open = async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(`${url}/index.html`);
    await page.waitForFunction(() => window.__bench?.ready);
    return { ctx, page };
  };
  const renders: (RenderBench | RenderTimeout)[] = [];
  // The app's own layout options, each size in a page of its own: a synchronous layout cannot be
  // stopped from outside, so one that runs past the cap is abandoned by closing its page.
  for (const n of sizes) {
    const { ctx, page } = await open();
    try {
      const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), layoutCapMs));
      const r = await Promise.race([page.evaluate((k) => window.__bench.render(k, 'app'), n), timeout]);
      if (r === 'timeout') {
        renders.push({ elements: n, variant: "app's fCoSE options", timedOutAfterMs: layoutCapMs });
        break; // larger graphs would only take longer
      }
      renders.push(r);
    } finally {
      await ctx.close();
    }
  }
  // Draft quality at each size; the largest stays on screen for panning and zooming.
  const { ctx, page } = await open();
  try {
    for (const n of sizes) renders.push(await page.evaluate((k) => window.__bench.render(k, 'draft'), n));
    const elements = sizes[sizes.length - 1]!;
    const frames = (deltas: number[]): PanZoomBench => ({
      elements,
      frames: deltas.length,
      medianFrameMs: median(deltas),
      p95FrameMs: percentile(deltas, 95),
      worstFrameMs: Math.max(...deltas),
    });
    // The first frames include settling after the fit; keep them, they are what a user feels too.
    const plain = frames(await page.evaluate((ms) => window.__bench.panZoom(ms), panZoomMs));
    const gestures = frames(await gesturePanZoom(page, panZoomMs));
    return { renders, panZoom: plain, panZoomGestures: gestures };
  } finally {
    await ctx.close();
  }
}
