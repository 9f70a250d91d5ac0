// Common news events read by their kind, whatever the story: vessels sinking, rivers bursting their
// banks, envoys summoned, people rescued, courts petitioned, aircraft intercepted, national votes.
// Short texts written for each rule, in several wordings, with the look-alikes that are no event.
import { describe, expect, it } from 'vitest';
import { eventWith, events, graphOf, linked } from './helpers';

const at = (id: string, text: string) => graphOf({ id, text, published: '2031-05-09' });

describe('disasters: sinkings and floods', () => {
  it('a vessel that capsized, sank or overturned is an event placed where it went down', () => {
    const a = at('s1', 'A fishing boat carrying 30 migrants sank off the coast of Libya on Tuesday, Italian officials said.');
    expect(linked(a, eventWith(a, 'sank'), 'located_in')).toEqual(['Libya']);
    const b = at('s2', 'The ferry capsized in the Sulu Sea on Friday, the coast guard said.');
    expect(linked(b, eventWith(b, 'capsized'), 'located_in')).toEqual(['Sulu Sea']);
    const c = at('s3', 'A cargo ship overturned off Sri Lanka on 3 May, according to the navy.');
    const ev = eventWith(c, 'overturned');
    expect(linked(c, ev, 'located_in')).toEqual(['Sri Lanka']);
    expect(ev.date).toBe('2031-05-03');
  });

  it('shares that sank and a verdict overturned are no sinking', () => {
    expect(events(at('s4', 'Shares sank on Tuesday in London. The court in Paris overturned the verdict on Monday.'))).toEqual([]);
  });

  it('a river or a dam bursting its banks is a flood', () => {
    const a = at('f1', 'The Indus burst its banks in northern Pakistan on Monday, forcing thousands to flee.');
    expect(linked(a, eventWith(a, 'burst'), 'located_in')).toEqual(['Pakistan']);
    const b = at('f2', 'The river overflowed its banks in Bangladesh last week after days of rain.');
    expect(linked(b, eventWith(b, 'overflowed'), 'located_in')).toEqual(['Bangladesh']);
    const c = at('f3', 'A dam above the town of Derna in Libya burst on 10 September.');
    expect(eventWith(c, 'burst').date).toBe('2031-09-10');
  });
});

describe('diplomatic: summonses', () => {
  it('an envoy summoned is what the summons was aimed at, in every wording', () => {
    const a = at('m1', 'The Polish foreign ministry summoned the Russian ambassador, Sergei Andreev, on Tuesday.');
    expect(linked(a, eventWith(a, 'summoned'), 'target_of')).toEqual(['Sergei Andreev']);
    const b = at('m2', "Germany summoned China's envoy, Wu Ken, in Berlin on 4 March.");
    const ev = eventWith(b, 'summoned');
    expect(linked(b, ev, 'participates_in')).toEqual(['Germany']);
    expect(linked(b, ev, 'target_of')).toContain('Wu Ken');
    expect(ev.date).toBe('2031-03-04');
    const c = at('m3', "On Friday the ministry in Warsaw summoned Belarus's charge d'affaires, Ivan Petrov, over the border incident.");
    const ev3 = eventWith(c, 'summoned');
    expect(linked(c, ev3, 'located_in')).toEqual(['Warsaw']);
    expect(ev3.date).toBe('2031-05-09');
  });

  it('witnesses summoned by a court and a note of protest are no summons or protest', () => {
    expect(events(at('m4', 'The court summoned three witnesses in Warsaw on Friday.'))).toEqual([]);
    expect(events(at('m5', 'On Monday officials in Vilnius handed the envoy a note of protest.'))).toEqual([]);
  });
});

describe('humanitarian: rescues', () => {
  it('people rescued or searched for are a rescue, placed where it happened', () => {
    const a = at('r1', 'The Greek coast guard rescued 40 passengers off Crete on Sunday.');
    expect(linked(a, eventWith(a, 'rescued'), 'located_in')).toEqual(['Crete']);
    const b = at('r2', 'Soldiers of the Indian Army rescued 15 villagers from rooftops in Assam on Monday.');
    expect(linked(b, eventWith(b, 'rescued'), 'participates_in')).toEqual(['Indian Army']);
    const c = at('r3', 'On Tuesday, Turkish rescue teams searched the rubble in Antakya for survivors.');
    const ev = eventWith(c, 'searched');
    expect(linked(c, ev, 'located_in')).toEqual(['Antakya']);
    expect(linked(c, ev, 'participates_in')).toEqual(['Turkey']);
    const d = at('r6', 'Police and Indonesian navy ships searched the sea near Bali for survivors.');
    expect(linked(d, eventWith(d, 'searched'), 'participates_in')).toEqual(['Indonesia']);
  });

  it('craft or teams sent "to help evacuate" or "to help search" put their sender in the rescue', () => {
    const a = at('r7', 'Japan dispatched two C-130 transport planes to Manila on Friday to help evacuate stranded residents.');
    expect(linked(a, eventWith(a, 'evacuate'), 'participates_in')).toEqual(['Japan']);
    const b = at('r8', 'On Monday, Canada sent a team of divers to help search for the missing crew.');
    const ev = eventWith(b, 'search');
    expect(linked(b, ev, 'participates_in')).toEqual(['Canada']);
    expect(ev.date).toBe('2031-05-05');
    const c = at('r9', 'Soldiers of the Indian Army rescued 15 villagers in Assam. India also sent helicopters on Tuesday to help evacuate trekkers.');
    expect(events(c).filter((e) => /rescue/i.test(e.label))).toHaveLength(1);
  });

  it('help offered, planned or promised is no rescue done', () => {
    expect(events(at('r10', 'Italy offered to help search for the missing. The minister plans to help evacuate Gaza.'))).toEqual([]);
    expect(events(at('r11', 'Spain will send troops to help evacuate civilians from Kabul.'))).toEqual([]);
  });

  it('a bank rescued, a house searched and rescue teams sent are no rescue event', () => {
    expect(events(at('r4', 'The central bank rescued the lender in London in 2008. Police searched the house in Leeds.'))).toEqual([]);
    expect(events(at('r5', 'Greece and Germany sent search and rescue teams to Izmir.'))).toEqual([]);
  });
});

