// Events read as an analyst reads them, on short texts written for each rule: a war named only
// as a backdrop is no node, a place in an afterthought is not where the event happened, an event
// that holds another ("at the end of a state visit") shares its date and place, two acts of one
// subject share a date, and a word naming an event only in context ("took" in "took effect") does
// not cut a date off from its event.
import { describe, expect, it } from 'vitest';
import { eventWith, events, graphOf, linked } from './helpers';

describe('wars as backdrop', () => {
  it('a war no sentence gives a party to is not an event of the story', () => {
    const g = graphOf({
      id: 'aid',
      published: '2031-05-10',
      text:
        'Donors pledged $2 billion for Sudan at a conference in Geneva on Thursday.\n\n' +
        "Sudan's war has displaced more than ten million people, according to the agency.",
    });
    expect(events(g).filter((e) => /\bwar\b/i.test(e.label))).toEqual([]);
  });

  it('a war a state is drawn into stays, with the state taking part', () => {
    const g = graphOf({
      id: 'chad',
      text: "Chad's army has been drawn deeper into the war in Sudan, officials in N'Djamena said.",
    });
    const war = events(g).find((e) => e.label === 'War in Sudan');
    expect(war, events(g).map((e) => e.label).join('; ')).toBeDefined();
    expect(linked(g, war!, 'participates_in')).toContain('Chad');
  });
});

describe('dates across words that name an event only in context', () => {
  it('"took" in "which took effect in March" is no coup: the truce keeps its date', () => {
    const g = graphOf({
      id: 'truce',
      published: '2031-05-10',
      text:
        'Ethiopia and Eritrea agreed to a truce, the African Union said.\n\n' +
        'The truce, which took effect in March, has mostly held along the border.',
    });
    const truce = eventWith(g, 'truce');
    expect(truce.date).toBe('2031-03');
  });
});

describe('where an event happened', () => {
  it('a region in an afterthought ("her first to Europe") is not where the visit happened', () => {
    const g = graphOf({
      id: 'visit',
      published: '2031-06-04',
      text: 'President Ana Duarte of Brazil began a three-day visit on Monday, her first to Europe since taking office.',
    });
    const visit = eventWith(g, 'visit');
    expect(linked(g, visit, 'located_in')).not.toContain('Europe');
    expect(visit.label).not.toMatch(/Europe/);
  });

  it('the place visited, after the verb, is the destination', () => {
    const g = graphOf({
      id: 'visited',
      published: '2031-06-04',
      text: 'Kenyan President Daniel Mwangi visited Kampala on Tuesday to discuss a new railway.',
    });
    const visit = eventWith(g, 'visited');
    expect(visit.label).toBe('Visit of Daniel Mwangi to Kampala');
    expect(linked(g, visit, 'located_in')).toEqual(['Kampala']);
    expect(visit.date).toBe('2031-06-03');
  });

  it('a passive signing ("the accord was signed by X and Y in Z") is placed in Z', () => {
    const g = graphOf({
      id: 'accord',
      published: '2031-03-14',
      text: 'The accord was signed by Kenya and Uganda in Mombasa on Thursday.',
    });
    const signing = eventWith(g, 'signed');
    expect(linked(g, signing, 'located_in')).toEqual(['Mombasa']);
    expect(linked(g, signing, 'participates_in')).toEqual(['Kenya', 'Uganda']);
    expect(signing.date).toBe('2031-03-13');
  });
});

describe('one spot for events that happen at one', () => {
  it('where those who sign were ("signed by X and Y in Z") is where the signing was', () => {
    const g = graphOf({
      id: 'charter',
      published: '2031-03-14',
      text: 'The charter was signed by Brazilian President Ana Lima and Uruguayan President Jorge Paz in Montevideo on Friday.',
    });
    const signing = eventWith(g, 'signed');
    expect(linked(g, signing, 'located_in')).toEqual(['Montevideo']);
  });

  it('an arrest placed in a city is not also placed in the country its captors are from', () => {
    const g = graphOf({
      id: 'detained',
      published: '2031-06-04',
      text:
        'Police in Kenya detained opposition leader Amos Wafula on Monday.\n\n' +
        'Wafula was detained at his home in Nairobi, his lawyer said.',
    });
    const arrest = eventWith(g, 'detained');
    expect(linked(g, arrest, 'located_in')).toEqual(['Nairobi']);
    expect(linked(g, arrest, 'target_of')).toEqual(['Amos Wafula']);
  });
});

