// Kinds of happening news reports often and the trigger table had no word for (a hijacking, a
// funeral, a court's verdict, a fire that is no wildfire), background told as a record's benchmark,
// welcomes and guarantors that are no talks, and dates a sentence gives in other words.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates';
import { eventWith, events, graphOf, linked } from './helpers';

const labels = (g: ReturnType<typeof graphOf>): string => events(g).map((e) => e.label).join('; ');

describe('hijackings', () => {
  it('a jet of a named airline hijacked is a hijacking of that airline', () => {
    const g = graphOf('LOME — A man armed with a knife hijacked a Sahel Wings Airlines jet on Monday and forced it to land at Kara air base, officials said.');
    const ev = eventWith(g, 'hijacked');
    expect(linked(g, ev, 'target_of')).toContain('Sahel Wings Airlines');
  });

  it('the noun names it too, and the place it ended is where', () => {
    const g = graphOf('The hijacking of a Kivu Air plane ended at Goma airport on Tuesday when the two men surrendered.');
    const ev = eventWith(g, 'hijacking');
    expect(linked(g, ev, 'target_of')).toContain('Kivu Air');
  });

  it('a hijacking is an offence a charge names', () => {
    const g = graphOf('Prosecutors in Accra charged Kwame Dodoo on Thursday with hijacking and unlawful detention.');
    const ev = eventWith(g, 'charged');
    expect(linked(g, ev, 'target_of')).toContain('Kwame Dodoo');
  });
});

describe('funerals', () => {
  it('"held a state funeral for X": the person buried, and the state holding it', () => {
    const g = graphOf('Ghana held a state funeral on Tuesday for former president Yaw Ofori, with envoys from 20 countries.');
    const ev = eventWith(g, 'funeral');
    expect(linked(g, ev, 'target_of')).toContain('Yaw Ofori');
    expect(linked(g, ev, 'participates_in')).toContain('Ghana');
  });

  it('"the state funeral of X" on a day', () => {
    const g = graphOf('Thousands lined the streets of Accra on Friday for the state funeral of Kwesi Amankwa, the former prime minister who died last week.');
    expect(linked(g, eventWith(g, 'funeral'), 'target_of')).toContain('Kwesi Amankwa');
  });

  it('a funeral home is no funeral', () => {
    const g = graphOf('Police said on Monday that the body of Ama Serwaa had been taken to a funeral home in Kumasi.');
    expect(events(g).filter((e) => /funeral/i.test(e.label))).toEqual([]);
  });
});

describe("a court's verdict", () => {
  it('sentenced after a court found him guilty: one conviction, with the court', () => {
    const g = graphOf('A former colonel, Giorgi Beridze, was sentenced to 12 years in prison on Monday after the Kutaisi City Court found him guilty of espionage.');
    const ev = eventWith(g, 'sentenced');
    expect(linked(g, ev, 'target_of')).toContain('Giorgi Beridze');
    expect(linked(g, ev, 'participates_in')).toContain('Kutaisi City Court');
  });

  it('"the court convicted X of fraud"', () => {
    const g = graphOf('The Supreme Court of Ghana convicted Ama Boateng of fraud on Friday.');
    expect(linked(g, eventWith(g, 'convicted'), 'target_of')).toContain('Ama Boateng');
  });

  it('"if convicted" names no verdict', () => {
    const g = graphOf('Kofi Addo faces ten years in prison if convicted.');
    expect(events(g)).toEqual([]);
  });
});

