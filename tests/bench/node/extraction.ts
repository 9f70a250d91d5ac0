// Extraction in Node: each (corpus, size, mode) measured in a fresh child process so memory peaks
// never mix, then throughput, the pipeline/compromise ratio and growth from size to size.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { ChildResult, ModeResult } from './extractChild';

const ROOT = resolve(import.meta.dirname, '../../..');
const CHILD = resolve(import.meta.dirname, 'extractChild.ts');

export function runChild(source: 'bundled' | 'generated', articles: number, reps: number): Promise<ChildResult> {
  return new Promise((res, rej) => {
    const p = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, source, String(articles), String(reps)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', rej);
    p.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) {
        // The first error line and the frame under it say what broke; the rest is loader noise.
        const lines = err.split('\n');
        const i = lines.findIndex((l) => /^\w*Error\b/.test(l));
        const why = i >= 0 ? lines.slice(i, i + 2).map((l) => l.trim()).join(' ') : lines.slice(-3).join(' | ');
        rej(new Error(`extraction child failed (${source} ${articles}): ${why}`));
      }
      else res(JSON.parse(line) as ChildResult);
    });
  });
}

export interface SizeResult {
  articles: number;
  words: number;
  pipeline: ModeResult;
  compromise: ModeResult;
  /** Memory and graph size of the run. */
  run: ChildResult;
  /** Pipeline CPU time over compromise's own parsing of the same text. */
  ratio: number;
  /** What extraction added to the process's resident memory at its peak. */
  extraRssMB: number;
}

export interface ExtractionResults {
  bundled: SizeResult;
  generated: SizeResult[];
  growth: { from: number; to: number; time: number; memory: number; retainedHeap: number }[];
}

/** Repetitions per size: enough for a stable median without a 10-minute run (each timed window holds at least 30,000 words, see extractChild.ts). */
const reps = (n: number) => (n <= 100 ? 3 : 1);

async function measure(source: 'bundled' | 'generated', n: number, log: (s: string) => void): Promise<SizeResult> {
  const r = reps(n);
  log(`  extraction: ${source === 'bundled' ? 'bundled articles' : n + ' generated articles'}, pipeline and compromise x${r}`);
  const run = await runChild(source, n, r);
  return {
    articles: run.articles,
    words: run.words,
    pipeline: run.pipeline,
    compromise: run.compromise,
    run,
    ratio: run.pipeline.medianCpuMs / Math.max(1, run.compromise.medianCpuMs),
    extraRssMB: Math.max(0, run.peakRssMB - run.baseRssMB),
  };
}

export async function extractionBench(sizes: number[], log: (s: string) => void): Promise<ExtractionResults> {
  const bundled = await measure('bundled', 5, log);
  const generated: SizeResult[] = [];
  for (const n of sizes) generated.push(await measure('generated', n, log));
  const growth = generated.slice(1).map((g, i) => {
    const prev = generated[i]!;
    return {
      from: prev.articles,
      to: g.articles,
      time: g.pipeline.medianCpuMs / Math.max(1, prev.pipeline.medianCpuMs),
      memory: g.extraRssMB / Math.max(0.1, prev.extraRssMB),
      retainedHeap: g.run.retainedHeapMB / Math.max(0.1, prev.run.retainedHeapMB),
    };
  });
  return { bundled, generated, growth };
}
