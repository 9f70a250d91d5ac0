// Where extraction time goes: runs the pipeline on N generated articles under `node --cpu-prof`
// and prints the functions and files with the most self time.
// Usage: tsx tests/bench/node/profile.ts [articles=200] [bundled]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = resolve(import.meta.dirname, '../../..');
const n = process.argv[2] ?? '200';
const source = process.argv[3] === 'bundled' ? 'bundled' : 'generated';
const dir = mkdtempSync(join(tmpdir(), 'bench-prof-'));
const run = spawnSync(
  process.execPath,
  ['--expose-gc', '--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', resolve(import.meta.dirname, 'extractChild.ts'), source, n, '1', 'pipeline-only'],
  { cwd: ROOT, encoding: 'utf8' },
);
if (run.status !== 0) throw new Error(run.stderr);
process.stdout.write(run.stdout);
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
const prof = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
const byId = new Map(prof.nodes.map((x) => [x.id, x]));
const parent = new Map<number, number>();
for (const x of prof.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const pathOf = (url: string) => (url.startsWith('file://') ? relative(ROOT, url.slice(7)) : url || '(native)');
/** The innermost project function on the stack: who asked for the library work. */
const projectCaller = (id: number): string => {
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const f = byId.get(cur)!.callFrame;
    const path = pathOf(f.url);
    if (path.startsWith('src/')) return `${f.functionName || '(anonymous)'}  ${path}:${f.lineNumber + 1}`;
  }
  return '(outside src/)';
};
const callerTime = new Map<string, number>();
const fnTime = new Map<string, number>();
const fileTime = new Map<string, number>();
let total = 0;
prof.samples.forEach((id, i) => {
  const node = byId.get(id)!;
  const dt = prof.timeDeltas[i] ?? 0;
  total += dt;
  const { functionName, url, lineNumber } = node.callFrame;
  const path = pathOf(url);
  const caller = projectCaller(id);
  callerTime.set(caller, (callerTime.get(caller) ?? 0) + dt);
  const key = `${functionName || '(anonymous)'}  ${path}:${lineNumber + 1}`;
  fnTime.set(key, (fnTime.get(key) ?? 0) + dt);
  const group = path.includes('node_modules/compromise') ? 'compromise (all files)' : path;
  fileTime.set(group, (fileTime.get(group) ?? 0) + dt);
});
const top = (m: Map<string, number>, k: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([name, us]) => `${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`)
    .join('\n');
console.log(`\nprofile: ${join(dir, file)} (${(total / 1e6).toFixed(1)} s sampled)\n\nSelf time by file:\n${top(fileTime, 15)}\n\nSelf time by function:\n${top(fnTime, 25)}\n\nTime by innermost project function on the stack (its own time plus the library calls it makes):\n${top(callerTime, 20)}`);
