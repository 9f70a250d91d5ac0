// The language check must not refuse real English news: every bundled article and a generated
// corpus of invented reports about other events go through ingest untouched.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest';
import { generateCorpus } from '../bench/corpus';

describe('ingest accepts English news', () => {
  it('takes every bundled article, text unchanged', async () => {
    const dir = 'data/articles';
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(`${dir}/${name}`)) }));
    expect(files.length).toBeGreaterThanOrEqual(5);
    const { accepted, rejected } = await ingestFiles(files, []);
    expect(rejected).toEqual([]);
    expect(accepted.map((a) => a.text)).toEqual(files.map((f) => new TextDecoder().decode(f.bytes).replace(/\r\n?/g, '\n')));
  });

  it('takes 40 generated reports about other events, all distinct', async () => {
    const files = generateCorpus(40).map((a) => ({ name: `${a.id}.txt`, bytes: new TextEncoder().encode(a.text) }));
    const { accepted, rejected } = await ingestFiles(files, []);
    expect(rejected).toEqual([]);
    expect(new Set(accepted.map((a) => a.id)).size).toBe(40);
  });
});
