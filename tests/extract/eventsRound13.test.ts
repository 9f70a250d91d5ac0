// Happenings told in forms the extractor missed: a resignation handed in, sanctions imposed, a
// referendum titled as one, a strike or a vote called by a body, a rescue flown from a base, and
// captions that open with "Photo:".
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates';
import { eventWith, events, graphOf, linked } from './helpers';

const labels = (g: ReturnType<typeof graphOf>): string => events(g).map((e) => e.label).join('; ');

describe('a resignation handed in', () => {
  it('"submitted his resignation": the subject resigns', () => {
    const g = graphOf('Interior Minister Arvo Linde of Estonia submitted his resignation on Friday, the agency reported.');
    expect(linked(g, eventWith(g, 'resignation'), 'participates_in')).toContain('Arvo Linde');
  });

  it('"tendered her resignation" and "announced his resignation" too', () => {
    const g1 = graphOf('Defence Minister Mirela Vasku tendered her resignation on Monday after the depot fire.');
    expect(linked(g1, eventWith(g1, 'resignation'), 'participates_in')).toContain('Mirela Vasku');
    const g2 = graphOf('Health Minister Oskar Brenn announced his resignation on Tuesday.');
    expect(linked(g2, eventWith(g2, 'resignation'), 'participates_in')).toContain('Oskar Brenn');
  });

  it('one who accepts it does not resign', () => {
    const g = graphOf('President Tamas Ilves accepted his resignation on Friday.');
    expect(events(g).filter((e) => /Resignation/.test(e.label) && linked(g, e, 'participates_in').includes('Tamas Ilves'))).toHaveLength(0);
  });
});

describe('sanctions imposed', () => {
  it('a sanctions package approved against a state is known by its target', () => {
    const g = graphOf('On Friday the cabinet approved what officials call its widest sanctions package against North Korea in a decade.');
    const ev = eventWith(g, 'sanctions');
    expect(ev.label).toBe('Sanctions against North Korea');
    expect(linked(g, ev, 'target_of')).toContain('North Korea');
  });

  it('a bloc imposing sanctions on a firm takes part', () => {
    const g = graphOf('The European Union on Monday imposed sanctions on the Varnek Shipping Company and two of its owners.');
    const ev = eventWith(g, 'sanctions');
    expect(linked(g, ev, 'target_of')).toContain('Varnek Shipping Company');
    expect(linked(g, ev, 'participates_in')).toContain('European Union');
  });

  it('sanctions discussed, wanted or breached are none', () => {
    expect(labels(graphOf('Ministers will discuss new sanctions on Belarus next month.'))).not.toMatch(/Sanctions/);
    expect(labels(graphOf('The group urged the bloc to impose sanctions on Iran.'))).not.toMatch(/Sanctions/);
    expect(labels(graphOf('Dorel Vaslui was convicted in 2023 of exporting drones in breach of sanctions.'))).not.toMatch(/Sanctions/);
  });
});

describe('referendums', () => {
  it('a referendum is titled as one, not as an election', () => {
    const g = graphOf('Voters in Tavria backed the proposal in a referendum in Tavria on Sunday, officials said.');
    const ev = eventWith(g, 'referendum');
    expect(ev.label).toMatch(/^Referendum/);
  });

  it('a plebiscite too', () => {
    const g = graphOf('A plebiscite in Tavria on Sunday approved the new charter.');
    expect(eventWith(g, 'plebiscite').label).toMatch(/^Referendum/);
  });
});

describe('an event called or organised by a body', () => {
  it('"the strike was called by X": X holds the strike', () => {
    const g = graphOf('The strike was called by the Confederation of Dock Workers and joined by teachers.');
    expect(linked(g, eventWith(g, 'strike'), 'participates_in').join()).toMatch(/Dock Workers/);
  });

  it('"the referendum was called in April by X": past the phrase of time', () => {
    const g = graphOf('The referendum was called in April by the Regional Assembly of Tavria.');
    expect(linked(g, eventWith(g, 'referendum'), 'participates_in')).toContain('Regional Assembly of Tavria');
  });

  it('a speaker "by" whom an event is condemned is no party', () => {
    const g = graphOf('The strike was condemned by the Tarvian Union of Employers.');
    expect(events(g).flatMap((e) => linked(g, e, 'participates_in'))).not.toContain('Tarvian Union of Employers');
  });
});

