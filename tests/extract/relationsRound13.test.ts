// Probes for officials' long formal titles, units named inside larger units, and bodies seated in a
// place by a hyphened participle. Every text is written for the test about made-up people, bodies
// and places (real states and cities only).
import { describe, expect, it } from 'vitest';
import { graphOf, relationsBetween } from './helpers';

const linkedTo = (text: string, a: string, b: string): string[] => relationsBetween(graphOf(text), a, b);

describe('a long formal title before a name', () => {
  it('a state possessive opening the title holds the office, past a comma and a form of address', () => {
    for (const [text, person, state, relation] of [
      ["Peru's Minister of Foreign Affairs, Ms. Lucila Arrambide, said the treaty stood. Peru will sign.", 'Lucila Arrambide', 'Peru', 'foreign_minister_of'],
      ["Norway's Minister of Trade and Industry, Halvard Ostmo, opened the talks. Norway hosts them.", 'Halvard Ostmo', 'Norway', 'minister_of'],
      ["Kenya's Minister of State for Regional Cooperation, Dr. Wanjiru Kasembe, met the envoys. Kenya chairs the bloc.", 'Wanjiru Kasembe', 'Kenya', 'minister_of'],
    ]) expect(linkedTo(text, person, state), text).toContain(relation);
  });

  it('"<title> of <State> <Name>": the state closing the title holds it', () => {
    for (const [text, person, state, relation] of [
      ['The envoys were received by Minister for Foreign Affairs of Chile Rosendo Quilapan on Friday. Chile wants a deal.', 'Rosendo Quilapan', 'Chile', 'foreign_minister_of'],
      ['First Deputy Minister of Foreign Affairs of Peru Anselmo Huaracha summoned the envoy. Peru gave no reason.', 'Anselmo Huaracha', 'Peru', 'deputy_minister_of'],
      ['The talks were opened by Deputy Prime Minister of Ghana Kwadwo Asempa in Accra. Ghana hosted them.', 'Kwadwo Asempa', 'Ghana', 'deputy_minister_of'],
    ]) expect(linkedTo(text, person, state), text).toContain(relation);
  });

  it("an ambassador's posting after \"to\" is no part of whose ambassador they are", () => {
    const a = "Germany's ambassador to the UN, Dame Helga Vosskamp, told the council the launch was reckless. Germany wants talks.";
    expect(linkedTo(a, 'Helga Vosskamp', 'Germany')).toContain('ambassador_of');
    const b = "Spain's ambassador to the United Nations, Pedro Lanzagortia, called the vote a mistake. Spain abstained.";
    expect(linkedTo(b, 'Pedro Lanzagortia', 'Spain')).toContain('ambassador_of');
    // The state after "to" is where the ambassador serves: no office of that state.
    const c = 'The Ambassador to Belarus Dariusz Wolanski was called home. Belarus said nothing.';
    expect(linkedTo(c, 'Dariusz Wolanski', 'Belarus')).not.toContain('ambassador_of');
  });

  it('an office of a ministry the title names is not an office of the state', () => {
    const text = 'State Secretary of the Ministry of Finance of Chile Ruperto Anwandter signed the decree. Chile published it.';
    expect(linkedTo(text, 'Ruperto Anwandter', 'Chile')).not.toContain('minister_of');
  });
});

describe('a unit named inside a larger one', () => {
  it('"the X district of Y province" puts X in Y, not Y in X', () => {
    for (const [text, small, large] of [
      ['The fire spread to the Tarlo district of Vekora province on Monday, officials said.', 'Tarlo', 'Vekora'],
      ['Police reached the Kessu district of Lanta province after midnight.', 'Kessu', 'Lanta'],
      ['Rescuers reached the Malembe district of Mozambique on foot.', 'Malembe', 'Mozambique'],
    ]) {
      const g = graphOf(text);
      const rels = relationsBetween(g, small, large);
      expect(rels, text).toContain('located_in');
      const edge = g.edges.find((e) => e.relation === 'located_in' && g.nodes.find((n) => n.id === e.source)?.label === large && g.nodes.find((n) => n.id === e.target)?.label === small);
      expect(edge, text).toBeUndefined();
    }
  });

  it('a demonym or a place before a settlement noun still holds the place after "of"', () => {
    expect(linkedTo('Shelling hit the Armenian province of Tavush overnight.', 'Tavush', 'Armenia')).toContain('located_in');
  });
});

