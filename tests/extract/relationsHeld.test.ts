// Wrong edges a loose reading draws, on short texts written for each rule: a bare title binds to a
// state named before it, not to what the person acts on; a continent or region is nobody's employer;
// a name straight after a verb is that verb's object, not the next verb's subject.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('which state a bare title belongs to', () => {
  it('a state named after the person is what they act on, not the office holder', () => {
    const g = graphOf('Interior Minister Pavel Dragan has made Hungary his main partner in the fight against smuggling.');
    expect(relationsBetween(g, 'Pavel Dragan', 'Hungary')).not.toContain('interior_minister_of');
    expect(relationsBetween(g, 'Pavel Dragan', 'Hungary').filter((r) => r.endsWith('minister_of'))).toEqual([]);
  });

  it('a state named before the title still holds it', () => {
    const g = graphOf('Romania hosted the talks, with Foreign Minister Pavel Dragan in the chair.');
    expect(edge(g, 'Pavel Dragan', 'foreign_minister_of', 'Romania')).toBeDefined();
  });
});

describe('offices are held in bodies, not in regions', () => {
  it('"the US senior adviser for Africa" works for the United States, not for Africa', () => {
    const g = graphOf('Nora Platt, the US senior adviser for Africa, attended the ceremony in Lusaka.');
    expect(edge(g, 'Nora Platt', 'works_for', 'United States')).toBeDefined();
    expect(relationsBetween(g, 'Nora Platt', 'Africa')).toEqual([]);
  });

  it('a demonym opening an apposition holds the office', () => {
    const g = graphOf('Anders Holm, the Swedish ambassador, left the capital on Friday.');
    expect(edge(g, 'Anders Holm', 'ambassador_of', 'Sweden')).toBeDefined();
  });

  it('a counterpart names no office of its own', () => {
    const g = graphOf('Anders Holm, the Swedish counterpart, did not attend.');
    expect(relationsBetween(g, 'Anders Holm', 'Sweden')).toEqual([]);
  });
});

describe('a name after a verb is its object', () => {
  it('"X visited Y and signed ... with Z": Y did not sign anything', () => {
    const g = graphOf('President Ilse Varga visited Warsaw and signed a trade agreement with Chancellor Otto Brenner.');
    expect(relationsBetween(g, 'Warsaw', 'Otto Brenner')).toEqual([]);
  });

  it('a verb that takes a clause leaves the name after it a subject', () => {
    const g = graphOf('Officials said Germany backed Moldova.');
    expect(edge(g, 'Germany', 'backs', 'Moldova')).toBeDefined();
  });
});

describe('passives and their agents', () => {
  it('the agent of one passive is not what the next passive happened to', () => {
    const g = graphOf('The mission was approved by the African Union and is financed mainly by Norway.');
    expect(relationsBetween(g, 'Norway', 'African Union')).toEqual([]);
  });

  it('"the X mission, which is commanded by Y": the antecedent, though another passive\'s agent', () => {
    const g = graphOf('The raid was carried out by the Joint Border Force, which is commanded by Colonel Amadou Keita.');
    expect(edge(g, 'Amadou Keita', 'commands', 'Joint Border Force')).toBeDefined();
  });

  it('coordinated agents each did it', () => {
    const g = graphOf('The Harbor Mall was attacked by the Blue Brigade and the Red Front on Sunday.');
    expect(edge(g, 'Blue Brigade', 'attacked', 'Harbor Mall')).toBeDefined();
    expect(edge(g, 'Red Front', 'attacked', 'Harbor Mall')).toBeDefined();
  });
});

describe('a symmetric verb needs a named partner', () => {
  it('"A and B spoke to their families": not to each other', () => {
    const g = graphOf('The two freed engineers, Ravi Menon and Sunil Das, spoke briefly to their families by telephone.');
    expect(relationsBetween(g, 'Ravi Menon', 'Sunil Das')).toEqual([]);
  });

  it('"A and B spoke by phone" is still a conversation', () => {
    const g = graphOf('Tom Reed and Ana Diaz spoke by phone on Friday.');
    expect(edge(g, 'Tom Reed', 'spoke_with', 'Ana Diaz', true)).toBeDefined();
  });
});

describe('offices named before the name', () => {
  it('"The director-general of the Y, X, said": X leads Y', () => {
    const g = graphOf('The director-general of the Zambian Wildlife Authority, Grace Phiri, said the park would reopen.');
    expect(edge(g, 'Grace Phiri', 'leader_of', 'Zambian Wildlife Authority')).toBeDefined();
  });

  it('"the Emir of Q, X": a title of a state before a comma', () => {
    const g = graphOf('The minister later met the Emir of Kuwait, Sheikh Nawaf al-Sabah, in the capital.');
    expect(edge(g, 'Nawaf al-Sabah', 'leader_of', 'Kuwait')).toBeDefined();
  });

  it('"a friend of the Y, X" names no office', () => {
    const g = graphOf('A longtime friend of the Ford Foundation, John Abbott, spoke at the ceremony.');
    expect(relationsBetween(g, 'John Abbott', 'Ford Foundation')).toEqual([]);
  });
});

describe("a body's office with its remit", () => {
  it('"X, the Commission\'s executive vice-president for trade": the office ends before its remit', () => {
    const g = graphOf('The European Commission opened an inquiry on Monday. "We will act," said Marta Lind, the Commission\'s executive vice-president for trade.');
    expect(edge(g, 'Marta Lind', 'vice_president_of', 'European Commission')).toBeDefined();
  });

  it('"X, Serbia\'s vice-president," is a national office', () => {
    const g = graphOf('Zoran Ilic, Serbia\'s vice-president, arrived on Monday.');
    expect(edge(g, 'Zoran Ilic', 'vice_president_of', 'Serbia')).toBeDefined();
  });
});

describe('base operators by clause', () => {
  it('"A kept troops at X, and B built Y": A does not operate Y', () => {
    const g = graphOf('Belgium kept 300 soldiers at Air Base 12 in Gao, and Canada built a drone base near Kidal, known as Air Base 14.');
    expect(edge(g, 'Belgium', 'operates', 'Air Base 12')).toBeDefined();
    expect(edge(g, 'Belgium', 'operates', 'Air Base 14')).toBeUndefined();
  });
});

describe('stationed troops by clause', () => {
  it('"Belgian troops left in May, and Canadian soldiers handed X to the army": Belgium does not operate X', () => {
    const g = graphOf('Belgian troops left in May 2023, and the last Canadian soldiers handed Air Base 14 to the Malian army in August.');
    expect(edge(g, 'Belgium', 'operates', 'Air Base 14')).toBeUndefined();
  });
});