describe('events that hold or accompany another', () => {
  it('a visit at whose end a dated pact was signed takes its month and place', () => {
    const g = graphOf({
      id: 'state-visit',
      published: '2031-03-14',
      text:
        'Chilean President Marta Soto and Argentine President Luis Ferreyra signed a water-sharing treaty on Thursday.\n\n' +
        'The treaty was signed by Soto and Ferreyra at the presidential palace in Buenos Aires at the end of a two-day state visit.',
    });
    const visit = eventWith(g, 'visit');
    // A two-day visit ending on the 13th: its month is sure, its day is not.
    expect(visit.date).toBe('2031-03');
    expect(linked(g, visit, 'located_in')).toEqual(['Buenos Aires']);
  });

  it('two acts of one subject in one sentence share the date another sentence gives one of them', () => {
    const g = graphOf({
      id: 'mutiny',
      published: '2031-06-04',
      text:
        'Soldiers in Niger detained President Idrissa Maiga and announced on state radio that they had seized power.\n\n' +
        'Maiga was detained at his residence in Niamey late on Monday, an aide said.',
    });
    const coup = events(g).find((e) => e.aliases.includes('seized'));
    expect(coup, events(g).map((e) => e.label).join('; ')).toBeDefined();
    expect(coup!.date).toBe('2031-06-02');
    // "they" are the soldiers in Niger, not the president they detained: he is the coup's target.
    expect(coup!.label).toBe('Coup in Niger');
    expect(linked(g, coup!, 'located_in')).toEqual(['Niger']);
    expect(linked(g, coup!, 'target_of')).toEqual(['Idrissa Maiga']);
    expect(linked(g, coup!, 'participates_in')).toEqual([]);
    const arrest = eventWith(g, 'detained');
    expect(arrest.date).toBe('2031-06-02');
  });

  it('an event whose sentence has no date and no tie to a dated one stays undated', () => {
    const g = graphOf({
      id: 'undated',
      published: '2031-06-04',
      text:
        'Police arrested the opposition leader Samuel Okoro on Monday.\n\n' +
        'Thousands of workers walked off the job in Lagos, a union official said.',
    });
    const strike = events(g).find((e) => e.aliases.includes('walked'));
    expect(strike, events(g).map((e) => e.label).join('; ')).toBeDefined();
    expect(strike!.date).toBeUndefined();
  });
});

describe('other names for an event already named', () => {
  it('"rejected the result" reacts to the election the article reports', () => {
    const g = graphOf({
      id: 'vote',
      published: '2031-06-04',
      text:
        'Pedro Alves won the presidential election in Angola last month with 52 per cent of the vote.\n\n' +
        'Opposition leader Maria Lopes rejected the result and called for a recount.',
    });
    const election = events(g).find((e) => e.aliases.includes('election'));
    expect(election, events(g).map((e) => e.label).join('; ')).toBeDefined();
    expect(linked(g, election!, 'rejected')).toEqual(['Maria Lopes']);
    expect(election!.aliases).toContain('result');
    // Taking part and rejecting are different things.
    expect(linked(g, election!, 'participates_in')).toEqual(['Pedro Alves']);
  });

  it('"as a result" and "the results of the inquiry" name no election', () => {
    const g = graphOf({
      id: 'inquiry',
      published: '2031-06-04',
      text:
        'Pedro Alves won the presidential election in Angola last month.\n\n' +
        'The results of the inquiry into the port fire were rejected by Maria Lopes.\n\n' +
        'As a result, Maria Lopes rejected the plan.',
    });
    const election = events(g).find((e) => e.aliases.includes('election'));
    expect(election!.aliases).not.toContain('results');
    expect(election!.aliases).not.toContain('result');
  });
});