describe('a body seated by a hyphened participle', () => {
  it('"the <place>-based <description> <body>", "the <place>-registered <body>": the body is based there', () => {
    for (const [text, body, place] of [
      ['Investigators traced the cargo to the Lisbon-based freight company Blue Anchor Lines on Friday.', 'Blue Anchor Lines', 'Lisbon'],
      ['The Dubai-registered Velden Security Solutions denied the report on Monday.', 'Velden Security Solutions', 'Dubai'],
      ['She chairs the Buenos Aires-based Verdal Foundation, which tracks prison deaths.', 'Verdal Foundation', 'Buenos Aires'],
      ['The Kenya-based Harrow Relief Trust sent two convoys.', 'Harrow Relief Trust', 'Kenya'],
    ]) expect(linkedTo(text, body, place), text).toContain('based_in');
  });

  it('a demonym before the participle states no seat', () => {
    const g = graphOf('A Russian-registered firm, Kolt Maritime Group, denied the charge.');
    expect(g.edges.some((e) => e.relation === 'based_in')).toBe(false);
  });
});

describe('states called members of a bloc in apposition', () => {
  it('"A and B, members of the Y", "A, a founding member of the Y": each state listed is a member', () => {
    for (const [text, states, bloc] of [
      ['Chad, Mali and Sudan, both members of the Saharan Trade Union, sent aid.', ['Chad', 'Mali', 'Sudan'], 'Saharan Trade Union'],
      ['Chad, a founding member of the Saharan Trade Union, sent aid on Monday.', ['Chad'], 'Saharan Trade Union'],
    ] as const) for (const s of states) expect(linkedTo(text, s, bloc), text).toContain('member_of');
  });

  it('"A and B, C\'s partners in the Y": the partners and the state whose partners they are', () => {
    const text = "Relief convoys came from Chad and Sudan, Libya's partners in the Saharan Trade Union, on Sunday.";
    for (const s of ['Chad', 'Sudan', 'Libya']) expect(linkedTo(text, s, 'Saharan Trade Union'), s).toContain('member_of');
  });
});

describe('acts named by nouns', () => {
  it('joint exercises "with" a force: the holder and the other party held drills together', () => {
    expect(linkedTo('The Chilean Navy held joint drills with the Peruvian Navy off Arica.', 'Chilean Navy', 'Peruvian Navy')).toContain('held_drills_with');
    expect(linkedTo('Georgia hosted the annual Mountain Lynx exercises with the Turkish Army in May.', 'Georgia', 'Turkish Army')).toContain('held_drills_with');
    expect(linkedTo('Chile did not hold drills with the Peruvian Navy this year.', 'Chile', 'Peruvian Navy')).not.toContain('held_drills_with');
  });

  it('a ban on a person, past a rank before the name', () => {
    expect(linkedTo('The United States imposed a visa ban on General Tovo Ralambo on Tuesday.', 'United States', 'Tovo Ralambo')).toContain('imposed_ban_on');
    expect(linkedTo('Rights groups welcomed the Canadian travel ban on Colonel Idris Malwal.', 'Canada', 'Idris Malwal')).toContain('imposed_ban_on');
  });

  it('sanctions on a list: every name up to the closing "and" is a target, not a name after a comma alone', () => {
    const text = 'Canada imposed sanctions on the Khartoum Gold Company, Colonel Idris Malwal and Nile Star Trading on Monday.';
    for (const t of ['Khartoum Gold Company', 'Idris Malwal', 'Nile Star Trading']) expect(linkedTo(text, 'Canada', t), t).toContain('sanctioned');
    expect(linkedTo('Israeli strikes on Gaza, Egypt said, killed ten.', 'Israel', 'Egypt')).not.toContain('attacked');
  });
});

