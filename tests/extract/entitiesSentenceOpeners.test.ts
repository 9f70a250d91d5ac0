// Probes for a state's name opening a sentence when the parser tags it a plural demonym. Every text
// is written for the test about made-up events.
import { describe, expect, it } from 'vitest';
import { graphOf, nodeNamed } from './helpers';

describe('a state named first in its sentence', () => {
  it('"Laos said", "Philippines rejected": the state, whatever the parser tagged it', () => {
    for (const [text, state] of [
      ['Laos said on Monday it would reopen the Vientiane crossing.', 'Laos'],
      ['Philippines rejected the survey ship\'s request to dock on Tuesday.', 'Philippines'],
      ['Bahamas closed its airspace to the chartered flights.', 'Bahamas'],
    ]) expect(nodeNamed(graphOf(text), state)?.type, text).toBe('state');
  });

  it('a plural of people by trade opening a sentence still names nothing', () => {
    const g = graphOf('Protesters marched to the ministry on Monday.');
    expect(g.nodes.filter((n) => n.type !== 'event').map((n) => n.label)).toEqual([]);
  });
});
