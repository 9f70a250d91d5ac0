// Type cues and relations stated by apposition, captions and related-article lists, on short texts
// written for each rule.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, nodeNamed } from './helpers';

describe('type cues around a name', () => {
  it('an organisation noun before a name makes it an organisation; "mayor of" makes a place', () => {
    const g = graphOf(
      'Shipping line Tradewind said it had rerouted four vessels.\n\n' +
        'The rail union Vakbond said it would join the protest.\n\n' +
        'Elena Duarte, the former mayor of Oruvaca, will lead the new government.',
    );
    expect(nodeNamed(g, 'Tradewind')?.type).toBe('organization');
    expect(nodeNamed(g, 'Vakbond')?.type).toBe('organization');
    expect(nodeNamed(g, 'Oruvaca')?.type).toBe('place');
    expect(nodeNamed(g, 'Elena Duarte')?.type).toBe('person');
  });

  it('"the X militant group" is an organisation; a named storm is no person but names its event', () => {
    const g = graphOf({
      id: 'storm',
      published: '2029-09-14',
      text:
        'Hostages held by the Abu Kibar militant group were freed on Monday in Mozambique.\n\n' +
        'Hurricane Odile struck western Cuba on Thursday, flooding coastal towns.',
    });
    expect(nodeNamed(g, 'Abu Kibar')?.type).toBe('organization');
    expect(g.nodes.some((n) => n.type === 'person' && /Odile/.test(n.label))).toBe(false);
    const storm = g.nodes.find((n) => n.type === 'event' && n.label === 'Hurricane Odile');
    expect(storm?.date).toBe('2029-09-13');
  });
});

describe('one organisation under two names in one article', () => {
  it('initials and the end of the full name join the full name', () => {
    const g = graphOf(
      'The World Health Organization said the outbreak was under control. The WHO sent 30 doctors.\n\n' +
        'Aircraft of the International Federation of the Red Crescent landed on Monday. Teams from the Red Crescent began work at once.',
    );
    const who = nodeNamed(g, 'World Health Organization');
    expect(who?.aliases.some((a) => /\bWHO$/.test(a))).toBe(true);
    expect(g.nodes.filter((n) => n.type === 'organization' && /^(the )?WHO$/.test(n.label))).toEqual([]);
    expect(nodeNamed(g, 'International Federation of the Red Crescent')?.aliases).toContain('Red Crescent');
  });
});

describe('relations stated by apposition', () => {
  it('"His son, X" and "His father, former president X" opening a sentence: kin of the person just named', () => {
    const g = graphOf(
      'The whereabouts of Prime Minister Tomas Velo were unknown. His son, Marco Velo, said his father was safe.\n\n' +
        'Ines Abreu conceded on Monday. Her father, former president Rui Abreu, praised the vote.',
    );
    const son = edge(g, 'Tomas Velo', 'parent_of', 'Marco Velo');
    expect(son).toBeDefined();
    expect(son!.evidence[0].quote).toBe('His son, Marco Velo, said his father was safe.');
    expect(edge(g, 'Rui Abreu', 'parent_of', 'Ines Abreu')).toBeDefined();
  });

  it('"Its chief executive, X" and "The association\'s chairman, X": an office in the organisation just named', () => {
    const g = graphOf(
      'The Port Authority of Kestrel said traffic had stopped. Its chief executive, Lara Mint, warned of losses.\n\n' +
        'Talks were suspended by the employers\' association, Dockowners Kestrel, on Tuesday. The association\'s chairman, Piet Smal, blamed the union.',
    );
    expect(edge(g, 'Lara Mint', 'leader_of', 'Port Authority of Kestrel')).toBeDefined();
    expect(edge(g, 'Piet Smal', 'leader_of', 'Dockowners Kestrel')).toBeDefined();
    expect(nodeNamed(g, 'Piet Smal')?.roles).toContain('chairman');
  });

  it('"Union leader X": the one union the article names', () => {
    const g = graphOf(
      'Members of the Harbour Workers union walked out on Monday.\n\n' + 'Union leader Ada Brink said the walkout would continue.',
    );
    expect(edge(g, 'Ada Brink', 'leader_of', 'Harbour Workers')).toBeDefined();
  });

  it('"X, operated by Y" states the operator; "A in B" states where A is', () => {
    const g = graphOf(
      'The Kestrel naval base, operated by the Royal Navy, will host the drills.\n\n' +
        'Some ships were diverted to Ostend in Belgium.',
    );
    expect(edge(g, 'Royal Navy', 'operates', 'Kestrel naval base')).toBeDefined();
    const loc = edge(g, 'Ostend', 'located_in', 'Belgium');
    expect(loc?.evidence[0].quote).toBe('Some ships were diverted to Ostend in Belgium.');
  });
});

