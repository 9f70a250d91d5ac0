import { describe, expect, it } from 'vitest';
import { countClaims, ordinalClaims, readVerb, relationVerb, verbForms } from '../../../src/graph/analysis/claims';

const brief = (claims: { topic: string; value: string; text: string }[]) => claims.map((c) => `${c.topic}:${c.value}:${c.text}`);

describe('ordinalClaims', () => {
  it('reads the ordinal of an encounter, past a modifier or two', () => {
    expect(brief(ordinalClaims('Sharaa, in his second meeting with Putin, spoke.'))).toEqual(['encounter:2:second meeting']);
    expect(brief(ordinalClaims('He is making his first official state visit to Russia.'))).toEqual(['encounter:1:first official state visit']);
    expect(brief(ordinalClaims('It was their 3rd round of talks.'))).toEqual(['encounter:3:3rd round']);
  });
  it('ignores ordinals that do not count an encounter', () => {
    expect(ordinalClaims('He was the first to arrive, the second in line.')).toEqual([]);
    expect(ordinalClaims('It was the first since the war, a second chance.')).toEqual([]);
  });
  it('reads words that name object members as plain words', () => {
    expect(ordinalClaims('The constructor meeting was delayed.')).toEqual([]);
    expect(brief(countClaims('They hired two constructor firms.'))).toEqual(['firm:2:two constructor firms']);
  });
});

describe('countClaims', () => {
  it('reads a number and its head noun, in the singular', () => {
    expect(brief(countClaims('Russia has two remaining military outposts in the country.'))).toEqual(['outpost:2:two remaining military outposts']);
    expect(brief(countClaims('They control 3 air bases and one port.'))).toEqual(['base:3:3 air bases', 'port:1:one port']);
    expect(brief(countClaims('Some 1,200 troops left.'))).toEqual([]);
    expect(brief(countClaims('Officials said 1,200 troops left.'))).toEqual(['troop:1200:1,200 troops']);
  });
  it('leaves out verbs, names, durations, years and bounds', () => {
    expect(countClaims('The two struck a constructive tone.')).toEqual([]);
    expect(countClaims('The partnership, one rooted in history, held.')).toEqual([]);
    expect(countClaims('He left his two Mediterranean.')).toEqual([]);
    expect(countClaims('During the past two years of war, in 2024 troops left.')).toEqual([]);
    expect(countClaims('It has at least two bases and more than three ports.')).toEqual([]);
  });
});

describe('readVerb', () => {
  it('finds the verb of a relation in its written forms', () => {
    expect(relationVerb('withdrew_from')).toBe('withdraw');
    expect(relationVerb('meets')).toBe('meet');
    expect(verbForms('meet')).toEqual(expect.arrayContaining(['meet', 'met', 'meets', 'meeting']));
    expect(readVerb('Russia withdrew its forces from the airport.', 'withdraw')).toMatchObject({ verb: 'withdrew', denied: false });
  });
  it('takes any relation name, even one that names an object member', () => {
    expect(relationVerb('constructor')).toBe('constructor');
    expect(verbForms('constructor')).toEqual(expect.arrayContaining(['constructor', 'constructors']));
    expect(readVerb('The constructor did not arrive.', 'constructor')).toMatchObject({ verb: 'constructor' });
  });
  it('reads a negation a few words before the verb, in the same clause, as a denial', () => {
    expect(readVerb('Putin did not meet Sharaa.', 'meet')).toMatchObject({ denied: true, text: 'not meet' });
    expect(readVerb('Putin didn’t meet Sharaa.', 'meet')).toMatchObject({ denied: true, text: 'didn’t meet' });
    // Silence about a fact is not its denial: the negation governs the verb of saying.
    expect(readVerb('Neither mentioned Russia’s military presence in Syria.', 'military')).toMatchObject({ denied: false });
    expect(readVerb('The ministry did not confirm that Russia withdrew.', 'withdraw')).toMatchObject({ denied: false });
    expect(readVerb('Moscow denied that Russia withdrew.', 'withdraw')).toMatchObject({ denied: true });
    expect(readVerb('Moscow denied that it had withdrawn its troops.', 'withdraw')).toMatchObject({ denied: true, text: 'denied that it had withdrawn' });
    expect(readVerb('Putin has never hosted Sharaa.', 'host')).toMatchObject({ denied: true });
  });
  it('does not read "not only", "no longer" or a negation in another clause as a denial, nor guess without the verb', () => {
    expect(readVerb('Putin not only met Sharaa but praised him.', 'meet')).toMatchObject({ denied: false });
    expect(readVerb('With no deal in sight, Putin met Sharaa.', 'meet')).toMatchObject({ denied: false });
    expect(readVerb('Putin did not comment.', 'meet')).toBeUndefined();
  });
});
