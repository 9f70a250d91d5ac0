// Probes for classes of mistyped, missed and merged names on fresh news text: East Asian personal
// names, towns and islands of unfamiliar countries, navies' ship prefixes, bases named in
// apposition, airports named after their island, and quoted words that read like site furniture.
// Every text is written for the test about made-up events.
import { describe, expect, it } from 'vitest';
import { graphOf, nodeNamed } from './helpers';

const typeOf = (g: ReturnType<typeof graphOf>, name: string): string | undefined => nodeNamed(g, name)?.type;

describe('East Asian personal names', () => {
  it('a family name before given-name syllables is a person, whatever the dictionary says of the words', () => {
    for (const [text, name] of [
      ['A spokesperson for the embassy in Honiara, Wang Jun, said the loan was fair.', 'Wang Jun'],
      ['Officials met Liu Haiyang and Chen Long on Monday in Lusaka.', 'Liu Haiyang'],
      ['Officials met Wang Jun and Park Min-jun on Monday.', 'Park Min-jun'],
      ['The visit was confirmed by Zhao Leji, the delegation head.', 'Zhao Leji'],
    ]) {
      const g = graphOf(text);
      expect(typeOf(g, name), text).toBe('person');
    }
  });

  it('a street or a place that opens with such a word stays a place', () => {
    const g = graphOf('The ferry left Hong Kong for Long Beach on Monday.');
    expect(typeOf(g, 'Hong Kong')).toBe('place');
    expect(typeOf(g, 'Long Beach')).toBe('place');
  });

  it('a spokesperson set off by commas after "the ministry" is no body', () => {
    const g = graphOf('A spokesman for the ministry, Zhang Wei, said the deal was fair.');
    expect(typeOf(g, 'Zhang Wei')).toBe('person');
  });
});

describe('towns and islands of unfamiliar countries', () => {
  it('a name listed after a place that a preposition introduced is a place', () => {
    for (const text of [
      'Officers were arrested in Hanoi and Nong Khai on Monday.',
      'Floods cut roads near Kisumu and Homa Bay overnight.',
      'Troops were sent to barracks in Lima and Villa Rica on Sunday.',
    ]) {
      const g = graphOf(text);
      const last = text.match(/and ([A-Z]\w+ [A-Z]\w+)/)![1];
      expect(typeOf(g, last), text).toBe('place');
    }
  });

  it('a compass point and "of" before a name place it', () => {
    for (const text of [
      'The trawler was boarded 100 miles north of Taveuni Levu on Thursday.',
      'The boat sank 40 km south-east of Ambon Raya on Monday.',
    ]) {
      const g = graphOf(text);
      expect(g.nodes.filter((n) => n.type === 'person').map((n) => n.label), text).toEqual([]);
    }
  });

  it('a title set beside the next name belongs to it, not to the place before', () => {
    const g = graphOf("Officers were held at barracks in Hanoi and Nong Khai, the army's spokesperson, Colonel Somsak Boonmee, told reporters. A battalion is based in Nong Khai.");
    expect(typeOf(g, 'Nong Khai')).toBe('place');
    expect(typeOf(g, 'Somsak Boonmee')).toBe('person');
  });
});

describe('vessels and bases', () => {
  it("navies' ship prefixes name vessels, no people", () => {
    for (const text of [
      'The longliner was boarded by a crew from RFNS Kikau on Thursday.',
      'Sailors aboard HTMS Chakri were flown home on Friday.',
      'The patrol was led by KNS Jasiri off the coast.',
    ]) {
      const g = graphOf(text);
      expect(g.nodes.filter((n) => n.type === 'person').map((n) => n.label), text).toEqual([]);
    }
  });

  it('a name an apposition calls a base is a base', () => {
    const g = graphOf('The plane had flown overnight from Al-Dhafra, the US-run air base in the UAE, where the men were handed over.');
    expect(typeOf(g, 'Al-Dhafra')).toBe('base');
  });

  it('a former base is not called one', () => {
    const g = graphOf('Flights resumed at Benina, a former British air base that is now the city airport.');
    expect(typeOf(g, 'Benina')).not.toBe('base');
  });

  it('an island an airport is named after stays the island', () => {
    const g = graphOf('Air force patrol planes will be based at Ulithi International Airport under a deal with the military. Ulithi state governor Joe Cruz was unhappy. "Ulithi is not a parking lot," he said. Talks will be held in Ulithi.');
    expect(typeOf(g, 'Ulithi')).toBe('place');
    expect(g.nodes.some((n) => n.type === 'base' && /airport/i.test(n.label))).toBe(true);
  });
});

describe('quoted words are no site furniture', () => {
  it('"our partners" inside a quotation does not drop the paragraph', () => {
    const g = graphOf('"Our partners will stay," said Mele Tupou, a minister in Tonga.');
    expect(typeOf(g, 'Mele Tupou')).toBe('person');
  });

  it('"membership" of a bloc is news', () => {
    const g = graphOf('A spokesman for the European Commission, Piotr Nowak, said reform was the path to membership for Montenegro.');
    expect(typeOf(g, 'European Commission')).toBe('organization');
    expect(typeOf(g, 'Montenegro')).toBe('state');
  });
});

describe('a given name before a landform noun, and a state named like a US state', () => {
  it('a title beside "given name + Park/Hill" makes a person, the tagger\'s place notwithstanding', () => {
    for (const [text, name] of [
      ['Lindsey Park, a senator from Ohio, called the deal a ransom.', 'Lindsey Park'],
      ['Maria Hill said the vote was rigged.', 'Maria Hill'],
    ]) expect(typeOf(graphOf(text), name), text).toBe('person');
    expect(typeOf(graphOf('Protesters gathered in Albert Park on Sunday.'), 'Albert Park')).toBe('place');
  });

  it('Georgia is the US state where the article ties it to the federation, the country otherwise', () => {
    expect(typeOf(graphOf('Dana Brooks, a senator from Georgia, criticised the payment to Iran.'), 'Georgia')).toBe('place');
    expect(typeOf(graphOf('Flooding hit towns across Georgia, the governor said, and Atlanta lost power.'), 'Georgia')).toBe('place');
    expect(typeOf(graphOf('Russian troops entered Georgia in 2008. Tbilisi protested to the governor of the region.'), 'Georgia')).toBe('state');
    expect(typeOf(graphOf('Georgia signed a trade deal with Turkey on Monday.'), 'Georgia')).toBe('state');
  });
});
