// Kinds of happening news reports often and the trigger table had no word for (a hijacking, a
// funeral, a court's verdict, a fire that is no wildfire), background told as a record's benchmark,
// welcomes and witnesses that are no talks, and dates a sentence gives in other words.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates';
import { eventWith, events, graphOf, linked } from './helpers';

const labels = (g: ReturnType<typeof graphOf>): string => events(g).map((e) => e.label).join('; ');

describe('hijackings', () => {
  it('a jet of a named airline hijacked is a hijacking of that airline', () => {
    const g = graphOf('COTONOU — Two men with pistols hijacked a Bluecrest Airways plane on Friday and made the crew divert to Parakou, police said.');
    const ev = eventWith(g, 'hijacked');
    expect(linked(g, ev, 'target_of')).toContain('Bluecrest Airways');
  });

  it('the noun names it too, and the place it ended is where', () => {
    const g = graphOf('The hijacking of a Lakeline Air jet came to an end at Mwanza airport on Sunday.');
    const ev = eventWith(g, 'hijacking');
    expect(linked(g, ev, 'target_of')).toContain('Lakeline Air');
  });

  it('a hijacking is an offence a charge names', () => {
    const g = graphOf('A court in Lusaka on Monday charged Mwila Banda with attempted hijacking.');
    const ev = eventWith(g, 'charged');
    expect(linked(g, ev, 'target_of')).toContain('Mwila Banda');
  });
});

describe('funerals', () => {
  it('"held a state funeral for X": the person buried, and the state holding it', () => {
    const g = graphOf('Zambia held a state funeral on Saturday for former president Mutale Chisanga, attended by leaders from 12 countries.');
    const ev = eventWith(g, 'funeral');
    expect(linked(g, ev, 'target_of')).toContain('Mutale Chisanga');
    expect(linked(g, ev, 'participates_in')).toContain('Zambia');
  });

  it('"the state funeral of X" on a day', () => {
    const g = graphOf('Hundreds queued outside the cathedral in Lusaka on Thursday for the state funeral of Bwalya Tembo, a former speaker.');
    expect(linked(g, eventWith(g, 'funeral'), 'target_of')).toContain('Bwalya Tembo');
  });

  it('a funeral home is no funeral', () => {
    const g = graphOf('The family of Nelia Parks said on Sunday that her body was moved to a funeral parlour in Kabwe.');
    expect(events(g).filter((e) => /funeral/i.test(e.label))).toEqual([]);
  });
});

describe("a court's verdict", () => {
  it('sentenced after a court found him guilty: one conviction, with the court', () => {
    const g = graphOf('A retired major, Lev Aronin, was sentenced to nine years on Thursday after the Tartu County Court found him guilty of treason.');
    const ev = eventWith(g, 'sentenced');
    expect(linked(g, ev, 'target_of')).toContain('Lev Aronin');
    expect(linked(g, ev, 'participates_in')).toContain('Tartu County Court');
  });

  it('"the court convicted X of fraud"', () => {
    const g = graphOf('The High Court of Kenya convicted Otieno Kamau of bribery on Wednesday.');
    expect(linked(g, eventWith(g, 'convicted'), 'target_of')).toContain('Otieno Kamau');
  });

  it('"if convicted" names no verdict', () => {
    const g = graphOf('Petra Lind faces six years in jail if convicted.');
    expect(events(g)).toEqual([]);
  });
});

