// Event vocabulary completed by class, not by sentence: rescues, accountability (questioning,
// summonses), leaving office (resignation, dismissal), votes a chamber takes (impeachment, recount,
// confidence), forces deployed; each with its participants, in several wordings and regions, and
// the look-alikes that are no event.
import { describe, expect, it } from 'vitest';
import { eventWith, events, graphOf, linked } from './helpers';

const at = (id: string, text: string) => graphOf({ id, text, published: '2031-05-09' });

describe('rescue: people saved from danger', () => {
  it('a crew, passengers or climbers rescued are a rescue, by whoever saved them, in either voice', () => {
    const a = at('r1', 'The Indian Navy destroyer INS Kolkata rescued the 21 crew members of the bulk carrier Sea Pearl on Wednesday.');
    expect(linked(a, eventWith(a, 'rescued'), 'participates_in')).toEqual(['INS Kolkata']);
    const b = at('r2', 'Eleven climbers were rescued by Nepal Army helicopters from Mount Manaslu on Tuesday.');
    expect(linked(b, eventWith(b, 'rescued'), 'participates_in')).toEqual(['Nepal Army']);
    const c = at('r3', 'A Turkish coast guard cutter picked up 31 migrants off Bodrum on Monday.');
    const ev = eventWith(c, 'picked');
    expect(linked(c, ev, 'participates_in')).toEqual(['Turkey']);
    expect(linked(c, ev, 'located_in')).toEqual(['Bodrum']);
  });

  it('an agent phrase ends before an aside naming a speaker', () => {
    const g = at('r4', 'All 23 seafarers aboard were rescued by the destroyer INS Kolkata, Sharma told parliament.');
    expect(linked(g, eventWith(g, 'rescued'), 'participates_in')).toEqual(['INS Kolkata']);
  });

  it('people rescued from captors are still a release; a phone picked up is nothing', () => {
    const g = at('r5', 'The army said it had rescued six engineers held by bandits in Niger.');
    expect(events(g).map((e) => e.label)).toEqual(['Release of engineers in Niger']);
    expect(events(at('r6', 'He picked up the phone in Paris on Monday.'))).toEqual([]);
  });
});

describe('accountability: questioned, summoned', () => {
  it('a named person questioned or interrogated, by whom', () => {
    const a = at('q1', 'Mines Minister Paul Ondo was questioned for three hours on Thursday by the Senate.');
    const ev = eventWith(a, 'questioned');
    expect(linked(a, ev, 'target_of')).toEqual(['Paul Ondo']);
    expect(ev.date).toBe('2031-05-08');
    const b = at('q2', 'Prosecutors questioned former finance minister Ana Costa for six hours on Monday.');
    expect(linked(b, eventWith(b, 'questioned'), 'target_of')).toEqual(['Ana Costa']);
    const c = at('q3', 'Police in Lagos interrogated the activist Femi Adeyemi for two days.');
    expect(linked(c, eventWith(c, 'interrogated'), 'target_of')).toEqual(['Femi Adeyemi']);
  });

  it('an office holder summoned by a chamber', () => {
    const g = at('q4', "Kenya's parliament summoned Defence Minister Aden Duale on Tuesday over the deaths.");
    expect(linked(g, eventWith(g, 'summoned'), 'target_of')).toEqual(['Aden Duale']);
  });

  it('a claim questioned names no one questioned', () => {
    expect(events(at('q5', "The opposition questioned Ana Costa's account on Monday. Critics questioned whether Paul Ondo knew."))).toEqual([]);
  });
});

