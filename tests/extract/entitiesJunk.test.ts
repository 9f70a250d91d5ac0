// Probes for names that are no nodes, or nodes of another kind, on constructions of news text:
// page furniture (section paths, datelines with an agency), quantifiers and demonyms, documents,
// things given a name with "called". Every text is written for the test about made-up events.
import { describe, expect, it } from 'vitest';
import { graphOf, nodeNamed, nodesNamed } from './helpers';

const labels = (g: ReturnType<typeof graphOf>): string[] => g.nodes.map((n) => n.label);

describe('page furniture', () => {
  it('a section path keeps its state and drops its section labels', () => {
    const g = graphOf('GLOBAL AFFAIRS | KENYA\n\nThe port of Mombasa reopened on Tuesday after a strike, the harbour authority said.');
    expect(labels(g)).not.toContain('GLOBAL AFFAIRS');
    expect(nodeNamed(g, 'Kenya')?.type).toBe('state');
  });

  it('a dateline of a two-word place, its state and an agency in parentheses, is a place', () => {
    const g = graphOf('SANTA CRUZ, Bolivia (Andes Wire) — Floods cut the main road on Monday, the mayor said.');
    expect(nodeNamed(g, 'Santa Cruz')?.type).toBe('place');
    expect(g.nodes.filter((n) => n.type === 'organization').map((n) => n.label)).not.toContain('SANTA CRUZ');
  });

  it("an all-caps dateline with an apostrophe is a place, never a name run into the sentence", () => {
    const g = graphOf("N'DJAMENA — Sudan's envoy was summoned on Friday after shells fell near the border town of Adré, officials said.");
    expect(labels(g).filter((l) => l.includes('—'))).toEqual([]);
    expect(nodeNamed(g, 'Sudan')?.type).toBe('state');
  });

  it('a dateline naming a base the story names by its kind is that base', () => {
    const g = graphOf('TORVIK, Norway — Allied jets landed at Torvik air station on Monday, where troops unloaded.');
    const bases = nodesNamed(g, 'Torvik');
    expect(bases.length).toBe(1);
    expect(bases[0].type).toBe('base');
  });
});

describe('words that name nobody', () => {
  it('a quantifier opening a sentence inside a quotation is no person', () => {
    const g = graphOf('Amira Haddad, an analyst, said the truce was fragile. "The militia holds the hills and the army holds the towns. Both must stop shooting," she said.');
    expect(labels(g)).not.toContain('Both');
  });

  it('a demonym of two words is no person', () => {
    const g = graphOf('Trade Minister Joaquim Mbeki, who led the South African delegation, praised the deal. A Costa Rican envoy agreed.');
    expect(labels(g)).not.toContain('South African');
    expect(labels(g)).not.toContain('Costa Rican');
  });

  it('a document named with a capital is no body', () => {
    const g = graphOf('The ministry said the drills complied with the Lisbon Document and the Geneva Memorandum.');
    expect(labels(g)).not.toContain('Lisbon Document');
    expect(labels(g)).not.toContain('Geneva Memorandum');
  });

  it('an exercise or a ship given a name with "called" is no person', () => {
    const g = graphOf('The drill, called Silver Trident, is led by Denmark. A tanker named Polar Dawn was seized.');
    expect(nodeNamed(g, 'Silver Trident')).toBeUndefined();
    expect(nodeNamed(g, 'Polar Dawn')).toBeUndefined();
  });

  it('a person introduced with "named" is still a person', () => {
    const g = graphOf('A farmer named Tomas Ruiz was detained in Oruro.');
    expect(nodeNamed(g, 'Tomas Ruiz')?.type).toBe('person');
  });
});

