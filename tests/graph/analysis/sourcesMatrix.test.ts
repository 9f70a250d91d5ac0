import { describe, expect, it } from 'vitest';
import { articleHeading, singleSource, sortSourcesRows, sourcesMatrix } from '../../../src/graph/analysis/sourcesMatrix';
import { edge, graphOf, node, quoteOf, type HandArticle } from './handGraph';

const a: HandArticle = { id: 'a', title: 'Smith in Geneva', outlet: 'Daily Post', text: 'Smith met Jones. Smith later met Jones again. Acme hired Smith.' };
const b: HandArticle = { id: 'b', title: 'Geneva talks end', text: 'Smith met Jones in Geneva. Smith and Acme were seen together.' };

const graph = graphOf(
  [a, b],
  [node('smith', 'person', 'John Smith'), node('jones', 'person', 'Ann Jones'), node('acme', 'organization', 'Acme')],
  [
    edge('hired', 'acme', 'hired', 'smith', [quoteOf(a, 'Acme hired Smith.')]),
    edge('meets', 'smith', 'meets', 'jones', [
      quoteOf(a, 'Smith met Jones.'),
      quoteOf(a, 'Smith later met Jones again.'),
      quoteOf(b, 'Smith met Jones in Geneva.'),
    ]),
    edge('co', 'smith', 'mentioned_with', 'acme', [quoteOf(b, 'Smith and Acme were seen together.')]),
  ],
);

describe('sourcesMatrix', () => {
  it('has a row per stated relation and counts the quotes each article gives', () => {
    const m = sourcesMatrix(graph);
    expect(m.articles.map(articleHeading)).toEqual(['Daily Post', 'Geneva talks end']);
    expect(m.rows.map((r) => r.edgeId)).toEqual(['meets', 'hired']);
    expect(m.rows[0]).toMatchObject({ text: 'John Smith — meets — Ann Jones', quotes: { a: 2, b: 1 }, sources: 2 });
    expect(m.rows[1]).toMatchObject({ quotes: { a: 1 }, sources: 1 });
    expect(m.rows.some((r) => r.edgeId === 'co')).toBe(false);
  });
  it('counts articles whose ids are the names of object members', () => {
    const odd: HandArticle[] = ['constructor', '__proto__', 'toString'].map((id) => ({ id, title: id, text: 'Smith met Jones.' }));
    const g = graphOf(odd, [node('smith', 'person', 'John Smith'), node('jones', 'person', 'Ann Jones')], [
      edge('meets', 'smith', 'meets', 'jones', odd.map((art) => quoteOf(art, 'Smith met Jones.'))),
    ]);
    const [row] = sourcesMatrix(g).rows;
    expect(row.sources).toBe(3);
    expect(Object.keys(row.quotes)).toEqual(['constructor', '__proto__', 'toString']);
    expect(odd.map((art) => row.quotes[art.id])).toEqual([1, 1, 1]);
    // An article that gives no quote reads as none, whatever its id.
    expect(row.quotes.valueOf).toBeUndefined();
  });
  it('sorts by number of sources either way, ties by relation text', () => {
    const rows = sourcesMatrix(graph).rows;
    expect(sortSourcesRows(rows, 'sources', 'asc').map((r) => r.edgeId)).toEqual(['hired', 'meets']);
    expect(sortSourcesRows(rows, 'relation', 'asc').map((r) => r.text)).toEqual([
      'Acme — hired — John Smith',
      'John Smith — meets — Ann Jones',
    ]);
  });
  it('marks a fact stated by one article only as single-source, however many quotes it has', () => {
    expect(singleSource(graph.edges[0])).toBe(true);
    expect(singleSource(graph.edges[1])).toBe(false);
    const twice = edge('x', 'smith', 'meets', 'jones', [quoteOf(a, 'Smith met Jones.'), quoteOf(a, 'Smith later met Jones again.')]);
    expect(singleSource(twice)).toBe(true);
  });
});
