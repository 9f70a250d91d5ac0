// Probes for bases, officials and kin on fresh news text: who runs a base described in apposition
// or named by a body's acronym, craft sent "from" a base, a base taken up by its common noun.
// Every text is written for the test about made-up bases, bodies and people.
import { describe, expect, it } from 'vitest';
import { graphOf, relationsBetween } from './helpers';

const linkedTo = (text: string, a: string, b: string): string[] => relationsBetween(graphOf(text), a, b);

describe('a base described in apposition', () => {
  it('the body or demonym qualifying the facility noun runs the base, the place after it holds it', () => {
    for (const [text, base, op, place] of [
      ['Two transport planes landed at Korvadi air base, a Peruvian Air Force facility outside Arequipa, on Monday.', 'Korvadi air base', 'Peruvian Air Force', 'Arequipa'],
      ['Fighters took off from Velmora air base, a Kenyan Air Force installation northwest of Nakuru, at dawn.', 'Velmora air base', 'Kenyan Air Force', 'Nakuru'],
      ['Supplies reached Tessaly air base, a Chilean facility near Antofagasta, by road.', 'Tessaly air base', 'Chile', 'Antofagasta'],
    ]) {
      expect(linkedTo(text, base, op), text).toContain('operates');
      expect(linkedTo(text, base, place).length, text).toBeGreaterThan(0);
    }
  });

  it('a relative clause or participle after the description names the operator', () => {
    const a = 'The crew diverted to Osterbrook air base, an air force station 20 kilometres east of Kumasi, which is operated by the Ghana Air Force.';
    expect(linkedTo(a, 'Osterbrook air base', 'Ghana Air Force')).toContain('operates');
    expect(linkedTo(a, 'Osterbrook air base', 'Kumasi').length).toBeGreaterThan(0);
    const b = 'The drill will take place at Merrow air base, the military airfield next to Varna Airport that is run by the Bulgarian Air Force, in May.';
    expect(linkedTo(b, 'Merrow air base', 'Bulgarian Air Force')).toContain('operates');
    expect(linkedTo(b, 'Merrow air base', 'Varna Airport')).toContain('next_to');
  });

  it('"the air force\'s main base west of X in Y": the one air force the article names, and both places', () => {
    const text = 'The Royal Danish Air Force sent two jets. They left Holmvik air base, the air force\'s main fighter base west of Aarhus in Jutland, on Friday.';
    expect(linkedTo(text, 'Holmvik air base', 'Royal Danish Air Force')).toContain('operates');
    expect(linkedTo(text, 'Holmvik air base', 'Jutland')).toContain('located_in');
  });

  it('a hyphenated demonym dates the place; it makes no state', () => {
    const g = graphOf('Inspectors visited Norvik, a Soviet-era mining camp on the coast.');
    expect(g.nodes.some((n) => n.label === 'Soviet Union')).toBe(false);
    expect(linkedTo('The jet flew on from Ostara, the Turkish-run air base in Somalia, on Monday.', 'Ostara', 'Turkey')).toContain('operates');
  });
});

describe('other ways a base gets its operator', () => {
  it('a body\'s craft "from" a base, no verb between', () => {
    for (const text of [
      'Kenya Air Force helicopters from Lenkai air base, on the edge of the capital, flew over the stadium.',
      'Two Kenya Air Force C-130 transports from Lenkai air base dropped food on Sunday.',
    ]) expect(linkedTo(text, 'Lenkai air base', 'Kenya Air Force'), text).toContain('operates_from');
  });

  it('"the base is run by X": the base the article named last', () => {
    for (const text of [
      'The jet landed at Dorrit air base, west of Tamale. The base is run by the Ghana Air Force.',
      'The jet landed at Dorrit air base on Monday. The airfield, operated by the Ghana Air Force since 1990, was closed.',
    ]) expect(linkedTo(text, 'Dorrit air base', 'Ghana Air Force'), text).toContain('operates');
  });

  it('"RAAF Base X": a base named with a body\'s acronym is that body\'s', () => {
    for (const text of [
      'The Royal Australian Air Force (RAAF) sent a tanker. It left RAAF Base Wirrawong on Tuesday.',
      'A Royal New Zealand Air Force (RNZAF) Hercules followed from RNZAF Base Kaitoro a few hours later.',
    ]) {
      const g = graphOf(text);
      const base = g.nodes.find((n) => n.type === 'base');
      const force = g.nodes.find((n) => n.type === 'organization');
      expect(base && force && relationsBetween(g, base.label, force.label), text).toContain('operates');
    }
  });
});
