// Probes for "operated by" after a base and the place it stands in. Every text is written for the
// test about made-up events.
import { describe, expect, it } from 'vitest';
import { edge, graphOf } from './helpers';

describe('"X air base in Y, operated by Z"', () => {
  it('Z operates the base, not the place the base is in', () => {
    for (const [text, base, place, force] of [
      ['The jets flew from Tarvik air base in Bodø, operated by the Royal Norwegian Air Force.', 'Tarvik air base', 'Bodø', 'Royal Norwegian Air Force'],
      ['Supplies were landed at Camp Ordway near Kandahar, run by the Afghan National Army.', 'Camp Ordway', 'Kandahar', 'Afghan National Army'],
    ]) {
      const g = graphOf(text);
      expect(edge(g, force, 'operates', base), text).toBeDefined();
      expect(edge(g, force, 'operates', place), text).toBeUndefined();
    }
  });

  it('an unnamed airstrip known by its town: the town is what is operated', () => {
    const g = graphOf('The men were driven to the airstrip at Palma, which has been operated by the Rwanda Defence Force since 2021.');
    expect(edge(g, 'Rwanda Defence Force', 'operates', 'Palma')).toBeDefined();
  });
});
