// "X, Y's wife": a possessive person and a kin or counsel word in apposition to the name before
// them; "X, who commands the navy's southern squadron": a unit of the body the possessive names.
// Names are invented.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('kin in apposition', () => {
  it('"X, Y\'s wife" and "X, Y\'s lawyer"', () => {
    expect(edge(graphOf('Pierre Lavoie was freed on Monday. Marie Lavoie, Pierre\'s wife, said in Quebec that the family was relieved.'), 'Marie Lavoie', 'spouse_of', 'Pierre Lavoie', true)).toBeDefined();
    expect(edge(graphOf("Ana Diaz, Juan Perez's lawyer, said the case was weak."), 'Ana Diaz', 'represents', 'Juan Perez')).toBeDefined();
  });

  it('a kin word that does not close the apposition says nothing sure', () => {
    expect(relationsBetween(graphOf("Marie Lavoie, Pierre Lavoie's wife and lawyer, said the family was relieved."), 'Marie Lavoie', 'Pierre Lavoie')).toEqual([]);
  });
});

describe('commanders of a body\'s unit', () => {
  it('"who commands the navy\'s southern squadron" after the navy was named', () => {
    const g = graphOf("A smuggling boat was stopped on Tuesday by the Peruvian Navy. Its crew was arrested by Captain Jorge Salas, who commands the navy's southern squadron.");
    expect(edge(g, 'Jorge Salas', 'commands_unit_of', 'Peruvian Navy')).toBeDefined();
  });

  it('a navy named only later is not taken up', () => {
    const g = graphOf("Colonel Omar Nasser, who commands the navy's northern flotilla, said the drills would continue. The Egyptian Navy declined to comment.");
    expect(relationsBetween(g, 'Omar Nasser', 'Egyptian Navy')).toEqual([]);
  });
});
