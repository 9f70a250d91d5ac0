// One measurement in its own process, so each size's memory peak is its own (run with --expose-gc).
// Usage: extractChild.ts <bundled|generated> <articles> <repetitions> [pipeline-only]
// Prints one JSON line (ChildResult) on stdout.
import nlp from 'compromise';
import { extractGraph } from '../../../src/extract';
import type { ArticleInput } from '../../../src/extract/types';
import type { Graph } from '../../../src/graph/model';
import { readArticles } from '../../../src/cli/readArticles';
import { countWords, generateCorpus } from '../corpus';
import { median } from '../stats';

/**
 * Wall-clock and CPU time of each run. The machine is shared, so wall-clock time swings with
 * whatever else runs; the process's own CPU time (all its threads, GC helpers included) barely
 * does, so ratios, growth and throughput are computed from CPU time.
 */
export interface ModeResult {
  runsMs: number[];
  cpuRunsMs: number[];
  medianMs: number;
  medianCpuMs: number;
  /** Words per CPU-second. */
  wordsPerSecond: number;
  wallWordsPerSecond: number;
}

export interface ChildResult {
  source: string;
  articles: number;
  words: number;
  pipeline: ModeResult;
  compromise: ModeResult;
  /** Peak resident set after the first pipeline run, before compromise runs alone (includes Node, tsx and compromise's lexicon). */
  peakRssMB: number;
  /** RSS just before the timed runs; peakRss - this is what extraction itself added. */
  baseRssMB: number;
  /** Committed V8 heap after the first pipeline run: the heap only shrinks slowly, so this tracks its peak. */
  heapTotalMB: number;
  /** Heap still live after a full GC while the graph is held: what the graph costs to keep. */
  retainedHeapMB: number;
  nodes: number;
  edges: number;
}

const [source = 'generated', nArg = '10', repsArg = '3', only = ''] = process.argv.slice(2);
// 'pipeline-only' skips compromise's own runs, for profiling the pipeline alone.
const withCompromise = only !== 'pipeline-only';
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (b: number) => Math.round((b / 1048576) * 10) / 10;

function load(): ArticleInput[] {
  if (source === 'bundled') return readArticles(['data/articles']);
  return generateCorpus(Number(nArg));
}

function pipeline(articles: ArticleInput[]): Graph {
  return extractGraph(articles);
}

function compromise(articles: ArticleInput[]): number {
  // nlp(text) runs every hook (tokeniser, lexicon, pre- and post-tagger) eagerly; the word count
  // is only read so the result is observably used.
  let terms = 0;
  for (const a of articles) terms += nlp(a.text).wordCount();
  return terms;
}

interface Timing {
  wall: number;
  cpu: number;
}

function time(f: () => unknown): Timing {
  gc();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

const articles = load();
const words = countWords(articles);
// Warm-up on a small slice: JIT and compromise's lazily built lookup nets, without adding a full
// extra pass at 1,000 articles.
const warm = articles.slice(0, Math.min(articles.length, 10));
pipeline(warm);
compromise(warm);
gc();
const heapBefore = process.memoryUsage().heapUsed;
const baseRss = process.memoryUsage().rss;

// The first pipeline run alone sets the memory figures; then the two modes alternate so that
// load from other processes on the machine hits both alike and the ratio stays fair.
let graph: Graph | undefined;
const p: Timing[] = [time(() => (graph = pipeline(articles)))];
const peakRss = process.resourceUsage().maxRSS * 1024;
const heapTotal = process.memoryUsage().heapTotal;
gc();
const retained = process.memoryUsage().heapUsed - heapBefore;
const c: Timing[] = withCompromise ? [time(() => compromise(articles))] : [];
for (let i = 1; i < Number(repsArg); i++) {
  p.push(time(() => pipeline(articles)));
  if (withCompromise) c.push(time(() => compromise(articles)));
}
const mode = (runs: Timing[]): ModeResult => {
  const wall = median(runs.map((r) => r.wall));
  const cpu = median(runs.map((r) => r.cpu));
  return {
    runsMs: runs.map((x) => Math.round(x.wall)),
    cpuRunsMs: runs.map((x) => Math.round(x.cpu)),
    medianMs: Math.round(wall),
    medianCpuMs: Math.round(cpu),
    wordsPerSecond: Math.round(words / (cpu / 1000)),
    wallWordsPerSecond: Math.round(words / (wall / 1000)),
  };
};
const result: ChildResult = {
  source,
  articles: articles.length,
  words,
  pipeline: mode(p),
  compromise: mode(c),
  peakRssMB: mb(peakRss),
  baseRssMB: mb(baseRss),
  heapTotalMB: mb(heapTotal),
  retainedHeapMB: mb(Math.max(0, retained)),
  nodes: graph?.nodes.length ?? 0,
  edges: graph?.edges.length ?? 0,
};
process.stdout.write(JSON.stringify(result) + '\n');
