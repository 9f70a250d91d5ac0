// Vite plugin: in a production build, the bundled articles' extractions are computed at build
// time by the extractor's own code (run in Node through Vite's module runner) and shipped in the
// extraction worker's chunk as `virtual:prebuilt-extractions`, so a first visit's graph does not
// wait for compromise to load and read them. Each entry carries the exact input it was extracted
// from: the worker uses one only for an identical article. The dev server (and the tests) get an
// empty list, so nothing there can go stale as the extractor's code is edited.
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { PrebuiltExtraction } from './prebuiltExtractions';

const ID = 'virtual:prebuilt-extractions';
const RESOLVED = '\0' + ID;
const SOURCE = fileURLToPath(new URL('./prebuiltExtractions.source.ts', import.meta.url));

/** The bundled articles' extractions, computed by loading the extractor with Vite in Node. */
export async function computePrebuiltExtractions(root: string): Promise<PrebuiltExtraction[]> {
  const { module } = await runnerImport<typeof import('./prebuiltExtractions.source')>(SOURCE, {
    root,
    configFile: false,
    logLevel: 'error',
    server: { fs: { allow: [root] } },
  });
  return module.extractBundled();
}

const UNDEFINED = '\u0000prebuilt-extractions:undefined\u0000';

/**
 * The entries as a JavaScript expression: JSON, except that a property whose value is `undefined`
 * is kept (as the extractor returns it) instead of being dropped.
 */
export function prebuiltExpression(entries: PrebuiltExtraction[]): string {
  return JSON.stringify(entries, (_key, value: unknown) => (value === undefined ? UNDEFINED : value)).replaceAll(
    JSON.stringify(UNDEFINED),
    'undefined',
  );
}

const moduleCode = (entries: PrebuiltExtraction[]) => `export default ${prebuiltExpression(entries)};\n`;

/** One computation per build, shared by the plugin's instances (the page's and the worker's bundles each have one). */
const computed = new Map<string, Promise<PrebuiltExtraction[]>>();
const prebuiltFor = (root: string) => {
  let entries = computed.get(root);
  if (!entries) computed.set(root, (entries = computePrebuiltExtractions(root)));
  return entries;
};

/** Add to both `plugins` and `worker.plugins`: the worker's bundle is built with the latter. */
export function prebuiltExtractions(): Plugin {
  let build = false;
  let root = process.cwd();
  return {
    name: 'prebuilt-extractions',
    configResolved(config) {
      build = config.command === 'build';
      root = config.root;
    },
    buildStart() {
      // Started with the build, so the extractor runs while the page's modules are transformed.
      if (build) void prebuiltFor(root).catch(() => undefined);
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      if (!build) return moduleCode([]);
      return moduleCode(await prebuiltFor(root));
    },
  };
}