describe('legal and political: petitions and votes', () => {
  it('a court asked or petitioned takes part in the petition', () => {
    const a = at('p1', "Kenya's opposition on Tuesday asked the Supreme Court to nullify the vote.");
    const ev = eventWith(a, 'asked');
    expect(linked(a, ev, 'participates_in')).toEqual(['Supreme Court']);
    expect(linked(a, ev, 'located_in')).toEqual(['Kenya']);
    const b = at('p2', 'The Democratic Alliance petitioned the Constitutional Court in Pretoria on Monday.');
    expect(linked(b, eventWith(b, 'petitioned'), 'participates_in')).toEqual(['Constitutional Court', 'Democratic Alliance']);
    const c = at('p3', 'A petition was filed with the High Court in Nairobi by the Law Society of Kenya.');
    expect(linked(c, eventWith(c, 'petition'), 'located_in')).toEqual(['Nairobi']);
  });

  it('a minister asked to resign and an online petition are no petition to a court', () => {
    expect(events(at('p4', 'She asked the minister to resign in Nairobi. Thousands in Kenya signed an online petition.'))).toEqual([]);
  });

  it("a national vote with no place of its own is held in the dateline's state", () => {
    const g = at('e1', "NAIROBI — The opposition asked the court to annul last week's presidential election. Kenya's electoral commission rejected the claim.");
    expect(linked(g, eventWith(g, 'election'), 'located_in')).toEqual(['Kenya']);
  });
});

describe('military: interceptions', () => {
  it('aircraft and vessels named by demonyms stand for their states on either side', () => {
    const a = at('i1', 'Two British Typhoon jets intercepted a Russian bomber over the North Sea on Friday.');
    const ev = eventWith(a, 'intercepted');
    expect(linked(a, ev, 'participates_in')).toEqual(['United Kingdom']);
    expect(ev.label).toBe('Interception of a Russian bomber');
    expect(linked(a, ev, 'target_of')).toEqual(['Russia']);
    const b = at('i2', 'A Chinese fishing vessel was intercepted by Argentine coastguard ships on 2 May.');
    const ev2 = eventWith(b, 'intercepted');
    expect(linked(b, ev2, 'participates_in')).toEqual(['Argentina']);
    expect(linked(b, ev2, 'target_of')).toEqual(['China']);
    const c = at('i3', 'A Russian drone was intercepted by Polish fighter jets over Lublin on Sunday.');
    expect(linked(c, eventWith(c, 'intercepted'), 'participates_in')).toEqual(['Poland']);
  });

  it('a speaker in one place is not where the talks he speaks of were held', () => {
    const g = at('t1', 'A diplomat in Cairo, who asked not to be named, said Egypt had been kept informed throughout the Geneva talks.');
    expect(events(g).filter((e) => /talks/i.test(e.label))).toEqual([]);
  });
});

describe('diplomatic: hosts and mediators', () => {
  it('"at a ceremony hosted by X", "brokered by Y", "mediated by A and B": the host or mediators, typed', () => {
    const a = at('h1', 'The treaty was signed by Armenia and Azerbaijan in Washington on Friday at a ceremony hosted by President Donald Trump.');
    const ev = eventWith(a, 'signed');
    expect(linked(a, ev, 'participates_in')).toEqual(['Armenia', 'Azerbaijan']);
    expect(linked(a, ev, 'hosted')).toEqual(['Donald Trump']);
    const b = at('h2', 'Rwanda and Congo signed a peace deal on 27 June, brokered by Qatar.');
    expect(linked(b, eventWith(b, 'signed'), 'mediated')).toEqual(['Qatar']);
    const c = at('h3', 'The ceasefire between Israel and Lebanon, mediated by Egypt and Qatar, took effect on Sunday.');
    expect(linked(c, eventWith(c, 'ceasefire'), 'mediated')).toEqual(['Egypt', 'Qatar']);
  });

  it('"X mediated talks between the two countries": the mediator and the pair the story is about take part', () => {
    const g = at('h4', 'Kenya and Somalia met in Nairobi. Kenya and Somalia disagree. Turkey mediated three rounds of talks between the two countries in Ankara last month.');
    const talks = events(g).find((e) => e.aliases.includes('talks'));
    expect(talks, events(g).map((e) => e.label).join('; ')).toBeDefined();
    expect(linked(g, talks!, 'participates_in')).toEqual(expect.arrayContaining(['Turkey']));
  });
});

describe('riots and unrest: who set it off', () => {
  it('"<event> began when X <verb>": the subject of the onset clause takes part', () => {
    const a = at('o1', 'The clashes began on Friday when supporters of the Patriotic Front attacked a rally in Lusaka.');
    expect(linked(a, eventWith(a, 'clashes'), 'participates_in')).toEqual(['Patriotic Front']);
    const b = at('o2', 'The protest started on Monday when members of the National Teachers Union marched to parliament in Nairobi.');
    expect(linked(b, eventWith(b, 'protest'), 'participates_in')).toEqual(['National Teachers Union']);
  });

  it('a riot with nobody named who set it off, and riot police, make no event', () => {
    expect(events(at('o3', 'The riot began when guards searched the cells.'))).toEqual([]);
    expect(events(at('o4', 'Riot police guarded the ministry in Quito on Monday.'))).toEqual([]);
  });
});
