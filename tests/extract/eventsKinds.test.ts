// News-event kinds read from their trigger words (eventTriggers.ts): legal, military, political,
// diplomatic, humanitarian and disaster events, each with how its parties and place are found.
// Short texts written for each rule.
import { describe, expect, it } from 'vitest';
import { eventWith, events, graphOf, linked } from './helpers';

describe('legal: extradition', () => {
  it('"A extradited X, an apposition, to B": X is the target, A and B take part', () => {
    const g = graphOf({
      id: 'ex',
      published: '2031-05-09',
      text: 'Colombia on Thursday extradited Julián Ortega Ruiz, a suspected money launderer, to Spain, where he faces fraud charges.',
    });
    const ev = eventWith(g, 'extradited');
    expect(ev.label).toBe('Extradition of Julián Ortega Ruiz');
    expect(linked(g, ev, 'target_of')).toEqual(['Julián Ortega Ruiz']);
    expect(linked(g, ev, 'participates_in')).toEqual(['Colombia', 'Spain']);
    expect(ev.date).toBe('2031-05-08');
  });

  it('an extradition demanded or requested is not one that happened', () => {
    const g = graphOf(
      "Peru's president has demanded Carlos Ferreyra's extradition from Argentina.\n\n" +
        'The government of Chile has repeatedly sought their extradition.',
    );
    expect(events(g).filter((e) => /extradition/i.test(e.label))).toEqual([]);
  });
});

describe('military: exercises and fighting', () => {
  it('a military exercise is placed where it was held; "exercise caution" is none', () => {
    const g = graphOf({
      id: 'drill',
      published: '2031-02-03',
      text:
        'Thousands of troops began a joint exercise in southern Poland on Monday.\n\n' +
        'Officials urged drivers to exercise caution on roads near Germany.',
    });
    const exercises = events(g).filter((e) => /exercise/i.test(e.label));
    expect(exercises).toHaveLength(1);
    expect(linked(g, exercises[0], 'located_in')).toEqual(['Poland']);
  });

  it('a bout of fighting with its span is an event where it happened; "the fighting has displaced" with no time is none', () => {
    const bout = graphOf('Two days of heavy fighting in Kismayo killed at least 30 people, hospital officials said.');
    expect(linked(bout, eventWith(bout, 'fighting'), 'located_in')).toEqual(['Kismayo']);
    const state = graphOf('Aid agencies warned that the fighting had displaced two million people in eastern Chad.');
    expect(events(state)).toEqual([]);
  });

  it('a legal or political battle is no fighting', () => {
    const g = graphOf('The company lost a long legal battle in Ireland over its tax bill last year.');
    expect(events(g).filter((e) => /fighting/i.test(e.label))).toEqual([]);
  });

  it('the by-agent of another verb before the event noun does not take part in it', () => {
    const g = graphOf('A truce brokered by Qatar held across Mogadishu on Friday after three days of street battles.');
    const fighting = events(g).find((e) => /fighting/i.test(e.label));
    if (fighting) expect(linked(g, fighting, 'participates_in')).not.toContain('Qatar');
  });
});

describe('political: resignation; diplomatic: phone calls', () => {
  it('"X resigned", then "accepted the resignation": one resignation of X', () => {
    const g = graphOf(
      'Transport Minister Irena Kovač resigned on Monday after the rail crash.\n\n' +
        'Prime Minister Tomas Berg accepted the resignation and named a successor.',
    );
    const rs = events(g).filter((e) => /resignation/i.test(e.label));
    expect(rs).toHaveLength(1);
    expect(rs[0].label).toBe('Resignation of Irena Kovač');
    expect(linked(g, rs[0], 'participates_in')).toEqual(['Irena Kovač']);
  });

  it('"A and B spoke by phone": a call between both; a call for calm is none', () => {
    const g = graphOf(
      'Egyptian President Samir Fawzi and Jordanian King Omar Hadid spoke by phone on Sunday about the border.\n\n' +
        'The United Nations renewed its call for calm.',
    );
    const calls = events(g).filter((e) => /phone call/i.test(e.label));
    expect(calls).toHaveLength(1);
    expect(calls[0].label).toBe('Phone call between Samir Fawzi and Omar Hadid');
  });
});

