// Probes for three forms of names: a body whose plural head noun takes a remit, a province named
// with a Romance compass word, and a French romanisation of one person across reports. Every text
// is written for the test about made-up events.
import { describe, expect, it } from 'vitest';
import { graphOf, nodeNamed } from './helpers';

const labels = (g: ReturnType<typeof graphOf>, type: string): string[] => g.nodes.filter((n) => n.type === type).map((n) => n.label);

describe('a plural head noun before its remit', () => {
  it('"Centres for A and B" is one body', () => {
    for (const [text, body] of [
      ['The Asia Centres for Vaccine Research and Safety opened a laboratory in Hue.', 'Asia Centres for Vaccine Research and Safety'],
      ['The Centers for Water Control and Sanitation said on Friday the wells were safe.', 'Centers for Water Control and Sanitation'],
    ]) {
      const g = graphOf(text);
      expect(labels(g, 'organization'), text).toEqual([body]);
    }
  });
});

describe('a province named with a Romance compass word', () => {
  it('"X del Norte", "X du Sud", "X do Sul" are places, not people', () => {
    for (const [text, place] of [
      ['The convoy reached Bacolod, Lanao del Norte, on Monday.', 'Lanao del Norte'],
      ['Troops were sent to Ubangi du Sud after the raid.', 'Ubangi du Sud'],
      ['Floods cut the highway across Mato Verde do Sul in May.', 'Mato Verde do Sul'],
    ]) expect(nodeNamed(graphOf(text), place)?.type, text).toBe('place');
  });

  it('a person with "del" in the name stays a person', () => {
    expect(nodeNamed(graphOf('Ramon del Rosario said the vote was fair.'), 'Ramon del Rosario')?.type).toBe('person');
  });
});

describe('a French romanisation of one person across reports', () => {
  it('"ou" between vowels and "w" join one person', () => {
    const g = graphOf('General Karim al-Tahaoui said the port was closed.', 'General Karim al-Tahawi said on Monday the port would stay closed.');
    expect(labels(g, 'person')).toHaveLength(1);
  });

  it('names apart by more than that stay apart', () => {
    const g = graphOf('General Karim al-Tahaoui said the port was closed.', 'General Karim al-Tahiri said on Monday the port would stay closed.');
    expect(labels(g, 'person')).toHaveLength(2);
  });
});

describe('a name opened by a Romance article', () => {
  it('is no body where a local office holder is its own ("La Pampa\'s governor")', () => {
    for (const text of ["La Pampa's governor, Sergio Ortiz, declared an emergency on Monday.", "Las Tunas's mayor, Idalmis Vera, closed the schools."]) {
      const g = graphOf(text);
      expect(labels(g, 'organization'), text).toEqual([]);
    }
  });

  it('a union so named is still a body', () => {
    expect(labels(graphOf("La Solidaridad's leader, Sergio Ortiz, called a strike for Monday."), 'organization')).toEqual(['La Solidaridad']);
  });
});

describe('"Le", "Lo" as family names', () => {
  it('a title before "Le X Y" makes a person, not a body', () => {
    for (const [text, name] of [
      ['Deputy Trade Minister Le Minh Duc toured the port on Monday.', 'Le Minh Duc'],
      ["Vietnam's Health Minister Le Thu Trang said the clinics would reopen.", 'Le Thu Trang'],
    ]) expect(nodeNamed(graphOf(text), name)?.type, text).toBe('person');
  });
});
