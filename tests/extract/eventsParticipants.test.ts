// Participants attached by general constructions: a coordinated subject of titled office holders
// (and the states they act for), a place named after its head noun and "of" ("outside the rebel
// stronghold of X"), and the date of an event noun's own verb past a closed aside.
import { describe, expect, it } from 'vitest';
import { eventWith, events, graphOf, linked } from './helpers';

const at = (id: string, text: string) => graphOf({ id, text, published: '2031-05-09' });

describe('coordinated subjects', () => {
  it('"A\'s President X and B\'s Prime Minister Y signed": both people and both states take part', () => {
    const a = at('c1', "Kenya's President Samuel Otieno and Tanzania's Prime Minister Grace Mwita signed a trade agreement in Arusha on Friday.");
    expect(linked(a, eventWith(a, 'signed'), 'participates_in')).toEqual(['Grace Mwita', 'Kenya', 'Samuel Otieno', 'Tanzania']);
    const b = at('c2', "Ghana's President Kwame Mensah and Togo's President Eric Adjo opened a summit in Accra on Monday.");
    expect(linked(b, eventWith(b, 'summit'), 'participates_in')).toEqual(['Eric Adjo', 'Ghana', 'Kwame Mensah', 'Togo']);
  });

  it('a noun held by a coordinated subject ("X and Y held talks") has both as parties', () => {
    const g = at('c3', "Japan's Prime Minister Kenji Sato and Indian Prime Minister Ravi Mehta held talks in Tokyo on Friday.");
    expect(linked(g, eventWith(g, 'talks'), 'participates_in')).toEqual(expect.arrayContaining(['Kenji Sato', 'Ravi Mehta']));
  });

  it('a state possessing a common noun ("Yemen\'s warring parties") is still where, not a party', () => {
    const g = at('c4', "Yemen's warring parties released 800 prisoners on Sunday.");
    const ev = eventWith(g, 'released');
    expect(linked(g, ev, 'participates_in')).toEqual([]);
    expect(linked(g, ev, 'located_in')).toEqual(['Yemen']);
  });
});

describe('places after a head noun and "of"', () => {
  it('"outside the town of X", "outside the rebel stronghold of Y": the strike is placed there', () => {
    for (const [id, text, place] of [
      ['p1', 'An American drone strike on a convoy outside the town of Jilib killed 14 fighters on Thursday.', 'Jilib'],
      ['p2', 'A French air strike on a jihadist camp outside the Islamic State stronghold of Menaka, in eastern Mali, killed 20 militants on Sunday.', 'Menaka'],
    ] as const) {
      const g = at(id, text);
      expect(linked(g, eventWith(g, 'strike'), 'located_in')).toEqual([place]);
    }
  });

  it('the date closing the noun\'s own verb past a closed aside is the strike\'s', () => {
    const g = at('d1', "A Turkish drone strike on a convoy outside the town of Qamishli, in north-eastern Syria's Hasakah province, killed six fighters on Monday.");
    expect(eventWith(g, 'strike').date).toBe('2031-05-05');
  });
});

describe('charges and closures', () => {
  it('prosecutors charging or indicting someone is a charge against them, not a trial', () => {
    const a = at('k1', 'A judge in Lima charged the former president Pedro Vargas with corruption on Monday.');
    expect(linked(a, eventWith(a, 'charged'), 'target_of')).toEqual(['Pedro Vargas']);
    const b = at('k2', 'Former minister Ana Costa was indicted on corruption charges in Lisbon on Monday.');
    const ev = eventWith(b, 'indicted');
    expect(ev.label).toBe('Charges against Ana Costa');
    expect(linked(b, ev, 'target_of')).toEqual(['Ana Costa']);
  });

  it('"charged into the crowd", "the shop closed": no event', () => {
    expect(events(at('k3', 'Police charged into the crowd in Nairobi on Friday. The shop closed on Monday in Lagos.'))).toEqual([]);
  });

  it('a state closing or reopening its border, crossings or airspace', () => {
    const a = at('b1', 'Pakistan shut its airspace to Indian airlines on Thursday.');
    expect(linked(a, eventWith(a, 'shut'), 'participates_in')).toEqual(['Pakistan']);
    const b = at('b2', 'Hungary reopened its border with Austria on Monday.');
    expect(eventWith(b, 'reopened').label).toBe('Reopening of the border by Hungary');
    const c = at('b3', 'Chad closed two border crossings with Sudan on Sunday after clashes.');
    expect(linked(c, eventWith(c, 'closed'), 'participates_in')).toEqual(['Chad']);
  });
});

describe('exchanges and the talks that led to them', () => {
  it('"A and B exchanged/swapped prisoners ... brokered by C": both parties, and the mediator', () => {
    const a = at('x1', 'Armenia and Azerbaijan swapped 32 prisoners of war at the border on Wednesday in a deal mediated by Qatar after weeks of talks in Doha.');
    const ev = eventWith(a, 'swapped');
    expect(ev.label).toMatch(/^Prisoner exchange/);
    expect(linked(a, ev, 'participates_in')).toEqual(['Armenia', 'Azerbaijan']);
    expect(linked(a, ev, 'mediated')).toEqual(['Qatar']);
    // The talks it came after were held by the same parties, with the same mediator.
    const talks = eventWith(a, 'talks');
    expect(linked(a, talks, 'participates_in')).toEqual(['Armenia', 'Azerbaijan']);
    expect(linked(a, talks, 'mediated')).toEqual(['Qatar']);
    const b = at('x2', 'Ukraine and Russia exchanged 90 prisoners on Friday, Ukrainian officials said.');
    expect(linked(b, eventWith(b, 'exchanged'), 'participates_in')).toEqual(['Russia', 'Ukraine']);
  });

  it('"exchanged fire" is no exchange of prisoners', () => {
    expect(events(at('x3', 'The two sides exchanged fire near the border on Monday.')).filter((e) => /exchange|release/i.test(e.label))).toEqual([]);
  });
});

describe('a possessive event word', () => {
  it('"the strike\'s toll" in a story of a drone strike is that strike, not a stoppage of work', () => {
    const g = at('s1', 'A drone strike hit a convoy near Kismayo on Monday. The strike\'s toll rose to nine on Tuesday.');
    expect(events(g).map((e) => e.label)).toEqual(['Drone strike near Kismayo']);
  });
});

describe('look-alikes of a strike and a hearing', () => {
  it('a bare "strike" that kills is a blow, not a stoppage of work; one with a union is a stoppage', () => {
    const a = at('l1', 'Officials said on Friday the death toll from the strike rose to 17. The strike near Jilib had killed a commander, the minister said.');
    expect(events(a).filter((e) => /^Strike/.test(e.label))).toEqual([]);
    const b = at('l2', 'Dock workers went on strike in Antwerp on Monday, the union said.');
    expect(eventWith(b, 'strike').label).toBe('Strike in Antwerp');
  });

  it('"did not attend the hearing" is no trial; "pleaded not guilty" is one', () => {
    expect(events(at('h1', 'Rodrigo Costa did not attend the hearing in Lisbon on Monday.'))).toEqual([]);
    const g = at('h2', 'Juan Perez pleaded not guilty in Quito on Monday.');
    expect(linked(g, eventWith(g, 'pleaded'), 'target_of')).toEqual(['Juan Perez']);
  });
});
