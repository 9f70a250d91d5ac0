// A party named as a politician's own ("X's Y Party", "his Y Party", "X, whose Y Party won") is
// the one they lead; an age between a name and its apposition ("X, 52, leader of the Y") leaves the
// apposition the name's. A host state whose one-holder office a qualified title names ("Korean
// President X") does not take a visitor's bare title ("President Y"). Names are invented.
import { describe, expect, it } from 'vitest';
import { edge, graphOf, relationsBetween } from './helpers';

describe('a politician\'s own party', () => {
  it('"X\'s Y Party" and "X\'s Y Movement"', () => {
    expect(edge(graphOf("Voters in the north backed Anton Rask's Northern Renewal Party in large numbers."), 'Anton Rask', 'leader_of', 'Northern Renewal Party')).toBeDefined();
    expect(edge(graphOf("The deal with Judit Vasko's Civic Unity Movement gave the coalition a majority."), 'Judit Vasko', 'leader_of', 'Civic Unity Movement')).toBeDefined();
  });

  it('"X, whose Y Party won" and "His Y Party" in the next sentence', () => {
    expect(edge(graphOf('Prime Minister Leo Varga, whose Social Progress Party won a third term in May, said the vote was fair.'), 'Leo Varga', 'leader_of', 'Social Progress Party')).toBeDefined();
    expect(edge(graphOf('Tomas Brel was elected prime minister on Monday. His Liberal Reform Party had won 16 seats.'), 'Tomas Brel', 'leader_of', 'Liberal Reform Party')).toBeDefined();
  });

  it('"his" takes the last person named before it', () => {
    const g = graphOf('Maria Lopez criticised Juan Perez and his Green Dawn Party on Monday.');
    expect(edge(g, 'Juan Perez', 'leader_of', 'Green Dawn Party')).toBeDefined();
    expect(relationsBetween(g, 'Maria Lopez', 'Green Dawn Party')).toEqual([]);
  });

  it('a party name qualifying a noun, or a relative\'s act, makes no leader', () => {
    expect(relationsBetween(graphOf("Several of Anton Rask's Northern Renewal Party colleagues resigned on Monday."), 'Anton Rask', 'Northern Renewal Party')).toEqual([]);
    expect(relationsBetween(graphOf('Maria Lopez, whose father founded the Civic Unity Party, spoke on Monday.'), 'Maria Lopez', 'Civic Unity Party')).toEqual([]);
  });

  it('"X, 52, leader of the Y Party": the age in commas is skipped', () => {
    expect(edge(graphOf('Rana Pell, 52, leader of the Green Harbour Party, won 29 votes.'), 'Rana Pell', 'leader_of', 'Green Harbour Party')).toBeDefined();
    expect(edge(graphOf('Mara Tossi, 61, chairwoman of the Coastal Farmers Union, said prices had fallen.'), 'Mara Tossi', 'leader_of', 'Coastal Farmers Union')).toBeDefined();
  });
});

describe('a visitor\'s bare title in a host state\'s story', () => {
  it('the host\'s president is named by a qualified title: the visiting "President" is not the host\'s', () => {
    const g = graphOf(
      "ACCRA — Ghana and Norway signed a fisheries pact on Tuesday during President Erik Solvang's first trip to Africa. Beside Ghanaian President Kwame Addo, Solvang hailed the pact. Ghana will sell tuna to Norway for eight years. Fisheries Minister Ingrid Dahl, who accompanied the president, called the terms fair. Ghanaian officials welcomed it.",
    );
    expect(relationsBetween(g, 'Erik Solvang', 'Ghana')).not.toContain('leader_of');
    expect(relationsBetween(g, 'Ingrid Dahl', 'Ghana').filter((r) => r.endsWith('minister_of'))).toEqual([]);
    expect(edge(g, 'Kwame Addo', 'leader_of', 'Ghana')).toBeDefined();
  });

  it('a bare title still names the story\'s state when no other holder is named', () => {
    const g = graphOf('HANOI — Vietnam opened a new port on Tuesday. Vietnam said the port would handle rice. Vietnamese officials attended. President Tran Van Long cut the ribbon.');
    expect(edge(g, 'Tran Van Long', 'leader_of', 'Vietnam')).toBeDefined();
  });
});

describe('an office in apposition after the name', () => {
  it('"X, the leader of the opposition in the Grand Council," in a story about one state', () => {
    const g = graphOf('DHAKA — Bangladesh approved the budget on Thursday. Bangladesh called the session orderly. Bangladeshi ministers were pleased. Calling the vote a farce, Rahima Khatun, the leader of the opposition in the Grand Council, walked out.');
    expect(edge(g, 'Rahima Khatun', 'opposition_leader_of', 'Bangladesh')).toBeDefined();
  });

  it('not when the text last spoke of another state', () => {
    const g = graphOf('LUSAKA — Zambia passed the bill on Monday. Zambia said the vote was fair. Zambian officials agreed. Malawi protested. Mary Phiri, the opposition leader, called the vote a sham.');
    expect(relationsBetween(g, 'Mary Phiri', 'Zambia')).toEqual([]);
  });
});
