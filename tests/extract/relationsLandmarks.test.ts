// A site is often located by a landmark: "an air station west of T, which is operated by Y". The
// participle describes the site, never the landmark named inside its description.
import { describe, expect, it } from 'vitest';
import { edge, graphOf } from './helpers';

describe('a landmark inside a site description is not what the operator runs', () => {
  it('a town after a direction word and "of"', () => {
    const g = graphOf('Korvan, an air force station about 15 kilometres west of Tamale, which is operated by the Ghana Air Force, took the jet on Monday.');
    expect(edge(g, 'Ghana Air Force', 'operates', 'Korvan')).toBeDefined();
    expect(edge(g, 'Ghana Air Force', 'operates', 'Tamale')).toBeUndefined();
  });

  it('an airport after "next to"', () => {
    const g = graphOf('The jet landed at Selvik air base, the military airfield next to Podgorica Airport that is operated by the Montenegrin Air Force.');
    expect(edge(g, 'Montenegrin Air Force', 'operates', 'Selvik air base')).toBeDefined();
    expect(edge(g, 'Montenegrin Air Force', 'operates', 'Podgorica Airport')).toBeUndefined();
  });

  it('a town after "near"', () => {
    const g = graphOf('Troops flew to Dorvik airfield, a strip near Kandalaksha, run by the Northern Fleet, on Tuesday.');
    expect(edge(g, 'Northern Fleet', 'operates', 'Kandalaksha')).toBeUndefined();
  });
});
