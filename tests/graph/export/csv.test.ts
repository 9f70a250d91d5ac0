import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsvFiles } from '../../../src/graph/export/csv';
import { TRICKY_STRINGS, trickyGraph } from './trickyGraph';

const graph = trickyGraph();
const files = toCsvFiles(graph);

function rows(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** What a spreadsheet shows once it has read the apostrophe that defuses a formula. */
const shown = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('CSV export', () => {
  it('writes nodes.csv with one row per node and its fields', () => {
    const nodes = rows(files['nodes.csv']);
    expect(nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
    const peskov = nodes.find((n) => n.id === 'person:dmitry peskov')!;
    expect(peskov).toMatchObject({ label: TRICKY_STRINGS.peskov, type: 'person', mention_count: '2' });
    expect(peskov.aliases.split('; ')).toEqual(graph.nodes[0].aliases);
    const org = nodes.find((n) => n.id === 'n0')!;
    expect(org.label).toBe(TRICKY_STRINGS.markup);
    expect(org.aliases).toContain(TRICKY_STRINGS.backslash);
    expect(nodes.find((n) => n.id === 'event:talks')!.date_text).toBe('early\nDecember');
  });

  it('writes edges.csv with source and target names beside the ids', () => {
    const edges = rows(files['edges.csv']);
    expect(edges).toHaveLength(graph.edges.length);
    expect(edges[1]).toMatchObject({
      id: 'e2',
      source: 'person:ahmed al-sharaa',
      source_label: TRICKY_STRINGS.sharaa,
      relation: 'meets',
      target_label: TRICKY_STRINGS.peskov,
      sources: '1',
    });
  });

  it('writes evidence.csv with one quote per row, with article id, title, outlet and offsets', () => {
    const evidence = rows(files['evidence.csv']);
    const quotes = evidence.filter((r) => r.kind === 'edge');
    expect(quotes).toHaveLength(graph.edges.reduce((n, e) => n + e.evidence.length, 0));
    for (const edge of graph.edges) {
      for (const ev of edge.evidence) {
        const row = quotes.find((r) => r.element_id === edge.id && Number(r.start) === ev.start && Number(r.end) === ev.end);
        expect(row, `${edge.id} ${ev.start}`).toBeDefined();
        expect(shown(row!.quote)).toBe(ev.quote);
        expect(row!.article_id).toBe(ev.articleId);
        const article = graph.articles.find((a) => a.id === ev.articleId)!;
        expect(row!.article_title).toBe(article.title);
        expect(shown(row!.outlet)).toBe(article.outlet);
      }
    }
    const mentions = evidence.filter((r) => r.kind === 'mention');
    expect(mentions).toHaveLength(graph.nodes.reduce((n, x) => n + x.mentions.length, 0));
    expect(mentions[0]).toMatchObject({ element_id: 'person:dmitry peskov', article_id: 'a-1', start: '40', end: '54', sentence_start: '0', sentence_end: '70' });
  });

  it('neutralises cells a spreadsheet would run as formulas, including multi-line ones', () => {
    const all = Object.values(files).flatMap((text) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data.flat());
    const dangerous = all.filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(dangerous).toEqual([]);
    const nodes = rows(files['nodes.csv']);
    expect(nodes.find((n) => n.id === 'event:talks')!.label).toBe(`'${TRICKY_STRINGS.formula}`);
    const evidence = rows(files['evidence.csv']);
    // The quote starting with "=SUM(" and the outlet "=HYPERLINK(" are both defused.
    expect(evidence.some((r) => r.quote.startsWith("'=SUM("))).toBe(true);
    expect(evidence.some((r) => r.outlet.startsWith("'=HYPERLINK("))).toBe(true);
    // A multi-line cell starting with "=" (papaparse's default pattern misses these).
    const multi = toCsvFiles({ ...graph, nodes: [{ ...graph.nodes[0], label: '=1+1\ncmd' }] });
    expect(rows(multi['nodes.csv'])[0].label).toBe("'=1+1\ncmd");
  });

  it('writes counts as bare numbers, so spreadsheets can sum them, and text quoted', () => {
    expect(files['edges.csv']).toMatch(/^"e:peskov spokesperson_of n0",[^]*?,2,2\r\n"e2",/m);
  });
});