describe('leaving office: resignations and dismissals', () => {
  it('"he had resigned" after the one person named; the one who accepted it reacts', () => {
    const g = at('l1', "The Transport Minister, Bojan Petrov, said on Tuesday he had resigned. Prime Minister Ivan Dimov accepted the resignation the same afternoon.");
    const ev = eventWith(g, 'resigned');
    expect(linked(g, ev, 'participates_in')).toEqual(['Bojan Petrov']);
    expect(linked(g, ev, 'accepted')).toEqual(['Ivan Dimov']);
  });

  it('a pronoun opening a sentence with no person in it is the person the sentence before opens with', () => {
    const g = at('l2', 'Lucia Moreno denied wrongdoing. In a letter read out by her lawyer, she said she had resigned.');
    expect(linked(g, eventWith(g, 'resigned'), 'participates_in')).toEqual(['Lucia Moreno']);
  });

  it('quit as a post; sacked or dismissed, with who did it', () => {
    const a = at('l3', 'Finance Minister Ana Costa quit the cabinet on Monday in Lisbon.');
    expect(linked(a, eventWith(a, 'quit'), 'participates_in')).toEqual(['Ana Costa']);
    const b = at('l4', 'President Kais Saied sacked Prime Minister Ahmed Hachani on Wednesday.');
    const ev = eventWith(b, 'sacked');
    expect(linked(b, ev, 'target_of')).toEqual(['Ahmed Hachani']);
    expect(linked(b, ev, 'participates_in')).toEqual(['Kais Saied']);
    const c = at('l5', 'Defence Minister Oleksii Reznikov was dismissed by parliament on Tuesday.');
    expect(linked(c, eventWith(c, 'dismissed'), 'target_of')).toEqual(['Oleksii Reznikov']);
  });

  it('claims dismissed, shots fired and smoking quit are no change of office', () => {
    const g = at('l6', 'The minister dismissed the claims in Paris on Friday. Ana Costa quit smoking in 2020.');
    expect(events(g)).toEqual([]);
  });
});

describe('votes a chamber or a commission takes', () => {
  it('"voted to impeach X" is the impeachment, whatever the tally and day between', () => {
    const a = at('v1', "Paraguay's Chamber of Deputies voted 56 to 23 on Thursday night to impeach President Hernán Ruiz.");
    const ev = eventWith(a, 'impeach');
    expect(linked(a, ev, 'target_of')).toEqual(['Hernán Ruiz']);
    expect(linked(a, ev, 'participates_in')).toEqual(['Chamber of Deputies']);
    const b = at('v2', 'The Senate voted to impeach Governor Maria Lopes on Monday.');
    expect(linked(b, eventWith(b, 'impeach'), 'target_of')).toEqual(['Maria Lopes']);
    const c = at('v3', 'Lawmakers in Brasília impeached President Jair Souza in December.');
    expect(linked(c, eventWith(c, 'impeached'), 'target_of')).toEqual(['Jair Souza']);
  });

  it('a recount ordered by a commission, placed where it is held', () => {
    const g = at('v4', "Uzbekistan's Central Election Commission on Tuesday ordered a recount in three Samarkand constituencies.");
    const ev = eventWith(g, 'recount');
    expect(linked(g, ev, 'participates_in')).toEqual(['Central Election Commission']);
    expect(linked(g, ev, 'located_in')).toContain('Uzbekistan');
  });

  it('a capitalised Congress is a legislature, not a gathering', () => {
    const g = at('v5', "Paraguay's Congress last removed a head of state in 2012. The US Congress passed the bill in Washington on Monday.");
    expect(events(g).filter((e) => /^Summit/.test(e.label))).toEqual([]);
  });
});

describe('forces deployed', () => {
  it('troops, ships or police sent somewhere, by whom and where to', () => {
    const a = at('d1', 'France deployed 300 troops to Niger on Monday, the defence ministry said.');
    const ev = eventWith(a, 'deployed');
    expect(linked(a, ev, 'participates_in')).toEqual(['France']);
    expect(linked(a, ev, 'located_in')).toEqual(['Niger']);
    const b = at('d2', 'Japan dispatched two destroyers to the Gulf of Oman in March.');
    expect(linked(b, eventWith(b, 'dispatched'), 'participates_in')).toEqual(['Japan']);
    const c = at('d3', "Kenya's deployment of 400 police officers to Haiti began on Tuesday.");
    expect(linked(c, eventWith(c, 'deployment'), 'located_in')).toEqual(['Haiti']);
  });

  it('software deployed, rescuers sent after a disaster and troops one is accused of sending are no deployment', () => {
    expect(events(at('d4', 'The company deployed new software across its offices in Nairobi.'))).toEqual([]);
    expect(events(at('d5', 'UN experts have accused Rwanda of commanding the rebels and deploying thousands of its own soldiers in eastern Congo.'))).toEqual([]);
    const g = at('d6', 'A ferry capsized off Koh Lipe on Saturday. Malaysia dispatched three vessels from Langkawi to search for survivors.');
    expect(events(g).filter((e) => /^Deployment/.test(e.label))).toEqual([]);
  });
});

