// Members of a bloc named in a relative clause on its name. Names are invented.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('members of a bloc', () => {
  it('"the bloc of which X has been a full member"', () => {
    const g = graphOf('Help was promised by the Southern Cone Compact (SCC), the Montevideo-based trade bloc of which Uruguay has been a full member since 1995.');
    expect(edge(g, 'Uruguay', 'member_of', 'Southern Cone Compact')).toBeDefined();
  });

  it('"the bloc to which A and B belong"', () => {
    const g = graphOf('The Gulf Cooperation Council (GCC), the bloc to which Kuwait and Oman belong, called for calm.');
    expect(edge(g, 'Kuwait', 'member_of', 'Gulf Cooperation Council')).toBeDefined();
    expect(edge(g, 'Oman', 'member_of', 'Gulf Cooperation Council')).toBeDefined();
  });

  it('"which brings together A, B and C"', () => {
    const g = graphOf('Defending the raid was the Andean Rivers Council (ARC), which brings together Bolivia, Peru and Ecuador.');
    for (const s of ['Bolivia', 'Peru', 'Ecuador']) expect(edge(g, s, 'member_of', 'Andean Rivers Council')).toBeDefined();
  });

  it('a state that is no longer a member is none', () => {
    const g = graphOf('The Andean Union, of which Peru is no longer a member, said nothing.');
    expect(relationsBetween(g, 'Peru', 'Andean Union')).not.toContain('member_of');
  });
});
