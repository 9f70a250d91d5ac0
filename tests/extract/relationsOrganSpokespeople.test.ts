// A state organ's spokesperson, the organ named by a common noun or a capitalised organ title with no
// holder of its own ("Foreign Ministry spokesperson X", "a ministry spokesperson, X", "the
// presidency's spokesperson, X"): the organ speaks for its state, or for the body of that name the
// article named. Wrong guesses are worse than none: another state in the sentence blocks the
// article's own. Also: a negative pronoun negates the act, and a coast "off" which a ship joined a
// patrol is no object of "joined". Names are invented.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/model';
import { edge, graphOf, nodeNamed, relationsBetween } from './helpers';

/** Whether `person` speaks for `state`: for the state itself or for an organ named after it
 * ("Norway's foreign ministry", "Brazilian foreign ministry"). */
function speaksFor(g: Graph, person: string, state: string, demonym: string): boolean {
  const p = nodeNamed(g, person)?.id;
  return g.edges.some((e) => {
    if (e.source !== p || e.relation !== 'spokesperson_of') return false;
    const t = g.nodes.find((n) => n.id === e.target)!;
    return t.label === state || (t.type === 'organization' && (t.label.startsWith(state) || t.label.startsWith(demonym)));
  });
}

describe('capitalised organ titles', () => {
  it('"Foreign Ministry spokesperson X" speaks for the state the text spoke of', () => {
    const g = graphOf('WARSAW — Poland condemned the expulsion of its consul on Monday. Polish officials met in Warsaw. Foreign Ministry spokesperson Jan Nowak said Warsaw would respond.');
    expect(edge(g, 'Jan Nowak', 'spokesperson_of', 'Poland')).toBeDefined();
  });

  it('"Government spokesman X" in a story about one state', () => {
    const g = graphOf('NAIROBI — Kenya deployed police to the border on Monday. Kenya said the move was temporary. Kenyan officials met. Government spokesman Isaac Mwaura told reporters that Uganda had been informed.');
    expect(edge(g, 'Isaac Mwaura', 'spokesperson_of', 'Kenya')).toBeDefined();
    expect(relationsBetween(g, 'Isaac Mwaura', 'Uganda')).toEqual([]);
  });

  it('a spokesperson speaking in a foreign capital speaks for that state, not the story\'s', () => {
    const g = graphOf('SUVA — Fiji signed the treaty with Japan on Monday. Fiji will host the ships. Fiji said the base stays under its control. Chile, which had courted Suva with an offer, criticised the agreement. Foreign Ministry spokesperson Pablo Rojas said in Santiago that small states should not be pawns.');
    expect(relationsBetween(g, 'Pablo Rojas', 'Fiji')).toEqual([]);
    expect(edge(g, 'Pablo Rojas', 'spokesperson_of', 'Chile')).toBeDefined();
  });

  it('"Army spokesman Major X": a rank after the title', () => {
    const g = graphOf('QUITO — Ecuador said its troops had destroyed a drug lab near the border. In a statement, Army spokesman Major Luis Arteaga said that nobody had been hurt.');
    expect(edge(g, 'Luis Arteaga', 'spokesperson_of', 'Ecuador')).toBeDefined();
  });

  it('a demonym before the organ names the state', () => {
    const g = graphOf('HANOI — Vietnam protested the survey on Monday. Vietnam said the ship had no permit. Vietnam summoned the envoy. Indonesian Foreign Ministry spokesperson Dewi Lestari said the survey was lawful.');
    expect(relationsBetween(g, 'Dewi Lestari', 'Vietnam')).toEqual([]);
  });
});

describe('organs named by a lower-case noun before the name', () => {
  it('"a Brazilian foreign ministry spokesperson, X"', () => {
    const g = graphOf('Asked about the deal, a Brazilian foreign ministry spokesperson, Ana Souza, said Brazil respected the choice.');
    expect(speaksFor(g, 'Ana Souza', 'Brazil', 'Brazilian')).toBe(true);
  });

  it('"A spokesperson for Egypt\'s interior ministry, X" and "the spokeswoman for Chile\'s defence ministry, X"', () => {
    expect(speaksFor(graphOf("A spokesman for Egypt's interior ministry, Omar Saleh, said the border was closed."), 'Omar Saleh', 'Egypt', 'Egyptian')).toBe(true);
    expect(speaksFor(graphOf("The spokeswoman for Chile's defence ministry, Paula Soto, declined to comment."), 'Paula Soto', 'Chile', 'Chilean')).toBe(true);
  });

  it('"A ministry spokesperson, X" after a state\'s ministry acted', () => {
    const g = graphOf("Norway's foreign ministry summoned the envoy on Monday. A ministry spokesperson, Lars Holm, said Oslo would respond.");
    expect(speaksFor(g, 'Lars Holm', 'Norway', 'Norwegian')).toBe(true);
  });

  it('"the presidency\'s spokesperson, X"', () => {
    const g = graphOf("Bolivia recalled its envoy. The presidency's spokesperson, Carla Mendez, said Bolivia would not back down.");
    expect(edge(g, 'Carla Mendez', 'spokesperson_of', 'Bolivia')).toBeDefined();
  });

  it('"a navy spokeswoman, X" speaks for the navy the article named, not a state named in between', () => {
    const g = graphOf('On Sunday the Royal Kestrel Navy boarded a trawler. The vessel was registered in Portugal. Its crew had been detained, a navy spokeswoman, Ilse Marten, told reporters.');
    expect(edge(g, 'Ilse Marten', 'spokesperson_of', 'Royal Kestrel Navy')).toBeDefined();
    expect(relationsBetween(g, 'Ilse Marten', 'Portugal')).toEqual([]);
  });

  it('no state named before: no guess', () => {
    const g = graphOf("A ministry spokesperson, Lars Holm, spoke to Norway's press.");
    expect(relationsBetween(g, 'Lars Holm', 'Norway')).toEqual([]);
  });
});

describe('negative pronouns and coasts', () => {
  it('"with nothing signed" signs nothing', () => {
    expect(relationsBetween(graphOf('Latvia and Estonia flew home from Riga with nothing signed beyond a joint statement.'), 'Latvia', 'Estonia')).not.toContain('signed_agreement_with');
    expect(relationsBetween(graphOf('Kenya and Uganda ended the round with none signed.'), 'Kenya', 'Uganda')).not.toContain('signed_agreement_with');
  });

  it('a ship joining a patrol "off" a coast did not join the coast', () => {
    expect(relationsBetween(graphOf('A Greek corvette joined the patrol off the Crete coast on Friday.'), 'Greece', 'Crete')).toEqual([]);
    expect(relationsBetween(graphOf('A French destroyer joined the exercise along the Lebanon coast.'), 'France', 'Lebanon')).toEqual([]);
    expect(edge(graphOf('Norway joined NATO in 1949.'), 'Norway', 'joined', 'NATO')).toBeDefined();
  });
});
