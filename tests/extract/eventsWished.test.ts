// An event noun that is the object of an infinitive after a verb of intention, wish, request or
// refusal ("seeks to open talks", "hopes to hold a summit", "threatened to launch an offensive")
// is wanted, not reported as happening; a date in the same clause schedules it, and then it is news.
import { describe, expect, it } from 'vitest';
import { events, graphOf } from './helpers';

const labels = (text: string): string[] => events(graphOf({ id: 'w', published: '2031-05-10', text })).map((e) => e.label);

describe('events wished for, not reported', () => {
  it('"seeks to open membership talks with" draws no talks', () => {
    expect(labels('Montenegro seeks to open membership talks with the European Union, which has asked for tougher rules on media.')).toEqual([]);
  });

  it('"hopes to hold peace talks with" draws no talks, though the saying is dated', () => {
    expect(labels('Malawi hopes to hold peace talks with Zambia before the rainy season, the foreign ministry said on Monday.')).toEqual([]);
  });

  it('"plans to launch a fresh offensive" draws no offensive', () => {
    expect(labels('Bolivia plans to launch a fresh offensive against rebels in the Chaco region.')).toEqual([]);
  });

  it('a wished meeting with a date in its own clause is scheduled, and stays', () => {
    const found = labels('Uganda plans to hold talks with Burundi in Bujumbura on 14 June 2031, officials said.');
    expect(found.some((l) => /Burundi/.test(l) && /Uganda/.test(l)), found.join('; ')).toBe(true);
  });

  it('talks held are still talks', () => {
    const found = labels('Gabon and Congo held talks in Libreville on Tuesday on the disputed fishing grounds.');
    expect(found.some((l) => /^Talks/.test(l)), found.join('; ')).toBe(true);
  });

  it('"said it hoped to hold a summit with" draws no summit', () => {
    expect(labels('Bhutan said it hoped to hold a summit with Nepal.')).toEqual([]);
  });
});
