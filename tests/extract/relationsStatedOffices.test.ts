// Offices and kin stated in constructions beyond the plain apposition: a body and a sub-office
// qualifier before a title ("UNICEF country director X"), a copula in the main clause or a relative
// clause ("X, who was mayor of Y"), kin in a second description joined by "and" ("a farmer and the
// uncle of Y"), and kin with an occupation between the comma and the name ("her brother, the
// barrister X"). Made-up examples.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('a body, a sub-office qualifier, then a title', () => {
  it('"UNICEF country director X", "the Oxfam regional director X": works for the body', () => {
    expect(edge(graphOf('UNICEF country director Maria Holm said the schools were shut.'), 'Maria Holm', 'works_for', 'UNICEF')).toBeDefined();
    expect(edge(graphOf('The Oxfam regional director Paul Brandt said aid was blocked.'), 'Paul Brandt', 'works_for', 'Oxfam')).toBeDefined();
  });
});

describe('an office stated by a copula', () => {
  it('"X, who was mayor of Y for ten years": a former mayor', () => {
    expect(edge(graphOf('Boris Lenk, who was mayor of Zadar for ten years, is accused of fraud.'), 'Boris Lenk', 'former_mayor_of', 'Zadar')).toBeDefined();
    expect(edge(graphOf('Ngozi Eze, who is governor of Anambra, met the president.'), 'Ngozi Eze', 'governor_of', 'Anambra')).toBeDefined();
  });

  it('"X is the chairwoman of the Y", "X, who is also the secretary-general of the Y"', () => {
    expect(edge(graphOf('Ana Petrov is the chairwoman of the Green Alliance, which won four seats.'), 'Ana Petrov', 'leader_of', 'Green Alliance')).toBeDefined();
    expect(edge(graphOf('Tomas Ruiz, who is also the secretary-general of the Dockers Union, said members would strike.'), 'Tomas Ruiz', 'leader_of', 'Dockers Union')).toBeDefined();
  });

  it('a negated copula states no office', () => {
    expect(relationsBetween(graphOf('Marek Nowak was not the leader of the Green Alliance.'), 'Marek Nowak', 'Green Alliance')).toEqual([]);
  });
});

describe('kin beyond the plain apposition', () => {
  it('"X, a 60-year-old farmer and the uncle of Y", "X, a teacher and a cousin of Y"', () => {
    expect(edge(graphOf('Among the dead was Juan Pardo, a 60-year-old farmer and the uncle of Maria Pardo.'), 'Juan Pardo', 'relative_of', 'Maria Pardo')).toBeDefined();
    expect(edge(graphOf('Lina Haddad, a teacher and a cousin of Omar Haddad, was arrested.'), 'Lina Haddad', 'cousin_of', 'Omar Haddad')).toBeDefined();
    expect(edge(graphOf('Paul Okoro, a lawyer and the son of Chief Emeka Okoro, spoke.'), 'Emeka Okoro', 'parent_of', 'Paul Okoro')).toBeDefined();
  });

  it('"his cousin, the journalist X", "her husband, the architect X"', () => {
    expect(edge(graphOf('Ahmed Said said his cousin, the journalist Omar Said, had been detained.'), 'Ahmed Said', 'cousin_of', 'Omar Said')).toBeDefined();
    expect(edge(graphOf('Maria Lopez arrived with her husband, the architect Jorge Lopez.'), 'Jorge Lopez', 'spouse_of', 'Maria Lopez', true)).toBeDefined();
  });
});
