// `npx tsx tests/bench/browser/renderOnly.ts [elements...]`: only the rendering measurements
// (layout, first frame, pan/zoom of the largest size), to check a change to the canvas quickly.
// Prints JSON; does not touch RESULTS.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBenchPages } from './build';
import { rendering } from './measure';
import { launch, serve } from './serve';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const dir = mkdtempSync(join(tmpdir(), 'bench-render-'));
const browser = await launch();
try {
  await buildBenchPages(dir);
  const { url, server } = await serve(dir);
  try {
    const r = await rendering(browser, url, sizes.length ? sizes : [5000], 3000, 30_000);
    process.stdout.write(JSON.stringify(r, null, 1) + '\n');
  } finally {
    await server.close();
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
