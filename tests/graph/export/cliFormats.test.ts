// The CLI's --format: each data format on stdout (nothing else there), CSV's three files with
// --out, and clear errors for an unknown format or a missing path.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAppJson } from '../../../src/graph/export/appJson';
import { toCsvFiles } from '../../../src/graph/export/csv';
import { toCypher } from '../../../src/graph/export/cypher';
import { toGraphml } from '../../../src/graph/export/graphml';
import type { Graph } from '../../../src/graph/model';
import { parseXml } from './xmlParse';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    // tsx from node_modules/.bin, as `npx tsx` would run it, minus npm's start-up time.
    execFile(join('node_modules', '.bin', 'tsx'), ['src/cli/extract.ts', ...args], { cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const ARTICLE =
  'Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Ankara on Monday. ' +
  'Putin said the talks were "useful & <frank>". Erdogan thanked Putin.\n';

let dir: string;
let graph: Graph;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
  writeFileSync(join(dir, 'talks.txt'), ARTICLE);
  const run = await cli([dir]);
  expect(run.code).toBe(0);
  const parsed = parseAppJson(run.stdout);
  if (!parsed.ok) throw new Error(parsed.error);
  graph = parsed.graph;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract CLI --format', () => {
  it('prints the plain DESIGN.md graph by default', () => {
    expect(graph.articles.map((a) => a.id)).toEqual(['talks']);
  });

  // Every format goes through the same registry; two spawns keep the test quick.
  it('prints GraphML and Cypher exactly as the app writes them', async () => {
    const [graphml, cypher] = await Promise.all(['graphml', 'cypher'].map((f) => cli([dir, '--format', f])));
    for (const run of [graphml, cypher]) expect(run.code).toBe(0);
    expect(graphml.stdout).toBe(toGraphml(graph));
    expect(parseXml(graphml.stdout).graphml.graph.node ?? []).toHaveLength(graph.nodes.length);
    expect(cypher.stdout).toBe(toCypher(graph));
  }, 60_000);

  it('writes the three CSV files with --out, and nothing on stdout', async () => {
    const out = join(dir, 'csv-out');
    const outRun = await cli([dir, '--format=csv', '--out', out]);
    expect(outRun.code).toBe(0);
    expect(outRun.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['edges.csv', 'evidence.csv', 'nodes.csv']);
    for (const [name, text] of Object.entries(toCsvFiles(graph))) expect(readFileSync(join(out, name), 'utf8')).toBe(text);
  }, 60_000);

  it('fails clearly on an unknown format or a missing path, with nothing on stdout', async () => {
    const [unknown, missing] = await Promise.all([cli([join(dir, 'nope'), '--format', 'pdf']), cli([join(dir, 'nope'), '--format', 'gexf'])]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('unknown format "pdf"');
    expect(unknown.stderr).toContain('graphml');
    expect(missing.code).not.toBe(0);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('no such file or folder');
  }, 60_000);
});
