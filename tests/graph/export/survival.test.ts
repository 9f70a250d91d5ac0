// Names and quotes with quotes, ampersands, angle brackets, newlines, backslashes and
// non-Latin letters come back unchanged from every data format, read by a real parser.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DATA_FORMATS } from '../../../src/graph/export/formats';
import { parseXml } from './xmlParse';
import { cypherLiterals } from './cypherLiterals';
import { mustSurvive, trickyGraph } from './trickyGraph';

/** Every string inside a parsed value; strings holding JSON are opened too (lists, evidence). */
function strings(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    out.add(value);
    if (/^[[{]/.test(value)) {
      try {
        strings(JSON.parse(value), out);
      } catch {
        // Not JSON after all: the string itself is what counts.
      }
    }
  } else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

const readers: Record<string, (texts: string[]) => Set<string>> = {
  json: ([t]) => strings(JSON.parse(t)),
  cytoscape: ([t]) => strings(JSON.parse(t)),
  graphml: ([t]) => strings(parseXml(t)),
  gexf: ([t]) => strings(parseXml(t)),
  // A spreadsheet shows a defused formula without its apostrophe; list cells hold "; "-joined names.
  csv: (texts) => {
    const cells = texts.flatMap((t) => Papa.parse<string[]>(t).data.flat()).map((c) => (/^'[=+\-@\t\r]/.test(c) ? c.slice(1) : c));
    return new Set([...cells, ...cells.flatMap((c) => c.split('; '))]);
  },
  cypher: ([t]) => new Set(cypherLiterals(t)),
};

describe('every data format keeps tricky names and quotes intact', () => {
  const graph = trickyGraph();
  const expected = mustSurvive(graph);
  expect(expected).toContain('Дмитрий Песков');
  expect(expected).toContain('أحمد الشرع');

  it('has a reader for every registered format', () => {
    expect(Object.keys(readers).sort()).toEqual(DATA_FORMATS.map((f) => f.id).sort());
  });

  it.each(DATA_FORMATS.map((f) => [f.id, f] as const))('%s', (id, format) => {
    const found = readers[id](format.write(graph).map((f) => f.text));
    for (const s of expected) expect(found.has(s), `${id} lost ${JSON.stringify(s)}`).toBe(true);
    for (const a of graph.articles) expect(found.has(a.id), `${id} lost article ${a.id}`).toBe(true);
  });
});
