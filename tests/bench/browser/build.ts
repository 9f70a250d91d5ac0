// Programmatic Vite builds for the bench: the app (same config as `npm run build`, but into a
// temporary folder so the dist/ that browser tests use is never touched mid-run) with a plugin
// that records every chunk's modules, and the bench pages under tests/bench/render.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

export interface ChunkInfo {
  fileName: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  modules: { id: string; renderedLength: number }[];
}

export interface BundleStats {
  /** gzipped bytes of the JavaScript the page loads before anything else runs. */
  initialGzip: number;
  initialFiles: { file: string; gzip: number }[];
  /** gzipped bytes of chunks (and worker scripts) loaded only when needed. */
  lazyGzip: number;
  lazyFiles: { file: string; gzip: number }[];
  /** Largest modules by rendered (minified, before gzip) length, across all chunks. */
  largestModules: { id: string; bytes: number; chunk: string }[];
}

const ROOT = resolve(import.meta.dirname, '../../..');

function collector(into: ChunkInfo[]): Plugin {
  return {
    name: 'bench-bundle-stats',
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        into.push({
          fileName: out.fileName,
          isEntry: out.isEntry,
          isDynamicEntry: out.isDynamicEntry,
          imports: out.imports,
          dynamicImports: out.dynamicImports,
          modules: Object.entries(out.modules).map(([id, m]) => ({ id, renderedLength: m.renderedLength })),
        });
      }
    },
  };
}

const short = (id: string) => {
  const clean = id.replace(/\0/g, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf('node_modules/');
  return nm >= 0 ? clean.slice(nm + 'node_modules/'.length) : relative(ROOT, clean);
};

/** Builds the app into outDir; undefined when there is no app to build yet. */
export async function buildApp(outDir: string): Promise<BundleStats | { error: string }> {
  if (!existsSync(join(ROOT, 'index.html'))) return { error: 'no index.html at the repository root yet' };
  const chunks: ChunkInfo[] = [];
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'error',
      // BENCH_NO_MINIFY=1 keeps function names readable in CPU profiles (sizes are then not the shipped ones).
      build: { outDir, emptyOutDir: true, reportCompressedSize: false, ...(process.env.BENCH_NO_MINIFY ? { minify: false } : {}) },
      plugins: [collector(chunks)],
      worker: { format: 'es', plugins: () => [collector(chunks)] },
    });
  } catch (err) {
    return { error: `vite build failed: ${(err as Error).message.split('\n')[0]}` };
  }
  return bundleStats(outDir, chunks);
}

function bundleStats(outDir: string, chunks: ChunkInfo[]): BundleStats {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  // What index.html loads up front: its module scripts, their modulepreloads and static imports.
  // The entry script (src/main.tsx) only starts the extraction worker and then imports the app at
  // once, so the chunks the entry imports dynamically are loaded up front too.
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initial = new Set<string>();
  const scripts = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const queue = [...scripts, ...scripts.flatMap((f) => byName.get(f)?.dynamicImports ?? [])];
  while (queue.length) {
    const f = queue.pop()!;
    if (initial.has(f)) continue;
    initial.add(f);
    for (const imp of byName.get(f)?.imports ?? []) queue.push(imp);
  }
  const jsFiles: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, name.name);
      if (name.isDirectory()) walk(full);
      else if (name.name.endsWith('.js') || name.name.endsWith('.mjs')) jsFiles.push(relative(outDir, full));
    }
  };
  walk(outDir);
  const gz = (f: string) => gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length;
  const initialFiles = jsFiles.filter((f) => initial.has(f)).map((file) => ({ file, gzip: gz(file) }));
  const lazyFiles = jsFiles.filter((f) => !initial.has(f)).map((file) => ({ file, gzip: gz(file) }));
  const modules = new Map<string, { id: string; bytes: number; chunk: string }>();
  for (const c of chunks) {
    for (const m of c.modules) {
      const key = `${short(m.id)} @ ${c.fileName}`;
      const prev = modules.get(key);
      if (prev) prev.bytes += m.renderedLength;
      else modules.set(key, { id: short(m.id), bytes: m.renderedLength, chunk: c.fileName });
    }
  }
  const sum = (xs: { gzip: number }[]) => xs.reduce((a, x) => a + x.gzip, 0);
  return {
    initialGzip: sum(initialFiles),
    initialFiles: initialFiles.sort((a, b) => b.gzip - a.gzip),
    lazyGzip: sum(lazyFiles),
    lazyFiles: lazyFiles.sort((a, b) => b.gzip - a.gzip),
    largestModules: [...modules.values()].sort((a, b) => b.bytes - a.bytes).slice(0, 10),
  };
}

/** The rendering and worker bench pages, built like production code. */
export async function buildBenchPages(outDir: string): Promise<void> {
  const root = join(ROOT, 'tests/bench/render');
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      rolldownOptions: { input: { render: join(root, 'index.html'), worker: join(root, 'worker.html') } },
    },
    worker: { format: 'es' },
  });
}
