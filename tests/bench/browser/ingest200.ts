// `npx tsx tests/bench/browser/ingest200.ts [articles] [--out DIR | --no-build DIR] [--save-profile FILE]`: builds the app, drops
// generated articles (200 by default) through the corpus drawer's file input, and records every
// main-thread long task until the graph is drawn with the new articles' nodes (see ingest.ts).
// Prints JSON: the long-task count, the longest, the main thread's busy time from a CPU profile,
// and the profile's view of the slow stretches. BENCH_NO_MINIFY=1 keeps function names readable.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from './build';
import { measureIngest } from './ingest';
import { launch, serve } from './serve';

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 200);
const reuse = args.includes('--no-build') ? args[args.indexOf('--no-build') + 1] : undefined;
// `--out DIR` builds into DIR and keeps it, so later runs can pass `--no-build DIR`.
const keep = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
const dir = reuse ?? keep ?? mkdtempSync(join(tmpdir(), 'bench-ingest-'));
const saveTo = args.includes('--save-profile') ? args[args.indexOf('--save-profile') + 1] : undefined;

const browser = await launch();
try {
  if (!reuse) {
    const built = await buildApp(dir);
    if ('error' in built) throw new Error(built.error);
  }
  const { url, server } = await serve(dir);
  try {
    const report = await measureIngest(browser, url, n, {
      stretchMs: Number(process.env.STRETCH_MS ?? 100),
      // The raw profile opens in Chrome's DevTools Performance panel.
      saveProfile: saveTo ? (p) => writeFileSync(saveTo, JSON.stringify(p)) : undefined,
    });
    process.stdout.write(JSON.stringify(report, null, 1) + '\n');
  } finally {
    await server.close();
  }
} finally {
  await browser.close();
  if (!reuse && !keep) rmSync(dir, { recursive: true, force: true });
}
