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

export interface ModeResult {
  runsMs: number[];
  medianMs: number;
  wordsPerSecond: number;
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

function time(f: () => unknown): number {
  gc();
  const t0 = performance.now();
  f();
  return performance.now() - t0;
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
const p: number[] = [time(() => (graph = pipeline(articles)))];
const peakRss = process.resourceUsage().maxRSS * 1024;
const heapTotal = process.memoryUsage().heapTotal;
gc();
const retained = process.memoryUsage().heapUsed - heapBefore;
const c: number[] = withCompromise ? [time(() => compromise(articles))] : [];
for (let i = 1; i < Number(repsArg); i++) {
  p.push(time(() => pipeline(articles)));
  if (withCompromise) c.push(time(() => compromise(articles)));
}
const mode = (runs: number[]): ModeResult => {
  const med = median(runs);
  return { runsMs: runs.map((x) => Math.round(x)), medianMs: Math.round(med), wordsPerSecond: Math.round(words / (med / 1000)) };
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