describe('fires that are no wildfires', () => {
  it('a fire that broke out somewhere on a day is a fire there', () => {
    const g = graphOf('A fire broke out on Sunday in Jambi province, officials said.');
    const ev = eventWith(g, 'fire');
    expect(linked(g, ev, 'located_in')).toContain('Jambi');
  });

  it('peat fires spreading in a province, read as a noun after a common noun', () => {
    const g = graphOf('Singapore sent firefighting aircraft to Indonesia on Wednesday as peatland fires in Jambi province spread across more than 12,000 hectares.');
    expect(linked(g, eventWith(g, 'fires'), 'located_in')).toContain('Jambi');
  });

  it('"the fires" broke out elsewhere: the same fire, with no second node', () => {
    const g = graphOf({
      id: 'haze',
      published: '2031-09-03',
      text: 'Peatland fires in Jambi province spread across 9,000 hectares on Tuesday, officials said.\n\nThe fires broke out in late August in Muaro and Tebo regencies.',
    });
    expect(events(g).filter((e) => /fire/i.test(e.label)).map((e) => e.label)).toEqual(['Fire in Jambi']);
  });

  it('gunfire and fire crews are no fire', () => {
    const g = graphOf('Troops opened fire on the crowd in Bamako on Monday. Fire crews were sent to the market on Tuesday.');
    expect(events(g).filter((e) => /^fire/i.test(e.label))).toEqual([]);
  });

  it('a past fire a record is measured against is background', () => {
    const g = graphOf({
      id: 'rig',
      published: '2031-10-13',
      text: 'A fire broke out on Sunday in Mangystau province, killing nine workers. The accident is the deadliest in the region since 2015, when a fire on the Qaraton field killed 32 workers.',
    });
    expect(events(g).map((e) => e.label)).toEqual(['Fire in Mangystau']);
  });
});

describe('armed strikes', () => {
  it('in a story of drones striking, "the strike" is that blow, not a stoppage of work', () => {
    const g = graphOf({
      id: 'depot',
      published: '2031-05-08',
      text:
        'Armed drones struck the Kyaukse fuel depot near Mandalay early on Thursday, residents said.\n\n' +
        'Hours after the strike, jets bombed two villages in the region.\n\n' +
        'The strike comes weeks after the European Union, in March, imposed sanctions on the depot operator.\n\n' +
        'Rebels have used cheap drones since 2023, but strikes near Mandalay remain rare.',
    });
    expect(events(g).filter((e) => /^strike/i.test(e.label))).toEqual([]);
  });

  it('"launched drones at X" is an attack on X by the launcher', () => {
    const g = graphOf('The Kachin Freedom Army said it had launched six drones at the Mawlamyine refinery shortly after 3 a.m.');
    const ev = eventWith(g, 'launched');
    expect(linked(g, ev, 'participates_in')).toContain('Kachin Freedom Army');
  });
});

describe('no talks', () => {
  it('a traveller met at the airport by a minister is welcomed, not in talks', () => {
    const g = graphOf('The pilot, Capt. Omar Farah Duale, flew the aircraft back on Wednesday and was met at Hargeisa Airport by Transport Minister Ali Hassan Warsame.');
    expect(events(g).filter((e) => /talks|meeting/i.test(e.label))).toEqual([]);
  });

  it('guarantors in a "with ... acting as" aside and the host are no parties to talks', () => {
    const g = graphOf('The truce was signed in Lima in March after 14 months of talks hosted by Chile, with Sweden and Mexico acting as guarantors.');
    const talks = events(g).filter((e) => /talks/i.test(e.label));
    expect(talks.map((e) => e.label), labels(g)).toEqual(['Talks hosted by Chile']);
    expect(linked(g, talks[0], 'participates_in')).toEqual([]);
    expect(linked(g, talks[0], 'hosted')).toEqual(['Chile']);
  });
});

describe('dates the sentence gives in other words', () => {
  it('"in February of last year" is February of the year before publication', () => {
    const [d] = findDates('Agents arrested him in February of last year at the border.', '2031-10-06');
    expect(d.date).toBe('2030-02');
  });

  it('"said it would raise it at the next round in September" looks ahead', () => {
    const d = findDates('The commissioner said the government would raise it at the next round of talks in September.', '2031-08-12');
    expect(d.map((x) => x.date)).toEqual(['2031-09']);
  });
});

describe('surrenders', () => {
  it('"X surrendered to the police": X gives up, the police take part', () => {
    const g = graphOf('The standoff ended at dawn on Wednesday when Kofi Mensavi surrendered to the Ghana Police Service.');
    const ev = eventWith(g, 'surrendered');
    expect(linked(g, ev, 'participates_in')).toEqual(['Ghana Police Service', 'Kofi Mensavi']);
  });

  it('"gave himself up" is a surrender too', () => {
    const g = graphOf('After nine hours of talks, Yaw Kumah gave himself up to soldiers at Tamale airport on Tuesday.');
    expect(linked(g, eventWith(g, 'gave'), 'participates_in')).toContain('Yaw Kumah');
  });

  it('the body named in the clause before ", and the men surrendered" did not surrender', () => {
    const g = graphOf('Within two hours the building was surrounded by troops of the Kiribati Defence Force, and the men surrendered without a shot being fired.');
    expect(events(g).filter((e) => /surrender/i.test(e.label))).toEqual([]);
  });
});