describe('help for a disaster', () => {
  it('"rescuers had been deployed", said by the head of a body: the body sent them', () => {
    const g = graphOf({
      id: 'floods',
      published: '2031-06-04',
      text:
        'Severe floods hit northern Bangladesh on Monday, killing at least 30 people.\n\n' +
        'NDMA chief Karim Hossain said that 2,000 volunteers had been deployed to the worst-hit districts.',
    });
    const floods = eventWith(g, 'floods');
    expect(linked(g, floods, 'sent_aid_for')).toEqual(['NDMA']);
  });
});

describe('what a takeover took', () => {
  it('"troops took control of the X air base" in a coup story: the coup seized the base', () => {
    const g = graphOf({
      id: 'takeover',
      published: '2031-06-04',
      text:
        'Army officers in Gabon seized power on Monday and dissolved the government, a spokesman said.\n\n' +
        'Troops also took control of the Mvengue air base, diplomats said.\n\n' +
        'In 2019, soldiers briefly occupied the Radio Gabon building before they were arrested.',
    });
    const coup = events(g).find((e) => e.aliases.includes('seized'));
    expect(coup, events(g).map((e) => e.label).join('; ')).toBeDefined();
    const seized = g.edges.filter((e) => e.relation === 'seized' && e.source === coup!.id).map((e) => g.nodes.find((n) => n.id === e.target)!.label);
    // The 2019 occupation is another, earlier takeover.
    expect(seized).toEqual(['Mvengue air base']);
  });
});

describe('where the subject is', () => {
  it('"Voters in X go to the polls in an election": the election is in X', () => {
    const g = graphOf({
      id: 'polls',
      published: '2031-06-04',
      text: 'Voters in Senegal went to the polls on Sunday in a presidential election seen as a test for democracy.',
    });
    const election = eventWith(g, 'election');
    expect(election.label).toBe('Election in Senegal');
    expect(election.date).toBe('2031-06-01');
  });

  it('a place named after a person ("Ambassador X in Paris") is not where the strike is', () => {
    const g = graphOf({
      id: 'envoy',
      published: '2031-06-04',
      text: 'Ambassador Awa Ndiaye in Paris said the strike by dockworkers in Dakar had entered its third day.',
    });
    const strike = eventWith(g, 'strike');
    expect(linked(g, strike, 'located_in')).toEqual(['Dakar']);
  });

  it('"a strike would hurt trade" imagines a strike: no event', () => {
    const g = graphOf({
      id: 'warning',
      published: '2031-06-04',
      text: 'The port authority warned on Monday that a strike in Dakar would hurt trade.',
    });
    expect(events(g).filter((e) => /strike/i.test(e.label))).toEqual([]);
  });
});

describe('abductions', () => {
  it('a mass abduction is known by where it happened, and "the abduction" later joins it', () => {
    const g = graphOf({
      id: 'school',
      published: '2031-06-04',
      text:
        'Gunmen abducted 40 students from a boarding school in Kaduna on Sunday, police said.\n\n' +
        'The abduction was the third in the region this year.',
    });
    const abduction = eventWith(g, 'abducted');
    expect(abduction.label).toBe('Abduction in Kaduna');
    expect(abduction.aliases).toContain('abduction');
    expect(abduction.date).toBe('2031-06-01');
    expect(linked(g, abduction, 'located_in')).toEqual(['Kaduna']);
  });

  it('a kidnapped person is the target; "kidnapping charges" name no event', () => {
    const g = graphOf({
      id: 'priest',
      published: '2031-06-04',
      text:
        'Armed men kidnapped the Italian aid worker Marco Rossi in Mopti on Friday.\n\n' +
        'In Bamako, two men face kidnapping charges over an older case.',
    });
    const abductions = events(g).filter((e) => e.label.startsWith('Abduction'));
    expect(abductions.map((e) => e.label)).toEqual(['Abduction in Mopti']);
    expect(linked(g, abductions[0], 'target_of')).toEqual(['Marco Rossi']);
  });
});