describe('fires that are no wildfires', () => {
  it('a fire that broke out somewhere on a day is a fire there', () => {
    const g = graphOf('A fire broke out in Limpopo province on Thursday, the authorities said.');
    const ev = eventWith(g, 'fire');
    expect(linked(g, ev, 'located_in')).toContain('Limpopo');
  });

  it('forest fires growing in a region, read as a noun after a common noun', () => {
    const g = graphOf('South Africa flew water tankers to Namibia on Friday as forest fires in Kunene region grew overnight.');
    expect(linked(g, eventWith(g, 'fires'), 'located_in')).toContain('Kunene');
  });

  it('"the fires" started elsewhere: the same fire, with no second node', () => {
    const g = graphOf({
      id: 'brush',
      published: '2031-09-03',
      text: 'Brush fires in Kunene region burned 4,000 hectares on Monday, the police said.\n\nThe fires started in mid-August near Opuwo and Sesfontein.',
    });
    expect(events(g).filter((e) => /fire/i.test(e.label)).map((e) => e.label)).toEqual(['Fire in Kunene']);
  });

  it('gunfire and fire crews are no fire', () => {
    const g = graphOf('Police opened fire on protesters in Niamey on Friday. Fire engines reached the depot on Saturday.');
    expect(events(g).filter((e) => /^fire/i.test(e.label))).toEqual([]);
  });

  it('a past fire a record is measured against is background', () => {
    const g = graphOf({
      id: 'rig',
      published: '2031-10-13',
      text: 'A fire broke out in Limpopo province on Friday, killing six miners. It was the worst disaster at a mine since 2009, when a fire at the Belwood shaft killed 40 men.',
    });
    expect(events(g).map((e) => e.label)).toEqual(['Fire in Limpopo']);
  });
});

describe('armed strikes', () => {
  it('in a story of missiles striking, "the strike" is that blow, not a stoppage of work', () => {
    const g = graphOf({
      id: 'depot',
      published: '2031-05-08',
      text:
        'Missiles struck the Orlen Tarn oil terminal near Odesa late on Sunday, local officials said.\n\n' +
        'A day after the strike, bombers hit a bridge in the region.\n\n' +
        'The strike follows new sanctions that the United Kingdom, in April, imposed on the terminal owner.\n\n' +
        'Such strikes near Odesa have grown rare since 2029.',
    });
    expect(events(g).filter((e) => /^strike/i.test(e.label))).toEqual([]);
  });

  it('"launched rockets at X" is an attack on X by the launcher', () => {
    const g = graphOf('The Valdor Liberation Front claimed it launched four rockets at the Pirsa power plant before dawn.');
    const ev = eventWith(g, 'launched');
    expect(linked(g, ev, 'participates_in')).toContain('Valdor Liberation Front');
  });
});

describe('no talks', () => {
  it('a traveller met at the airport by a minister is welcomed, not in talks', () => {
    const g = graphOf('The captain, Ruth Elmqvist, landed the jet safely on Friday and was met at Bergen Airport by Defence Minister Tor Haaland.');
    expect(events(g).filter((e) => /talks|meeting/i.test(e.label))).toEqual([]);
  });

  it('witnesses in a "with ... serving as" aside and the host are no parties to talks', () => {
    const g = graphOf('The accord was signed in Doha in June after two years of talks hosted by Norway, with Brazil and Kenya serving as witnesses.');
    const talks = events(g).filter((e) => /talks/i.test(e.label));
    expect(talks.map((e) => e.label), labels(g)).toEqual(['Talks hosted by Norway']);
    expect(linked(g, talks[0], 'participates_in')).toEqual([]);
    expect(linked(g, talks[0], 'hosted')).toEqual(['Norway']);
  });
});

describe('dates the sentence gives in other words', () => {
  it('"in March of last year" is March of the year before publication, not this one', () => {
    const [d] = findDates('The plant closed in March of last year for repairs.', '2031-10-20');
    expect(d.date).toBe('2030-03');
  });

  it('"would" and "the next session in November" look ahead', () => {
    const d = findDates('The envoy said her country would table the plan at the next session in November.', '2031-10-02');
    expect(d.map((x) => x.date)).toEqual(['2031-11']);
  });
});

describe('surrenders', () => {
  it('"X surrendered to the police": X gives up, the police take part', () => {
    const g = graphOf('Jonas Pereira surrendered to the Federal Police of Brazil in Manaus on Saturday, his lawyer said.');
    const ev = eventWith(g, 'surrendered');
    expect(linked(g, ev, 'participates_in')).toEqual(['Federal Police of Brazil', 'Jonas Pereira']);
  });

  it('"gave himself up" is a surrender too', () => {
    const g = graphOf('Dmitri Sokol gave himself up to border guards near Valga on Sunday night.');
    expect(linked(g, eventWith(g, 'gave'), 'participates_in')).toContain('Dmitri Sokol');
  });

  it('the body named in the clause before ", and the gunmen surrendered" did not surrender', () => {
    const g = graphOf('By noon the farm was encircled by officers of the Nauru Police Force, and the gunmen surrendered.');
    expect(events(g).filter((e) => /surrender/i.test(e.label))).toEqual([]);
  });
});

