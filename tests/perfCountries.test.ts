// countries.ts keeps compromise's country names and demonyms as plain data (so that graph building
// does not load compromise); these checks keep the copies equal to the dictionary they came from.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES, DEMONYMS } from '../src/extract/countries';
import { isTerritory, stateName, stateOfDemonym } from '../src/extract/gazetteer';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const tagged = (tag: string) =>
  Object.keys(lexicon)
    .filter((w) => {
      const t = lexicon[w];
      return t === tag || (Array.isArray(t) && t.includes(tag));
    })
    .sort();

describe('countries.ts agrees with compromise', () => {
  it('holds every name compromise tags Country, less the territories', () => {
    expect([...COUNTRY_NAMES].sort()).toEqual(tagged('Country').filter((w) => !isTerritory(w)));
  });

  it('holds every word compromise tags Demonym', () => {
    expect([...DEMONYMS].sort()).toEqual(tagged('Demonym'));
  });

  it('gives states and demonyms as before', () => {
    expect(stateName('Guinea-Bissau')).toBe('Guinea-Bissau');
    expect(stateName('the Netherlands')).toBe('Netherlands');
    expect(stateName('Bosnia and Herzegovina')).toBe('Bosnia and Herzegovina');
    expect(stateName('Puerto Rico')).toBeUndefined();
    expect(stateName('Wallis-and-Futuna')).toBeUndefined();
    expect(stateOfDemonym('Nigerian')).toBe('Nigeria');
    expect(stateOfDemonym('European')).toBeUndefined();
  });
});
