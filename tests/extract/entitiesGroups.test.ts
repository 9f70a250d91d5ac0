// Armed groups written by their bare name ("al-Shabaab", "Boko Haram", "Taliban") are bodies when
// the article writes them once in a construction only a group takes; people keep their names.
// Probes on invented sentences from several regions.
import { describe, expect, it } from 'vitest';
import { graphOf, nodeNamed, nodesNamed } from './helpers';

const typeOf = (text: string, name: string): string | undefined => nodeNamed(graphOf(text), name)?.type;

describe('armed groups by their bare name', () => {
  it('"claimed by X" makes a body, and every mention of it', () => {
    const g = graphOf('The bombing of a market in Gao was claimed on Sunday by al-Mourabitoun. Residents said al-Mourabitoun had threatened traders for months.');
    expect(nodesNamed(g, 'al-Mourabitoun').map((n) => n.type)).toEqual(['organization']);
  });
  it('"X claimed responsibility" and "X has carried out attacks"', () => {
    expect(typeOf('Ansaru claimed responsibility for the ambush near Kaduna on Friday.', 'Ansaru')).toBe('organization');
    expect(typeOf('Officials in Maiduguri said al-Barnawi has carried out attacks across the region.', 'al-Barnawi')).toBe('organization');
  });
  it('a group noun in apposition, "members of X", a group noun after the name', () => {
    expect(typeOf('The raid was blamed on al-Furqan, the Yemeni militant group, by officials in Aden.', 'al-Furqan')).toBe('organization');
    expect(typeOf('Police in Mombasa arrested three members of al-Hijra on Tuesday.', 'al-Hijra')).toBe('organization');
    expect(typeOf('Taliban commanders met in Kandahar on Monday. The Taliban said the talks in Doha had failed.', 'Taliban')).toBe('organization');
  });
  it('a run of unknown words is a body by the same cues ("claimed by Boko Haram")', () => {
    expect(typeOf('The bombing in Kano was claimed by Boko Haram on Sunday.', 'Boko Haram')).toBe('organization');
  });
  it('an act of arms after a name with an Arabic article ("an al-Shabaab raid")', () => {
    expect(typeOf('Ten people died in an al-Qassam raid near Rafah, medics in Khan Younis said.', 'al-Qassam')).toBe('organization');
  });
});

describe('people keep their names', () => {
  it('a title, a title in apposition, "said he", a given name', () => {
    expect(nodesNamed(graphOf('President al-Sharaa met envoys in Damascus. The attack was claimed by al-Sharaa.'), 'al-Sharaa').map((n) => n.type)).toEqual(['person']);
    expect(typeOf('al-Hashi, a former commander, fled to Garissa. The attack was claimed by al-Hashi.', 'al-Hashi')).toBe('person');
    expect(typeOf('al-Sharaa said he would hold elections. Members of al-Sharaa were seen in Homs.', 'al-Sharaa')).toBe('person');
    const g = graphOf('Ahmed al-Sharaa spoke in Damascus. Members of al-Sharaa were seen in Homs.');
    expect(nodesNamed(g, 'al-Sharaa').every((n) => n.type === 'person')).toBe(true);
  });
  it('a body named in full keeps its short name a body', () => {
    const g = graphOf('Harakat al-Shabaab al-Mujahideen is active in Jubaland. The raid was claimed by al-Shabaab.');
    expect(nodeNamed(g, 'al-Shabaab')?.type).toBe('organization');
  });
});
