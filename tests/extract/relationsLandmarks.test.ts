// A site is often located by a landmark: "an air station west of T, which is operated by Y". The
// participle describes the site, never the landmark named inside its description.
import { describe, expect, it } from 'vitest';
import { edge, graphOf } from './helpers';

describe('a landmark inside a site description is not what the operator runs', () => {
  it('a town after a direction word and "of"', () => {
    const g = graphOf('Controllers sent the jet to Bolvesk, a military airfield roughly 20 kilometres east of Kumasi, which is operated by the Kessa Air Command, and it landed safely.');
    expect(edge(g, 'Kessa Air Command', 'operates', 'Bolvesk')).toBeDefined();
    expect(edge(g, 'Kessa Air Command', 'operates', 'Kumasi')).toBeUndefined();
  });

  it('an airport after "next to"', () => {
    const g = graphOf('The squadron moved to Darnovo air base, an army airstrip next to Sokode Airport that is run by the Togolese Air Force, last spring.');
    expect(edge(g, 'Togolese Air Force', 'operates', 'Darnovo air base')).toBeDefined();
    expect(edge(g, 'Togolese Air Force', 'operates', 'Sokode Airport')).toBeUndefined();
  });

  it('a town after "near"', () => {
    const g = graphOf('Troops flew to Dorvik airfield, a strip near Kandalaksha, run by the Kessa Border Guard, on Tuesday.');
    expect(edge(g, 'Kessa Border Guard', 'operates', 'Dorvik airfield')).toBeDefined();
    expect(edge(g, 'Kessa Border Guard', 'operates', 'Kandalaksha')).toBeUndefined();
  });
});
