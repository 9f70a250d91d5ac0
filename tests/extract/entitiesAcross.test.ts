// Probes for one person or place named in several forms across a corpus: texts written for the
// test about made-up events.
import { describe, expect, it } from 'vitest';
import { graphOf, nodesNamed } from './helpers';

describe('partial names and spelling variants', () => {
  it('a two-word name that opens or ends exactly one longer name is that person', () => {
    const g = graphOf(
      'Foreign Minister Mahamoud Ali Youssouf met envoys in Doha. Ali Youssouf said the deal was fair.',
      'Minister Mahamoud Ali said the port would open.',
    );
    const people = g.nodes.filter((n) => n.type === 'person');
    expect(people.map((n) => n.label)).toEqual(['Mahamoud Ali Youssouf']);
  });

  it('a two-word name that fits two longer names is left alone', () => {
    const g = graphOf('Ahmed Hassan and Mohamed Ahmed Hassan spoke. Ahmed Hassan Ali left.');
    expect(g.nodes.filter((n) => n.type === 'person').map((n) => n.label).sort()).toEqual(['Ahmed Hassan', 'Ahmed Hassan Ali', 'Mohamed Ahmed Hassan']);
  });

  it('"oo" and "ou" spell one vowel across outlets', () => {
    const g = graphOf('Minister of State Tariq al-Mansouri spoke in Doha on Monday.', 'Tareq Al Mansoori, a minister of state, said talks went well.');
    expect(nodesNamed(g, 'Tariq al-Mansouri')).toHaveLength(1);
    expect(nodesNamed(g, 'Tariq al-Mansouri')[0].aliases).toContain('Tareq Al Mansoori');
  });

  it('"the Baltic" is the Baltic Sea the corpus names', () => {
    const g = graphOf('Tankers sailed across the Baltic Sea on Monday.', 'A drone flew over the Baltic on Tuesday, Finland said.');
    expect(g.nodes.filter((n) => /^Baltic/.test(n.label)).map((n) => n.label)).toEqual(['Baltic Sea']);
  });
});
