// Articles about other events (a summit, a strike, a court case), written for these tests: the
// extractor must read them as well as the bundled corpus, with no junk nodes.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/model';
import { extractGraph } from '../../src/extract';
import { edge, nodeNamed } from './helpers';

const FIXTURES = ['summit', 'strike', 'court'];
let g: Graph;
beforeAll(() => {
  g = extractGraph(FIXTURES.map((id) => ({ id, text: readFileSync(`tests/extract/fixtures/${id}.txt`, 'utf8') })));
});

function labelsOf(type: string, articleId: string): string[] {
  return g.nodes.filter((n) => n.type === type && n.mentions.some((m) => m.articleId === articleId)).map((n) => n.label).sort();
}

describe('a summit', () => {
  it('finds exactly the people, states and places of the story', () => {
    expect(labelsOf('person', 'summit')).toEqual(['Abiy Ahmed', 'Musalia Mudavadi', 'William Ruto']);
    expect(labelsOf('state', 'summit')).toEqual(['Ethiopia', 'Kenya', 'Somalia']);
    expect(labelsOf('place', 'summit')).toEqual(['Nairobi']);
    expect(labelsOf('organization', 'summit')).toEqual(['African Union']);
  });

  it('reads the meeting, the praise, the roles and the accusation', () => {
    expect(edge(g, 'William Ruto', 'meets', 'Abiy Ahmed', true)).toBeDefined();
    expect(edge(g, 'William Ruto', 'praised', 'Abiy Ahmed')).toBeDefined();
    expect(edge(g, 'William Ruto', 'leader_of', 'Kenya')).toBeDefined();
    expect(edge(g, 'Abiy Ahmed', 'leader_of', 'Ethiopia')).toBeDefined();
    expect(edge(g, 'Musalia Mudavadi', 'foreign_minister_of', 'Kenya')).toBeDefined();
    expect(edge(g, 'Somalia', 'accused', 'Ethiopia')).toBeDefined();
    const talks = g.nodes.find((n) => n.type === 'event' && n.label === 'Talks between Abiy Ahmed and William Ruto')!;
    expect(talks.dateText).toBe('Monday');
    expect(edge(g, talks.label, 'located_in', 'Nairobi')).toBeDefined();
  });
});

describe('a strike', () => {
  it('finds the union, its spokesman and the strike, and nothing from the byline or comment prompts', () => {
    expect(labelsOf('person', 'strike')).toEqual(['Dick Schoof', 'Marieke Bakker', 'Niels Jansen']);
    expect(labelsOf('organization', 'strike')).toEqual(['FNV']);
    expect(edge(g, 'Niels Jansen', 'spokesperson_of', 'FNV')).toBeDefined();
    expect(edge(g, 'Dick Schoof', 'leader_of', 'Netherlands')).toBeDefined();
    const strike = g.nodes.find((n) => n.type === 'event' && n.mentions[0].articleId === 'strike')!;
    expect(strike.label).toBe('Strike in Port of Rotterdam');
    expect(nodeNamed(g, 'Anna de Vries')).toBeUndefined();
  });
});

describe('a court case', () => {
  it('keeps the convicted father and the acquitted son apart and reads the sentence', () => {
    expect(labelsOf('person', 'court')).toEqual(['Carlos Herrera', 'Javier Milei', 'Laura Ortiz', 'Tomas Herrera']);
    expect(nodeNamed(g, 'Herrera')!.label).toBe('Carlos Herrera');
    expect(edge(g, 'Laura Ortiz', 'sentenced', 'Carlos Herrera')).toBeDefined();
    expect(edge(g, 'Javier Milei', 'leader_of', 'Argentina')).toBeDefined();
    expect(edge(g, 'Carlos Herrera', 'former_minister_of', 'Argentina')).toBeDefined();
  });
});

describe('no junk anywhere', () => {
  it('every node is a name of the stories, never furniture, a date or a credit', () => {
    const all = g.nodes.flatMap((n) => [n.label, ...n.aliases]).join(' | ');
    for (const noise of ['Daily Briefing', 'John Muchiri', 'AFP', 'Business Desk', 'Reply', 'Comments', 'Monday', 'Tuesday', 'January', 'Related', 'Trending']) {
      expect(all).not.toContain(noise);
    }
    for (const e of g.edges) expect(e.evidence.length).toBeGreaterThan(0);
  });
});
