// Serves a built folder with Vite's preview server on a free port, and launches Chromium the
// way the browser tests do.
import { readFileSync, readdirSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import { freePort } from '../../e2e/harness';

export { launchChromium as launch } from '../../e2e/harness';

export async function serve(dir: string): Promise<{ url: string; server: PreviewServer }> {
  const port = await freePort();
  const server = await preview({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  return { url: `http://127.0.0.1:${port}`, server };
}

/**
 * Memory of all descendants of a process (Linux /proc), in MB: the browser we launched. Uses
 * PSS (shared pages split between the processes sharing them) because Chromium's processes share
 * much of their memory and summing RSS would count it once per process.
 */
export function descendantsPssMB(rootPid = process.pid): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the parenthesised command: state ppid ...; the parent is what we need.
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(after[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid)!.push(pid);
    } catch {
      // The process ended while we read /proc.
    }
  }
  let total = 0;
  const stack = [...(children.get(rootPid) ?? [])];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'));
      total += m ? Number(m[1]) * 1024 : 0;
    } catch {
      // Gone, or not readable.
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total / 1048576;
}
