// `npx tsx tests/bench/browser/profileArrival.ts [articles]`: CPU profile of the page's main
// thread while the app's worker extracts a generated corpus, to see what the long tasks are.
// Prints the functions with the most self time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBenchPages } from './build';
import type { Profile } from './cpuProfile';
import { launch, serve } from './serve';


const n = Number(process.argv[2] ?? 300);
const dir = mkdtempSync(join(tmpdir(), 'bench-prof-'));
const browser = await launch();
try {
  await buildBenchPages(dir);
  const { url, server } = await serve(dir);
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/worker.html`);
    await page.waitForFunction(() => window.__benchWorker?.ready);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const result = await page.evaluate((k) => window.__benchWorker.run(k), n);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const byName = new Map<string, number>();
    for (const node of profile.nodes) {
      const f = node.callFrame;
      const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      byName.set(name, (byName.get(name) ?? 0) + (self.get(node.id) ?? 0) / 1000);
    }
    const top = [...byName.entries()].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 15);
    process.stdout.write(JSON.stringify({ result, topSelfMs: top.map(([k, v]) => `${v.toFixed(0)} ms ${k}`) }, null, 1) + '\n');
  } finally {
    await server.close();
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
