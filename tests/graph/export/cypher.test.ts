import { describe, expect, it } from 'vitest';
import { cypherName, cypherString, relationshipType, toCypher } from '../../../src/graph/export/cypher';
import { cypherLiterals } from './cypherLiterals';
import { TRICKY_STRINGS, trickyGraph } from './trickyGraph';

describe('Cypher export', () => {
  it('escapes backslashes, quotes and line breaks so each literal reads back exactly', () => {
    for (const s of [...Object.values(TRICKY_STRINGS), "it's", 'a\\', '\\\'', '\u0001ctrl', '']) {
      const literal = cypherString(s);
      expect(literal).not.toMatch(/[\n\r]/);
      expect(cypherLiterals(literal)).toEqual([s]);
    }
    expect(cypherString("O'Neil\\")).toBe("'O\\'Neil\\\\'");
    expect(cypherString('a\nb')).toBe("'a\\nb'");
  });

  it('quotes names with backticks and types relations in UPPER_SNAKE', () => {
    expect(cypherName('odd`name')).toBe('`odd``name`');
    expect(relationshipType('withdrew_from')).toBe('WITHDREW_FROM');
    expect(relationshipType('demands extradition-of')).toBe('DEMANDS_EXTRADITION_OF');
    expect(relationshipType('___')).toBe('RELATED_TO');
  });

  const graph = trickyGraph();
  const script = toCypher(graph);
  const statements = script.split('\n').filter((l) => l && !l.startsWith('//'));

  it('is one statement per line, each ending in a semicolon, constraints first', () => {
    for (const s of statements) expect(s.endsWith(';')).toBe(true);
    expect(statements[0]).toMatch(/^CREATE CONSTRAINT entity_id IF NOT EXISTS FOR \(n:Entity\) REQUIRE n\.id IS UNIQUE;$/);
  });

  it('MERGEs each node with a label for its type and its properties', () => {
    const merges = statements.filter((s) => s.startsWith('MERGE (n:Entity'));
    expect(merges).toHaveLength(graph.nodes.length);
    const peskov = merges.find((s) => s.includes("{id: 'person:dmitry peskov'}"))!;
    expect(peskov).toContain('SET n:`Person`, ');
    expect(cypherLiterals(peskov)).toEqual(expect.arrayContaining([TRICKY_STRINGS.peskov, 'Песков', 'a-1', 'статья 2']));
    expect(peskov).toContain('n.`mentionStarts` = [40, 3]');
    expect(merges.find((s) => s.includes("{id: 'n0'}"))).toContain('SET n:`Organization`');
  });

  it('MERGEs each relationship typed by its relation, with every quote, article and offset', () => {
    const rels = statements.filter((s) => s.startsWith('MATCH (s:Entity'));
    expect(rels).toHaveLength(graph.edges.length);
    for (const [i, edge] of graph.edges.entries()) {
      const s = rels[i];
      expect(s).toContain(`-[r:\`${edge.relation.toUpperCase()}\``);
      const literals = cypherLiterals(s);
      expect(literals).toEqual(expect.arrayContaining([edge.source, edge.target, edge.id, ...edge.evidence.map((e) => e.quote)]));
      expect(s).toContain(`r.\`evidenceStarts\` = [${edge.evidence.map((e) => e.start).join(', ')}]`);
      expect(s).toContain(`r.\`evidenceEnds\` = [${edge.evidence.map((e) => e.end).join(', ')}]`);
      expect(s).toContain(`r.\`sources\` = ${edge.sources}`);
    }
  });

  it('creates Article nodes so article ids in the evidence resolve to titles and outlets', () => {
    const articles = statements.filter((s) => s.startsWith('MERGE (a:Article'));
    expect(articles.map((s) => cypherLiterals(s))).toEqual(
      graph.articles.map((a) => [a.id, a.title, a.outlet, ...(a.published ? [a.published] : [])]),
    );
  });
});