describe('memberships, courts and employers', () => {
  it('"X of the Y Party" is a member; "Judge X in the Y Court" sits there; "a fellow at X" makes X an organisation', () => {
    const g = graphOf(
      'Lena Ortiz of the Green Party won 40 per cent.\n\n' +
        'The pair appeared before Judge Ruth Amadi in the Lusaka High Court on Monday.\n\n' +
        '"It will not last," said Omar Haddad, a research fellow at Kestrel House in London.',
    );
    expect(edge(g, 'Lena Ortiz', 'member_of', 'Green Party')).toBeDefined();
    expect(edge(g, 'Ruth Amadi', 'works_for', 'Lusaka High Court')).toBeDefined();
    expect(nodeNamed(g, 'Kestrel House')?.type).toBe('organization');
    expect(edge(g, 'Omar Haddad', 'works_for', 'Kestrel House')).toBeDefined();
  });
});

describe('aid for a disaster', () => {
  it('states that send rescuers or aid respond to the one disaster of the article', () => {
    const g = graphOf({
      id: 'aid',
      published: '2031-03-05',
      text:
        'A strong earthquake struck western Nepal on Monday, killing dozens.\n\n' +
        'Several countries sent help. India dispatched a rescue team, while Japan and Norway sent medical teams.',
    });
    const quake = g.nodes.find((n) => n.type === 'event' && /earthquake/i.test(n.label))!;
    const senders = g.edges.filter((e) => e.relation === 'sent_aid_for' && e.target === quake.id).map((e) => g.nodes.find((n) => n.id === e.source)!.label).sort();
    expect(senders).toEqual(['India', 'Japan', 'Norway']);
  });
});

describe('page furniture is no evidence', () => {
  it('a caption opening with a photo credit and the list under "Related articles" produce nothing', () => {
    const g = graphOf(
      'Talks in Lisbon ended without a deal, officials said.\n\n' +
        '(Photo: Ana Reis/AFP) Supporters of Joana Pires celebrate in Porto on Sunday.\n\n' +
        'Related articles\n' +
        '- Valdemar Costa posts record profits as rivals struggle\n' +
        '- How Braga became the hub of the north\n',
    );
    expect(nodeNamed(g, 'Joana Pires')).toBeUndefined();
    expect(nodeNamed(g, 'Porto')).toBeUndefined();
    expect(nodeNamed(g, 'Valdemar Costa')).toBeUndefined();
    expect(nodeNamed(g, 'Braga')).toBeUndefined();
    expect(nodeNamed(g, 'Lisbon')).toBeDefined();
  });

  it('a capital quotes the sentence that calls it the capital when the article has one', () => {
    const g = graphOf('Lima said on Monday it would respond. Flights resumed to the capital, Lima, on Tuesday after Peru reopened its airspace.');
    const cap = edge(g, 'Lima', 'capital_of', 'Peru');
    expect(cap?.evidence.map((e) => e.quote)).toEqual(['Flights resumed to the capital, Lima, on Tuesday after Peru reopened its airspace.']);
  });
});