describe('a long formal title naming no state', () => {
  it('is the office of the state whose capital its holder speaks from', () => {
    const a = 'Chile protested. Peru denied it. "This was deliberate," Minister of Foreign Affairs Rosendo Quilapan said in Santiago.';
    expect(linkedTo(a, 'Rosendo Quilapan', 'Chile')).toContain('foreign_minister_of');
    const b = 'Norway sent a frigate to Ghana. The Minister of Defence, Halvard Ostmo, told reporters in Oslo that Norway would donate boats.';
    expect(linkedTo(b, 'Halvard Ostmo', 'Norway')).toContain('defence_minister_of');
    // Without the capital, the title names no state.
    const c = 'Norway sent a frigate to Ghana. The Minister of Defence, Halvard Ostmo, said the boats would go.';
    expect(linkedTo(c, 'Halvard Ostmo', 'Ghana')).toEqual([]);
  });
});

describe('an office in apposition after a name', () => {
  it('a conjunction or a preposition after the comma opens another phrase, not the name\'s office', () => {
    expect(linkedTo('The ship was received by Pedro Olmedo, and by the ambassador of France.', 'Pedro Olmedo', 'France')).toEqual([]);
    expect(linkedTo('The ship was met by Pedro Olmedo, as the ambassador of France watched.', 'Pedro Olmedo', 'France')).toEqual([]);
    expect(linkedTo('Pedro Olmedo, head of the Chilean Navy, met him.', 'Pedro Olmedo', 'Chilean Navy')).toContain('leader_of');
  });
});

describe('offices and operators read against what they name', () => {
  it('"X, the commander of <State>\'s <Body>": the office is in the body, not at the head of the state', () => {
    const text = "Zambia recalled its envoy. Zambia gave no reason. Zambia is silent. Auditors named General Tovo Ralambo, the commander of Zambia's Mounted Police, in their report.";
    expect(linkedTo(text, 'Tovo Ralambo', 'Zambia')).not.toContain('leader_of');
    expect(linkedTo(text, 'Tovo Ralambo', 'Mounted Police')).toContain('leader_of');
    const b = "Asha Mirembe, head of Uganda's Border Service, said the crossing was shut.";
    expect(linkedTo(b, 'Asha Mirembe', 'Uganda')).not.toContain('leader_of');
    expect(linkedTo(b, 'Asha Mirembe', 'Border Service')).toContain('leader_of');
  });

  it('a unit of a state named with its unit noun is never operated, the base before it is', () => {
    for (const text of [
      'Frigates leave the Korvik naval base in Tottori Prefecture, run by the Coastal Defence Command, each month.',
      'Two corvettes docked at the Korvik naval base in Arica Region, operated by the Chilean Navy, on Friday.',
    ]) {
      const g = graphOf(text);
      const ops = g.edges.filter((e) => e.relation === 'operates').map((e) => g.nodes.find((n) => n.id === e.target)?.label);
      expect(ops, text).toEqual(['Korvik naval base']);
    }
  });
});

describe('commanders', () => {
  it('"The commander of <State>\'s <Body>, <rank> X": X leads the body', () => {
    expect(linkedTo("The commander of Chile's Land Forces, Lieutenant General Rodrigo Vial, was dismissed on Monday.", 'Rodrigo Vial', 'Land Forces')).toContain('leader_of');
    expect(linkedTo("The head of Peru's Coast Guard, Admiral Hugo Sotil, resigned.", 'Hugo Sotil', 'Coast Guard')).toContain('leader_of');
  });

  it('"X, the commander of Y air base": X commands the base; a deputy does not', () => {
    expect(linkedTo('Brigadier Khalil Sabri, the commander of Kessel air base, said the passengers were safe.', 'Khalil Sabri', 'Kessel air base')).toContain('commands');
    expect(linkedTo('Colonel Ana Ruiz, commander of the Kessel air base, said the runway was open.', 'Ana Ruiz', 'Kessel air base')).toContain('commands');
    expect(linkedTo('Brigadier Khalil Sabri, the deputy commander of Kessel air base, said the passengers were safe.', 'Khalil Sabri', 'Kessel air base')).not.toContain('commands');
  });
});
