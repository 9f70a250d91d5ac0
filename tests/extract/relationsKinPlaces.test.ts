// Kin and employers stated around names ("A and B, a married couple", "Y, who is also his sister",
// "Their son, Y", "His employer, the Z"), and where places and bases lie ("X, Armenia's second city",
// a base named for the place it lies in). Made-up people in several regions.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('kin in apposition and relative clauses', () => {
  it('a married couple', () => {
    const g = graphOf('Ana Ruiz and Pedro Ruiz, a married couple who ran a school near Cusco, were kidnapped in May.');
    expect(edge(g, 'Ana Ruiz', 'spouse_of', 'Pedro Ruiz', true)).toBeDefined();
  });
  it('brothers in apposition', () => {
    const g = graphOf('Ali Hassan and Omar Hassan, brothers who fled Aleppo, were arrested.');
    expect(edge(g, 'Ali Hassan', 'sibling_of', 'Omar Hassan', true)).toBeDefined();
  });
  it('"who is also his sister" refers to the person before', () => {
    const g = graphOf('Juan Perez was shot in Lima. He was taken to hospital by the driver, Maria Lopez, who is also his sister.');
    expect(edge(g, 'Juan Perez', 'sibling_of', 'Maria Lopez', true)).toBeDefined();
  });
  it('"his sister" with no one to refer to ties nobody', () => {
    const g = graphOf('Police questioned the driver, Maria Lopez, who is also his sister, on Monday.');
    expect(relationsBetween(g, 'Maria Lopez', 'Police')).toEqual([]);
  });
  it('"Their daughter" after a couple sharing her surname', () => {
    const g = graphOf('Kofi and Ama Mensah were freed on Monday. Their daughter, Efua Mensah, thanked the army.');
    expect(edge(g, 'Kofi Mensah', 'parent_of', 'Efua Mensah')).toBeDefined();
    expect(edge(g, 'Ama Mensah', 'parent_of', 'Efua Mensah')).toBeDefined();
  });
});

describe('an employer after "his"/"her"', () => {
  it('a fishing company', () => {
    const g = graphOf('The captain, Ivan Sidorov, was fined. His employer, the Murmansk-based fishing company Arctic Trawl, said it would appeal.');
    expect(edge(g, 'Ivan Sidorov', 'works_for', 'Arctic Trawl')).toBeDefined();
  });
  it('a news agency', () => {
    const g = graphOf('Maria Gomez was detained in Caracas. Her employer, the news agency Prensa Libre, demanded her release.');
    expect(edge(g, 'Maria Gomez', 'works_for', 'Prensa Libre')).toBeDefined();
  });
});

describe('where places and bases lie', () => {
  it('"X, Armenia’s second city"', () => {
    const g = graphOf("Russia keeps troops in Gyumri, Armenia's second city, and in Yerevan.");
    expect(edge(g, 'Gyumri', 'located_in', 'Armenia')).toBeDefined();
  });
  it('"X, Kenya’s main port" and "Syria’s second-largest city"', () => {
    expect(edge(graphOf("Protests spread to Mombasa, Kenya's main port, on Monday."), 'Mombasa', 'located_in', 'Kenya')).toBeDefined();
    expect(edge(graphOf("Fighting reached Aleppo, Syria's second-largest city, overnight."), 'Aleppo', 'located_in', 'Syria')).toBeDefined();
  });
  it('a base named for a place the article names on its own lies in it', () => {
    const g = graphOf('Jets will be stationed at Tamale air base in Ghana. Residents in Tamale protested.');
    expect(edge(g, 'Tamale air base', 'located_in', 'Tamale')).toBeDefined();
  });
});

describe('a capital named beside its state', () => {
  it('a dateline capital and the state in its sentence', () => {
    const g = graphOf('MORONI — Lawmakers in the Comoros on Monday approved a lease. The opposition objected.');
    expect(edge(g, 'Moroni', 'capital_of', 'Comoros')).toBeDefined();
  });
  it('a capital that is only a place in its sentence', () => {
    const g = graphOf('Protesters marched through Nairobi, and police across Kenya were put on alert.');
    expect(edge(g, 'Nairobi', 'capital_of', 'Kenya')).toBeDefined();
  });
  it('a capital with no state named beside it states nothing', () => {
    const g = graphOf('Protesters marched through Nairobi on Monday. Ethiopia closed its border.');
    expect(relationsBetween(g, 'Nairobi', 'Ethiopia')).toEqual([]);
  });
});

describe('a site leased or handed over to a body or state', () => {
  it('"leasing the X airfield to the air force of Y"', () => {
    const g = graphOf("Djibouti's parliament approved a deal leasing the Chabelley airfield to the air force of Japan for ten years.");
    expect(edge(g, 'Japan', 'uses', 'Chabelley air base')).toBeDefined();
  });
  it('"rented the X air base to Y"', () => {
    const g = graphOf('The government rented the Manas air base to the United States in 2001.');
    expect(edge(g, 'United States', 'uses', 'Manas air base')).toBeDefined();
  });
});

describe('a body\'s possessive before a base', () => {
  it('"the Spanish air force\'s X air base"', () => {
    const g = graphOf("The jets flew from the Spanish air force's Torrejón air base near Madrid.");
    expect(edge(g, 'Spanish air force', 'operates', 'Torrejón air base')).toBeDefined();
  });
  it('"the Turkish Air Force\'s X air base"', () => {
    const g = graphOf("Planes took off from the Turkish Air Force's Incirlik air base on Monday.");
    expect(edge(g, 'Turkish Air Force', 'operates', 'Incirlik air base')).toBeDefined();
  });
});

describe('a capital of a state the article spells with a hyphen', () => {
  it('"DILI — Police in Timor-Leste ..."', () => {
    const g = graphOf('DILI — Police in Timor-Leste arrested 14 soldiers on Tuesday. The army was calm.');
    expect(edge(g, 'Dili', 'capital_of', 'Timor-Leste')).toBeDefined();
  });
});

describe('kin after "his"/"her" when a quoted sentence with "she said" stands between', () => {
  it('"X said ... \\"...,\\" she said. Her husband, Y"', () => {
    const g = graphOf('Amina Diallo said the vote was stolen. "We will go to court," she said. Her husband, Moussa Diallo, was arrested on Monday.');
    expect(edge(g, 'Amina Diallo', 'spouse_of', 'Moussa Diallo', true)).toBeDefined();
  });
  it('"he said" with no one named before ties nobody', () => {
    const g = graphOf('Police said the march was calm. "Nobody was hurt," he said. His brother, Rui Alves, was injured.');
    expect(relationsBetween(g, 'Rui Alves', 'Police')).toEqual([]);
  });
});

describe('a base described in apposition as a facility in a place', () => {
  it('"X on Okinawa, a base in Japan"', () => {
    const g = graphOf('They flew from Marine Corps Air Station Futenma on Okinawa, a base in Japan that the Marines have operated since the 1950s.');
    expect(edge(g, 'Futenma', 'located_in', 'Japan')).toBeDefined();
  });
  it('"X, a US naval facility in Djibouti" and "an installation in southern Turkey"', () => {
    expect(edge(graphOf('Drones took off from Camp Lemonnier, a US naval facility in Djibouti, on Monday.'), 'Camp Lemonnier', 'located_in', 'Djibouti')).toBeDefined();
    expect(edge(graphOf('Jets landed at Incirlik air base, an installation in southern Turkey used by NATO.'), 'Incirlik air base', 'located_in', 'Turkey')).toBeDefined();
  });
});
