// Names inside adjuncts and modifiers are no objects: names coordinated after an adjunct
// preposition stay in the adjunct; a body before an occupation noun and a person's name only says
// whose the person is; a foe "against" a common noun's phrase is that phrase's head, not a place
// behind it; "its leader" after "the party" in the same sentence takes up the party the article
// named. Names are invented.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('objects behind adjuncts and modifiers', () => {
  it('names coordinated inside an adjunct are not the object', () => {
    const g = graphOf('Rana Pell, elected last year on a promise to balance ties between Beijing and New Delhi, has allowed ships to dock.');
    expect(relationsBetween(g, 'Rana Pell', 'India')).toEqual([]);
    expect(relationsBetween(g, 'Rana Pell', 'New Delhi')).toEqual([]);
  });

  it('"expelled <outlet> correspondent X": the person is expelled, not the outlet', () => {
    const g = graphOf('Latvia expelled Kanal Pyat correspondent Ivan Petrov on Monday.');
    expect(edge(g, 'Latvia', 'expelled', 'Ivan Petrov')).toBeDefined();
    expect(relationsBetween(g, 'Latvia', 'Kanal Pyat')).toEqual([]);
    expect(edge(graphOf('Kenya expelled BBC reporter Anna Smith.'), 'Kenya', 'expelled', 'Anna Smith')).toBeDefined();
  });

  it('"backed X against the rebels in Y" opposes nobody named', () => {
    expect(relationsBetween(graphOf('Russia backed the government against the rebels in Mali.'), 'Russia', 'Mali')).toEqual([]);
    expect(edge(graphOf('Iran has backed Syria against Israel.'), 'Iran', 'opposes', 'Israel')).toBeDefined();
  });
});

describe('"its" after a definite description', () => {
  it('"disband the party and ban its leader, X"', () => {
    const g = graphOf('The court dissolved the Blue Dawn Party on Tuesday. The judges voted to disband the party and to ban its leader, Tomas Berg, from politics.');
    expect(edge(g, 'Tomas Berg', 'leader_of', 'Blue Dawn Party')).toBeDefined();
  });

  it('a description qualifying another noun ("the party offices") takes up nothing', () => {
    const g = graphOf('The Green Party and the Farmers League met. The police raided the party offices and arrested its leader, Ivo Lind.');
    expect(relationsBetween(g, 'Ivo Lind', 'Green Party')).toEqual([]);
  });
});
