// Event rules probed with short texts written for each construction: what is an event, who takes
// part, what it happened to, and what is no event at all.
import { describe, expect, it } from 'vitest';
import { events, graphOf, linked } from './helpers';

describe('what is no event', () => {
  it('a news conference is a briefing, not a summit', () => {
    const g = graphOf({
      id: 'brief', published: '2031-02-03',
      text: 'The minister told a news conference at the Karsholm naval base that the inquiry would take weeks.\n\nShe gave no details.',
    });
    expect(events(g).filter((e) => /summit/i.test(e.label))).toEqual([]);
  });

  it('tear gas fired at protesters is policing, not an attack', () => {
    const g = graphOf({
      id: 'gas', published: '2031-02-03',
      text: 'Police fired tear gas at demonstrators in Valdora on Monday.\n\nThe demonstrators dispersed.',
    });
    expect(events(g).filter((e) => /attack/i.test(e.label))).toEqual([]);
  });

  it('a speaker saying that people were arrested is not the one arrested', () => {
    const g = graphOf({
      id: 'spokes', published: '2031-02-03',
      text: 'Police spokesman Tomas Reyder said 30 people had been arrested for looting.\n\nShops stayed closed.',
    });
    expect(events(g).filter((e) => /Reyder/.test(e.label))).toEqual([]);
  });

  it('a ceasefire with no party in reach is no node of its own', () => {
    const g = graphOf({
      id: 'truce', published: '2031-02-03',
      text: 'A ceasefire in Harbin took hold on Monday, residents said.\n\nShops reopened.',
    });
    expect(events(g).filter((e) => /ceasefire/i.test(e.label))).toEqual([]);
  });

  it('a withdrawal that an agreement does not require is not one', () => {
    const g = graphOf({
      id: 'nowd', published: '2031-02-03',
      text: 'The accord does not require Kenya to withdraw from Somalia, officials said.\n\nTalks continue.',
    });
    expect(events(g).filter((e) => /withdrawal/i.test(e.label))).toEqual([]);
  });
});

describe('harm to named things, captures, boardings, fines, inquiries, rulings', () => {
  it('a passive past a closed relative clause happened to the name before "which", not to the places inside it', () => {
    const g = graphOf({
      id: 'cable', published: '2031-05-06',
      text:
        'The Norlink-2 cable, which joins Tromso in northern Norway with Lulea in Sweden, was damaged late on Sunday, the operator said.\n\n' +
        'Repairs will take weeks.',
    });
    const damage = events(g).find((e) => /damage/i.test(e.label));
    expect(damage?.label).toMatch(/^Damage to Norlink-2/);
    expect(damage?.date).toBe('2031-05-04');
    expect(linked(g, damage!, 'located_in')).toEqual([]);
  });

  it('a denied act is no event, and a perfect over a span ("have been damaged since") counts a class', () => {
    const g = graphOf({
      id: 'deny', published: '2031-05-06',
      text:
        'The shipping firm Halvard Lines denied that its vessel had damaged the Norlink-2 cable.\n\n' +
        'Several cables have been damaged in the North Sea since 2029, officials said.',
    });
    expect(events(g).filter((e) => /damage/i.test(e.label))).toEqual([]);
  });

  it('a city captured by rebels; a person captured is not a capture', () => {
    const g = graphOf({
      id: 'cap', published: '2031-05-06',
      text:
        'The Brava Front captured the town of Lumbo on Friday after a week of fighting.\n\n' +
        'Rebels also captured Pedro Salinas, a local mayor, on Friday.',
    });
    const caps = events(g).filter((e) => /capture/i.test(e.label));
    expect(caps.map((e) => e.label)).toEqual(['Capture of Lumbo']);
    expect(linked(g, caps[0], 'participates_in')).toEqual(['Brava Front']);
    expect(caps[0].date).toBe('2031-05-02');
  });

  it('forces named by a demonym retake a facility for their state', () => {
    const g = graphOf({
      id: 'retake', published: '2031-05-06',
      text: 'Ghanaian troops retook the Tema oil terminal on Saturday, the army said.\n\nThe terminal had been held for a month.',
    });
    const ev = events(g).find((e) => /recapture/i.test(e.label));
    expect(ev?.label).toBe('Recapture of Tema oil terminal');
    expect(linked(g, ev!, 'participates_in')).toEqual(['Ghana']);
  });

  it('a vessel intercepted by a navy', () => {
    const g = graphOf({
      id: 'ship', published: '2031-05-06',
      text: 'The tanker Sea Falcon was intercepted by the Royal Danish Navy off Skagen on Monday.\n\nThe crew was questioned.',
    });
    const ev = events(g).find((e) => /interception/i.test(e.label));
    expect(ev?.label).toBe('Interception of Sea Falcon');
    expect(linked(g, ev!, 'participates_in')).toEqual(['Royal Danish Navy']);
  });

  it('a regulator fines a company, and "the fine" is the same event', () => {
    const g = graphOf({
      id: 'fine', published: '2031-05-07',
      text:
        'The Competition Authority on Tuesday fined the retailer Marwick Stores 40 million dollars for price fixing.\n\n' +
        'Marwick Stores said it would appeal the fine.',
    });
    const fines = events(g).filter((e) => /fine/i.test(e.label));
    expect(fines).toHaveLength(1);
    expect(fines[0].label).toBe('Fine on Marwick Stores');
    expect(fines[0].date).toBe('2031-05-06');
    expect(linked(g, fines[0], 'participates_in')).toEqual(['Competition Authority']);
    expect(linked(g, fines[0], 'target_of')).toEqual(['Marwick Stores']);
  });

  it('an investigation opened by a body is that body\'s', () => {
    const g = graphOf({
      id: 'probe', published: '2031-05-07',
      text: 'The Serious Fraud Office has opened an investigation into the collapse.\n\nNo one has been charged.',
    });
    const ev = events(g).find((e) => /investigation/i.test(e.label));
    expect(ev?.label).toBe('Investigation by Serious Fraud Office');
  });

  it('a court\'s annulment in a "when" clause takes the year it follows', () => {
    const g = graphOf({
      id: 'annul', published: '2031-05-07',
      text: 'Many still remember the events of 2024, when the Supreme Court annulled the presidential vote over fraud.\n\nA new vote followed.',
    });
    const ev = events(g).find((e) => /annulment/i.test(e.label));
    expect(ev?.label).toBe('Annulment by Supreme Court, 2024');
    expect(ev?.date).toBe('2024');
  });
});