describe('craft flown from a base', () => {
  it('helicopters flying from an air base that evacuate people: the base takes part', () => {
    const g = graphOf('Soldiers evacuated about 4,000 residents from the Lemba district on Tuesday, and army helicopters flying from Varo air base lifted families from rooftops, the army said.');
    expect(linked(g, eventWith(g, 'evacuated'), 'participates_in')).toContain('Varo air base');
  });

  it('"operating out of" a base is the same', () => {
    const g = graphOf('Helicopters operating out of Dorsk air base rescued more than 300 people from flooded villages on Monday.');
    expect(linked(g, eventWith(g, 'rescued'), 'participates_in')).toContain('Dorsk air base');
  });
});

describe('captions', () => {
  it('a line opening "Photo:" describes a picture, not an event', () => {
    const g = graphOf('LISBON — Talks on the budget continued.\n\nPhoto: Ana Reis / Daily Courier. A voter casts a ballot at a polling station in Braga on Sunday.');
    expect(labels(g)).not.toMatch(/Braga/);
  });
});

describe('missile tests', () => {
  it('a state that test-fired a missile did a missile test', () => {
    const g = graphOf('The council met on Friday after Iran test-fired a ballistic missile that came down in the Indian Ocean.');
    const ev = eventWith(g, 'fired');
    expect(ev.label).toBe('Missile test by Iran');
    expect(linked(g, ev, 'participates_in')).toContain('Iran');
  });

  it('the missile fired on a day told again dates the test', () => {
    const g = graphOf('Pakistan test-launched a cruise missile, officials said. The missile, which the army called the Hatf-9, had been fired on 15 October 2026 from a site near Sonmiani.');
    expect(eventWith(g, 'launched').date).toBe('2026-10-15');
  });

  it('a test-fired missile is no attack, and a product launch no test', () => {
    expect(labels(graphOf('North Korea test-fired two missiles into the sea on Monday.'))).not.toMatch(/Attack/);
    expect(labels(graphOf('Samsung announced the launch of a new phone in Seoul on Monday.'))).not.toMatch(/test/);
  });
});

describe('armed men opening fire', () => {
  it('gunmen who opened fire attacked, and the person shot then is whom it hit', () => {
    const g = graphOf('Corporal Dineo Mabe, 31, was shot when gunmen opened fire on an army patrol near Mocimboa on Tuesday.');
    const ev = eventWith(g, 'opened');
    expect(linked(g, ev, 'target_of')).toContain('Dineo Mabe');
  });

  it('told after the ambush, it is that attack with whom it hit', () => {
    const g = graphOf('A patrol was ambushed by insurgents near Mocimboa on Tuesday. Corporal Dineo Mabe was wounded when militants opened fire on the lead vehicle.');
    const attacks = events(g).filter((e) => e.label.startsWith('Attack'));
    expect(attacks).toHaveLength(1);
    expect(linked(g, attacks[0], 'target_of')).toContain('Dineo Mabe');
  });

  it('police opening fire are no armed men attacking', () => {
    expect(labels(graphOf('Police opened fire on protesters in Lilongwe on Friday.'))).not.toMatch(/Attack/);
  });
});

describe('a body speaking of an event', () => {
  it('"X\'s Foreign Ministry said the referendum ...": X reacts, the vote was not held there', () => {
    const g = graphOf('Voters in Tavria backed the proposal in a referendum in Tavria on Sunday. Ukraine\'s Foreign Ministry said the referendum served the interests of the aggressor state.');
    const ev = eventWith(g, 'referendum');
    expect(linked(g, ev, 'located_in')).not.toContain('Ukraine');
  });

  it('a date after "was called" dates the calling, not the vote', () => {
    const g = graphOf('The referendum was called in April 2027 by the Regional Assembly of Tavria.');
    expect(eventWith(g, 'referendum').date ?? '').not.toMatch(/-04/);
  });
});

describe('overnight', () => {
  it('in a dated story, "overnight" is the night before publication, dated by the day it began', () => {
    expect(findDates('Soldiers evacuated 3,000 residents overnight.', '2026-08-26').map((d) => d.date)).toContain('2026-08-25');
    expect(findDates('Two aides were detained overnight and questioned.', '2026-10-14').map((d) => d.date)).toContain('2026-10-13');
  });

  it('"overnight on Sunday" is dated by its day alone', () => {
    expect(findDates('Villages were swept away overnight on Sunday.', '2026-07-21').map((d) => d.date)).not.toContain('2026-07-20');
  });
});