describe('offensives, trials and clauses', () => {
  it('"Ethiopian troops launched an offensive against X near Y": the state wages it, there, against X', () => {
    const g = graphOf({
      id: 'offensive',
      published: '2031-06-04',
      text: 'Ethiopian troops launched an offensive against Tigrayan forces near Mekelle last week, the government said.',
    });
    const offensive = eventWith(g, 'offensive');
    expect(offensive.label).toBe('Offensive against Tigrayan forces');
    expect(linked(g, offensive, 'participates_in')).toEqual(['Ethiopia']);
    expect(linked(g, offensive, 'located_in')).toEqual(['Mekelle']);
    // "Last week" ran from 26 May to 1 June: no single month, so no date.
    expect(offensive.date).toBeUndefined();
  });

  it('"the trial of former president X": the title does not hide whose trial it is', () => {
    const g = graphOf({
      id: 'trial',
      published: '2031-06-04',
      text: 'The trial of former president Jacob Zuma opened in Pietermaritzburg on Monday.',
    });
    const trial = eventWith(g, 'trial');
    expect(trial.label).toBe('Trial of Jacob Zuma');
    expect(linked(g, trial, 'located_in')).toEqual(['Pietermaritzburg']);
    expect(trial.date).toBe('2031-06-02');
  });

  it('"X suspended Y after the military seized power": Y did not seize power', () => {
    const g = graphOf({
      id: 'suspended',
      published: '2031-06-04',
      text: 'The African Union suspended Mali after the military seized power in August.',
    });
    const suspension = eventWith(g, 'suspended');
    expect(linked(g, suspension, 'target_of')).toEqual(['Mali']);
    expect(suspension.date).toBeUndefined();
    const coups = events(g).filter((e) => e.aliases.includes('seized'));
    for (const coup of coups) expect(linked(g, coup, 'participates_in')).not.toContain('Mali');
  });

  it('"took effect on Sunday after weeks of talks": the day is the truce\'s, not the talks\'', () => {
    const g = graphOf({
      id: 'truce-talks',
      published: '2031-06-04',
      text: 'A ceasefire between Israel and Lebanon took effect on Sunday after weeks of talks mediated by Qatar and Egypt.',
    });
    const ceasefire = eventWith(g, 'ceasefire');
    expect(ceasefire.date).toBe('2031-06-01');
    expect(ceasefire.label).toBe('Ceasefire between Israel and Lebanon');
    const talks = eventWith(g, 'talks');
    expect(talks.date).toBeUndefined();
  });
});

describe('releases', () => {
  it('"the ELN released 12 soldiers": people set free are a release, by whoever freed them', () => {
    const g = graphOf({
      id: 'eln',
      published: '2031-06-04',
      text: 'The ELN released 12 soldiers in Arauca on Sunday, the Red Cross said.',
    });
    const release = eventWith(g, 'released');
    expect(linked(g, release, 'participates_in')).toEqual(['ELN']);
    expect(linked(g, release, 'located_in')).toEqual(['Arauca']);
    expect(release.date).toBe('2031-06-01');
  });

  it('"released a statement" frees nobody', () => {
    const g = graphOf({ id: 'statement', published: '2031-06-04', text: 'The ELN released a statement in Arauca on Sunday.' });
    expect(events(g)).toEqual([]);
  });
});

describe('elections and undated articles', () => {
  it('"Mozambique held a general election": the state is where the vote was, the winner takes part', () => {
    const g = graphOf({
      id: 'mozambique',
      published: '2031-06-04',
      text: 'Mozambique held a general election in October 2029, which Daniel Chapo won.',
    });
    const election = eventWith(g, 'election');
    expect(election.label).toBe('Election in Mozambique, 2029');
    expect(election.date).toBe('2029-10');
    expect(linked(g, election, 'located_in')).toEqual(['Mozambique']);
    expect(linked(g, election, 'participates_in')).toEqual(['Daniel Chapo']);
  });

  it('without a publication date a relative phrase is kept as written, with no date', () => {
    const g = graphOf(
      { id: 'undated-1', text: 'Police arrested opposition leader Samuel Okoro in Lagos on Wednesday.' },
      { id: 'undated-2', text: 'Dockworkers in Antwerp walked off the job earlier this week.' },
    );
    const arrest = eventWith(g, 'arrested');
    expect(arrest.date).toBeUndefined();
    expect(arrest.dateText).toBe('Wednesday');
    const strike = eventWith(g, 'walked');
    expect(strike.date).toBeUndefined();
    expect(strike.dateText).toBe('earlier this week');
  });
});