describe('typing by head noun and dictionary', () => {
  it('a cartel or a corps is a body', () => {
    const g = graphOf('Police said the Gulf Cartel paid the Pacific Corps for weapons.');
    expect(nodeNamed(g, 'Gulf Cartel')?.type).toBe('organization');
    expect(nodeNamed(g, 'Pacific Corps')?.type).toBe('organization');
  });

  it('a name before an administrative unit ("regency", "municipality") is a place apart from the island', () => {
    const g = graphOf('Ash covered six villages in West Sumba regency on Sumba island.');
    expect(nodeNamed(g, 'West Sumba')?.type).toBe('place');
    expect(nodeNamed(g, 'Sumba')?.id).not.toBe(nodeNamed(g, 'West Sumba')?.id);
  });

  it('a run of place words is a place', () => {
    const g = graphOf('The gang ran stores in Sonora and Baja California.');
    expect(nodeNamed(g, 'Baja California')?.type).toBe('place');
  });

  it('a body named with its remit keeps a hyphenated word and the region that ends it', () => {
    const g = graphOf('Monitors from the Council for Security and Co-operation in Africa arrived on Friday.');
    expect(nodeNamed(g, 'Council for Security and Co-operation in Africa')?.type).toBe('organization');
    expect(labels(g)).not.toContain('Africa');
  });
});

describe('a town a body is named after', () => {
  it('the first word of a body named after its town is the town after a preposition of place', () => {
    const g = graphOf('Leaders of the Zintara Defence Brigade met on Sunday. Its fighters attacked posts in Zintara and Qasrum, residents said.');
    expect(nodeNamed(g, 'Zintara Defence Brigade')?.type).toBe('organization');
    const town = g.nodes.find((n) => n.label === 'Zintara');
    expect(town?.type).toBe('place');
  });
});

describe('surnames told apart by gender', () => {
  it('a pronoun on a bare surname picks the person the text speaks of with that pronoun', () => {
    const g = graphOf(
      'Marco Tirado, the owner of the quarry, was arrested at his home on Sunday. Firefighters were led by Ana Tirado, who is no relation. "We heard voices," she told reporters. Through his lawyer, Tirado denied wrongdoing.',
    );
    expect(nodeNamed(g, 'Marco Tirado')?.aliases).toContain('Tirado');
    expect(nodeNamed(g, 'Ana Tirado')?.aliases).not.toContain('Tirado');
  });

  it('an honorific picks the person of that gender', () => {
    const g = graphOf('Lena Varga chairs the committee; she spoke first. Her brother, Tibor Varga, said he would resign. Later Ms Varga closed the session.');
    expect(nodeNamed(g, 'Lena Varga')?.aliases).toContain('Varga');
    expect(nodeNamed(g, 'Tibor Varga')?.aliases).not.toContain('Varga');
  });
});

describe('military bodies and bases', () => {
  it("a state's army named by its demonym is the state's armed forces named elsewhere", () => {
    const g = graphOf('The Malian Armed Forces said the road was open.', 'Talks stalled after the Malian army shelled the town.');
    const forces = nodeNamed(g, 'Malian Armed Forces');
    expect(forces?.type).toBe('organization');
    expect(nodeNamed(g, 'Malian army')?.id).toBe(forces?.id);
  });

  it('a base named by its number is a base', () => {
    const g = graphOf('Russian troops still use the 58th military base in Dzhava, and the 7th Military Base nearby.');
    expect(nodeNamed(g, '58th military base')?.type).toBe('base');
    expect(nodeNamed(g, '7th Military Base')?.type).toBe('base');
  });

  it('fleets and forces are bodies, and a force before a model of aircraft after a number is the force', () => {
    const g = graphOf("The drills were watched by Russia's Baltic Fleet. Chile sent three Chilean Air Force C-130 Hercules planes.");
    expect(nodeNamed(g, 'Baltic Fleet')?.type).toBe('organization');
    expect(nodeNamed(g, 'Chilean Air Force')?.type).toBe('organization');
  });
});

describe('facilities named with "of"', () => {
  it('a name with "of" before a facility noun is one place, the place after "of" no node of its own', () => {
    const g = graphOf('The company said its Spirit of Patagonia pipeline was running at full capacity.');
    expect(nodeNamed(g, 'Spirit of Patagonia pipeline')?.type).toBe('place');
    expect(nodeNamed(g, 'Patagonia')).toBeUndefined();
  });
});