describe("a state's craft sent to a disaster", () => {
  it('"X sent the rescue vessel ... from Y" in a story of a blaze: aid from X', () => {
    const g = graphOf('A blaze engulfed the Tolkyn-2 rig on Sunday. Kazakhstan sent the rescue vessel Altyn Tolkyn from the port of Aktau on Monday.');
    const ev = eventWith(g, 'sent');
    expect(linked(g, ev, 'participates_in')).toEqual(['Kazakhstan']);
  });

  it('craft named by a demonym before the participle that sent them: that state sent them', () => {
    const g = graphOf('Wildfires spread near Patras on Friday. The two Croatian aircraft, sent under the EU Civil Protection Mechanism, are flying from Araxos Air Base near Patras.');
    expect(linked(g, eventWith(g, 'sent'), 'participates_in')).toEqual(['Croatia']);
  });

  it('"is sending" is active: the state sends, nothing is done to it', () => {
    const g = graphOf('Wildfires spread near Patras on Friday. Montenegro is sending a police helicopter, its interior minister said.');
    const ev = eventWith(g, 'sending');
    expect(linked(g, ev, 'participates_in')).toEqual(['Montenegro']);
    expect(linked(g, ev, 'target_of')).toEqual([]);
  });

  it('outside a story of a disaster, craft sent are no aid', () => {
    const g = graphOf('Chad sent two helicopters to Niger on Monday, officials said.');
    expect(events(g).filter((e) => /^aid/i.test(e.label))).toEqual([]);
  });

  it('a place past "as" and another event word is that event\'s, and a precedent "last sent ... in 2015" is none', () => {
    const g = graphOf({
      id: 'haze',
      published: '2031-09-03',
      text: 'Vietnam sent firefighting aircraft to Thailand on Wednesday as peatland fires in Chiang Rai province spread.\n\nVietnam last sent aircraft to fight fires in Yunnan in 2015.',
    });
    const ev = eventWith(g, 'sent');
    expect(linked(g, ev, 'located_in')).toEqual(['Thailand']);
    expect(events(g).filter((e) => /aid/i.test(e.label))).toHaveLength(1);
  });

  it('in a story of a search at sea, the craft a state sends are its part in the search', () => {
    const g = graphOf('A ferry capsized off Koh Tao on Saturday and rescuers searched the sea for survivors. Malaysia sent two patrol boats on Sunday.');
    expect(events(g).filter((e) => /^aid/i.test(e.label))).toEqual([]);
    expect(linked(g, eventWith(g, 'sent'), 'participates_in')).toContain('Malaysia');
  });
});

describe('who did it', () => {
  it('"X did not meet the envoy, who flew to Y": the envoy flew, not X', () => {
    const g = graphOf('Mahamat Deby did not meet the UN special envoy, who flew to Abuja earlier this week in an attempt to defuse the row.');
    expect(events(g).filter((e) => /visit/i.test(e.label))).toEqual([]);
  });

  it('a name before ", who flew to Y" did fly there', () => {
    const g = graphOf('Energy Minister Elchin Aliyev, who flew to Lankaran on Monday, said a commission would investigate the cause.');
    expect(linked(g, eventWith(g, 'flew'), 'participates_in')).toEqual(['Elchin Aliyev']);
  });
});

describe('words of weapons and campaigns', () => {
  it('"assault rifles" missing from barracks near a town are no attack there', () => {
    const g = graphOf('An audit found on Monday that 312 assault rifles were missing from the Rovine barracks near Pljevlja, officials said.');
    expect(events(g).filter((e) => /attack/i.test(e.label))).toEqual([]);
  });

  it('"bombing raids on X" flown from a base over the years are a campaign, no one attack', () => {
    const g = graphOf('The air force has flown most of its bombing raids on Kordofan from the Merowe base, according to monitors.');
    expect(events(g).filter((e) => /attack/i.test(e.label))).toEqual([]);
  });

  it('an assault on a town is still one', () => {
    const g = graphOf('Rebels launched an assault on Kindu on Tuesday, killing 12 soldiers.');
    expect(events(g).some((e) => /attack/i.test(e.label))).toBe(true);
  });
});

