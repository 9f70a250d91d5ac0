// `npm run bench`: extraction throughput and memory in Node, start-up, worker extraction and
// graph rendering in headless Chromium, and the built bundle's size. Every figure is printed
// beside its target. `--json` prints one JSON object on stdout (progress goes to stderr);
// `--quick` measures 10 and 100 articles only and skips the browser; `--node-from <json>` reuses
// the Node figures of an earlier `--json` run.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp, buildBenchPages, type BundleStats } from './browser/build';
import { rendering, startup, workerExtraction, type PanZoomBench, type RenderBench, type RenderTimeout, type StartupResult, type WorkerBench } from './browser/measure';
import { measureIngest, type IngestReport } from './browser/ingest';
import { launch, serve } from './browser/serve';
import { extractionBench, type ExtractionResults } from './node/extraction';
import type { ModeResult } from './node/extractChild';
import { fig, markdownTable, table, type Figure } from './report';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const quick = args.has('--quick');
const log = (s: string) => process.stderr.write(s + '\n');

const SIZES = quick ? [10, 100] : [10, 100, 1000];
const RENDER_SIZES = [500, 2000, 5000];
const WORKER_ARTICLES = 1000;
/** Articles dropped on the running app at once, for the responsiveness target (issue 6). */
const INGEST_ARTICLES = 200;
/** The drop is repeated and the worst run reported: one lucky run proves little about a budget. */
const INGEST_RUNS = 3;
const STARTUP_RUNS = 5;
const PAN_ZOOM_MS = 3000;
/** A layout still running after this is abandoned and reported as a miss, to keep the run short. */
const LAYOUT_CAP_MS = 30_000;

interface BrowserResults {
  bundle?: BundleStats;
  startup?: StartupResult;
  worker?: WorkerBench;
  renders?: (RenderBench | RenderTimeout)[];
  panZoom?: PanZoomBench;
  panZoomGestures?: PanZoomBench;
  /** Every run of the drop, worst (longest task) first. */
  ingest?: IngestReport[];
  errors: string[];
}

async function browserBench(): Promise<BrowserResults> {
  const res: BrowserResults = { errors: [] };
  if (!existsSync('/usr/bin/chromium')) {
    res.errors.push('/usr/bin/chromium is not installed');
    return res;
  }
  const appDir = mkdtempSync(join(tmpdir(), 'bench-app-'));
  const pagesDir = mkdtempSync(join(tmpdir(), 'bench-pages-'));
  const browser = await launch();
  try {
    log('  browser: building the app');
    const app = await buildApp(appDir);
    if ('error' in app) res.errors.push(`app: ${app.error}`);
    else {
      res.bundle = app;
      const { url, server } = await serve(appDir);
      try {
        log(`  browser: start-up x${STARTUP_RUNS}`);
        const s = await startup(browser, url + '/', STARTUP_RUNS);
        if ('error' in s) res.errors.push(`start-up: ${s.error}`);
        else res.startup = s;
        log(`  browser: ${INGEST_ARTICLES} articles dropped on the app x${INGEST_RUNS}`);
        try {
          const runs: IngestReport[] = [];
          for (let i = 0; i < INGEST_RUNS; i++) runs.push(await measureIngest(browser, url, INGEST_ARTICLES));
          res.ingest = runs.sort((a, b) => b.longestMs - a.longestMs);
        } catch (err) {
          res.errors.push(`dropping ${INGEST_ARTICLES} articles: ${(err as Error).message.split('\n')[0]}`);
        }
      } finally {
        await server.close();
      }
    }
    log('  browser: building the bench pages');
    await buildBenchPages(pagesDir);
    const { url, server } = await serve(pagesDir);
    try {
      log(`  browser: ${WORKER_ARTICLES} articles in the worker`);
      res.worker = await workerExtraction(browser, url, WORKER_ARTICLES);
      log(`  browser: rendering ${RENDER_SIZES.join(', ')} elements`);
      const r = await rendering(browser, url, RENDER_SIZES, PAN_ZOOM_MS, LAYOUT_CAP_MS);
      res.renders = r.renders;
      res.panZoom = r.panZoom;
      res.panZoomGestures = r.panZoomGestures;
    } finally {
      await server.close();
    }
  } catch (err) {
    res.errors.push((err as Error).message.split('\n')[0]!);
  } finally {
    await browser.close();
    rmSync(appDir, { recursive: true, force: true });
    rmSync(pagesDir, { recursive: true, force: true });
  }
  return res;
}

