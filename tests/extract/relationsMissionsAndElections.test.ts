// An observer mission's or delegation's head, named after "the head of the <body> mission,"
// (a former office may open the name's title), heads the mission of that body, not the body; a
// candidate who "lost to" another was defeated by them. Names are invented.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('heads of missions and delegations', () => {
  it('"the chief of the <body> mission, X"', () => {
    const g = graphOf('Calm was urged on Sunday by the chief of the Pacific Rim Forum mission, Rosa Quispe.');
    expect(edge(g, 'Rosa Quispe', 'heads_mission_of', 'Pacific Rim Forum')).toBeDefined();
    expect(relationsBetween(g, 'Rosa Quispe', 'Pacific Rim Forum')).not.toContain('leader_of');
  });

  it('a former office between the comma and the name', () => {
    const g = graphOf('The head of the SADC mission, former Zambian foreign minister Ruth Banda, called for calm.');
    expect(edge(g, 'Ruth Banda', 'heads_mission_of', 'SADC')).toBeDefined();
    expect(edge(g, 'Ruth Banda', 'former_foreign_minister_of', 'Zambia')).toBeDefined();
  });

  it('the head of a delegation led it', () => {
    const g = graphOf('The head of the OSCE delegation, Lena Brandt, met the election commission.');
    expect(edge(g, 'Lena Brandt', 'led_delegation_of', 'OSCE')).toBeDefined();
  });
});

describe('"its mission head"', () => {
  it('the body the previous sentence named, a titled name after the comma', () => {
    const g = graphOf('The African Union sent 40 observers to the vote. Its mission head, former Kenyan foreign minister Ruth Wambui, said the count was calm.');
    expect(edge(g, 'Ruth Wambui', 'heads_mission_of', 'African Union')).toBeDefined();
    expect(edge(g, 'Ruth Wambui', 'former_foreign_minister_of', 'Kenya')).toBeDefined();
  });

  it('a title after a comma that closes no office is the name\'s own', () => {
    const g = graphOf('The ministry said on Tuesday, Syrian Foreign Minister Adel Hamdan would travel to Rome.');
    expect(relationsBetween(g, 'Adel Hamdan', 'Syria')).toEqual(['foreign_minister_of']);
  });
});

describe('a mission led by a person', () => {
  it('"The <body> mission has been headed by X", with or without an apposition', () => {
    expect(edge(graphOf('Since March the Nordic Credit Fund mission has been headed by Arvid Solum, a former central banker.'), 'Arvid Solum', 'heads_mission_of', 'Nordic Credit Fund')).toBeDefined();
    expect(edge(graphOf('The OSCE mission was led by a former Danish minister, Lars Holt.'), 'Lars Holt', 'heads_mission_of', 'OSCE')).toBeDefined();
    expect(relationsBetween(graphOf('The EU mission was led by Anna Kask.'), 'Anna Kask', 'EU')).toEqual(['heads_mission_of']);
  });
});

describe('"<place>-based" bodies', () => {
  it('a place of several words before "-based"', () => {
    const g = graphOf('"Truces fail," said Clara Ruiz, director of the Mexico City-based Miguel Pro Foundation, a human rights group.');
    expect(edge(g, 'Clara Ruiz', 'leader_of', 'Miguel Pro Foundation')).toBeDefined();
  });
});

describe('"lost to"', () => {
  it('a candidate who lost to another', () => {
    expect(edge(graphOf('Running for a third time, Tatiana Orlu lost to Governor Petar Danev in the March runoff.'), 'Tatiana Orlu', 'lost_to', 'Petar Danev')).toBeDefined();
    expect(edge(graphOf('The opposition candidate, Ana Lima, lost narrowly to Carlos Neto in the runoff.'), 'Ana Lima', 'lost_to', 'Carlos Neto')).toBeDefined();
  });

  it('losing contact with someone is no defeat', () => {
    expect(relationsBetween(graphOf('Kenya lost contact with Uganda on Monday.'), 'Kenya', 'Uganda')).toEqual([]);
  });
});
