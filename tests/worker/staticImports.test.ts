// A returning visit draws the graph from saved extractions: the worker's own script (what it
// imports statically, before any `import()`) must not pull in compromise, which is most of the
// extractor's code. Graph building reaches gazetteer.ts, which therefore reads compromise's
// dictionary through lexicon.ts and its country names from countries.ts, never from compromise.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
/** Static value imports and re-exports (`import type` is erased; `import()` is not matched). */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const f of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (existsSync(f) && statSync(f).isFile()) return f;
  return null;
}

/** Every module the file loads statically, with the chain that reaches each package. */
function staticClosure(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (!/\.tsx?$/.test(file)) continue;
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const target = spec!.startsWith('.') ? resolveLocal(file, spec!) : spec!;
      if (!target || chains.has(target)) continue;
      chains.set(target, [...chains.get(file)!, target]);
      queue.push(target);
    }
  }
  return chains;
}

describe('the extraction worker before its extractor loads', () => {
  it('does not load compromise', () => {
    const chains = staticClosure(resolve(ROOT, 'src/worker/extract.worker.ts'));
    const packages = [...chains.keys()].filter((m) => !m.startsWith('/'));
    const chain = (m: string) => chains.get(m)!.map((f) => (f.startsWith('/') ? relative(ROOT, f) : f)).join(' → ');
    expect(packages.filter((m) => m.startsWith('compromise')).map(chain)).toEqual([]);
    // The graph builder is in it (so the check above is looking at the right thing).
    expect(chains.has(resolve(ROOT, 'src/extract/buildGraph.ts'))).toBe(true);
  });
});
