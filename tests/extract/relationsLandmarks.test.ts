// A site is often located by a landmark: "a station some miles north of T, which is run by Y". The
// participle describes the site, never the landmark named inside its description.
import { describe, expect, it } from 'vitest';
import { edge, graphOf } from './helpers';

describe('a landmark inside a site description is not what the operator runs', () => {
  it('a town after a direction word and "of"', () => {
    for (const text of [
      'Cargo flights now land at Korvan, a former air station roughly 20 miles north of Windhoek, which is run by the Namibian Air Force.',
      'Korvan, a small air station 30 km south of Windhoek, which is managed by the Namibian Air Force, reopened in June.',
    ]) {
      const g = graphOf(text);
      expect(edge(g, 'Namibian Air Force', 'operates', 'Korvan'), text).toBeDefined();
      expect(edge(g, 'Namibian Air Force', 'operates', 'Windhoek'), text).toBeUndefined();
    }
  });

  it('an airport after "next to" or "beside"', () => {
    for (const text of [
      'Observers will be based at Selvik air base, a military airfield beside Bratislava Airport that is managed by the Slovak Air Force.',
      'Two tankers refuelled at Selvik air base, the airfield next to Bratislava Airport which is operated by the Slovak Air Force, last week.',
    ]) {
      const g = graphOf(text);
      expect(edge(g, 'Slovak Air Force', 'operates', 'Selvik air base'), text).toBeDefined();
      expect(edge(g, 'Slovak Air Force', 'operates', 'Bratislava Airport'), text).toBeUndefined();
    }
  });

  it('a town after "near"', () => {
    const g = graphOf('Medics were flown in to Dorvik airfield, a gravel strip near Oulu, run by the Finnish Air Force, late on Sunday.');
    expect(edge(g, 'Finnish Air Force', 'operates', 'Oulu')).toBeUndefined();
  });
});