describe('armed attacks told by their verbs', () => {
  it('an ambush is an attack placed where it happened; "was attacked by gunmen" is the same one', () => {
    const a = at('a1', 'Suspected jihadists ambushed an army patrol near Menaka on Tuesday, killing 12 soldiers.');
    expect(linked(a, eventWith(a, 'ambushed'), 'located_in')).toEqual(['Menaka']);
    const b = at('a2', 'A police patrol was ambushed near the northern town of Zubin Potok on Sunday. The patrol was attacked by a group of masked gunmen.');
    const ev = eventWith(b, 'ambushed');
    expect(ev.aliases).toContain('attacked');
    expect(linked(b, ev, 'located_in')).toEqual(['Zubin Potok']);
  });

  it('a past attack named with its year keeps its year and its place; the new one neither', () => {
    const g = at('a3', 'A border patrol was ambushed near Jarinje on Sunday. Analysts said the ambush echoed the 2023 attack on police in the village of Banjska.');
    const labels = events(g).map((e) => e.label).sort();
    expect(labels).toEqual(['Attack in Banjska, 2023', 'Attack near Jarinje']);
    expect(events(g).find((e) => e.label === 'Attack near Jarinje')?.date).toBe('2031-05-04');
  });

  it('words, campaigns and active "attacked" make no attack', () => {
    expect(events(at('a4', 'The opposition attacked the budget in parliament on Monday.'))).toEqual([]);
    expect(events(at('a5', 'His fighters have been attacked by drones in the Tillabéri region for years.'))).toEqual([]);
  });
});

describe('casualties of an attack', () => {
  it('one killed in or by a strike is its casualty, not a killing of its own; a shooting is one', () => {
    const a = at('k1', 'Hamza Rahimi was killed in an Israeli air strike on a car in Beirut on Monday, officials said.');
    expect(events(a).map((e) => e.label)).toEqual(['Air strike in Beirut']);
    const b = at('k2', 'A drone strike hit a convoy near Jilib on Thursday. The minister said the strike near Jilib had killed Yusuf Gaboobe.');
    expect(events(b).filter((e) => /^Killing/.test(e.label))).toEqual([]);
    const c = at('k3', 'Gunmen shot dead the journalist Carlos Mena in Tijuana on Friday.');
    expect(linked(c, eventWith(c, 'shot'), 'target_of')).toEqual(['Carlos Mena']);
  });
});

describe('airlifts told by their verbs', () => {
  it('aircraft of a force flying aid from a base: the force flies it, from there', () => {
    const a = at('f1', 'C-130 transport planes of the Philippine Air Force have been flying food packs and water purifiers from Basa Air Base in Pampanga since Monday.');
    const ev = eventWith(a, 'flying');
    expect(ev.label.toLowerCase()).toBe('flights from basa air base');
    expect(linked(a, ev, 'participates_in')).toEqual(['Philippine Air Force']);
    const b = at('f2', 'Two helicopters of the Indian Air Force flew tents and medicine from Gorakhpur to Pokhara on Tuesday.');
    const ev2 = eventWith(b, 'flew');
    expect(ev2.label).toBe('Flights to Pokhara');
    expect(linked(b, ev2, 'participates_in')).toEqual(['Indian Air Force']);
  });

  it('an aircraft flying from a base that carries nothing said is no airlift', () => {
    expect(events(at('f3', 'A P-8 surveillance aircraft flying from Al Dhafra Air Base in the United Arab Emirates tracked the tanker.'))).toEqual([]);
    expect(events(at('f4', 'Helicopters carrying rescuers have flown from Pampulha airport in Belo Horizonte.')).filter((e) => /^Flights/.test(e.label))).toEqual([]);
  });
});

