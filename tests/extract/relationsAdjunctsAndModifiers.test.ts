// Names inside adjuncts and modifiers are no objects: names coordinated after an adjunct
// preposition stay in the adjunct; a body before an occupation noun and a person's name only says
// whose the person is; a foe "against" a common noun's phrase is that phrase's head, not a place
// behind it; "its chairman" after "the movement" in the same sentence takes up the party the article
// named. Names are invented.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('objects behind adjuncts and modifiers', () => {
  it('names coordinated inside an adjunct are not the object', () => {
    const g = graphOf('Ines Calder, who campaigned on a pledge to repair relations between Lima and Quito, has let foreign warships refuel.');
    expect(relationsBetween(g, 'Ines Calder', 'Ecuador')).toEqual([]);
    expect(relationsBetween(g, 'Ines Calder', 'Quito')).toEqual([]);
    expect(relationsBetween(g, 'Ines Calder', 'Peru')).toEqual([]);
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
  it('"outlawed the movement and barred its chairman, X"', () => {
    const g = graphOf('Last week the electoral board struck the Silver Reed Movement off the register. On Friday the board outlawed the movement and barred its chairman, Piet Vander, from office.');
    expect(edge(g, 'Piet Vander', 'leader_of', 'Silver Reed Movement')).toBeDefined();
  });

  it('a description qualifying another noun ("the party offices") takes up nothing', () => {
    const g = graphOf('The Green Party and the Farmers League met. The police raided the party offices and arrested its leader, Ivo Lind.');
    expect(relationsBetween(g, 'Ivo Lind', 'Green Party')).toEqual([]);
  });
});
