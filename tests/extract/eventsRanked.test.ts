// A noun ranked after a copula ("The blast was the most serious attack on X since 2009") is said of
// the subject, the event already told; it names no event of its own.
import { describe, expect, it } from 'vitest';
import { events, graphOf } from './helpers';

const story = (body: string) =>
  events(graphOf({ id: 'r', text: `WORLD | ENERGY\n\nHeadline\n\nBy Staff, Daily Ledger\nPublished: 12 May 2031\n\n${body}` })).map((e) => e.label);

describe('a ranked noun after a copula', () => {
  it('"the most serious attack on energy infrastructure in a region since" is no attack', () => {
    const found = story('An explosion ripped through a gas pipeline near Balti on Sunday, officials said.\n\nThe blast is the most serious attack on energy infrastructure in Eastern Europe since the line opened in 2009.');
    expect(found.filter((l) => /^Attack/.test(l))).toEqual([]);
  });

  it('"was the most destructive attack on <state>\'s industry in two decades" is no attack', () => {
    const found = story('A fire broke out at a refinery near Talara on Sunday, officials said.\n\nThe fire was the most destructive attack on Peru\'s oil industry in two decades, analysts said.');
    expect(found.filter((l) => /^Attack/.test(l))).toEqual([]);
  });

  it('an attack told with its attacker is still one', () => {
    const found = story('Gunmen stormed a market in Mandera on Sunday night, killing nine people, police said. The attack was claimed by the Jubba Brigades.');
    expect(found.some((l) => /^Attack/.test(l)), found.join('; ')).toBe(true);
  });
});