describe("a state's craft sent to a disaster", () => {
  it('"X sent the salvage ship ... from Y" in a story of a blaze: aid from X', () => {
    const g = graphOf('A blaze gutted the Sorvik refinery on Tuesday. Norway sent the salvage ship Havbris from the port of Bergen on Wednesday.');
    const ev = eventWith(g, 'sent');
    expect(linked(g, ev, 'participates_in')).toEqual(['Norway']);
  });

  it('craft named by a demonym before the participle that sent them: that state sent them', () => {
    const g = graphOf('Wildfires raged near Larnaca on Monday. Three Greek helicopters, sent at the request of the Cypriot government, landed at Paphos.');
    expect(linked(g, eventWith(g, 'sent'), 'participates_in')).toEqual(['Greece']);
  });

  it('"is sending" is active: the state sends, nothing is done to it', () => {
    const g = graphOf('Wildfires raged near Larnaca on Monday. Malta is sending two army helicopters, its prime minister said.');
    const ev = eventWith(g, 'sending');
    expect(linked(g, ev, 'participates_in')).toEqual(['Malta']);
    expect(linked(g, ev, 'target_of')).toEqual([]);
  });

  it('outside a story of a disaster, craft sent are no aid', () => {
    const g = graphOf('Nepal sent three helicopters to Bhutan on Friday, its army said.');
    expect(events(g).filter((e) => /^aid/i.test(e.label))).toEqual([]);
  });

  it('a place past "as" and another event word is that event\'s, and a precedent "last sent ... in 2019" is none', () => {
    const g = graphOf({
      id: 'brush',
      published: '2031-09-03',
      text: 'Italy sent two firefighting planes to Albania on Friday as forest fires in Vlore county grew.\n\nItaly last sent planes to help with fires in Tunisia in 2019.',
    });
    const ev = eventWith(g, 'sent');
    expect(linked(g, ev, 'located_in')).toEqual(['Albania']);
    expect(events(g).filter((e) => /aid/i.test(e.label))).toHaveLength(1);
  });

  it('in a story of a search at sea, the craft a state sends are its part in the search', () => {
    const g = graphOf('A ferry sank off Cebu on Monday and rescuers searched the water for survivors. Taiwan sent three patrol boats on Tuesday.');
    expect(events(g).filter((e) => /^aid/i.test(e.label))).toEqual([]);
    expect(linked(g, eventWith(g, 'sent'), 'participates_in')).toContain('Taiwan');
  });
});

describe('who did it', () => {
  it('"X never saw the mediator, who flew to Y": the mediator flew, not X', () => {
    const g = graphOf('Governor Ines Barra never saw the AU mediator, who flew to Dakar on Sunday to calm the dispute.');
    expect(events(g).filter((e) => /visit/i.test(e.label))).toEqual([]);
  });

  it('a name before ", who flew to Y" did fly there', () => {
    const g = graphOf('Trade Minister Pavel Orsk, who flew to Gdansk on Thursday, said talks would resume.');
    expect(linked(g, eventWith(g, 'flew'), 'participates_in')).toEqual(['Pavel Orsk']);
  });
});

describe('words of weapons and campaigns', () => {
  it('"assault rifles" gone from an armoury in a city are no attack there', () => {
    const g = graphOf('Inspectors said on Friday that 90 assault rifles had vanished from an armoury in Kaunas.');
    expect(events(g).filter((e) => /attack/i.test(e.label))).toEqual([]);
  });

  it('"bombing raids on X" launched from a carrier over time are a campaign, no one attack', () => {
    const g = graphOf('The navy has launched many of its bombing raids on Darnah from the Tarvel carrier, analysts say.');
    expect(events(g).filter((e) => /attack/i.test(e.label))).toEqual([]);
  });

  it('an assault on a town is still one', () => {
    const g = graphOf('Militants mounted an assault on Bunia on Friday, killing seven police officers.');
    expect(events(g).some((e) => /attack/i.test(e.label))).toBe(true);
  });
});