describe('several people arrested in one operation', () => {
  it('"were detained in the same operation": more people at the centre of the arrest told before', () => {
    const g = at('o1', 'Police arrested the governor, Ana Costa, in Lisbon on Monday. Her aides Rui Lopes and Pedro Melo were detained in the same operation.');
    const arrests = events(g).filter((e) => /^Arrest/.test(e.label));
    expect(arrests.length).toBe(1);
    expect(linked(g, arrests[0], 'target_of')).toEqual(['Ana Costa', 'Pedro Melo', 'Rui Lopes']);
  });

  it('an arrest in a separate case stays its own', () => {
    const g = at('o2', 'Police arrested Ana Costa in Lisbon on Monday. Rui Lopes was arrested in Porto in a separate case on Friday.');
    expect(events(g).filter((e) => /^Arrest/.test(e.label)).length).toBe(2);
  });
});

describe('requests decided', () => {
  it('an application, appeal or request rejected or granted, by whom', () => {
    const a = at('x1', 'Norway on Thursday rejected a Russian application to build a research station at Pyramiden, on Svalbard.');
    const ev = eventWith(a, 'rejected');
    expect(ev.label).toBe('Rejection by Norway');
    expect(ev.date).toBe('2031-05-08');
    const b = at('x2', 'The Supreme Court of Kenya rejected an appeal by Raila Odinga on Monday in Nairobi.');
    expect(linked(b, eventWith(b, 'rejected'), 'participates_in')).toContain('Supreme Court of Kenya');
    const c = at('x3', 'Greece granted asylum to the Turkish officers on Friday.');
    expect(linked(c, eventWith(c, 'granted'), 'participates_in')).toEqual(['Greece']);
  });

  it('a proposal rejected and a claim denied are no decision on a request', () => {
    expect(events(at('x4', 'Iran rejected the proposal on Monday. He denied the claims in Tehran.'))).toEqual([]);
  });
});

describe('contracts awarded', () => {
  it('a contract, tender or concession awarded, won or secured is the award of it', () => {
    const a = at('c1', 'The Ministry of Transport awarded Karadag Insaat a contract for the motorway in March.');
    const ev = eventWith(a, 'awarded');
    expect(ev.label).toMatch(/^Award of the contract/);
    expect(linked(a, ev, 'target_of')).toEqual(['Karadag Insaat']);
    const b = at('c2', 'Glencore secured a 25-year concession for the Kamoto mine in Congo last year.');
    expect(linked(b, eventWith(b, 'secured'), 'participates_in')).toEqual(['Glencore']);
  });

  it('an election won is no award', () => {
    expect(events(at('c3', 'Ruto won the election in Kenya in August.')).filter((e) => /^Award/.test(e.label))).toEqual([]);
  });
});

describe('look-alikes of the new classes', () => {
  it('press questions, doubts, a story recounted and consumer confidence are no events', () => {
    const g = at('n1', 'Finance Minister Ana Costa was questioned by reporters about the budget in Lisbon on Monday. President Joe Biden questioned whether the plan would work. She recounted how it began. Consumer confidence fell in May in Ottawa.');
    expect(events(g)).toEqual([]);
  });

  it('a vote of no confidence is a confidence vote, the "no" negating nothing', () => {
    const a = at('n2', 'The government of Prime Minister Petr Fiala survived a no-confidence vote in Prague on Friday.');
    expect(linked(a, eventWith(a, 'confidence'), 'located_in')).toEqual(['Prague']);
    const b = at('n3', 'Parliament in Lima ousted the cabinet in a vote of no confidence on Tuesday.');
    expect(eventWith(b, 'confidence').date).toBe('2031-05-06');
  });
});