/** Throughput is per CPU-second; the wall-clock figures beside it show how much the machine's load cost. */
const wallNote = (m: ModeResult) => `CPU ${(m.medianCpuMs / 1000).toFixed(2)} s, wall ${(m.medianMs / 1000).toFixed(2)} s (${m.wallWordsPerSecond.toLocaleString('en-US')} words/s)`;

function figures(x: ExtractionResults, b: BrowserResults | undefined): Figure[] {
  const f: Figure[] = [];
  const E = 'Extraction (Node)';
  const bd = x.bundled;
  f.push(fig(E, `bundled (${bd.articles} articles, ${bd.words} words): pipeline`, bd.pipeline.wordsPerSecond, 'words/s', '', undefined, wallNote(bd.pipeline)));
  f.push(fig(E, 'bundled: compromise nlp(text) alone', bd.compromise.wordsPerSecond, 'words/s', '', undefined, wallNote(bd.compromise)));
  f.push(fig(E, 'bundled: pipeline / compromise CPU time', bd.ratio, '×', '≤ 1.5×', (v) => v <= 1.5));
  for (const g of x.generated) {
    const label = `generated ${g.articles} (${g.words.toLocaleString('en-US')} words)`;
    f.push(fig(E, `${label}: pipeline`, g.pipeline.wordsPerSecond, 'words/s', '', undefined, `${wallNote(g.pipeline)}; ${g.run.nodes} nodes, ${g.run.edges} edges`));
    f.push(fig(E, `${label}: compromise nlp(text) alone`, g.compromise.wordsPerSecond, 'words/s', '', undefined, wallNote(g.compromise)));
    f.push(fig(E, `${label}: pipeline / compromise CPU time`, g.ratio, '×', '≤ 1.5×', (v) => v <= 1.5));
  }
  for (const g of x.growth) {
    const step = `${g.from}→${g.to} articles`;
    f.push(fig(E, `CPU time growth ${step}`, g.time, '×', '≈10× (≤ 15×)', (v) => v <= 15));
    // At 10 articles the added memory is within the allocator's noise, so that step is shown only.
    const small = (x.generated.find((s) => s.articles === g.from)?.extraRssMB ?? 0) < 20;
    f.push(fig(E, `peak memory growth ${step}`, g.memory, '×', small ? '' : '≈10× (≤ 15×)', small ? undefined : (v) => v <= 15, small ? 'base too small to judge' : undefined));
    f.push(fig(E, `retained heap growth ${step}`, g.retainedHeap, '×', '', undefined, 'graph kept after GC'));
  }
  const largest = x.generated[x.generated.length - 1];
  if (largest) {
    f.push(fig(E, `peak RSS, ${largest.articles} articles`, largest.run.peakRssMB, 'MB', '< 1024 MB', (v) => v < 1024, `+${largest.extraRssMB.toFixed(0)} MB over the process at rest`));
    f.push(fig(E, `V8 heap committed, ${largest.articles} articles`, largest.run.heapTotalMB, 'MB', '< 1024 MB', (v) => v < 1024));
  }
  if (!b) return f;
  const B = 'Browser';
  if (b.startup) f.push(fig(B, `start-up: navigation → graph drawn (median of ${b.startup.runsMs.length})`, b.startup.medianMs, 'ms', '≤ 1500 ms', (v) => v <= 1500, `${b.startup.nodes ?? '?'} nodes; first paint ${b.startup.firstPaintMs.toFixed(0)} ms, canvas mounted ${b.startup.canvasMs.toFixed(0)} ms, worker created ${b.startup.workerCreatedMs.toFixed(0)} ms, script loaded ${b.startup.workerLoadedMs.toFixed(0)} ms, first message ${b.startup.workerFirstMessageMs.toFixed(0)} ms, graph received ${b.startup.graphReceivedMs.toFixed(0)} ms`));
  if (b.startup) {
    f.push(fig(B, `start-up, returning visit (median of ${b.startup.warmRunsMs.length})`, b.startup.warmMedianMs, 'ms', '', undefined, 'extractions saved by the worker on the first visit'));
    f.push(fig(B, 'extraction requests during one start-up', b.startup.extractRequests, '', '1', (v) => v === 1, 'more would mean work done twice'));
  } else f.push(fig(B, 'start-up: navigation → graph drawn', null, 'ms', '≤ 1500 ms', undefined, 'not measured'));
  if (b.worker) {
    const w = b.worker;
    const note = `${w.usesAppWorker ? "app's worker" : 'bench worker'}; ${w.words.toLocaleString('en-US')} words; ${w.nodes} nodes, ${w.edges} edges`;
    f.push(fig(B, `worker extraction, ${w.articles} articles`, w.totalMs / 1000, 's', '< 60 s', (v) => v < 60, note));
    f.push(fig(B, 'worker extraction throughput', w.words / (w.totalMs / 1000), 'words/s'));
    f.push(fig(B, 'longest main-thread frame during it', w.longestFrameMs, 'ms', '< 200 ms (no freeze)', (v) => v < 200, `${w.longTasks} long tasks, longest ${w.longestTaskMs.toFixed(0)} ms`));
    f.push(fig(B, 'peak browser memory (PSS, all processes)', w.peakBrowserPssMB, 'MB', '< 1024 MB', (v) => v < 1024));
  }
  if (b.ingest?.length) {
    const g = b.ingest[0]!;
    const note =
      `worst of ${b.ingest.length} runs (longest ${b.ingest.map((r) => r.longestMs.toFixed(0)).join(', ')} ms); ` +
      `${g.longTasks} long tasks, ${g.over100ms} over 100 ms; main thread busy ${(g.profile.busyMs / 1000).toFixed(1)} s ` +
      `(script ${(g.profile.scriptMs / 1000).toFixed(1)} s) of ${(g.wallMs / 1000).toFixed(1)} s; ${g.nodes.before} → ${g.nodes.after} nodes` +
      (g.harnessTasks.length ? `; Playwright's file hand-over (${g.harnessTasks.join(', ')} ms) not counted` : '');
    f.push(fig(B, `longest main-thread task, ${g.articles} articles dropped until drawn (worst run)`, g.longestMs, 'ms', '≤ 100 ms', (v) => v <= 100, note));
  }
  for (const r of b.renders ?? []) {
    if ('timedOutAfterMs' in r) {
      // The cap is a lower bound on the real time, so it can only be a miss.
      f.push(fig('Rendering', `${r.elements} elements (${r.variant}): layout`, r.timedOutAfterMs, 'ms', '< 10000 ms', () => false, `> ${r.timedOutAfterMs / 1000} s: abandoned while still running`));
      continue;
    }
    const name = `${r.elements} elements (${r.variant})`;
    const isApp = !r.variant.includes('draft');
    f.push(fig('Rendering', `${name}: layout`, r.layoutMs, 'ms', r.elements === 5000 ? '< 10000 ms' : '', r.elements === 5000 ? (v) => v < 10000 : undefined, isApp ? undefined : 'a faster alternative'));
    f.push(fig('Rendering', `${name}: data → first frame`, r.firstFrameMs, 'ms', '', undefined, `mount ${r.mountMs.toFixed(0)} ms`));
  }
  for (const [p, label, target] of [
    [b.panZoom, 'pan/zoom from script (every frame a full redraw)', false],
    [b.panZoomGestures, 'pan/zoom by mouse drag and wheel', true],
  ] as const) {
    if (!p) continue;
    // The target is about what a user feels: frames while dragging and wheeling.
    f.push(fig('Rendering', `${p.elements} elements ${label}: median frame`, p.medianFrameMs, 'ms', target ? '< 33 ms' : '', target ? (v) => v < 33 : undefined, `${p.frames} frames`));
    f.push(fig('Rendering', `${p.elements} elements ${label}: p95 frame`, p.p95FrameMs, 'ms', '', undefined, `worst ${p.worstFrameMs.toFixed(0)} ms`));
  }
  if (b.bundle) {
    const kb = (n: number) => n / 1024;
    f.push(fig('Bundle', 'initial JavaScript (gzip)', kb(b.bundle.initialGzip), 'KB', '< 400 KB', (v) => v < 400, b.bundle.initialFiles.map((x) => `${x.file} ${kb(x.gzip).toFixed(0)}`).join(', ')));
    f.push(fig('Bundle', 'lazy JavaScript (gzip)', kb(b.bundle.lazyGzip), 'KB', '', undefined, b.bundle.lazyFiles.map((x) => `${x.file} ${kb(x.gzip).toFixed(0)}`).join(', ')));
    b.bundle.largestModules.forEach((m, i) => f.push(fig('Bundle', `largest module #${i + 1}: ${m.id}`, kb(m.bytes), 'KB', '', undefined, `minified, in ${m.chunk}`)));
  }
  for (const e of b.errors) f.push(fig(B, 'not measured', null, '', '', undefined, e));
  return f;
}

