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

  it('"X, 54, who leads the Y and was mayor of Z": a copula coordinated in the relative clause', () => {
    expect(edge(graphOf('Boris Lenk, 54, who leads the Civic Union and was mayor of Zadar for eight years, faces fraud charges.'), 'Boris Lenk', 'former_mayor_of', 'Zadar')).toBeDefined();
    expect(edge(graphOf('Ana Petrov, 61, who is the chairwoman of the Green Alliance, spoke.'), 'Ana Petrov', 'leader_of', 'Green Alliance')).toBeDefined();
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

describe('offices with a remit or over a unit of the body', () => {
  it('"X, the head of the East Africa desk of Y": works for Y', () => {
    expect(edge(graphOf('Omar Sheikh, the head of the East Africa desk of Human Rights Watch, said the law was a setback.'), 'Omar Sheikh', 'works_for', 'Human Rights Watch')).toBeDefined();
    expect(edge(graphOf('Ravi Menon, head of the legal department of the Reserve Bank, resigned.'), 'Ravi Menon', 'works_for', 'Reserve Bank')).toBeDefined();
  });

  it('"X, Y\'s Africa programme coordinator", "Y\'s Middle East director": works for Y', () => {
    expect(edge(graphOf("Lena Ortiz, HRW's Americas programme director, said the arrests were arbitrary."), 'Lena Ortiz', 'works_for', 'HRW')).toBeDefined();
    expect(edge(graphOf("Tom Lee, Oxfam's Middle East director, spoke."), 'Tom Lee', 'works_for', 'Oxfam')).toBeDefined();
    expect(edge(graphOf("Wang Yi, China's Foreign Minister, spoke."), 'Wang Yi', 'foreign_minister_of', 'China')).toBeDefined();
  });

  it('"the Y\'s commander of the mission, Admiral X", "its correspondent in the capital, X"', () => {
    expect(edge(graphOf("The Chilean Navy's commander of the mission, Admiral Jorge Soto, said the ships would stay."), 'Jorge Soto', 'works_for', 'Chilean Navy')).toBeDefined();
    expect(edge(graphOf('Mali closed Radio Sahel on Monday and deported its correspondent in the capital, Paul Diop, over its coverage.'), 'Paul Diop', 'works_for', 'Radio Sahel')).toBeDefined();
  });

  it('a correspondent or an analyst never works for a state', () => {
    expect(relationsBetween(graphOf('Chile protested on Monday, and its correspondent in the capital, Ana Ruiz, was recalled.'), 'Ana Ruiz', 'Chile')).not.toContain('works_for');
  });
});

describe('a government spokesperson', () => {
  it('"the government spokesperson, X" after a quote speaks for the article\'s state', () => {
    const g = graphOf('WINDHOEK — Namibia shut the weekly. "Its permit had lapsed," the government spokesperson, Hilma Nangolo, told journalists. Namibia has had one ruling party since 1990. Namibia defended the move.');
    expect(edge(g, 'Hilma Nangolo', 'spokesperson_of', 'Namibia')).toBeDefined();
    const g2 = graphOf('LIMA — Peru closed the border. The government spokesman, Luis Paredes, said it would reopen. Peru blamed Chile.');
    expect(edge(g2, 'Luis Paredes', 'spokesperson_of', 'Peru')).toBeDefined();
  });
});

describe('local units, party candidates and officers at bases', () => {
  it('"Kano state governor X", "Yap state governor X": governor of the place', () => {
    expect(edge(graphOf('Kano state governor Abba Yusuf said the roads were closed.'), 'Abba Yusuf', 'governor_of', 'Kano')).toBeDefined();
  });

  it('"X, the National Renewal Party (NRP) candidate", "X, the Oxfam spokeswoman"', () => {
    expect(edge(graphOf('The petition was filed by Rosa Lima, the National Renewal Party (NRP) candidate, who lost the seat.'), 'Rosa Lima', 'candidate_of', 'National Renewal Party')).toBeDefined();
    expect(edge(graphOf('Marta Ruiz, the Oxfam spokeswoman, said aid was blocked.'), 'Marta Ruiz', 'spokesperson_of', 'Oxfam')).toBeDefined();
  });

  it('a state\'s opposition candidate is no candidate of the state', () => {
    expect(relationsBetween(graphOf("Zambia's main opposition candidate, Ruth Banda, rejected the results."), 'Ruth Banda', 'Zambia')).not.toContain('candidate_of');
  });

  it('"X, an officer at Y air base": stationed at the base', () => {
    expect(edge(graphOf('His brother, Major Tomas Vrba, an officer at Namest air base, was detained.'), 'Tomas Vrba', 'stationed_at', 'Namest air base')).toBeDefined();
  });
});
