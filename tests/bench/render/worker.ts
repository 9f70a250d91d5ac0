// Worker extraction bench page: the generated corpus extracted off the main thread, with the
// main thread watched for long tasks and dropped frames while it waits. Uses the app's own
// extraction worker and client when they exist, so the figure is what a user would get.
import type { Graph } from '../../../src/graph/model';
import type { ArticleInput } from '../../../src/extract/types';
import { countWords, generateCorpus } from '../corpus';

type Extract = (articles: ArticleInput[]) => Promise<Graph>;

const clientModule = import.meta.glob('../../../src/worker/extractClient.ts', { eager: true }) as Record<string, Record<string, unknown>>;
const createClient = Object.values(clientModule)[0]?.createExtractClient as undefined | (() => { extract: (a: ArticleInput[]) => Promise<{ graph: Graph }> });

function fallback(): Extract {
  const w = new Worker(new URL('./extractWorker.ts', import.meta.url), { type: 'module' });
  return (articles) =>
    new Promise((resolve, reject) => {
      w.onmessage = (ev: MessageEvent<{ graph: Graph }>) => resolve(ev.data.graph);
      w.onerror = (ev) => reject(new Error(ev.message));
      w.postMessage({ articles });
    });
}

export interface WorkerResult {
  articles: number;
  words: number;
  totalMs: number;
  longestTaskMs: number;
  longTasks: number;
  longestFrameMs: number;
  nodes: number;
  edges: number;
  usesAppWorker: boolean;
  heapMB?: number;
}

async function run(n: number): Promise<WorkerResult> {
  const articles = generateCorpus(n);
  const words = countWords(articles);
  let extract: Extract;
  if (createClient) {
    const client = createClient();
    extract = async (a) => (await client.extract(a)).graph;
  } else extract = fallback();
  await new Promise((r) => setTimeout(r, 100));
  const tasks: number[] = [];
  const obs = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
  obs.observe({ type: 'longtask' });
  let longestFrame = 0;
  let watching = true;
  let prev = performance.now();
  const watch = (now: number) => {
    longestFrame = Math.max(longestFrame, now - prev);
    prev = now;
    if (watching) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  const t0 = performance.now();
  const graph = await extract(articles);
  const totalMs = performance.now() - t0;
  watching = false;
  await new Promise((r) => setTimeout(r, 50));
  obs.disconnect();
  const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return {
    articles: n,
    words,
    totalMs,
    longestTaskMs: Math.max(0, ...tasks),
    longTasks: tasks.length,
    longestFrameMs: longestFrame,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    usesAppWorker: Boolean(createClient),
    heapMB: mem ? mem.usedJSHeapSize / 1048576 : undefined,
  };
}

declare global {
  interface Window {
    __benchWorker: { run: typeof run; ready: true };
  }
}
window.__benchWorker = { run, ready: true };
document.getElementById('status')!.textContent = 'ready';