describe('releases and their dates', () => {
  it('people rescued by forces named by a demonym, dated by the act not by the saying', () => {
    const g = graphOf(
      {
        id: 'r1', published: '2031-03-12',
        text: 'Malian special forces freed four aid workers in a dawn raid near Gao late on Monday, officials said.\n\nThe four were flown to Bamako.',
      },
    );
    const ev = events(g).find((e) => /release/i.test(e.label));
    expect(ev?.label).toMatch(/^Release of aid workers|^Release of workers/);
    expect(ev?.date).toBe('2031-03-10');
    expect(linked(g, ev!, 'participates_in')).toEqual(['Mali']);
  });

  it('"said on Tuesday it had rescued": Tuesday dates the statement, not the rescue', () => {
    const g = graphOf({
      id: 'r2', published: '2031-03-12',
      text: 'The army of Chad said on Tuesday it had rescued six engineers held by bandits in Niger.\n\nThe men are safe.',
    });
    const ev = events(g).find((e) => /release/i.test(e.label));
    expect(ev).toBeDefined();
    expect(ev!.date).toBeUndefined();
  });
});

describe('handovers and clause-bound dates', () => {
  it('soldiers named by a demonym hand a base to an army: both take part, dated by their own clause', () => {
    const g = graphOf({
      id: 'hand', published: '2031-06-01',
      text:
        'British troops left in March 2029, and the last Canadian soldiers handed the Kivalo Air Base to the Latvian Army in May 2030.\n\n' +
        'The base is now quiet.',
    });
    const ev = events(g).find((e) => /handover/i.test(e.label));
    expect(ev?.label).toMatch(/^Handover of Kivalo air base, 2030$/i);
    expect(ev?.date).toBe('2030-05');
    expect(linked(g, ev!, 'participates_in')).toEqual(expect.arrayContaining(['Canada']));
    expect(linked(g, ev!, 'target_of').map((l) => l.toLowerCase())).toEqual(['kivalo air base']);
  });

  it('a date closing the verb\'s own clause dates it past long phrases of place and manner', () => {
    const g = graphOf({
      id: 'long', published: '2031-03-12',
      text:
        'Malian special forces freed four aid workers in a dawn raid on a remote camp close to the border with Niger early on Monday.\n\n' +
        'The four were flown home.',
    });
    const ev = events(g).find((e) => /release/i.test(e.label));
    expect(ev?.date).toBe('2031-03-10');
  });
});

describe('elections', () => {
  it('"the election, which gave President X a second term": X takes part', () => {
    const g = graphOf({
      id: 'vote', published: '2031-08-14',
      text:
        'The opposition on Thursday rejected the results of last week\'s presidential election, which gave President Maria Okonjo a second term.\n\n' +
        'Protests are planned.',
    });
    const ev = events(g).find((e) => /election/i.test(e.label));
    expect(ev).toBeDefined();
    expect(linked(g, ev!, 'participates_in')).toEqual(['Maria Okonjo']);
  });
});

describe('object relatives', () => {
  it('"X, the capital of Y province, which the rebels captured": X was captured, not Y', () => {
    const g = graphOf({
      id: 'rel', published: '2031-09-02',
      text:
        'The deal lets the Brava Front keep the town of Lumbo, the capital of Sandor province, which the Brava Front captured in March 2030.\n\n' +
        'Talks will resume.',
    });
    const ev = events(g).find((e) => /capture/i.test(e.label));
    expect(ev?.label).toBe('Capture of Lumbo, 2030');
    expect(ev?.date).toBe('2030-03');
    expect(linked(g, ev!, 'participates_in')).toEqual(['Brava Front']);
  });
});

describe('a thing described first and named later', () => {
  it('"boarded a tanker" on a day, then "the tanker X was intercepted": one event, dated by the first', () => {
    const g = graphOf({
      id: 'later', published: '2031-10-08',
      text:
        'Fuel prices rose again this week.\n\n' +
        'Danish authorities on Monday boarded a tanker suspected of smuggling fuel.\n\n' +
        'The tanker, the Sea Falcon, was intercepted by the Royal Danish Navy off Skagen.\n\n' +
        'Its crew was questioned.',
    });
    const evs = events(g).filter((e) => /boarding|interception/i.test(e.label));
    expect(evs).toHaveLength(1);
    expect(evs[0].date).toBe('2031-10-06');
    expect(linked(g, evs[0], 'participates_in')).toContain('Royal Danish Navy');
    expect(linked(g, evs[0], 'target_of')).toEqual(['Sea Falcon']);
  });
});
