// `npx tsx tests/bench/browser/taskCpu.ts DIR [articles] [runs]`: drops generated articles on the app
// built in DIR (see ingest200.ts --out) with a Chrome trace running, and lists the page's main-
// thread tasks from the drop until the graph is drawn, by the thread's own CPU time in each
// (`tdur`) as well as wall time: the CPU time is what a task costs the page on a quiet machine,
// where the wall time on a shared, loaded one also counts the waits for a core.
import type { Browser } from 'playwright-core';
import { prepareDrop, waitForDrawn } from './dropSetup';
import { launch, serve } from './serve';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; lineNumber?: number; type?: string } };
}

export interface TaskCpuReport {
  wallMs: number;
  tasks: number;
  over50msWall: number;
  over50msCpu: number;
  over100msWall: number;
  longestWallMs: number;
  longestCpuMs: number;
  busyCpuMs: number;
  top: { wallMs: number; cpuMs: number; atMs: number; what: string[] }[];
}

export async function measureTaskCpu(browser: Browser, url: string, n: number): Promise<TaskCpuReport> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const { before, input, files } = await prepareDrop(page, url, n);
  await page.waitForTimeout(1000);
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  const t0 = Date.now();
  await input.setInputFiles(files);
  await waitForDrawn(page, before);
  const wallMs = Date.now() - t0;
  await page.waitForTimeout(300);
  const raw = (await browser.stopTracing()).toString("utf8");
  if (process.env.TRACE_OUT) (await import("node:fs")).writeFileSync(process.env.TRACE_OUT, raw);
  const trace = JSON.parse(raw) as { traceEvents: TraceEvent[] };
  await context.close();
  const events = trace.traceEvents;
  // The page's main thread: the renderer thread named CrRendererMain that ran the most tasks.
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const runTasks = events.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur !== undefined);
  let best: TraceEvent[] = [];
  for (const m of mains) {
    const mine = runTasks.filter((e) => e.pid === m.pid && e.tid === m.tid);
    if (mine.length > best.length) best = mine;
  }
  const tasks = best.map((e) => ({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000, atMs: e.ts / 1000, event: e }));
  const main = best[0];
  const inside = main ? events.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && !/RunTask/.test(e.name)) : [];
  /** What ran inside a task, from the timeline's events: the longest few, with the function called where known. */
  const whatRan = (task: TraceEvent) =>
    inside
      .filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0))
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 4)
      .map((e) => {
        const d = e.args?.data;
        const where = d?.functionName || d?.url ? ` ${d?.functionName ?? ''}@${(d?.url ?? '').split('/').pop()}:${d?.lineNumber ?? ''}` : d?.type ? ` ${d.type}` : '';
        return `${Math.round((e.dur ?? 0) / 1000)}ms ${e.name}${where}`;
      });
  const origin = tasks.length ? Math.min(...tasks.map((t) => t.atMs)) : 0;
  // The first long task is Playwright building the dropped files inside the page (see ingest.ts).
  const sorted = [...tasks].sort((a, b) => a.atMs - b.atMs);
  const harness = sorted.find((t) => t.wallMs > 50);
  const app = tasks.filter((t) => t !== harness);
  const byCpu = [...app].sort((a, b) => b.cpuMs - a.cpuMs);
  return {
    wallMs,
    tasks: app.length,
    over50msWall: app.filter((t) => t.wallMs > 50).length,
    over50msCpu: app.filter((t) => t.cpuMs > 50).length,
    over100msWall: app.filter((t) => t.wallMs > 100).length,
    longestWallMs: Math.round(Math.max(0, ...app.map((t) => t.wallMs))),
    longestCpuMs: Math.round(byCpu[0]?.cpuMs ?? 0),
    busyCpuMs: Math.round(app.reduce((s, t) => s + t.cpuMs, 0)),
    top: byCpu.slice(0, 8).map((t) => ({ wallMs: Math.round(t.wallMs), cpuMs: Math.round(t.cpuMs), atMs: Math.round(t.atMs - origin), what: whatRan(t.event) })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, articles, runs] = process.argv.slice(2);
  if (!dir) throw new Error('usage: taskCpu.ts DIR [articles] [runs]');
  const browser = await launch();
  try {
    const { url, server } = await serve(dir);
    try {
      for (let i = 0; i < Number(runs ?? 1); i++) {
        process.stdout.write(JSON.stringify(await measureTaskCpu(browser, url, Number(articles ?? 200))) + '\n');
      }
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
  }
}
