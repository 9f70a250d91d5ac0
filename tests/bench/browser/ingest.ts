// One measurement: the built app in Chromium, `n` generated articles dropped through the corpus
// drawer's file input, every main-thread long task recorded until the graph is drawn with the new
// articles' nodes, and a CPU profile of the page's main thread over the same span that names what
// ran inside each stretch over 100 ms. Used by `ingest200.ts` and by `npm run bench`.
import type { Browser } from 'playwright-core';
import { prepareDrop, waitForDrawn } from './dropSetup';
import type { Profile, ProfileNode } from './cpuProfile';

interface LongTask {
  start: number;
  duration: number;
  attribution: string;
}

declare global {
  interface Window {
    __longTasks?: LongTask[];
  }
}

export interface IngestReport {
  articles: number;
  wallMs: number;
  nodes: { before: number; after: number };
  /** Long tasks of the app (over 50 ms), the harness's file hand-over left out. */
  longTasks: number;
  over100ms: number;
  longestMs: number;
  /** Long tasks in which Playwright built the dropped files inside the page (not the app's work). */
  harnessTasks: number[];
  profile: { busyMs: number; scriptMs: number; gcMs: number };
  /** The page's clock when profiling began: a saved profile's samples sit at this offset plus their time. */
  profiledFrom: number;
  tasks: { ms: number; at: number; by: string }[];
  profiledStretchesOver100ms: { at: number; ms: number; top: string[]; inclusive: string[] }[];
}

/**
 * Stretches of the profile where the main thread never went idle, longer than `minMs`, each with
 * the functions that took most of its self time. Found from the samples alone; `at` is placed on
 * the page's clock only roughly (from when profiling began), enough to match a long task.
 */
export function busyStretches(profile: Profile, minMs: number, offsetMs: number): { at: number; ms: number; top: string[]; inclusive: string[] }[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const label = (node: ProfileNode) => {
    const f = node.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  };
  const idle = (id: number) => {
    const name = nodes.get(id)?.callFrame.functionName;
    return name === '(idle)' || name === '(program)';
  };
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  /** Every function on the sample's stack, once each: what the time was spent under. */
  const stack = (id: number) => {
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = nodes.get(at)!;
      if (node.callFrame.url) names.add(label(node));
    }
    return names;
  };
  const out: { at: number; ms: number; top: string[]; inclusive: string[] }[] = [];
  let run: { at: number; ms: number; self: Map<string, number>; total: Map<string, number> } | undefined;
  let clock = offsetMs;
  const close = () => {
    if (run && run.ms >= minMs) {
      const top = [...run.self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
      const inclusive = [...run.total.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
      out.push({
        at: Math.round(run.at),
        ms: Math.round(run.ms),
        top: top.map(([k, v]) => `${v.toFixed(0)} ms ${k}`),
        inclusive: inclusive.map(([k, v]) => `${v.toFixed(0)} ms ${k}`),
      });
    }
    run = undefined;
  };
  profile.samples.forEach((id, i) => {
    clock += (profile.timeDeltas[i] ?? 0) / 1000;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (idle(id)) return close();
    run ??= { at: clock, ms: 0, self: new Map(), total: new Map() };
    run.ms += dt;
    const name = label(nodes.get(id)!);
    run.self.set(name, (run.self.get(name) ?? 0) + dt);
    for (const caller of stack(id)) run.total.set(caller, (run.total.get(caller) ?? 0) + dt);
  });
  close();
  return out.sort((a, b) => b.ms - a.ms);
}

/** Main-thread time in the profile: all of it busy, and the part running script (the rest is the browser's own work, drawing included). */
export function mainThreadTime(profile: Profile): { busyMs: number; scriptMs: number; gcMs: number } {
  const names = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
  let busy = 0;
  let script = 0;
  let gc = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const name = names.get(id);
    if (name === '(idle)') return;
    busy += dt;
    if (name === '(garbage collector)') gc += dt;
    if (name !== '(program)') script += dt;
  });
  return { busyMs: Math.round(busy), scriptMs: Math.round(script), gcMs: Math.round(gc) };
}

/** Drops `n` generated articles on the app served at `url` and measures until they are drawn. */
export async function measureIngest(browser: Browser, url: string, n: number, options: { stretchMs?: number; saveProfile?: (p: Profile) => void } = {}): Promise<IngestReport> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const attr = (e as PerformanceEntry & { attribution?: { name: string; containerType: string; containerName: string }[] }).attribution ?? [];
        window.__longTasks!.push({
          start: e.startTime,
          duration: e.duration,
          attribution: attr.map((a) => `${a.name}/${a.containerType}${a.containerName ? ':' + a.containerName : ''}`).join(', '),
        });
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const { before, input, files } = await prepareDrop(page, url, n);
  // Settle after start-up, then count only what the drop causes.
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    window.__longTasks = [];
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  // The page's clock when profiling began, to place the profile's stretches beside the long tasks.
  const profiledFrom = await page.evaluate(() => performance.now());
  const t0 = Date.now();
  await input.setInputFiles(files);
  // Playwright builds the File objects inside the page (decoding every file from base64) in the
  // same task that hands them to the app: the first long task after the drop is that one, and it
  // is reported apart, as the harness's (the app's part of it, its change handler, is small).
  const handedOver = await page.evaluate(() => performance.now());
  // Drawn with the new articles: the node count has grown and the canvas reports ready.
  await waitForDrawn(page, before);
  const wallMs = Date.now() - t0;
  // Long tasks are reported a moment after they end.
  await page.waitForTimeout(300);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  options.saveProfile?.(profile);
  const all = (await page.evaluate(() => window.__longTasks ?? [])).sort((a, b) => b.duration - a.duration);
  const harness = all.filter((t) => t.start >= profiledFrom && t.start < handedOver).sort((a, b) => a.start - b.start).slice(0, 1);
  const tasks = all.filter((t) => !harness.includes(t));
  const after = Number(await page.locator('[data-testid=graph-canvas]').getAttribute('data-nodes'));
  const report = {
    articles: n,
    wallMs,
    nodes: { before, after },
    longTasks: tasks.length,
    over100ms: tasks.filter((t) => t.duration > 100).length,
    longestMs: Math.round(tasks[0]?.duration ?? 0),
    harnessTasks: harness.map((t) => Math.round(t.duration)),
    profile: mainThreadTime(profile),
    profiledFrom: Math.round(profiledFrom),
    tasks: tasks.slice(0, 10).map((t) => ({ ms: Math.round(t.duration), at: Math.round(t.start), by: t.attribution })),
    profiledStretchesOver100ms: busyStretches(profile, options.stretchMs ?? 100, profiledFrom),
  };
  await context.close();
  return report;
}