describe('humanitarian: convoys and evacuations', () => {
  it('a convoy is placed where it arrived; a convoy planned is none', () => {
    const g = graphOf(
      'A convoy of 30 trucks carrying flour reached the town of Kassala on Monday.\n\n' + 'The next convoy would leave for Gedaref on Friday, officials said.',
    );
    const convoys = events(g).filter((e) => /convoy/i.test(e.label));
    expect(convoys).toHaveLength(1);
    expect(linked(g, convoys[0], 'located_in')).toEqual(['Kassala']);
  });

  it('the speaker of "X said the army had evacuated ..." did not evacuate anyone; an evacuation zone is no event', () => {
    const g = graphOf(
      'Army spokesman Daniel Mwangi said that soldiers had evacuated about 500 residents from villages.\n\n' + 'The evacuation zone will stay in place near Garissa.',
    );
    for (const e of events(g)) expect(linked(g, e, 'participates_in')).not.toContain('Daniel Mwangi');
    expect(events(g).filter((e) => /evacuation/i.test(e.label) && linked(g, e, 'located_in').includes('Garissa'))).toEqual([]);
  });
});

describe('disasters: eruptions and collapses', () => {
  it('"the volcano ... erupted" after "Mount X" is the eruption of Mount X', () => {
    const g = graphOf({
      id: 'v',
      published: '2031-08-12',
      text: 'Villagers fled the slopes of Mount Merapi on Monday. Officials said 2,000 people left homes near Mount Merapi after the volcano on the island of Java erupted on Sunday.',
    });
    const ev = eventWith(g, 'erupted');
    expect(ev.label).toBe('Eruption of Mount Merapi');
    expect(linked(g, ev, 'located_in')).toContain('Mount Merapi');
    expect(ev.date).toBe('2031-08-10');
  });

  it('a place named "the island of X" after a locative preposition is where the event happened', () => {
    const g = graphOf('A powerful earthquake struck the southern island of Mindanao on Tuesday.');
    expect(linked(g, eventWith(g, 'earthquake'), 'located_in')).toEqual(['Mindanao']);
  });

  it('a building or mine collapsing is a disaster where it stood; talks collapsing are none', () => {
    const g = graphOf('A bridge collapsed in Genoa on Tuesday, killing 12 people.\n\n' + 'Talks on the budget collapsed in Rome last week.');
    const cs = events(g).filter((e) => /collapse/i.test(e.label));
    expect(cs).toHaveLength(1);
    expect(linked(g, cs[0], 'located_in')).toEqual(['Genoa']);
  });
});

describe('killings and period words', () => {
  it('a named person killed is the target of a killing; "whose brother was killed" is not the subject\'s', () => {
    const g = graphOf(
      'Student leader Ana Petrova was shot dead by a police officer in Sofia on Friday.\n\n' + 'Mayor Ivan Dimov, whose brother was killed in 2019, called for calm.',
    );
    const k = eventWith(g, 'shot');
    expect(linked(g, k, 'target_of')).toEqual(['Ana Petrova']);
    for (const e of events(g)) expect(linked(g, e, 'target_of')).not.toContain('Ivan Dimov');
  });

  it('"the largest since the Cold War" is a bound in time, not an event the sentence\'s states took part in', () => {
    const g = graphOf('Poland and Lithuania held the largest drills since the Cold War near the border.');
    expect(events(g).filter((e) => /cold war/i.test(e.label))).toEqual([]);
  });
});

