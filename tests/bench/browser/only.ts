// `npx tsx tests/bench/browser/only.ts startup [runs] | worker [articles] | render [elements...]`: one browser measurement
// on its own, to check a change quickly. Prints JSON; does not touch RESULTS.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, buildBenchPages } from './build';
import { rendering, startup, workerExtraction } from './measure';
import { launch, serve } from './serve';

const [what, ...rest] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'bench-only-'));
const browser = await launch();
try {
  if (what === 'startup') {
    const app = await buildApp(dir);
    if ('error' in app) throw new Error(app.error);
    const { url, server } = await serve(dir);
    try {
      process.stdout.write(JSON.stringify(await startup(browser, url + '/', Number(rest[0] ?? 3)), null, 1) + '\n');
    } finally {
      await server.close();
    }
  } else if (what === 'worker') {
    await buildBenchPages(dir);
    const { url, server } = await serve(dir);
    try {
      process.stdout.write(JSON.stringify(await workerExtraction(browser, url, Number(rest[0] ?? 1000)), null, 1) + '\n');
    } finally {
      await server.close();
    }
  } else {
    const sizes = rest.map(Number).filter((n) => n > 0);
    await buildBenchPages(dir);
    const { url, server } = await serve(dir);
    try {
      process.stdout.write(JSON.stringify(await rendering(browser, url, sizes.length ? sizes : [5000], 3000, 30_000), null, 1) + '\n');
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
