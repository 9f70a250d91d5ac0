// Offices in appositions before a name: a body's office with a remit of common words ("the AU's envoy
// for the peace process, X"), a state named by a demonym before a diplomat's or minister's office
// ("the Russian consul, X"), and a place's governor or mayor ("The Governor of X, Y"). Made-up people.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('offices with a remit after "for"', () => {
  it('"The African Union\'s envoy for the peace process, X": envoy of the union', () => {
    expect(edge(graphOf("The African Union's envoy for the peace process, Moussa Keita, arrived in Juba."), 'Moussa Keita', 'envoy_of', 'African Union')).toBeDefined();
  });

  it('"The European Union\'s special representative for the A–B dialogue, X": envoy of the union', () => {
    const g = graphOf("The European Union's special representative for the Skopje–Sofia dialogue, Maria Lind, travelled to both capitals.");
    expect(edge(g, 'Maria Lind', 'envoy_of', 'European Union')).toBeDefined();
  });

  it('"The World Bank\'s director for southern Africa, X": a head with a remit works for the body and does not lead it', () => {
    const g = graphOf("The World Bank's director for southern Africa, Ana Pereira, said growth would slow.");
    expect(edge(g, 'Ana Pereira', 'works_for', 'World Bank')).toBeDefined();
    expect(relationsBetween(g, 'Ana Pereira', 'World Bank')).not.toContain('leader_of');
  });
});

describe('a demonym before a diplomatic office', () => {
  it('"the Russian consul, X", "The Indian consul general, X": consul of the state', () => {
    expect(edge(graphOf('The governor went to inform the Russian consul, Sergei Antipov.'), 'Sergei Antipov', 'consul_of', 'Russia')).toBeDefined();
    expect(edge(graphOf('The Indian consul general, Ravi Kumar, met traders in Dubai.'), 'Ravi Kumar', 'consul_of', 'India')).toBeDefined();
  });

  it('"the Russian envoy, X" is its ambassador; "The French director, X" and "The American commander, X" hold no office of the state', () => {
    const g = graphOf('The French director, Luc Besson, met the Russian envoy, Ivan Petrov.');
    expect(edge(g, 'Ivan Petrov', 'ambassador_of', 'Russia')).toBeDefined();
    expect(relationsBetween(g, 'Luc Besson', 'France')).toEqual([]);
    expect(relationsBetween(graphOf('The American commander, John Smith, spoke.'), 'John Smith', 'United States')).toEqual([]);
  });
});

describe('local offices of a place', () => {
  it('"The Governor of X, Y" and "The mayor of X, Y"', () => {
    expect(edge(graphOf('The Governor of Svalbard, Lars Fjeldstad, travelled to Barentsburg.'), 'Lars Fjeldstad', 'governor_of', 'Svalbard')).toBeDefined();
    expect(edge(graphOf('The mayor of Lyon, Grégory Doucet, opened the bridge.'), 'Grégory Doucet', 'mayor_of', 'Lyon')).toBeDefined();
  });
});
