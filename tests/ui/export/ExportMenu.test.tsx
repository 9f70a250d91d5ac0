// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseAppJson } from '../../../src/graph/export/appJson';
import type { Graph } from '../../../src/graph/model';
import { ExportMenu } from '../../../src/ui/export/ExportMenu';
import { localDate } from '../../../src/ui/export/fileName';
import { trickyGraph } from '../../graph/export/trickyGraph';

const downloads = vi.hoisted(() => [] as { blob: Blob; fileName: string }[]);
vi.mock('../../../src/ui/export/download', () => ({
  downloadBlob: (blob: Blob, fileName: string) => downloads.push({ blob, fileName }),
}));

const graph = trickyGraph();
// The filtered view: the graph without its event and the edge that touches it.
const visibleGraph: Graph = {
  ...graph,
  nodes: graph.nodes.filter((n) => n.type !== 'event'),
  edges: graph.edges.filter((e) => e.id !== 'e3'),
};

let cy: cytoscape.Core;
let pngOptions: unknown[];

beforeEach(() => {
  downloads.length = 0;
  pngOptions = [];
  cy = cytoscape({
    headless: true,
    layout: { name: 'preset', fit: false },
    zoom: 2,
    pan: { x: 5, y: -6 },
    elements: [
      ...visibleGraph.nodes.map((n, i) => ({ data: { id: n.id, label: n.label, type: n.type }, position: { x: i * 100, y: 50 } })),
      ...visibleGraph.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  cy.getElementById('n0').select();
  // Headless Cytoscape has no renderer to draw with: record the options, hand back a PNG blob.
  (cy as unknown as { png: (o: unknown) => Promise<Blob> }).png = async (options: unknown) => {
    pngOptions.push(options);
    return new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
  };
});

afterEach(() => {
  cleanup();
  cy.destroy();
});

function renderMenu() {
  return render(<ExportMenu getCy={() => cy} graph={graph} visibleGraph={visibleGraph} getView={() => ({ layout: 'fcose', filters: { hideEvents: true } })} />);
}

const today = localDate();

/** jsdom's Blob has no text(); FileReader reads it as a browser would. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** Exports run asynchronously; the menu closes once the file has been handed over. */
async function menuClosed(): Promise<void> {
  await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
}

// Generous time limits: a menu of twenty items is many DOM events for jsdom on a busy machine.
describe('ExportMenu', { timeout: 30_000 }, () => {
  it('opens from the Export button and lists the image and data choices', async () => {
    const user = userEvent.setup({ delay: null });
    renderMenu();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    const menu = screen.getByRole('menu', { name: 'Export' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = within(menu).getAllByRole('menuitem').map((el) => el.textContent);
    expect(items).toEqual([
      'PNG image',
      'SVG image',
      'App JSON (re-importable)',
      'Cytoscape JSON (.cyjs)',
      'GraphML (Gephi, yEd)',
      'GEXF (Gephi)',
      'CSV (nodes, edges, evidence)',
      'Cypher script (Neo4j)',
    ]);
    for (const name of ['Current view', 'Whole canvas', '1× scale', '2× scale', '4× scale', 'White background', 'Dark background', 'Transparent background', 'Current filters', 'Whole graph']) {
      expect(within(menu).getByRole('menuitemradio', { name: new RegExp(name) })).toBeInTheDocument();
    }
    expect(within(menu).getByRole('menuitemradio', { name: /Current view/ })).toHaveAttribute('aria-checked', 'true');
    expect(within(menu).getByRole('menuitemradio', { name: /2× scale/ })).toHaveAttribute('aria-checked', 'true');
    expect(within(menu).getByRole('menuitemradio', { name: /White background/ })).toHaveAttribute('aria-checked', 'true');
    expect(within(menu).getByRole('menuitemradio', { name: /Current filters/ })).toHaveAttribute('aria-checked', 'true');
    expect(within(menu).getByRole('menuitemcheckbox', { name: /Include legend/ })).toHaveAttribute('aria-checked', 'false');
  });

  it('downloads a PNG of the current view named by date, at the chosen scale and background', async () => {
    const user = userEvent.setup({ delay: null });
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'PNG image' }));
    await menuClosed();
    expect(pngOptions).toEqual([{ output: 'blob-promise', full: false, scale: 2, bg: '#ffffff' }]);
    expect(downloads.map((d) => [d.fileName, d.blob.type])).toEqual([[`graph-${today}.png`, 'image/png']]);

    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitemradio', { name: /Whole canvas/ }));
    await user.click(screen.getByRole('menuitemradio', { name: /4× scale/ }));
    await user.click(screen.getByRole('menuitemradio', { name: /Transparent background/ }));
    expect(screen.getByRole('menuitemradio', { name: /4× scale/ })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('menuitemradio', { name: /2× scale/ })).toHaveAttribute('aria-checked', 'false');
    await user.click(screen.getByRole('menuitem', { name: 'PNG image' }));
    await menuClosed();
    expect(pngOptions[1]).toEqual({ output: 'blob-promise', full: true, scale: 4, bg: undefined });
    expect(downloads[1].fileName).toBe(`graph-whole-${today}.png`);
  });

  it('exports the filtered graph as GraphML by default, and the whole graph when asked', async () => {
    const user = userEvent.setup({ delay: null });
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'GraphML (Gephi, yEd)' }));
    await menuClosed();
    expect(downloads[0].fileName).toBe(`graph-${today}.graphml`);
    expect(downloads[0].blob.type).toBe('application/graphml+xml');
    const filtered = await readBlob(downloads[0].blob);
    expect(filtered).toContain('Дмитрий Песков');
    expect(filtered).not.toContain('event:talks');

    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitemradio', { name: /Whole graph/ }));
    await user.click(screen.getByRole('menuitem', { name: 'GraphML (Gephi, yEd)' }));
    await menuClosed();
    expect(downloads[1].fileName).toBe(`graph-whole-${today}.graphml`);
    expect(await readBlob(downloads[1].blob)).toContain('event:talks');
  });

  it('downloads the three CSV files, and app JSON that restores the graph and the view', async () => {
    const user = userEvent.setup({ delay: null });
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'CSV (nodes, edges, evidence)' }));
    await menuClosed();
    expect(downloads.map((d) => d.fileName)).toEqual([`graph-nodes-${today}.csv`, `graph-edges-${today}.csv`, `graph-evidence-${today}.csv`]);
    expect(downloads.every((d) => d.blob.type === 'text/csv')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'App JSON (re-importable)' }));
    await menuClosed();
    const json = downloads[3];
    expect(json.fileName).toBe(`graph-${today}.json`);
    const parsed = parseAppJson(await readBlob(json.blob));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.graph).toEqual(visibleGraph);
    expect(parsed.view).toMatchObject({ selection: ['n0'], layout: 'fcose', filters: { hideEvents: true }, zoom: 2, pan: { x: 5, y: -6 } });
    expect(parsed.view?.positions?.['person:ahmed al-sharaa']).toEqual({ x: 100, y: 50 });
  });

  it('works from the keyboard: arrows move, Enter chooses, Escape closes and returns focus', async () => {
    const user = userEvent.setup({ delay: null });
    renderMenu();
    const button = screen.getByRole('button', { name: 'Export' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menuitemradio', { name: /Current view/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitemradio', { name: /Whole canvas/ })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Cypher script (Neo4j)' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('menuitemradio', { name: /Current view/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.keyboard('{Enter}');
    const png = screen.getByRole('menuitem', { name: 'PNG image' });
    png.focus();
    await user.keyboard('{Enter}');
    expect(downloads.map((d) => d.fileName)).toEqual([`graph-${today}.png`]);
  });

  it('says so when the canvas is not there yet, instead of failing silently', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ExportMenu getCy={() => null} graph={graph} visibleGraph={visibleGraph} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'PNG image' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('PNG export failed: the graph is not on screen yet');
    expect(downloads).toEqual([]);
  });
});
