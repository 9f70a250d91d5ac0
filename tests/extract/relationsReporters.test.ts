// Who did it, when a sentence reports it: the speaker of "X said (that) ..." or "X repeated his claim
// that ..." is not the doer of the reported verb, a body named before "says" at a sentence's end is
// its source, and an opposition leader leads the opposition of the article's state, not a state the
// sentence names. Short texts about made-up people, written for each construction.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('reporters are not doers', () => {
  it('"X repeated his claim that the strike had killed Y": X did not kill Y', () => {
    const g = graphOf("Chad's interior minister, Idriss Mahamat, repeated his claim that the raid near Abeche had killed Hissein Goukouni.");
    expect(relationsBetween(g, 'Idriss Mahamat', 'Hissein Goukouni')).not.toContain('killed');
  });

  it('"X, an analyst at Y, said a raid had killed Z": neither X nor Y killed Z', () => {
    const g = graphOf('Maria Lopez, a researcher at the Madrid Institute, said a raid had killed Juan Ortega.');
    expect(relationsBetween(g, 'Maria Lopez', 'Juan Ortega')).toEqual([]);
    expect(relationsBetween(g, 'Madrid Institute', 'Juan Ortega')).toEqual([]);
    expect(edge(g, 'Maria Lopez', 'works_for', 'Madrid Institute')).toBeDefined();
  });

  it('"X said that the army shelled the town and killed Y": the army, unnamed, is the doer', () => {
    const g = graphOf('The spokesman Ali Omar said that the army shelled the town and killed Hassan Musa.');
    expect(relationsBetween(g, 'Ali Omar', 'Hassan Musa')).toEqual([]);
  });

  it('"X said it had captured Y": the pronoun takes the reporter up again', () => {
    const g = graphOf('The Chadian army said on Tuesday that it had captured Abakar Mahamat.');
    expect(relationsBetween(g, 'Chadian army', 'Abakar Mahamat')).toContain('captured');
  });

  it('"X said the talks had failed and accused Y": a verb coordinated with "said" shares its subject', () => {
    const g = graphOf('Ali Omar said the talks had failed and accused Kenya of sabotage.');
    expect(edge(g, 'Ali Omar', 'accused', 'Kenya')).toBeDefined();
  });

  it('"... kills 14 fighters, Z says": the body before "says" is the source, not the object', () => {
    const g = graphOf('Rebel attack near Beni kills 12 soldiers, Congolese army says\n\nThe attack happened on Monday.');
    expect(relationsBetween(g, 'Congolese army', 'Beni')).toEqual([]);
    const g2 = graphOf('The rebels attacked Goma, the provincial capital, UN officials said.');
    expect(relationsBetween(g2, 'UN', 'Goma')).toEqual([]);
  });
});

describe('opposition leaders', () => {
  it('"criticism from opposition leader X" with another state in the sentence: X leads no state', () => {
    const g = graphOf('Under the accord, Japan will fund 500 places a year for Fijians in its coast guard, a provision that drew criticism from opposition leader Sitiveni Rabuka.');
    expect(relationsBetween(g, 'Sitiveni Rabuka', 'Japan')).toEqual([]);
  });

  it('"Kenya\'s opposition leader X", "the Kenyan opposition leader X": opposition leader of that state', () => {
    expect(edge(graphOf("Kenya's opposition leader Raila Odinga criticised Uganda."), 'Raila Odinga', 'opposition_leader_of', 'Kenya')).toBeDefined();
    const g = graphOf('The Kenyan opposition leader Raila Odinga criticised Uganda.');
    expect(edge(g, 'Raila Odinga', 'opposition_leader_of', 'Kenya')).toBeDefined();
    expect(relationsBetween(g, 'Raila Odinga', 'Uganda')).not.toContain('leader_of');
  });
});
