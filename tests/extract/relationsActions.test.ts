// Actions read from verbs, on short texts written for each rule: deployments, retaking, appeals,
// "called on", leaving a body; and the limits of each (a city left is no body left).
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('verbs of force and movement', () => {
  it('"X deployed troops to Y": where the forces went', () => {
    const g = graphOf('Rwanda has deployed about 2,000 soldiers to Mozambique since July.');
    expect(edge(g, 'Rwanda', 'deployed_to', 'Mozambique')).toBeDefined();
  });

  it('"retook" and "recaptured" are captures', () => {
    const g = graphOf('The M23 rebels recaptured the town of Bunia on Sunday. The M23 retook the town of Rutshuru a week later.');
    expect(edge(g, 'M23', 'captured', 'Bunia')).toBeDefined();
    expect(edge(g, 'M23', 'captured', 'Rutshuru')).toBeDefined();
  });
});

describe('appeals', () => {
  it('"said it would appeal to the Y court": the body that hears the appeal', () => {
    const g = graphOf('Norbel Mining, a gold producer, was fined on Monday. Norbel Mining said it would appeal to the Supreme Court in Accra.');
    expect(edge(g, 'Norbel Mining', 'appeals_to', 'Supreme Court')).toBeDefined();
  });

  it('"called on NATO to ...": a call on a body, by the clause subject', () => {
    const g = graphOf('Latvian Foreign Minister Ilze Berzina said the attack was deliberate and called on the European Union to act.');
    expect(edge(g, 'Ilze Berzina', 'called_on', 'European Union')).toBeDefined();
  });

  it('"did not call on X" is no call', () => {
    const g = graphOf('Latvian Foreign Minister Ilze Berzina did not call on the European Union to act.');
    expect(relationsBetween(g, 'Ilze Berzina', 'European Union')).toEqual([]);
  });
});

describe('leaving', () => {
  it('a body that left another body withdrew from it', () => {
    const g = graphOf('The Andean Pact, which left the Organization of American States in 2024, met in Quito.');
    expect(edge(g, 'Andean Pact', 'withdrew_from', 'Organization of American States')).toBeDefined();
  });

  it('leaving a city is travel, not withdrawal', () => {
    const g = graphOf('Prime Minister Elena Duca left Bucharest on Monday.');
    expect(relationsBetween(g, 'Elena Duca', 'Bucharest')).not.toContain('withdrew_from');
  });
});

describe('object relative clauses after an apposition', () => {
  it('"X, the capital of Y province, which the rebels captured": X was captured, not Y', () => {
    const g = graphOf('The Koro Front still holds the town of Masaka, the capital of Venda province, which the Koro Front seized in May.');
    expect(edge(g, 'Koro Front', 'captured', 'Masaka')).toBeDefined();
    expect(relationsBetween(g, 'Koro Front', 'Venda')).not.toContain('captured');
  });
});

describe('kin and leaders in appositions', () => {
  it('"two cousins, A and B" and "A and his cousin B"', () => {
    const g = graphOf('Among the dead were two cousins, Kofi Mensah and Yaw Boateng, both farmers. Ama Owusu and her cousin Efua Asante survived.');
    expect(edge(g, 'Kofi Mensah', 'cousin_of', 'Yaw Boateng', true)).toBeDefined();
    expect(edge(g, 'Ama Owusu', 'cousin_of', 'Efua Asante', true)).toBeDefined();
  });

  it('"Y, a coalition of gangs led by X": X leads Y', () => {
    const g = graphOf('The port was seized by the Red Hand, a coalition of militias led by former soldier Tom Okoro.');
    expect(edge(g, 'Tom Okoro', 'leads', 'Red Hand')).toBeDefined();
  });

  it('a description that names a place leads to nobody', () => {
    const g = graphOf('Fighters attacked Bunia, a town held by the army of Congo.');
    expect(relationsBetween(g, 'Bunia', 'Congo')).not.toContain('controls');
  });
});

describe('ownership', () => {
  it('"X, owned by Y": Y owns X', () => {
    const g = graphOf('The Varreux terminal, owned by the state company Sonapi, was shut for a week.');
    expect(edge(g, 'Sonapi', 'owns', 'Varreux terminal')).toBeDefined();
  });

  it('"a state-owned company" names no owner', () => {
    const g = graphOf('Cinia, a state-owned company, said repairs would take weeks.');
    expect(g.edges.filter((e) => e.relation === 'owns')).toEqual([]);
  });
});
