// Happenings told in forms the extractor missed: a resignation handed in, sanctions imposed, a
// referendum titled as one, a strike or a vote called by a body, a rescue flown from a base, and
// captions that open with "Photo:".
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates';
import { eventWith, events, graphOf, linked } from './helpers';

const labels = (g: ReturnType<typeof graphOf>): string => events(g).map((e) => e.label).join('; ');

describe('a resignation handed in', () => {
  it('"submitted her resignation": the subject resigns', () => {
    const g = graphOf('Energy Minister Livia Marsh submitted her resignation on Thursday amid a row over fuel prices.');
    expect(linked(g, eventWith(g, 'resignation'), 'participates_in')).toContain('Livia Marsh');
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
  it('a sanctions package adopted against a state is known by its target', () => {
    const g = graphOf('The government adopted a sweeping sanctions package against Belarus on Wednesday, freezing the assets of several banks.');
    const ev = eventWith(g, 'sanctions');
    expect(ev.label).toBe('Sanctions against Belarus');
    expect(linked(g, ev, 'target_of')).toContain('Belarus');
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
    const g = graphOf('Ferries stayed in port because the strike was called by the Federation of Harbour Pilots after pay talks collapsed.');
    expect(linked(g, eventWith(g, 'strike'), 'participates_in').join()).toMatch(/Harbour Pilots/);
  });

  it('"the plebiscite was called in June by X": past the phrase of time', () => {
    const g = graphOf('The plebiscite was called in June by the Northern Diet of Varesh.');
    expect(linked(g, eventWith(g, 'plebiscite'), 'participates_in')).toContain('Northern Diet of Varesh');
  });

  it('a speaker "by" whom an event is condemned is no party', () => {
    const g = graphOf('The strike was condemned by the Tarvian Union of Employers.');
    expect(events(g).flatMap((e) => linked(g, e, 'participates_in'))).not.toContain('Tarvian Union of Employers');
  });
});

describe('craft flown from a base', () => {
  it('helicopters flying from an air base while people are evacuated: the base takes part', () => {
    const g = graphOf('Police evacuated 200 villagers from the valley on Sunday while navy helicopters flying from Tessel air base winched hikers off the ridge.');
    expect(linked(g, eventWith(g, 'evacuated'), 'participates_in')).toContain('Tessel air base');
  });

  it('crews "operating out of" a base are the same', () => {
    const g = graphOf('Rescue crews operating out of Brenmark air base rescued dozens of hikers from the glacier on Saturday.');
    expect(linked(g, eventWith(g, 'rescued'), 'participates_in')).toContain('Brenmark air base');
  });
});

describe('captions', () => {
  it('a line opening "Pictures:" describes a picture, not an event', () => {
    const g = graphOf('OSLO — Talks on the budget continued.\n\nPictures: Jonas Ekberg / Harbour Post. Dockers walk out on strike at the container terminal in Bergen on Sunday.');
    expect(labels(g)).not.toMatch(/Bergen/);
  });
});

describe('missile tests', () => {
  it('a state that test-fired a missile did a missile test', () => {
    const g = graphOf('Neighbouring states protested on Tuesday after North Korea test-fired an intermediate-range missile over the sea.');
    const ev = eventWith(g, 'fired');
    expect(ev.label).toBe('Missile test by North Korea');
    expect(linked(g, ev, 'participates_in')).toContain('North Korea');
  });

  it('the missile launched on a day told again dates the test', () => {
    const g = graphOf('India test-launched a new cruise missile, the defence ministry said. The missile was launched on 3 May 2027 from a range off the coast.');
    expect(eventWith(g, 'launched').date).toBe('2027-05-03');
  });

  it('a test-fired missile is no attack, and a product launch no test', () => {
    expect(labels(graphOf('Iran test-fired three missiles over the Gulf on Thursday.'))).not.toMatch(/Attack/);
    expect(labels(graphOf('Samsung announced the launch of a new phone in Seoul on Monday.'))).not.toMatch(/test/);
  });
});

describe('armed men opening fire', () => {
  it('rebels who opened fire attacked, and the person hurt then is whom it hit', () => {
    const g = graphOf('Sergeant Pello Varga was wounded when militants opened fire on a supply convoy outside Gao on Sunday.');
    const ev = eventWith(g, 'opened');
    expect(linked(g, ev, 'target_of')).toContain('Pello Varga');
  });

  it('told after the ambush, it is that attack with whom it hit', () => {
    const g = graphOf('A supply convoy was ambushed by rebels outside Gao on Sunday. Private Anouk Selle was injured when fighters opened fire on the lead truck.');
    const attacks = events(g).filter((e) => e.label.startsWith('Attack'));
    expect(attacks).toHaveLength(1);
    expect(linked(g, attacks[0], 'target_of')).toContain('Anouk Selle');
  });

  it('police opening fire are no armed men attacking', () => {
    expect(labels(graphOf('Riot police opened fire on students marching in Dhaka on Friday.'))).not.toMatch(/Attack/);
  });
});

describe('a body speaking of an event', () => {
  it('"X\'s Justice Ministry said the referendum ...": X reacts, the vote was not held there', () => {
    const g = graphOf('Residents of Tavria approved autonomy in a referendum in Tavria on Sunday. Hungary\'s Justice Ministry said the referendum had no legal force.');
    const ev = eventWith(g, 'referendum');
    expect(linked(g, ev, 'located_in')).not.toContain('Hungary');
  });

  it('a date after "was organised" dates the organising, not the vote', () => {
    const g = graphOf('A referendum was organised in June 2028 by the Varesh Provincial Council.');
    expect(eventWith(g, 'referendum').date ?? '').not.toMatch(/-06/);
  });
});

describe('overnight', () => {
  it('in a dated story, "overnight" is the night before publication, dated by the day it began', () => {
    expect(findDates('Firefighters pulled twelve people from the burning tower overnight.', '2026-08-26').map((d) => d.date)).toContain('2026-08-25');
    expect(findDates('Two aides were detained overnight and questioned.', '2026-10-14').map((d) => d.date)).toContain('2026-10-13');
  });

  it('"overnight on Sunday" is dated by its day alone', () => {
    expect(findDates('The old dam burst overnight on Sunday.', '2026-07-21').map((d) => d.date)).not.toContain('2026-07-20');
  });
});