describe('an event held within a dated one', () => {
  it('"met X on the sidelines of the funeral" takes the funeral\'s day', () => {
    const g = graphOf({
      id: 'tonga',
      published: '2031-09-12',
      text:
        "NUKU'ALOFA — Thousands of mourners lined the streets on Friday for the state funeral of Sione Tupou, the former prime minister.\n\n" +
        'Rebecca Hollis met Prime Minister Tevita Vaipulu on the sidelines of the funeral and announced A$15 million for the wharf.',
    });
    expect(eventWith(g, 'met').date).toBe('2031-09-12');
    expect(events(g).filter((e) => /funeral/i.test(e.label))).toHaveLength(1);
  });

  it('"held talks with Y on the margins of the funeral", in other words', () => {
    const g = graphOf({
      id: 'accra',
      published: '2031-05-08',
      text:
        'Ghana held a state funeral on Wednesday for former president Kofi Annan Boateng, with envoys from 30 countries.\n\n' +
        'Hakainde Mwila held talks with Samia Juma on the margins of the funeral.',
    });
    expect(eventWith(g, 'talks').date).toBe('2031-05-07');
  });
});

describe('avalanches', () => {
  it('an avalanche below a named peak is a disaster there', () => {
    const g = graphOf('SKARDU — Army helicopters on Wednesday rescued 12 climbers trapped below Broad Peak after an avalanche that killed three people, officials said.');
    expect(linked(g, eventWith(g, 'avalanche'), 'located_in')).toContain('Broad Peak');
  });

  it('"avalanches buried two villages in X" on a day', () => {
    const g = graphOf('Avalanches buried two villages in Badakhshan on Monday, killing 14 people, officials said.');
    expect(linked(g, eventWith(g, 'avalanches'), 'located_in')).toContain('Badakhshan');
  });
});

describe('a purchase approved', () => {
  it('"the National Assembly approved the purchase of patrol ships" is an approval by it', () => {
    const g = graphOf('QUITO — Ecuador\'s National Assembly on Wednesday approved the purchase of four offshore patrol vessels from South Korea.');
    expect(linked(g, eventWith(g, 'approved'), 'participates_in')).toContain('National Assembly');
  });

  it('"the senate ratified the sale", in other words', () => {
    const g = graphOf('The Senate of Paraguay ratified the sale of two transport aircraft to Uruguay on Tuesday.');
    expect(linked(g, eventWith(g, 'ratified'), 'participates_in')).toContain('Senate of Paraguay');
  });
});

describe('extradition requests', () => {
  it('"X formally asked Y to hand over two brothers": a request by X made to Y', () => {
    const g = graphOf('NAIROBI — Kenya on Thursday formally asked Tanzania to hand over two brothers accused of hijacking a plane.');
    const ev = eventWith(g, 'asked');
    expect(linked(g, ev, 'participates_in')).toEqual(['Kenya']);
    expect(linked(g, ev, 'target_of')).toEqual(['Tanzania']);
  });

  it('"asked Y to extradite" in other words', () => {
    const g = graphOf('Chile asked Argentina on Monday to extradite the former colonel.');
    expect(linked(g, eventWith(g, 'asked'), 'participates_in')).toEqual(['Chile']);
  });

  it('a judge asking the police to hand over files is none', () => {
    const g = graphOf('Judge Amara Kone asked the police to hand over the files on Monday.');
    expect(events(g)).toEqual([]);
  });
});

describe("a disaster's date", () => {
  it('is its onset ("the fires broke out in late August"), not the day the story first names it', () => {
    const g = graphOf({
      id: 'haze2',
      published: '2031-09-03',
      text: 'Peatland fires in Jambi province spread across 9,000 hectares on Tuesday, officials said.\n\nThe fires broke out in late August in Muaro and Tebo regencies.',
    });
    expect(eventWith(g, 'fires').date).toBe('2031-08');
  });

  it('"the quake struck on Monday" dates a quake told on Wednesday', () => {
    const g = graphOf({
      id: 'quake',
      published: '2031-03-12',
      text: 'Rescuers pulled 12 survivors from the rubble of the earthquake in Van province on Wednesday. The earthquake struck on Monday night, officials said.',
    });
    expect(eventWith(g, 'earthquake').date).toBe('2031-03-10');
  });
});
