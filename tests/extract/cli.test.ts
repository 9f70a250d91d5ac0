// The CLI reads any .txt file or folder, prints the graph JSON and nothing else, and fails clearly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/model';

function runCli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', ...args], { encoding: 'utf8' });
}

// Spawning Node with tsx and loading compromise takes seconds on a busy machine.
const SPAWN_TIMEOUT = 60_000;

describe('extract CLI', () => {
  it('extracts a graph from an unseen .txt article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'unseen.txt');
    const text = 'Brazilian President Luiz Souza met Chilean President Gabriel Rojas in Brasilia on Monday. Souza praised Rojas for his leadership.\n';
    writeFileSync(file, text);
    const res = runCli(file);
    expect(res.status).toBe(0);
    const g = JSON.parse(res.stdout) as Graph;
    expect(g.articles.map((a) => a.id)).toEqual(['unseen']);
    const souza = g.nodes.find((n) => n.label === 'Luiz Souza')!;
    const rojas = g.nodes.find((n) => n.label === 'Gabriel Rojas')!;
    expect(souza.aliases).toContain('Souza');
    const praised = g.edges.find((e) => e.relation === 'praised')!;
    expect([praised.source, praised.target]).toEqual([souza.id, rojas.id]);
    expect(text.slice(praised.evidence[0].start, praised.evidence[0].end)).toBe(praised.evidence[0].quote);
  }, SPAWN_TIMEOUT);

  it('fails with a message on stderr and a non-zero exit for a missing path', () => {
    const res = runCli('/nonexistent/nowhere.txt');
    expect(res.status).not.toBe(0);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/nowhere/);
  }, SPAWN_TIMEOUT);
});
