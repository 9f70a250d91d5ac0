// Offices stated around a name in apposition: "the leader of the X, Y", "his Kyrgyz counterpart, Y",
// "The ambassador, Y" after a sentence opened by a state; and the object of a verb that is a person
// described by "the leader of X". Made-up people in several regions.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('an office, "of", a body, then the name', () => {
  it('a party leader in apposition', () => {
    const g = graphOf('Troops detained the head of the ruling National Party, Joseph Mwangi, late on Friday.');
    expect(edge(g, 'Joseph Mwangi', 'leader_of', 'National Party')).toBeDefined();
  });
  it('a minister of a state in apposition', () => {
    const g = graphOf('He met the foreign minister of Ghana, Kofi Mensah, in Accra.');
    expect(edge(g, 'Kofi Mensah', 'foreign_minister_of', 'Ghana')).toBeDefined();
  });
  it('a spokesman of a party', () => {
    const g = graphOf('The spokesman of the Democratic Alliance, Rui Costa, denied the charge.');
    expect(edge(g, 'Rui Costa', 'spokesperson_of', 'Democratic Alliance')).toBeDefined();
  });
  it('the object of "detained the leader of X, Y" is the person, not the body', () => {
    const g = graphOf("Armenia's National Security Service detained the leader of the opposition Homeland Front, Vardan Hakobyan, on Thursday.");
    expect(relationsBetween(g, 'National Security Service', 'Homeland Front')).toEqual([]);
  });
});

describe('a counterpart holds the same office for the demonym’s state', () => {
  it('a defence minister and his counterpart', () => {
    const g = graphOf('Defence Minister Ana Ruiz of Peru and her Chilean counterpart, Jorge Mota, signed the accord in Lima.');
    expect(edge(g, 'Jorge Mota', 'defence_minister_of', 'Chile')).toBeDefined();
  });
  it('a foreign minister meeting her counterpart', () => {
    const g = graphOf("Brazil's foreign minister, Carla Dias, met her Argentine counterpart, Luis Peña, in Brasília.");
    expect(edge(g, 'Luis Peña', 'foreign_minister_of', 'Argentina')).toBeDefined();
  });
  it('a portfolio the article names in lower case', () => {
    const g = graphOf("The talks were led by Ghana's trade minister, Kofi Mensah, and his Nigerian counterpart, Bola Adeyemi.");
    expect(edge(g, 'Bola Adeyemi', 'minister_of', 'Nigeria')).toBeDefined();
    expect(relationsBetween(g, 'Bola Adeyemi', 'Ghana')).toEqual([]);
  });
});

describe('"The <office>, X" after a sentence opened by a body', () => {
  it('an ambassador after an embassy', () => {
    const g = graphOf("Russia's embassy in Oslo called the arrest a provocation. The ambassador, Ivan Petrov, said the crew was innocent.");
    expect(edge(g, 'Ivan Petrov', 'ambassador_of', 'Russia')).toBeDefined();
  });
  it('another region', () => {
    const g = graphOf("China's embassy in Manila protested on Monday. The ambassador, Huang Wei, said the ship had a right to be there.");
    expect(edge(g, 'Huang Wei', 'ambassador_of', 'China')).toBeDefined();
  });
  it('a minister after the state', () => {
    const g = graphOf('Kenya sent troops to the border. The defence minister, Aden Duale, said more would follow.');
    expect(edge(g, 'Aden Duale', 'defence_minister_of', 'Kenya')).toBeDefined();
  });
});

describe('a body named by its common head noun or by "the group\'s"', () => {
  it('"A spokeswoman for the commission, X"', () => {
    const g = graphOf('The National Election Commission delayed the count. A spokeswoman for the commission, Lina Haddad, blamed the weather.');
    expect(edge(g, 'Lina Haddad', 'spokesperson_of', 'National Election Commission')).toBeDefined();
  });
  it('"the group\'s spokesperson" after a sentence naming one group behind a preposition', () => {
    const g = graphOf('An audio statement attributed to the Allied Democratic Forces circulated on Sunday. The speaker, who called himself Musa Kamali, the group\'s spokesperson for the north, said the hostages were well.');
    expect(edge(g, 'Musa Kamali', 'spokesperson_of', 'Allied Democratic Forces')).toBeDefined();
  });
});

describe('a state\'s government led by a person', () => {
  it('"Mali\'s military government, led by Colonel X"', () => {
    const g = graphOf("Mali's military government, led by Colonel Assimi Goita since the 2021 coup, did not comment.");
    expect(edge(g, 'Assimi Goita', 'leads', 'Mali')).toBeDefined();
  });
  it('"Niger\'s junta, led by General X"', () => {
    const g = graphOf("Niger's junta, led by General Omar Tiani, expelled the envoy.");
    expect(edge(g, 'Omar Tiani', 'leads', 'Niger')).toBeDefined();
  });
});

describe('a rank between the apposition\'s comma and the name', () => {
  it('"the head of the X, General Y"', () => {
    const g = graphOf('Rebels ambushed the head of the Kenya Defence Forces, General Peter Njoroge, near Garissa.');
    expect(edge(g, 'Peter Njoroge', 'leader_of', 'Kenya Defence Forces')).toBeDefined();
  });
});

describe('"a cousin of the president" with a past president named once', () => {
  it('is the president the article is about', () => {
    const g = graphOf('Deputies voted to impeach President Hernán Benítez on Thursday. Hernán Benítez denied wrongdoing. The motion was led by Celeste Benítez, a distant cousin of the president. Hernán Benítez will face the Senate. In 2012 President Fernando Lugo was removed.');
    expect(edge(g, 'Celeste Benítez', 'cousin_of', 'Hernán Benítez', true)).toBeDefined();
  });
});

describe('"whose" after a body and the place it sits in', () => {
  it('"the X office in Geneva, whose spokesperson, Y"', () => {
    const g = graphOf('The attack was condemned by the UN human rights office in Geneva, whose spokesperson, Lucía Ferrer, said the reports were troubling.');
    expect(edge(g, 'Lucía Ferrer', 'spokesperson_of', 'UN human rights office')).toBeDefined();
    expect(relationsBetween(g, 'Lucía Ferrer', 'Geneva')).toEqual([]);
  });
  it('another body and office', () => {
    const g = graphOf('The claim was rejected by the World Health Organization in Geneva, whose director, Hans Kluge, called for calm.');
    expect(edge(g, 'Hans Kluge', 'leader_of', 'World Health Organization')).toBeDefined();
  });
});
