// One measurement in its own process, so each size's memory peak is its own (run with --expose-gc).
// Usage: extractChild.ts <bundled|generated> <articles> <pipeline|compromise> <repetitions>
// Prints one JSON line (ChildResult) on stdout.
import nlp from 'compromise';
import { extractGraph } from '../../../src/extract';
import type { ArticleInput } from '../../../src/extract/types';
import { readArticles } from '../../../src/cli/readArticles';
import { countWords, generateCorpus } from '../corpus';
import { median } from '../stats';

export interface ChildResult {
  source: string;
  articles: number;
  words: number;
  mode: 'pipeline' | 'compromise';
  runsMs: number[];
  medianMs: number;
  wordsPerSecond: number;
  /** Peak resident set of the whole process (includes Node, tsx and compromise's lexicon). */
  peakRssMB: number;
  /** RSS just before the timed runs; peakRss - this is what extraction itself added. */
  baseRssMB: number;
  /** Committed V8 heap after the runs: the heap only shrinks slowly, so this tracks its peak. */
  heapTotalMB: number;
  /** Heap still live after a full GC while the last graph is held: what the graph costs to keep. */
  retainedHeapMB: number;
  nodes: number;
  edges: number;
}

const [source = 'generated', nArg = '10', mode = 'pipeline', repsArg = '3'] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (b: number) => Math.round((b / 1048576) * 10) / 10;

function load(): ArticleInput[] {
  if (source === 'bundled') return readArticles(['data/articles']);
  return generateCorpus(Number(nArg));
}

function runOnce(articles: ArticleInput[]): { nodes: number; edges: number; keep: unknown } {
  if (mode === 'compromise') {
    // nlp(text) runs every hook (tokeniser, lexicon, pre- and post-tagger) eagerly; reading the
    // term count is only there so the result is observably used.
    let terms = 0;
    for (const a of articles) terms += nlp(a.text).wordCount();
    return { nodes: 0, edges: terms, keep: terms };
  }
  const g = extractGraph(articles);
  return { nodes: g.nodes.length, edges: g.edges.length, keep: g };
}

const articles = load();
const words = countWords(articles);
// Warm-up on a small slice: JIT and compromise's lazily built lookup nets, without adding a full
// extra pass at 1,000 articles.
runOnce(articles.slice(0, Math.min(articles.length, 10)));
gc();
const heapBefore = process.memoryUsage().heapUsed;
const baseRss = process.memoryUsage().rss;
const runsMs: number[] = [];
let last: ReturnType<typeof runOnce> | undefined;
for (let i = 0; i < Number(repsArg); i++) {
  last = undefined;
  gc();
  const t0 = performance.now();
  last = runOnce(articles);
  runsMs.push(performance.now() - t0);
}
const heapTotal = process.memoryUsage().heapTotal;
gc();
const retained = process.memoryUsage().heapUsed - heapBefore;
const med = median(runsMs);
const result: ChildResult = {
  source,
  articles: articles.length,
  words,
  mode: mode as ChildResult['mode'],
  runsMs: runsMs.map((x) => Math.round(x)),
  medianMs: Math.round(med),
  wordsPerSecond: Math.round(words / (med / 1000)),
  peakRssMB: mb(process.resourceUsage().maxRSS * 1024),
  baseRssMB: mb(baseRss),
  heapTotalMB: mb(heapTotal),
  retainedHeapMB: mb(Math.max(0, retained)),
  nodes: last?.nodes ?? 0,
  edges: last?.edges ?? 0,
};
process.stdout.write(JSON.stringify(result) + '\n');