describe('events spoken of, refused or suffered', () => {
  const text =
    'Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Tuesday to discuss the war in Sudan.\n\n' +
    'The African Union summit in February failed to produce a deal.\n\n' +
    "Sudan's army chief Abdel Fattah al-Burhan has rejected talks with the Rapid Support Forces.\n\n" +
    'President William Ruto survived mass protests over tax rises last year.';
  const g = graphOf({ id: 'mediators', published: '2031-06-04', text });

  it('those who meet to discuss a war do not fight it, and the meeting\'s day is not the war\'s', () => {
    // With no party, the war is the talks' topic and the story's backdrop: no node.
    expect(events(g).filter((e) => /war/i.test(e.label))).toEqual([]);
    const talks = eventWith(g, 'met');
    expect(linked(g, talks, 'participates_in')).toEqual(['Abiy Ahmed', 'William Ruto']);
    expect(talks.date).toBe('2031-06-03');
  });

  it('a named summit is not another name for the leaders\' meeting', () => {
    const talks = eventWith(g, 'met');
    expect(talks.aliases).not.toContain('summit');
    expect(events(g).filter((e) => e.label.startsWith('Meeting of'))).toEqual([]);
  });

  it('rejected talks were not held, and who survived protests did not stage them', () => {
    expect(events(g).filter((e) => e.aliases.includes('talks'))).toEqual([]);
    const protests = events(g).filter((e) => e.aliases.includes('protests'));
    for (const p of protests) expect(linked(g, p, 'participates_in')).not.toContain('William Ruto');
  });
});

describe('one event across outlets', () => {
  it('a strike both outlets place in France is one node, though one story is mostly about Spain', () => {
    const g = graphOf(
      {
        id: 'outlet-a',
        published: '2031-06-04',
        text:
          'Dockworkers in France walked off the job on Monday.\n\n' +
          'Spain said its ports were ready. Spain expects more ships, and Spain has hired extra crews, officials in Madrid said.',
      },
      {
        id: 'outlet-b',
        published: '2031-06-04',
        text: 'A strike by dockworkers in France entered its second day on Tuesday, the union said.',
      },
    );
    const strikes = events(g).filter((e) => /^Strike/.test(e.label));
    expect(strikes.map((e) => e.label)).toEqual(['Strike in France']);
    expect(new Set(strikes[0].mentions.map((m) => m.articleId))).toEqual(new Set(['outlet-a', 'outlet-b']));
    expect(g.edges.find((e) => e.source === strikes[0].id && e.relation === 'located_in')?.sources).toBe(2);
  });
});

describe('labels say what happened', () => {
  it('a state of emergency with no place named is labelled by who declared it', () => {
    const g = graphOf({
      id: 'emergency',
      published: '2031-06-04',
      text: 'President Gabriel Boric declared a state of emergency in the region on Monday after the wildfires.',
    });
    const emergency = eventWith(g, 'emergency');
    expect(emergency.label).toBe('State of emergency declared by Gabriel Boric');
    expect(emergency.date).toBe('2031-06-02');
  });
});

describe('attacks', () => {
  it('"Israeli warplanes struck targets in southern Lebanon": an attack by the demonym\'s state, there', () => {
    const g = graphOf({
      id: 'raid',
      published: '2031-06-04',
      text: 'Israeli warplanes struck targets in southern Lebanon on Saturday, killing five people, the health ministry said.',
    });
    const attack = eventWith(g, 'struck');
    expect(attack.label).toBe('Attack in Lebanon');
    expect(linked(g, attack, 'participates_in')).toEqual(['Israel']);
    expect(linked(g, attack, 'located_in')).toEqual(['Lebanon']);
    expect(attack.date).toBe('2031-05-31');
  });

  it('"drones hit the X air base": the base is the target; an earthquake that struck is no attack', () => {
    const g = graphOf({
      id: 'drones',
      published: '2031-06-04',
      text: 'Armed drones hit the Al-Anad air base on Sunday.\n\nA strong earthquake struck Peru on Monday.',
    });
    const attack = eventWith(g, 'hit');
    expect(attack.label).toBe('Attack on Al-Anad air base');
    expect(linked(g, attack, 'target_of')).toEqual(['Al-Anad air base']);
    expect(events(g).filter((e) => e.aliases.includes('struck'))).toEqual([]);
  });
});
