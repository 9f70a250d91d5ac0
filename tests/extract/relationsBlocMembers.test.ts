// Members of a bloc named in a relative clause on its name. Names are invented.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('members of a bloc', () => {
  it('"the alliance of which X is a member"', () => {
    const g = graphOf('The Collective Defence Pact (CDP), the Moscow-led military alliance of which Armenia is a member, offered help.');
    expect(edge(g, 'Armenia', 'member_of', 'Collective Defence Pact')).toBeDefined();
  });

  it('"the bloc to which A and B belong"', () => {
    const g = graphOf('The Gulf Cooperation Council (GCC), the bloc to which Kuwait and Oman belong, called for calm.');
    expect(edge(g, 'Kuwait', 'member_of', 'Gulf Cooperation Council')).toBeDefined();
    expect(edge(g, 'Oman', 'member_of', 'Gulf Cooperation Council')).toBeDefined();
  });

  it('"which groups A, B and C"', () => {
    const g = graphOf('The Alliance of Coastal States (ACS), which groups Ghana, Togo and Benin, defended the operation.');
    for (const s of ['Ghana', 'Togo', 'Benin']) expect(edge(g, s, 'member_of', 'Alliance of Coastal States')).toBeDefined();
  });

  it('a state that is no longer a member is none', () => {
    const g = graphOf('The Andean Union, of which Peru is no longer a member, said nothing.');
    expect(relationsBetween(g, 'Peru', 'Andean Union')).not.toContain('member_of');
  });
});