describe('charges, parties after "between", one event across outlets', () => {
  it('"wanted for kidnapping", "charged with murder": a charge is no event', () => {
    const g = graphOf('Police Chief Hamid Rahimi said Farid Azimi was wanted for kidnapping in Kabul and had been charged with murder.');
    expect(events(g).filter((e) => /abduction|killing/i.test(e.label))).toEqual([]);
  });

  it('"talks in X in March between A and B": A takes part past the place and date', () => {
    const g = graphOf({ id: 't', published: '2031-06-01', text: 'The deal followed talks in Hanoi in March between Foreign Minister Lena Brandt and a Vietnamese delegation.' });
    expect(linked(g, eventWith(g, 'talks'), 'participates_in')).toContain('Lena Brandt');
  });

  it('two outlets with one dateline: the ceasefire is one node though one story names a neighbouring state more', () => {
    const a = {
      id: 'a',
      published: '2031-03-04',
      text:
        'NAIROBI — A ceasefire brokered by the African Union took hold between the army and the rebels on Tuesday.\n\n' +
        'The militia leader had flown to Kenya from Ethiopia. Officials in Ethiopia said he left Ethiopia on Friday, and Ethiopia closed the border.',
    };
    const b = { id: 'b', published: '2031-03-04', text: 'NAIROBI — Kenya and the rebels agreed a ceasefire on Tuesday, the African Union said.' };
    const g = graphOf(a, b);
    expect(events(g).filter((e) => /ceasefire/i.test(e.label))).toHaveLength(1);
  });
});

describe('places joined by "and", long "whose" clauses', () => {
  it('"an exercise in Norway and Finland": both are where; neither takes part', () => {
    const g = graphOf('Some 9,000 troops from six countries began a two-week winter exercise in northern Estonia and Latvia on Monday.');
    const ev = eventWith(g, 'exercise');
    expect(linked(g, ev, 'located_in')).toEqual(['Estonia', 'Latvia']);
    expect(linked(g, ev, 'participates_in')).toEqual([]);
  });

  it('"X, whose company runs a mine in Y, in the Z region, was detained": X was arrested', () => {
    const g = graphOf('Mario Salas, whose firm Andes Gold operates the quarry in the province of Cusco, in the south of Peru, was detained by police at his home in Lima.');
    expect(linked(g, eventWith(g, 'detained'), 'target_of')).toEqual(['Mario Salas']);
  });
});

describe('humanitarian: airlifts', () => {
  it('"aid flights reached X", "a C-17 took off from A and landed at B": flights to X, placed at both ends', () => {
    const g = graphOf({
      id: 'air',
      published: '2031-01-12',
      text:
        'The first relief flights reached Fiji on Sunday, two days after the storm.\n\n' +
        'A Royal Australian Air Force C-17 took off from RAAF Base Amberley early on Sunday and landed at Nadi International Airport with tents.',
    });
    const fl = events(g).filter((e) => /flights/i.test(e.label));
    expect(fl).toHaveLength(1);
    expect(fl[0].label).toBe('Flights to Fiji');
    expect(linked(g, fl[0], 'participates_in')).toEqual(['Royal Australian Air Force']);
  });

  it('"landed a deal" and "took off" with no aircraft are no flights', () => {
    const g = graphOf('The company landed a contract in Chile on Monday, and sales took off in Peru.');
    expect(events(g).filter((e) => /flights/i.test(e.label))).toEqual([]);
  });
});

describe('airlifts carry aid', () => {
  it('helicopters carrying an assault team are no airlift', () => {
    const g = graphOf('Helicopters carrying the assault team took off from Air Base 201 near Agadez and landed close to the camp.');
    expect(events(g).filter((e) => /flights/i.test(e.label))).toEqual([]);
  });
});

describe('"the two countries", names of bodies, "since X, when"', () => {
  it('"since March 2029, when the two countries signed a treaty": the two states the story is about, dated by the "when" clause', () => {
    const g = graphOf({
      id: 'tr',
      published: '2031-04-02',
      text:
        'Guards from Chile and Bolivia exchanged fire on Monday. Chile said Bolivia had moved troops, and Bolivia denied it.\n\n' +
        'The clash is the worst since March 2029, when the two countries signed a treaty on the border.',
    });
    const ev = eventWith(g, 'signed');
    expect(linked(g, ev, 'participates_in')).toEqual(['Bolivia', 'Chile']);
    expect(ev.date).toBe('2029-03');
  });

  it('a trigger word inside a body\'s name is no event', () => {
    const g = graphOf('Armenia is a member of the Collective Security Treaty Organization, officials in Yerevan said on Monday.');
    for (const e of events(g)) expect(e.aliases.map((a) => a.toLowerCase())).not.toContain('treaty');
  });
});