describe('an event held within a dated one', () => {
  it('"met X during the funeral" takes the funeral\'s day', () => {
    const g = graphOf({
      id: 'samoa',
      published: '2031-09-12',
      text:
        'APIA — Mourners filled the cathedral on Thursday for the state funeral of Lemalu Fonoti, a former head of state.\n\n' +
        'Marta Quill met Foreign Minister Anesi Toala briefly during the funeral and pledged money for a new clinic.',
    });
    expect(eventWith(g, 'met').date).toBe('2031-09-11');
    expect(events(g).filter((e) => /funeral/i.test(e.label))).toHaveLength(1);
  });

  it('"held talks with Y on the margins of the burial", in other words', () => {
    const g = graphOf({
      id: 'accra',
      published: '2031-05-08',
      text:
        'Zambia held a state funeral on Wednesday for former president Mutale Chisanga, attended by leaders from 12 countries.\n\n' +
        'Edith Nkuba held talks with Omari Salum on the margins of the burial.',
    });
    expect(eventWith(g, 'talks').date).toBe('2031-05-07');
  });
});

describe('avalanches', () => {
  it('an avalanche below a named peak is a disaster there', () => {
    const g = graphOf('Mountain guides on Friday found four skiers buried below Mount Orrin after an avalanche that killed two people, police said.');
    expect(linked(g, eventWith(g, 'avalanche'), 'located_in')).toContain('Mount Orrin');
  });

  it('"avalanches cut off hamlets in X" on a day', () => {
    const g = graphOf('Avalanches cut off three hamlets in Tyrol on Saturday, killing five people, rescuers said.');
    expect(linked(g, eventWith(g, 'avalanches'), 'located_in')).toContain('Tyrol');
  });
});

describe('a purchase approved', () => {
  it('"Congress approved the purchase of radars" is an approval by it', () => {
    const g = graphOf('LIMA — Peru\'s Congress approved on Tuesday the purchase of six coastal radars from Israel.');
    expect(linked(g, eventWith(g, 'approved'), 'participates_in')).toContain('Congress');
  });

  it('"the senate ratified the sale", in other words', () => {
    const g = graphOf('The Senate of Bolivia on Friday ratified the sale of a training ship to Paraguay.');
    expect(linked(g, eventWith(g, 'ratified'), 'participates_in')).toContain('Senate of Bolivia');
  });
});

describe('extradition requests', () => {
  it('"X asked Y to hand over a businessman": a request by X made to Y', () => {
    const g = graphOf('KAMPALA — Uganda asked Rwanda on Friday to hand over a businessman wanted for fraud.');
    const ev = eventWith(g, 'asked');
    expect(linked(g, ev, 'participates_in')).toEqual(['Uganda']);
    expect(linked(g, ev, 'target_of')).toEqual(['Rwanda']);
  });

  it('"asked Y to extradite" in other words', () => {
    const g = graphOf('Peru requested on Monday that Bolivia extradite a former mayor.');
    expect(linked(g, eventWith(g, 'requested'), 'participates_in')).toEqual(['Peru']);
  });

  it('a judge asking a bank to hand over its records is none', () => {
    const g = graphOf('Judge Lena Vogt asked the bank on Thursday to hand over its records.');
    expect(events(g)).toEqual([]);
  });
});

describe("a disaster's date", () => {
  it('is its onset ("the fires began in late August"), not the day the story first names it', () => {
    const g = graphOf({
      id: 'brush2',
      published: '2031-09-03',
      text: 'Brush fires in Kunene region burned 4,000 hectares on Monday, the police said.\n\nThe fires began in late August near Opuwo.',
    });
    expect(eventWith(g, 'fires').date).toBe('2031-08');
  });

  it('"the quake struck on Monday" dates a quake told on Wednesday', () => {
    const g = graphOf({
      id: 'quake',
      published: '2031-03-12',
      text: 'Soldiers dug three people out of the ruins of the earthquake in Jujuy province on Wednesday. The earthquake struck on Monday night, the governor said.',
    });
    expect(eventWith(g, 'earthquake').date).toBe('2031-03-10');
  });
});
