// Probes for typing names on the strongest evidence: each text is written for the test, about
// made-up events, and reads one construction a reader resolves without a list of names.
import { describe, expect, it } from 'vitest';
import { graphOf, nodeNamed } from './helpers';

describe('demonyms', () => {
  it('a demonym alone is never a node, for any UN member state', () => {
    const g = graphOf('Kyrgyz and Tajik border guards traded fire near the Kyrgyz village of Ak-Suu. A Swazi farmer and two Tongan officials were hurt, Bhutanese police said.');
    const labels = g.nodes.map((n) => n.label);
    for (const d of ['Kyrgyz', 'Tajik', 'Swazi', 'Tongan', 'Bhutanese']) expect(labels).not.toContain(d);
    expect(nodeNamed(g, 'Ak-Suu')?.type).toBe('place');
  });

  it('a demonym before a title still names the state of the office', () => {
    const g = graphOf('Tajik President Rahim Bobojon spoke to reporters in Dushanbe on Monday.');
    expect(nodeNamed(g, 'Rahim Bobojon')?.type).toBe('person');
    expect(nodeNamed(g, 'Tajikistan')?.type).toBe('state');
  });
});

describe('possessives', () => {
  it("a person's name before 's and a body stays a person", () => {
    const g = graphOf("The envoy met Omar Bashtar's National Guard on Sunday. Bashtar's office said the talks went well.");
    const person = nodeNamed(g, 'Omar Bashtar');
    expect(person?.type).toBe('person');
    expect(person?.aliases).toContain('Bashtar');
    expect(g.nodes.filter((n) => n.type === 'organization').map((n) => n.label)).not.toContain('Bashtar');
  });

  it("a body the dictionary knows stays a body before 's", () => {
    const g = graphOf("Google's office in Dublin said it would appeal.");
    expect(nodeNamed(g, 'Google')?.type).toBe('organization');
  });
});
