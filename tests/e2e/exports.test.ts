// Browser test of the Export menu: every image and data export of the built app, each file
// read back with a real decoder (pngjs, an XML parser, papaparse, JSON).
import { readFile } from 'node:fs/promises';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAppJson } from '../../src/graph/export/appJson';
import { startHarness, waitForGraph, type Harness } from './harness';

let h: Harness;
let page: Page;
let counts: { nodes: number; edges: number };

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage({ width: 1440, height: 900 });
  counts = await waitForGraph(page);
});

afterAll(async () => {
  await h?.close();
});

/** Opens the menu, applies the choices (radio/checkbox item names), runs `item`, returns each downloaded file. */
async function exportWith(choices: string[], item: string, files = 1): Promise<{ name: string; body: Buffer }[]> {
  await page.getByRole('button', { name: 'Export' }).click();
  for (const choice of choices) {
    await page.getByRole('menu', { name: 'Export' }).getByRole(/legend/i.test(choice) ? 'menuitemcheckbox' : 'menuitemradio', { name: choice }).click();
  }
  const downloads: Promise<{ name: string; body: Buffer }>[] = [];
  const done = new Promise<void>((resolve) => {
    page.on('download', function onDownload(d) {
      downloads.push(d.path().then(async (p) => ({ name: d.suggestedFilename(), body: await readFile(p) })));
      if (downloads.length === files) {
        page.off('download', onDownload);
        resolve();
      }
    });
  });
  await page.getByRole('menuitem', { name: item }).click();
  await done;
  return Promise.all(downloads);
}

const DATE = /\d{4}-\d{2}-\d{2}/;

describe('export from the browser', () => {
  it('exports PNGs of the current view at 1×, 2× and 4×', async () => {
    const sizes: { width: number; height: number }[] = [];
    for (const scale of ['1× scale', '2× scale', '4× scale']) {
      const [file] = await exportWith(['Current view', scale, 'White background'], 'PNG image');
      expect(file.name).toMatch(new RegExp(`^graph-${DATE.source}\\.png$`));
      const png = PNG.sync.read(file.body);
      sizes.push({ width: png.width, height: png.height });
    }
    expect(sizes[0].width).toBeGreaterThan(400);
    expect(Math.abs(sizes[1].width - 2 * sizes[0].width)).toBeLessThanOrEqual(2);
    expect(Math.abs(sizes[2].width - 4 * sizes[0].width)).toBeLessThanOrEqual(4);
    expect(Math.abs(sizes[2].height - 4 * sizes[0].height)).toBeLessThanOrEqual(4);
  });

  it('exports a transparent PNG of the whole graph with the legend drawn below it', async () => {
    const [plain] = await exportWith(['Whole canvas', '1× scale', 'Transparent background'], 'PNG image');
    const [withLegend] = await exportWith(['Include legend'], 'PNG image');
    expect(plain.name).toMatch(/^graph-whole-/);
    const a = PNG.sync.read(plain.body);
    const b = PNG.sync.read(withLegend.body);
    expect(a.data[3]).toBe(0); // the top-left pixel is see-through
    expect(b.width).toBe(a.width);
    expect(b.height).toBeGreaterThan(a.height);
    // The legend strip is not empty: some opaque pixels below the picture.
    let opaque = 0;
    for (let i = a.height * b.width * 4 + 3; i < b.data.length; i += 4) if (b.data[i] > 0) opaque++;
    expect(opaque).toBeGreaterThan(100);
    await exportWith(['Include legend', 'Current view', 'White background'], 'SVG image'); // reset the legend
  });

  it('exports an SVG whose labels are text', async () => {
    const [file] = await exportWith([], 'SVG image');
    expect(file.name).toMatch(/\.svg$/);
    const text = file.body.toString('utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const texts = [...text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.join(' ')).toContain('Putin');
  });

  it('exports GraphML, GEXF, Cytoscape JSON, Cypher, app JSON and CSV with every visible node', async () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['node', 'edge', 'key'].includes(n) });
    const [graphml] = await exportWith([], 'GraphML (Gephi, yEd)');
    expect(graphml.name).toMatch(new RegExp(`^graph-${DATE.source}\\.graphml$`));
    const g = parser.parse(graphml.body.toString('utf8')).graphml.graph;
    expect(g.node).toHaveLength(counts.nodes);
    const [gexf] = await exportWith([], 'GEXF (Gephi)');
    expect(parser.parse(gexf.body.toString('utf8')).gexf.graph.nodes.node).toHaveLength(counts.nodes);
    const [cyjs] = await exportWith([], 'Cytoscape JSON (.cyjs)');
    expect(JSON.parse(cyjs.body.toString('utf8')).elements.nodes).toHaveLength(counts.nodes);
    const [cypher] = await exportWith([], 'Cypher script (Neo4j)');
    expect(cypher.body.toString('utf8').match(/^MERGE \(n:Entity/gm)).toHaveLength(counts.nodes);
    const [json] = await exportWith([], 'App JSON (re-importable)');
    const parsed = parseAppJson(json.body.toString('utf8'));
    expect(parsed.ok && parsed.graph.nodes.length).toBe(counts.nodes);
    expect(parsed.ok && Object.keys(parsed.view?.positions ?? {}).length).toBe(counts.nodes);
    const csv = await exportWith([], 'CSV (nodes, edges, evidence)', 3);
    expect(csv.map((f) => f.name.replace(DATE, 'DATE')).sort()).toEqual(['graph-edges-DATE.csv', 'graph-evidence-DATE.csv', 'graph-nodes-DATE.csv']);
    const nodes = Papa.parse(csv.find((f) => f.name.includes('nodes'))!.body.toString('utf8'), { header: true, skipEmptyLines: true });
    expect(nodes.data).toHaveLength(counts.nodes);
    const evidence = Papa.parse<Record<string, string>>(csv.find((f) => f.name.includes('evidence'))!.body.toString('utf8'), { header: true, skipEmptyLines: true });
    expect(evidence.data.some((r) => r.kind === 'edge' && /Putin/.test(r.quote) && r.article_title.length > 0)).toBe(true);
  });
});
