// Probes for kin "of" a person whose title has several words ("the son of Prime Minister X", "a
// cousin of the prime minister"). Every text is written for the test about made-up events.
import { describe, expect, it } from 'vitest';
import { graphOf, relationsBetween } from './helpers';

describe('kin of a person with a title of several words', () => {
  it('"X, the son of Prime Minister Y": the title stands before the name', () => {
    for (const [text, relation] of [
      ['Tomas Ivanek, the son of Prime Minister Pavel Ivanek, resigned from the board on Monday.', 'parent_of'],
      ['Lena Brandt, a cousin of Foreign Minister Karl Brandt, was named ambassador.', 'cousin_of'],
    ] as const) {
      const g = graphOf(text);
      const [young, elder] = relation === 'parent_of' ? ['Tomas Ivanek', 'Pavel Ivanek'] : ['Lena Brandt', 'Karl Brandt'];
      expect(relationsBetween(g, elder, young), text).toContain(relation);
    }
  });

  it('"a first cousin of the prime minister": the article\'s one prime minister', () => {
    const g = graphOf('Prime Minister Pavel Ivanek lost the vote on Thursday. Among the rebels was Tomas Ivanek, a first cousin of the prime minister.');
    expect(relationsBetween(g, 'Pavel Ivanek', 'Tomas Ivanek')).toContain('cousin_of');
  });
});
