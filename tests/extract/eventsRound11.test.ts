// Event gates probed on invented texts, several wordings each: what the story reports as
// happening gets a node with its parties; background, topics and standing states of affairs do not.
import { describe, expect, it } from 'vitest';
import { events, graphOf } from './helpers';

const partiesOf = (g: ReturnType<typeof graphOf>, id: string): string[] =>
  g.edges.filter((e) => e.target === id && e.relation === 'participates_in').map((e) => g.nodes.find((n) => n.id === e.source)!.label);

describe('a pronoun opening a subordinate clause names no party', () => {
  const texts = [
    'Chile has been wary of the generals in Bolivia since they seized power in March 2029, officials said.\n\nTrade has grown.',
    'Vietnam has distrusted the junta of Myanmar since they took power in 2027.\n\nBorder trade continues.',
    'Senegal broke off ties with the officers of Guinea after they seized power in 2028, the ministry said.\n\nFlights stopped.',
  ];
  for (const text of texts)
    it(text.slice(0, 40), () => {
      const g = graphOf({ id: 'since', published: '2031-02-03', text });
      const main = g.nodes.find((n) => n.type === 'state' && text.startsWith(n.label));
      for (const e of events(g)) if (main) expect(partiesOf(g, e.id)).not.toContain(main.label);
    });
});

describe('forces stationed somewhere are a state of affairs, not a deployment', () => {
  const texts = [
    'Norwegian troops stationed at the Keswick air base flew a drone over the coast on Sunday.\n\nNo mines were found.',
    'Soldiers stationed near Port Amrel helped clear the road, the army said.\n\nThe road reopened.',
    'About 300 Danish marines are stationed at the Lindqvist naval base under a 2019 accord.\n\nThe accord runs to 2040.',
  ];
  for (const text of texts)
    it(text.slice(0, 40), () => {
      const g = graphOf({ id: 'based', published: '2031-02-03', text });
      expect(events(g).filter((e) => /deployment/i.test(e.label))).toEqual([]);
    });

  it('forces sent somewhere still are one', () => {
    const g = graphOf({ id: 'sent', published: '2031-02-03', text: 'Norway deployed 200 soldiers to Lithuania on Tuesday.\n\nThe troops arrived by road.' });
    expect(events(g).filter((e) => /deployment/i.test(e.label)).length).toBe(1);
  });
});

describe('talks "on" something name their topic, not their venue or a party', () => {
  const texts = [
    'The talks on the Varrow dam ended in Kesmark on Wednesday without a deal.\n\nNo date was set.',
    'Ostria, which hopes to host a summit on Marrakand next year, has invested in the region.\n\nIts diplomats are busy.',
    'Negotiators resumed talks on the Lindholm canal in Port Amrel, officials said.\n\nThe canal is closed.',
  ];
  for (const text of texts)
    it(text.slice(0, 40), () => {
      const g = graphOf({ id: 'topic', published: '2031-02-03', text });
      for (const e of events(g)) {
        expect(e.label).not.toMatch(/(dam|canal)$/i);
        expect(e.label).not.toMatch(/Marrakand/);
      }
    });
});