/**
 * The generated table goes between markers in RESULTS.md, so the hand-written analysis of missed
 * targets around it survives each run.
 */
function writeResults(f: Figure[], load: { before: number; after: number }): string {
  const file = resolve(import.meta.dirname, 'RESULTS.md');
  const START = '<!-- bench:start -->';
  const END = '<!-- bench:end -->';
  const misses = f.filter((x) => x.pass === false).map((x) => `- ${x.section}: ${x.name}`);
  const block = [
    START,
    `Latest full run of \`npm run bench\`: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${cpus().length} cores (1-minute load average ${load.before.toFixed(1)} at the start, ${load.after.toFixed(1)} at the end), headless Chromium with software rendering.`,
    '',
    markdownTable(f),
    '',
    `Targets missed: ${misses.length ? '\n\n' + misses.join('\n') : 'none.'}`,
    END,
  ].join('\n');
  const prev = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n\n' + START + '\n' + END + '\n';
  const i = prev.indexOf(START);
  const j = prev.indexOf(END);
  const next = i >= 0 && j > i ? prev.slice(0, i) + block + prev.slice(j + END.length) : prev + '\n' + block + '\n';
  writeFileSync(file, next);
  return file;
}

const t0 = performance.now();
const loadBefore = loadavg()[0]!;
log(`bench: ${quick ? 'quick (10 and 100 articles, no browser)' : 'full'} run`);
// `--node-from file.json` reuses the Node figures of an earlier `--json` run, to re-measure only the browser.
const nodeFrom = process.argv.indexOf('--node-from');
const extraction: ExtractionResults =
  nodeFrom > 0 ? (JSON.parse(readFileSync(process.argv[nodeFrom + 1]!, 'utf8')) as { extraction: ExtractionResults }).extraction : await extractionBench(SIZES, log);
const browser = quick ? undefined : await browserBench();
const figs = figures(extraction, browser);
const seconds = (performance.now() - t0) / 1000;
// Other work on the machine slows every figure; the load average says how much to trust them.
const load = { before: loadBefore, after: loadavg()[0]! };
log(`bench: done in ${seconds.toFixed(0)} s (load average ${load.before.toFixed(1)} → ${load.after.toFixed(1)})`);

if (!quick) {
  log(`bench: table written to ${writeResults(figs, load)}`);
}
if (json) {
  process.stdout.write(JSON.stringify({ quick, seconds, load, figures: figs, extraction, browser }) + '\n');
} else {
  process.stdout.write(table(figs) + '\n');
}
