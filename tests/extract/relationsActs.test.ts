// Acts named by nouns ("Israeli air strikes on Lebanon", "sanctions on Iran", "talks between A and B"),
// places described in apposition, bodies based somewhere, and a person's kin or counsel, on short
// texts written for each rule.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('acts named by nouns', () => {
  it('a possessor or a demonym before the noun is the actor', () => {
    const g = graphOf("Russia's attack on Ukraine began in 2022. Israeli air strikes on Lebanon killed 12 people.");
    expect(edge(g, 'Russia', 'attacked', 'Ukraine')).toBeDefined();
    expect(edge(g, 'Israel', 'attacked', 'Lebanon')).toBeDefined();
  });

  it('whoever condemns an attack did not carry it out', () => {
    const g = graphOf('Turkey condemned the attack on Armenia.');
    expect(relationsBetween(g, 'Turkey', 'Armenia')).not.toContain('attacked');
  });

  it('"X imposed new sanctions on Y"; negated, none', () => {
    const g = graphOf('The European Union imposed new sanctions on Iran on Monday. Norway did not impose sanctions on Iceland.');
    expect(edge(g, 'European Union', 'sanctioned', 'Iran')).toBeDefined();
    expect(relationsBetween(g, 'Norway', 'Iceland')).toEqual([]);
  });

  it('"talks between X and Y" at the start of a sentence', () => {
    const g = graphOf('Talks between Japan and China resumed in Beijing on Friday.');
    expect(edge(g, 'Japan', 'meets', 'China', true)).toBeDefined();
  });
});

describe('places and seats in apposition', () => {
  it('"X, a city in northern Y" and "X, the capital of the Y region"', () => {
    const g = graphOf('Aid reached Mosul, a city in northern Iraq, on Monday. Fighting spread to Erbil, the capital of the Kurdistan Region.');
    expect(edge(g, 'Mosul', 'located_in', 'Iraq')).toBeDefined();
    expect(edge(g, 'Erbil', 'located_in', 'Kurdistan Region')).toBeDefined();
  });

  it('"X, a think tank based in Y"', () => {
    const g = graphOf('Chatham House, a think tank based in London, said the truce was fragile.');
    expect(edge(g, 'Chatham House', 'based_in', 'London')).toBeDefined();
  });
});

describe("a person's kin and counsel", () => {
  it('"X\'s lawyer Y" and "X\'s wife, Y"', () => {
    const g = graphOf("Alexei Navalny's lawyer Olga Mikhailova said the verdict was political. Senator Mark Ruiz's wife, Ana Ruiz, declined to comment.");
    expect(edge(g, 'Olga Mikhailova', 'represents', 'Alexei Navalny')).toBeDefined();
    expect(edge(g, 'Mark Ruiz', 'spouse_of', 'Ana Ruiz', true)).toBeDefined();
  });
});

describe('loans, aid and borders', () => {
  it('"X approved a loan to Y", "A and B pledged aid to Y"; negated, none', () => {
    const g = graphOf('The World Bank approved a $50 million loan to Nepal on Friday. Norway did not offer aid to Nepal.');
    expect(edge(g, 'World Bank', 'lends_to', 'Nepal')).toBeDefined();
    expect(relationsBetween(g, 'Norway', 'Nepal')).toEqual([]);
  });

  it('"X, which shares a long border with Y"', () => {
    const g = graphOf('India, which shares a long border with Bangladesh, sent two navy ships with relief supplies.');
    expect(edge(g, 'India', 'borders', 'Bangladesh', true)).toBeDefined();
  });
});
