// `npx tsx tests/bench/browser/startupSteps.ts [runs] [--warm]`: where a start-up's time goes. Builds
// the app, opens it in fresh contexts (and with --warm, reloads one that has saved extractions),
// and prints, per step, the median time from navigation (ms) and every run's figure. The steps are
// the app's own performance marks: `app:*` on the page (entry script, app bundle, corpus read,
// extraction request, graph received), `worker:*` in the extraction worker (script started, booted,
// extractor loaded, request, keys, lookup, bundled articles read ahead, extracted, graph built and
// posted) and `canvas:*` (elements synced, nodes placed), then READY: the canvas's data-state=ready,
// what `only.ts startup` measures. Prints text; does not touch RESULTS.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { buildApp } from './build';
import { launch, serve } from './serve';
import { median } from '../stats';

const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5);
const warm = process.argv.includes('--warm');
const READY = '[data-testid=graph-canvas][data-state=ready]';
const dir = mkdtempSync(join(tmpdir(), 'bench-steps-'));
const steps = new Map<string, number[]>();
const note = (name: string, ms: number) => (steps.get(name) ?? steps.set(name, []).get(name)!).push(ms);

async function visit(ctx: BrowserContext, url: string, tag: string) {
  const page = await ctx.newPage();
  const workers: Worker[] = [];
  page.on('worker', (w) => workers.push(w));
  await page.goto(url, { waitUntil: 'commit' });
  const ready = (await (await page.waitForFunction((sel) => (document.querySelector(sel) ? performance.now() : 0), READY, { polling: 'raf', timeout: 30_000 })).jsonValue()) as number;
  const [origin, marks] = await page.evaluate(() => [performance.timeOrigin, performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as [string, number])] as const);
  // A step marked more than once (the canvas syncs the empty graph first) counts at its last time.
  const last = new Map<string, number>();
  for (const [name, at] of marks) last.set(name, at);
  for (const w of workers) {
    try {
      const [wOrigin, wMarks] = await w.evaluate(() => [performance.timeOrigin, performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as [string, number])] as const);
      for (const [name, at] of wMarks) last.set(name, at + wOrigin - origin);
    } catch {
      // The worker has ended (a layout worker's job is done); its marks went with it.
    }
  }
  for (const [name, at] of last) note(`${tag} ${name}`, at);
  note(`${tag} READY`, ready);
  await page.close();
}

const browser = await launch();
try {
  const app = await buildApp(dir);
  if ('error' in app) throw new Error(app.error);
  const { url, server } = await serve(dir);
  try {
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await visit(ctx, url + '/', 'first');
      await ctx.close();
    }
    if (warm) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await ctx.newPage();
      await page.goto(url + '/');
      await page.waitForSelector(READY, { timeout: 30_000 });
      await page.waitForTimeout(1500); // the worker saves after posting the graph
      await page.close();
      for (let i = 0; i < runs; i++) await visit(ctx, url + '/', 'returning');
      await ctx.close();
    }
  } finally {
    await server.close();
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
const rows = [...steps.entries()].map(([name, xs]) => ({ name, median: median(xs), xs }));
rows.sort((a, b) => (a.name.split(' ')[0]! === b.name.split(' ')[0]! ? a.median - b.median : a.name < b.name ? -1 : 1));
for (const r of rows) process.stdout.write(`${r.name.padEnd(32)} ${String(Math.round(r.median)).padStart(6)}   ${r.xs.map((x) => Math.round(x)).join(' ')}\n`);
