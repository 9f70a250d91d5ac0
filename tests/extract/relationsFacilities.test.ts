// A place named by a facility head noun is a facility a body runs ("China, which operates the Yellow
// River Station"), and a polity named "the X-backed region of Y" is backed by X. Made-up examples.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('facilities and backed polities', () => {
  it('"X, which operates the Y Station at Z": X operates the station, not the place', () => {
    const g = graphOf('India, which operates the Himadri Station at Ny-Ålesund, said it would expand research.');
    expect(edge(g, 'India', 'operates', 'Himadri Station')).toBeDefined();
    expect(relationsBetween(g, 'India', 'Ny-Ålesund')).not.toContain('operates');
  });

  it('"the Russian-backed breakaway region of Y", "the Russian-backed separatist region of Y": backs', () => {
    const g = graphOf('Georgia and the Russian-backed breakaway region of Abkhazia exchanged detainees on Monday.');
    expect(edge(g, 'Russia', 'backs', 'Abkhazia')).toBeDefined();
    expect(edge(graphOf('Moldova criticised the Russian-backed separatist region of Transnistria.'), 'Russia', 'backs', 'Transnistria')).toBeDefined();
  });

  it('"the Iran-backed town of Y": a town is no polity that is backed', () => {
    expect(relationsBetween(graphOf('The Iran-backed town of Zabadani fell.'), 'Iran', 'Zabadani')).not.toContain('backs');
  });
});
