// Relations stated by classes of verbs and participles beyond the transitive frame: expelling a
// state's diplomats (by "expel" or "order ... to leave"), receiving goods from a giver, and
// participles of affiliation closing a body's description. Made-up examples.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('expelling diplomats', () => {
  it('"X expelled three <demonym> diplomats": X expelled that state\'s diplomats', () => {
    expect(edge(graphOf('Peru expelled three Bolivian diplomats on Monday.'), 'Peru', 'expelled_diplomats_of', 'Bolivia')).toBeDefined();
  });

  it('"X ordered N <demonym> diplomats to leave", "ordered the <demonym> ambassador Y to leave"', () => {
    expect(edge(graphOf('Estonia on Friday ordered two Belarusian diplomats to leave by the end of the month.'), 'Estonia', 'expelled_diplomats_of', 'Belarus')).toBeDefined();
    expect(edge(graphOf('Mali ordered the French ambassador Jean Roux to leave within 72 hours.'), 'Mali', 'expelled', 'Jean Roux')).toBeDefined();
  });

  it('diplomats who act do not make their state a target', () => {
    expect(relationsBetween(graphOf('Two Iranian diplomats met Omani officials in Muscat.'), 'Iran', 'Muscat')).toEqual([]);
  });
});

describe('receiving from a giver', () => {
  it('"X has received patrol boats from A and the B": A and B supply X', () => {
    const g = graphOf('The Coast Guard received radar vans and drones from Japan and the European Union last year.');
    expect(edge(g, 'Japan', 'supplies', 'Coast Guard')).toBeDefined();
    expect(edge(g, 'European Union', 'supplies', 'Coast Guard')).toBeDefined();
    expect(edge(graphOf('Kenya received 200 armoured vehicles from the United States last year.'), 'United States', 'supplies', 'Kenya')).toBeDefined();
  });

  it('a call or a visit received is no supply', () => {
    expect(relationsBetween(graphOf('Ukraine received a call from France on Monday.'), 'France', 'Ukraine')).toEqual([]);
  });
});

describe('participles of affiliation', () => {
  it('"X, the <demonym> militant group linked to Y", "X, a faction affiliated with Y"', () => {
    expect(edge(graphOf('Boko Haram, the Nigerian militant group linked to the Islamic State, claimed the attack.'), 'Boko Haram', 'linked_to', 'Islamic State')).toBeDefined();
    expect(edge(graphOf('Jund al-Aqsa, a Syrian faction affiliated with al-Qaeda, was blamed.'), 'Jund al-Aqsa', 'linked_to', 'al-Qaeda')).toBeDefined();
    expect(edge(graphOf('The attack was claimed by Ansar Dine, a faction allied with al-Qaeda.'), 'Ansar Dine', 'ally_of', 'al-Qaeda')).toBeDefined();
  });

  it('"X, which is linked to Y"', () => {
    expect(edge(graphOf('The Wagner Group, which is linked to Russia, denied it.'), 'Wagner Group', 'linked_to', 'Russia')).toBeDefined();
  });
});
