// Probes for names cut into fragments: an abbreviation with a full stop inside a name, a body's
// long name with lower-case connectors and "and", and an adjective made from a place's name. Every
// text is written for the test about made-up events in several regions.
import { describe, expect, it } from 'vitest';
import { graphOf, nodeNamed } from './helpers';

const labels = (g: ReturnType<typeof graphOf>): string[] => g.nodes.map((n) => n.label);

describe('an abbreviated word with a full stop inside a name', () => {
  it('"St." inside a person\'s name keeps the name whole', () => {
    const g = graphOf('The appeal was heard by Justice Marcus St. Clair in the High Court in Suva on Monday.');
    expect(nodeNamed(g, 'Marcus St. Clair')?.type).toBe('person');
    expect(labels(g)).not.toContain('Marcus St');
    expect(labels(g)).not.toContain('Clair');
  });

  it('"Ste." inside a person\'s name, between commas', () => {
    const g = graphOf('The mayor, Jeanne Ste. Marie, met Governor Paul Dubois on Monday.');
    expect(nodeNamed(g, 'Jeanne Ste. Marie')?.type).toBe('person');
    expect(labels(g)).not.toContain('Marie');
    expect(labels(g)).not.toContain('Jeanne Ste');
  });

  it('"Mt.", "Ft." and "St." opening a place\'s name', () => {
    const g = graphOf('Farmers near Mt. Elgon said the rains came late, the district officer Joseph Wanyama said.');
    expect(nodeNamed(g, 'Mt. Elgon')?.type).toBe('place');
    expect(labels(g)).not.toContain('Elgon');
    expect(labels(g)).not.toContain('Mt');
    const h = graphOf('The convoy left Ft. Portal on Friday, police spokesman Samuel Okello said.');
    expect(nodeNamed(h, 'Ft. Portal')).toBeDefined();
    expect(labels(h)).not.toContain('Portal');
    const k = graphOf('Fishermen from St. Lucia said on Tuesday that the catch had fallen.');
    expect(labels(k)).not.toContain('Lucia');
    expect(labels(k)).not.toContain('St');
  });

  it('the sentence splitter does not cut after the abbreviation', () => {
    const g = graphOf('The tanker ran aground off Pt. Lisas on Sunday. The coast guard said no oil had leaked.');
    expect(labels(g)).not.toContain('Lisas');
  });
});

describe('a body\'s long name with connectors', () => {
  it('a forum named by its cause, two fields joined by "and"', () => {
    const g = graphOf('Ricardo Lopes, a lawyer for the Angolan Forum for Civic and Political Rights in Luanda, said the law was unjust.');
    expect(nodeNamed(g, 'Angolan Forum for Civic and Political Rights')?.type).toBe('organization');
    expect(labels(g)).not.toContain('Political Rights');
    expect(labels(g)).not.toContain('Civic');
    expect(labels(g)).not.toContain('Angolan Forum');
  });

  it('a compact named with "of"', () => {
    const g = graphOf('Washington is responsible for the defence of Palau under the Compact of Free Association, officials said.');
    expect(nodeNamed(g, 'Compact of Free Association')).toBeDefined();
    expect(labels(g)).not.toContain('Free Association');
  });

  it('committees, centres and leagues keep their remit', () => {
    const g = graphOf('The Committee for the Protection of Journalists condemned the arrest of Maria Sokolova.');
    expect(nodeNamed(g, 'Committee for the Protection of Journalists')?.type).toBe('organization');
    const h = graphOf('Anna Novak, director of the Centre for Human Rights and Democracy in Warsaw, said the vote was fair.');
    expect(nodeNamed(h, 'Centre for Human Rights and Democracy')?.type).toBe('organization');
    const k = graphOf('The League for Peace and Freedom held a rally in Nairobi on Sunday.');
    expect(nodeNamed(k, 'League for Peace and Freedom')?.type).toBe('organization');
  });

  it('a state after "for" is whom a body\'s money is for, not its remit', () => {
    const g = graphOf('The loan from the World Bank for Malawi was signed on Monday, finance minister Grace Banda said.');
    expect(nodeNamed(g, 'Malawi')?.type).toBe('state');
    expect(labels(g)).not.toContain('World Bank for Malawi');
  });

  it('a title "of" a state stays a title', () => {
    const g = graphOf('The foreign minister of Chile, Alberto Vidal, met Peruvian officials in Lima.');
    expect(nodeNamed(g, 'Chile')?.type).toBe('state');
    expect(nodeNamed(g, 'Alberto Vidal')?.type).toBe('person');
  });
});

describe('an adjective made from a place\'s name', () => {
  it('is no node before a lower-case noun', () => {
    for (const [text, word] of [
      ['Soldiers reached the Himalayan state of Sikkim on Monday, said army spokesman Rajesh Kumar.', 'Himalayan'],
      ['Traders crossed the Andean highlands of Bolivia, said Luis Mamani, a farmer.', 'Andean'],
      ['Migrants took the Balkan route through Serbia, said Ivana Petrovic of the Red Cross.', 'Balkan'],
      ['Saharan dust covered Dakar on Tuesday, meteorologist Awa Diop said.', 'Saharan'],
    ]) {
      expect(labels(graphOf(text)), text).not.toContain(word);
    }
  });

  it('a name before a unit of government, a state\'s demonym and a region are kept', () => {
    const g = graphOf('The road runs to Kenya\'s Turkan district, where Kenyan troops guard the camps.');
    expect(nodeNamed(g, 'Turkan')).toBeDefined();
    expect(nodeNamed(g, 'Kenya')?.type).toBe('state');
  });
});
