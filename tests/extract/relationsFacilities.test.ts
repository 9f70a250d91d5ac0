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

describe('a base described in apposition', () => {
  it('"Camp X, the United States\' main military base in Y": the state runs it, it lies in Y', () => {
    const g = graphOf('The drone was launched from Camp Harmony, the United States\' main military base in Djibouti, two officials said.');
    expect(edge(g, 'United States', 'operates', 'Camp Harmony')).toBeDefined();
    expect(edge(g, 'Camp Harmony', 'located_in', 'Djibouti')).toBeDefined();
  });

  it('"Camp X, the American base outside Y", "Camp X, the large US base near Y": runs it, near Y', () => {
    const g = graphOf('Troops gathered at Camp Victory, the American base outside Baghdad.');
    expect(edge(g, 'United States', 'operates', 'Camp Victory')).toBeDefined();
    expect(edge(g, 'Camp Victory', 'located_near', 'Baghdad')).toBeDefined();
    const g2 = graphOf('Helicopters flew from Camp Falcon, the large US base near Prizren, on Monday.');
    expect(edge(g2, 'Camp Falcon', 'located_near', 'Prizren')).toBeDefined();
  });

  it('"Camp X, the refugee camp near Y": located, run by nobody named', () => {
    const g = graphOf('Police raided Camp Hope, the refugee camp near Calais.');
    expect(edge(g, 'Camp Hope', 'located_near', 'Calais')).toBeDefined();
    expect(g.edges.filter((e) => e.relation === 'operates')).toEqual([]);
  });
});

describe('sent from a base', () => {
  it('"The drone that attacked an X convoy was launched from Camp Y": X did not launch it and runs no base', () => {
    const g = graphOf('The drone that attacked a Hezbollah convoy in Syria on 12 November was launched from Camp Harmony, officials said.');
    expect(relationsBetween(g, 'Hezbollah', 'Camp Harmony')).toEqual([]);
  });
});