describe('exchanges of fire', () => {
  it('"Peruvian and Ecuadorian border guards exchanged fire near X": fighting there between both states', () => {
    const g = graphOf({ id: 'f', published: '2031-09-04', text: 'Peruvian and Ecuadorian border guards exchanged fire on Tuesday near the village of Zarumilla in the Tumbes region.' });
    const ev = eventWith(g, 'exchanged');
    expect(linked(g, ev, 'participates_in')).toEqual(['Ecuador', 'Peru']);
    expect(ev.date).toBe('2031-09-02');
  });
});

describe('speakers and their acronyms; shots fired within a bout of fighting', () => {
  it('"X (ACR) said Y troops had fired mortars": neither X nor its acronym takes part', () => {
    const g = graphOf("Peru's National Intelligence Directorate (DINI) said Ecuadorian troops had fired mortars at a Peruvian border post.");
    for (const e of events(g)) expect(linked(g, e, 'participates_in')).not.toContain('National Intelligence Directorate');
  });

  it('undated shots fired in a story of a dated exchange of fire are that one fighting', () => {
    const g = graphOf({
      id: 'b',
      published: '2031-09-04',
      text:
        'Peruvian and Ecuadorian border guards exchanged fire on Tuesday near the village of Zarumilla in the Tumbes region.\n\n' +
        'Peru said Ecuadorian soldiers had fired mortars at a Peruvian border post.',
    });
    expect(events(g)).toHaveLength(1);
  });
});

describe('"with" names company, not a target', () => {
  it('"X flew to Y with two Z Air Force planes": the air force is not what the visit happened to', () => {
    const g = graphOf({ id: 'w', published: '2031-03-03', text: 'Health Minister Rosa Linares flew to Cusco on Monday with two Peruvian Air Force transport planes loaded with tents.' });
    for (const e of events(g)) expect(linked(g, e, 'target_of')).toEqual([]);
  });
});

describe('negotiations and what they made', () => {
  it('undated, unplaced talks in a story of a ceasefire are the talks that made it: one event', () => {
    const g = graphOf({
      id: 'c',
      published: '2031-07-08',
      text:
        'A ceasefire between the army and the Popular Front took hold in Juba on Tuesday, the African Union said.\n\n' +
        'President Lual Deng left the talks to the African Union and his defence minister.',
    });
    expect(events(g)).toHaveLength(1);
    expect(events(g)[0].aliases).toEqual(expect.arrayContaining(['ceasefire', 'talks']));
  });
});

describe('a person described first and named later', () => {
  it('"The owner of a factory was arrested on Sunday", then "X ... was detained": one arrest of X, dated Sunday', () => {
    const g = graphOf({
      id: 'q',
      published: '2031-11-17',
      text:
        'The owner of a textile factory in northern Bangladesh was arrested on Sunday, a day after a fire killed 30 workers, police said.\n\n' +
        'Karim Uddin, whose company runs the factory, was detained at his home in Dhaka.',
    });
    const arrests = events(g).filter((e) => /arrest/i.test(e.label));
    expect(arrests).toHaveLength(1);
    expect(arrests[0].date).toBe('2031-11-16');
    expect(linked(g, arrests[0], 'target_of')).toEqual(['Karim Uddin']);
  });

  it('"Police arrested 40 protesters" is not the arrest of the one person named', () => {
    const g = graphOf({
      id: 'p',
      published: '2031-11-17',
      text: 'Police arrested 40 protesters on Friday.\n\nOpposition leader Sara Haddad was detained on Sunday at her home in Beirut.',
    });
    const arrests = events(g).filter((e) => /arrest/i.test(e.label));
    expect(arrests.map((e) => e.date)).toEqual(['2031-11-16']);
  });
});

describe('wounded is not killed', () => {
  it('"X was shot in the leg" is no killing', () => {
    const g = graphOf('Opposition leader Omar Bashir was shot in the leg in Khartoum on Monday but survived.');
    expect(events(g).filter((e) => /killing/i.test(e.label))).toEqual([]);
  });
});
