// Which state a bare title is tied to in a story about several states: only one the sentence
// attaches to the title, never the state of another official the sentence names, and none when two
// people bear the same one-holder title side by side. Made-up people in several regions.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('bare titles in stories about several states', () => {
  it('a state the sentence gives to another official is not a guess for a bare title beside him', () => {
    const g = graphOf("NAIROBI — Kenya's foreign minister, Jane Otieno, said Nairobi was thankful to President Abdi Warsame for his help. Kenya and Somalia agreed on a border deal. Kenya will send officials.");
    expect(edge(g, 'Jane Otieno', 'foreign_minister_of', 'Kenya')).toBeDefined();
    expect(relationsBetween(g, 'Abdi Warsame', 'Kenya')).toEqual([]);
  });

  it('another region and verb: a trade minister meeting a bare prime minister', () => {
    const g = graphOf("LIMA — Peru's trade minister, Ana Ruiz, met Prime Minister Kofi Mensah on Monday in Lima. Peru and Ghana signed a deal. Peru said it was pleased.");
    expect(edge(g, 'Ana Ruiz', 'minister_of', 'Peru')).toBeDefined();
    expect(relationsBetween(g, 'Kofi Mensah', 'Peru')).not.toContain('leader_of');
  });

  it('the official the possessive names keeps the state', () => {
    const g = graphOf('Japan’s foreign ministry spokesperson Yoko Sato criticised the accord, saying Tokyo opposed "closed clubs" in the region.');
    expect(edge(g, 'Yoko Sato', 'spokesperson_of', 'Japan')).toBeDefined();
  });

  it('two presidents side by side: neither is the dateline state’s by guess', () => {
    const g = graphOf('HANOI — The accord was signed by President Tran Van Minh and President Somsak Vong in Hanoi on Friday. Vietnam and Laos have argued over the river for years. Vietnam will pay.');
    expect(relationsBetween(g, 'Somsak Vong', 'Vietnam')).not.toContain('leader_of');
    expect(relationsBetween(g, 'Tran Van Minh', 'Vietnam')).not.toContain('leader_of');
  });

  it('successive presidents in different sentences still take the story’s state', () => {
    const g = graphOf('LIMA — Peru’s Congress voted to impeach President Dina Rojas on Thursday. Peru last removed a head of state in 2000, when President Carlos Mora was ousted. Peru is divided.');
    expect(edge(g, 'Dina Rojas', 'leader_of', 'Peru')).toBeDefined();
  });

  it('a lone bare title in a one-state story keeps the story’s state', () => {
    const g = graphOf('LIMA — President Dina Rojas said on Monday that Peru would build a port. Peru is a big country. Ministers in Peru agreed.');
    expect(edge(g, 'Dina Rojas', 'leader_of', 'Peru')).toBeDefined();
  });
});

describe('a visit to a capital', () => {
  it('goes to the city, not to the state the capital may stand for', () => {
    const g = graphOf('Chinese President Xi Jinping visited Hanoi on Tuesday.');
    expect(edge(g, 'Xi Jinping', 'visits', 'Hanoi')).toBeDefined();
    expect(relationsBetween(g, 'Xi Jinping', 'Vietnam')).not.toContain('visits');
  });
  it('another region', () => {
    const g = graphOf('The Togolese foreign minister, Komi Adjovi, had visited Ouagadougou twice.');
    expect(edge(g, 'Komi Adjovi', 'visits', 'Ouagadougou')).toBeDefined();
  });
});
