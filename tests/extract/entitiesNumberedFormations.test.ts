// Probes for military formations named with an ordinal ("the 4th Mechanised Brigade"). Every text
// is written for the test about made-up events.
import { describe, expect, it } from 'vitest';
import { graphOf, nodeNamed } from './helpers';

const bodies = (g: ReturnType<typeof graphOf>): string[] => g.nodes.filter((n) => n.type === 'organization').map((n) => n.label);

describe('a formation numbered with an ordinal', () => {
  it('keeps its number: two divisions of one army stay two nodes', () => {
    const g = graphOf('Units of the 4th Mechanised Brigade relieved the 12th Mechanised Brigade near Zaporizhzhia on Friday.');
    expect(bodies(g).sort()).toEqual(['12th Mechanised Brigade', '4th Mechanised Brigade']);
  });

  it('reads "101st Airborne Division", "2nd Marine Regiment" whole', () => {
    for (const [text, name] of [
      ['Paratroopers of the 101st Airborne Division landed at Erbil.', '101st Airborne Division'],
      ['The 2nd Marine Regiment left Okinawa in May.', '2nd Marine Regiment'],
    ]) {
      const g = graphOf(text);
      expect(nodeNamed(g, name)?.type, text).toBe('organization');
      expect(bodies(g).filter((l) => l !== name), text).toEqual([]);
    }
  });

  it('an ordinal before a capitalised word that is no formation names nothing new', () => {
    expect(bodies(graphOf('Lindiwe Mokoena finished 3rd Place in the Durban marathon.'))).toEqual([]);
  });
});
