// Probes for entity recognition: each text is written for the test, about made-up or other events,
// and reads one construction a reader resolves without a list of names.
import { describe, expect, it } from 'vitest';
import { recogniseSentence } from '../../src/extract/recognise';
import { tokenize } from '../../src/extract/tokens';
import { edge, graphOf, nodeNamed, nodesNamed, relationsBetween } from './helpers';

describe('bodies with no suffix from a list', () => {
  it('a capitalised run ending in a common noun is an organisation', () => {
    const g = graphOf('Critics at Clean Water Watch, a campaign group, said the deal was flawed. The tender went to Karoo Fencing Supplies, a firm owned by his cousin.');
    expect(nodeNamed(g, 'Clean Water Watch')?.type).toBe('organization');
    expect(nodeNamed(g, 'Karoo Fencing Supplies')?.type).toBe('organization');
  });

  it('a period or a happening is no organisation', () => {
    const g = graphOf('The analyst Mira Osei wrote about the Cold War for years.');
    expect(g.nodes.filter((n) => n.type === 'organization').map((n) => n.label)).toEqual([]);
  });

  it('a national Red Cross or Red Crescent society is an organisation, with its other name in parentheses', () => {
    const g = graphOf('The Iraqi Red Crescent (Hilal) said it had sent tents to Mosul.');
    const society = nodeNamed(g, 'Iraqi Red Crescent');
    expect(society?.type).toBe('organization');
    expect(society?.aliases).toContain('Hilal');
    expect(g.nodes.filter((n) => n.type === 'place').map((n) => n.label)).not.toContain('Hilal');
  });

  it('a body named with its remit keeps the whole name, not a truncated "Office"', () => {
    const g = graphOf('The European Office for the Protection of Migrant Workers (EOPMW) said it was alarmed. The Ministry of Mines and Energy said nothing.');
    expect(nodeNamed(g, 'European Office for the Protection of Migrant Workers')?.type).toBe('organization');
    expect(nodeNamed(g, 'European Office')).toBeUndefined();
    expect(nodeNamed(g, 'EOPMW')?.label).toBe('European Office for the Protection of Migrant Workers');
    expect(nodeNamed(g, 'Ministry of Mines and Energy')?.type).toBe('organization');
  });

  it('"and" after a remit never swallows the next body or state', () => {
    const g = graphOf('The Department of Health and Kenya signed a memorandum.');
    expect(nodeNamed(g, 'Department of Health')?.type).toBe('organization');
    expect(nodeNamed(g, 'Kenya')?.type).toBe('state');
  });
});

describe('bodies named by a description', () => {
  it('a DEMONYM-led coalition is an organisation', () => {
    const g = graphOf('The port was retaken by the French-led coalition in May.');
    expect(nodeNamed(g, 'French-led coalition')?.type).toBe('organization');
  });

  it('"the presidential guard" is an organisation even in lower case', () => {
    const g = graphOf('President Oumar Diallo was seized by members of the presidential guard on Sunday.');
    expect(nodeNamed(g, 'presidential guard')?.type).toBe('organization');
  });

  it('"the Danish government" names the government and its state', () => {
    const g = graphOf('Talks between the dockers and the Danish government broke down on Friday.');
    expect(nodeNamed(g, 'Danish government')?.type).toBe('organization');
    expect(nodeNamed(g, 'Denmark')?.type).toBe('state');
  });

  it('"the internationally recognised government" is the government of the state the article is about', () => {
    const g = graphOf(
      'Fighting flared again in Libya on Monday. Militias loyal to the internationally recognised government retook two towns. ' +
        'Libya has been split since 2014, and observers say Libya is no closer to unity.',
    );
    const government = nodeNamed(g, 'internationally recognised government');
    expect(government?.type).toBe('organization');
    expect(government?.label).toBe('Government of Libya');
  });

  it('with no clear state, the recognised government stays a body of its own and names none', () => {
    const g = graphOf('Militias loyal to the internationally recognised government retook two towns near Chad and Niger.');
    expect(nodeNamed(g, 'internationally recognised government')?.label).toBe('internationally recognised government');
  });
});

describe('places', () => {
  it('a compass word before a continent is a place, not a body', () => {
    const g = graphOf('Coups have multiplied in West Africa, said Lena Moyo, a West Africa analyst at the Lowy Institute.');
    expect(nodeNamed(g, 'West Africa')?.type).toBe('place');
  });

  it('a lone unknown name after "on the", "neighbouring" or a journey\'s "for" is a place', () => {
    const g = graphOf(
      'Workers walked out at the terminals on the Zeeduin, the harbour extension. Aid reached Kars and neighbouring Ardahan. ' +
        'Two buses left Mosul for Dohuk on Monday.',
    );
    expect(nodeNamed(g, 'Zeeduin')?.type).toBe('place');
    expect(nodeNamed(g, 'Ardahan')?.type).toBe('place');
    expect(nodeNamed(g, 'Dohuk')?.type).toBe('place');
  });

  it('"for" without a journey makes no place', () => {
    const g = graphOf('The award went to Kessler for Ardmore, the panel said.');
    expect(nodesNamed(g, 'Ardmore').filter((n) => n.type === 'place')).toEqual([]);
  });
});

describe('one thing under two names', () => {
  it('"the Disaster and Emergency Authority" style: a word joined by "and" to a body\'s name is part of it', () => {
    const g = graphOf('Help came from the Flood and Drought Management Agency (FDMA), officials said.');
    expect(nodeNamed(g, 'Flood and Drought Management Agency')?.type).toBe('organization');
    expect(nodeNamed(g, 'Flood')).toBeUndefined();
  });

  it('a body in apposition to another body is its other name; a list is not', () => {
    const g = graphOf(
      'He was questioned by the Scorpions, the police\'s Office for Serious Economic Offences, in May. ' +
        'The file went to the Scorpions, the NPA and the SIU.',
    );
    const unit = nodeNamed(g, 'Scorpions');
    expect(unit?.aliases).toContain('Office for Serious Economic Offences');
    expect(nodeNamed(g, 'NPA')?.id).not.toBe(unit?.id);
  });

  it('a base\'s own name with another noun ("the Pearl Cove facility") is the base', () => {
    const g = graphOf('Australian frigates will refuel at the Pearl Cove naval base in Samar. The Pearl Cove facility faces the open sea.');
    const base = nodeNamed(g, 'Pearl Cove naval base');
    expect(base?.type).toBe('base');
    expect(nodesNamed(g, 'Pearl Cove').map((n) => n.type)).toEqual(['base']);
  });

  it('one person spelt two ways by two articles is one node', () => {
    const g = graphOf('Rebel negotiator Abdulkarim al-Hadhrami said the talks had failed.', 'The rebels\' envoy, Abdul Karim al-Hadrami, told reporters the talks had failed.');
    const people = g.nodes.filter((n) => n.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0].aliases).toEqual(expect.arrayContaining(['Abdulkarim al-Hadhrami', 'Abdul Karim al-Hadrami']));
  });

  it('two names one letter apart stay two people when one article names both, or the given names differ', () => {
    const together = graphOf('Mariam Haddad met Mariam Hadad, her cousin, on Monday.');
    expect(together.nodes.filter((n) => n.type === 'person')).toHaveLength(2);
    const apart = graphOf('Yusuf al-Hakimi said the deal held.', 'Yunus al-Hakimi said the deal held.');
    expect(apart.nodes.filter((n) => n.type === 'person')).toHaveLength(2);
  });

  it('an acronym in one article joins the body another article names in full', () => {
    const g = graphOf('The talks were mediated by the African Development Bank in Abidjan.', 'Officials at the AfDB said the loan was ready. The AUDA agreed.');
    expect(nodeNamed(g, 'African Development Bank')?.aliases).not.toContain('AfDB');
    const un = graphOf('The United Nations said aid was flowing.', 'A UN envoy arrived in Aden on Monday.');
    expect(nodeNamed(un, 'UN')?.label).toBe('United Nations');
    const declared = graphOf('The Southern Rail Workers Union (SRWU) called a strike.', 'The SRWU said the strike would go on.');
    expect(nodeNamed(declared, 'SRWU')?.label).toBe('Southern Rail Workers Union');
  });

  it('an acronym two bodies could spell stays apart', () => {
    const g = graphOf('The National Party won.', 'Officers of the National Police made arrests.', 'The NP said no.');
    expect(nodeNamed(g, 'NP')?.label).toBe('NP');
  });
});

describe('datelines', () => {
  it('a dateline\'s city is a place of the story, labelled in normal case, its mention inside the quoted span', () => {
    const text = 'DURBAN — Dockworkers walked out on Tuesday over pay.';
    const g = graphOf(text);
    const city = nodeNamed(g, 'Durban');
    expect(city?.type).toBe('place');
    expect(city?.label).toBe('Durban');
    const m = city!.mentions[0];
    expect(text.slice(m.start, m.end)).toBe('DURBAN');
    expect(m.sentenceStart).toBeLessThanOrEqual(m.start);
    expect(text.slice(m.sentenceStart, m.sentenceEnd)).toBe(text);
  });

  it('a two-word dateline with an agency keeps the place and leaves the agency out', () => {
    const g = graphOf('THE HAGUE (Reuters) — Talks between the unions and employers stalled on Monday.');
    expect(nodeNamed(g, 'The Hague')?.type).toBe('place');
    expect(nodeNamed(g, 'The Hague')?.label).toBe('The Hague');
    expect(nodeNamed(g, 'Reuters')).toBeUndefined();
  });

  it('a speaker or a label before a colon is no place', () => {
    const g = graphOf('Kessler: We will not give up the port.\n\nUPDATE: The talks failed on Monday.');
    expect(g.nodes.filter((n) => n.type === 'place')).toEqual([]);
  });
});

describe('built places', () => {
  it('a square, hill, heights or palace named by a capitalised run is a place, not a body', () => {
    const g = graphOf('Protesters marched from Azadi Square to Parliament Hill, and troops stayed on the Golan Heights. The Wall Street Journal reported it.');
    expect(nodeNamed(g, 'Azadi Square')?.type).toBe('place');
    expect(nodeNamed(g, 'Parliament Hill')?.type).toBe('place');
    expect(nodeNamed(g, 'Golan Heights')?.type).toBe('place');
    expect(nodeNamed(g, 'Wall Street Journal')?.type).toBe('organization');
  });
});

describe('long names of bodies', () => {
  it('a remit may go on after "and" over several words, but not into a second body', () => {
    const g = graphOf('Analysts at the Centre for Strategic and Defence Studies said the drills were routine. He taught at the University of Nairobi and Strathmore University.');
    expect(nodeNamed(g, 'Centre for Strategic and Defence Studies')?.type).toBe('organization');
    expect(nodeNamed(g, 'University of Nairobi')?.type).toBe('organization');
    expect(nodeNamed(g, 'Strathmore University')?.type).toBe('organization');
  });

  it('a body\'s head noun before "of" makes the whole run a body', () => {
    const g = graphOf('Lawyers from the Bar Society of Malawi (BSM) condemned the arrests.');
    const bar = nodeNamed(g, 'Bar Society of Malawi');
    expect(bar?.type).toBe('organization');
    expect(nodeNamed(g, 'BSM')?.id).toBe(bar?.id);
  });

  it('a capitalised word opening the sentence belongs to the body named right after it', () => {
    const g = graphOf('Human Rights Watch urged the army to free the detainees.');
    expect(nodeNamed(g, 'Human Rights Watch')?.type).toBe('organization');
    expect(nodeNamed(g, 'Rights Watch')).toBeUndefined();
  });

  it('"the Union\'s Peace and Security Council" is one body', () => {
    const g = graphOf('The bloc\'s Peace and Security Council called for a ceasefire.');
    expect(nodeNamed(g, 'Peace and Security Council')?.type).toBe('organization');
  });
});

describe('names that only qualify a noun', () => {
  it('"on the Lukoil refinery": a name before a common noun is no place', () => {
    const g = graphOf('Debris fell on the Novatek terminal overnight, the governor said.');
    expect(nodesNamed(g, 'Novatek').filter((n) => n.type === 'place')).toEqual([]);
  });
});

describe('surnames across articles', () => {
  it('a surname alone in a third article finds the person under either spelling', () => {
    const g = graphOf(
      'Rebel negotiator Abdulkarim al-Hadhrami said the talks had failed. Al-Hadhrami left Muscat on Monday.',
      'The rebels\' envoy, Abdul Karim al-Hadrami, told reporters the talks had failed.',
      'Hadrami said the prisoners would be freed.',
    );
    expect(g.nodes.filter((n) => n.type === 'person').map((n) => n.label)).toHaveLength(1);
  });

  it('two people who share a surname in one article stay two, and the surname alone goes to the one most mentioned', () => {
    const g = graphOf('Former minister Paulo Nkosi and his son, Lwazi Nkosi, appeared in court on Monday. Paulo Nkosi denied the charges. Nkosi said he was innocent.');
    const people = g.nodes.filter((n) => n.type === 'person');
    expect(people.map((n) => n.label).sort()).toEqual(['Lwazi Nkosi', 'Paulo Nkosi']);
    expect(nodeNamed(g, 'Nkosi')?.label).toBe('Paulo Nkosi');
  });
});

describe('bodies named with their purpose or a shared head', () => {
  it('"Committee to Protect Journalists" and "Relief and Works Agency for ..." are whole names', () => {
    const g = graphOf(
      'The Committee to Protect Fishermen said two boats were seized. ' +
        'The United Nations Relief and Works Agency for Flood Victims (UNRWAFV) said aid was late. ' +
        'The Office of the High Commissioner for Minority Rights said it was alarmed.',
    );
    expect(nodeNamed(g, 'Committee to Protect Fishermen')?.type).toBe('organization');
    expect(nodeNamed(g, 'Protect Fishermen')).toBeUndefined();
    expect(nodeNamed(g, 'United Nations Relief and Works Agency for Flood Victims')?.aliases).toContain('UNRWAFV');
    expect(nodeNamed(g, 'Office of the High Commissioner for Minority Rights')?.type).toBe('organization');
  });

  it('a title before a given name the dictionary also knows as a town still makes a person', () => {
    const g = graphOf('Secretary of State Marco Rubio spoke to reporters in Lima.');
    expect(nodeNamed(g, 'Marco Rubio')?.type).toBe('person');
  });
});

describe('ranks, fragments and generic names', () => {
  it('military ranks, abbreviated or not, are titles, not part of the name', () => {
    const g = graphOf('Rear Admiral Tove Halden said the ship was boarded. Gen. Amadou Sow, the army chief, said the raid had succeeded. Lt. Col. Ines Mora spoke.');
    const people = g.nodes.filter((n) => n.type === 'person').map((n) => n.label).sort();
    expect(people).toEqual(['Amadou Sow', 'Ines Mora', 'Tove Halden']);
  });

  it('a title ending in a modifier heads no name, and a common noun opening a sentence is no person', () => {
    const g = graphOf('The talks were hosted by Oman\'s Minister of State for Foreign Affairs, Salim al-Harthi. Sabo Engineering said it had stopped work.');
    expect(g.nodes.filter((n) => n.type === 'person').map((n) => n.label)).toEqual(['Salim al-Harthi']);
    expect(nodeNamed(g, 'Sabo Engineering')?.type).toBe('organization');
  });

  it('a base\'s kind alone names no base; with a number it does', () => {
    const g = graphOf('Air base guards were on alert. Drones flew from Air Base 305 near the border, and troops at Air Base 305 cheered.');
    const bases = g.nodes.filter((n) => n.type === 'base');
    expect(bases.map((n) => n.label)).toEqual(['Air Base 305']);
    expect(bases[0].mentions).toHaveLength(2);
  });

  it('a state\'s army or police named by its demonym is a body of that state; "National Police" keeps its demonym', () => {
    const g = graphOf('The bases were handed to the Chadian army in May. The Bolivian National Police made arrests.');
    expect(nodeNamed(g, 'Chadian army')?.type).toBe('organization');
    expect(nodeNamed(g, 'Chad')?.type).toBe('state');
    expect(nodeNamed(g, 'Bolivian National Police')?.type).toBe('organization');
    expect(g.nodes.some((n) => n.label === 'National Police')).toBe(false);
  });

  it('a foreign ministry is named with its state, by demonym or possessive, as one node', () => {
    const g = graphOf('Greek Foreign Ministry spokesman Nikos Pappas thanked Chad. Greece\'s Foreign Ministry welcomed the rescue.');
    const ministries = g.nodes.filter((n) => n.type === 'organization');
    expect(ministries).toHaveLength(1);
    expect(ministries[0].aliases).toEqual(expect.arrayContaining(['Greek Foreign Ministry', 'Foreign Ministry']));
    expect(ministries[0].label).not.toBe('Foreign Ministry');
  });

  it('a bare foreign ministry belongs to the state the article is about, else keeps its bare name', () => {
    const led = graphOf('The Foreign Ministry said on Monday that Peru would act. Peru has long said so, and Peru will.');
    expect(nodeNamed(led, 'Foreign Ministry')?.label).toBe('Foreign Ministry of Peru');
    const unclear = graphOf('The Foreign Ministry said Peru and Chile would talk.');
    expect(nodeNamed(unclear, 'Foreign Ministry')?.label).toBe('Foreign Ministry');
  });
});

describe('bodies named by context', () => {
  it('a name right after a noun for a kind of body is that body, and later bare mentions join it', () => {
    const g = graphOf('The line is run by the Latvian operator Baltkom Sakari and the state company Tervo. Tervo said repairs would take weeks.');
    expect(nodeNamed(g, 'Baltkom Sakari')?.type).toBe('organization');
    const tervo = nodesNamed(g, 'Tervo');
    expect(tervo.map((n) => n.type)).toEqual(['organization']);
    expect(tervo[0].mentions).toHaveLength(2);
  });

  it('a name in apposition after a body noun ("the regulator, the Ofkom,") is a body', () => {
    const g = graphOf('Norway\'s competition authority, the Konkurransetilsynet, is also examining the contracts.');
    expect(nodeNamed(g, 'Konkurransetilsynet')?.type).toBe('organization');
  });

  it('letters and digits name a group before a group noun or alone after "the", not an aircraft', () => {
    const g = graphOf('The K17 rebels seized the town. Uganda denies backing the K17. The A330 aircraft landed safely.');
    expect(nodeNamed(g, 'K17')?.type).toBe('organization');
    expect(nodeNamed(g, 'A330')).toBeUndefined();
  });

  it('an acronym of seven letters is a body', () => {
    const g = graphOf('Peacekeepers from the MINUSMA mission withdrew last year.');
    expect(nodeNamed(g, 'MINUSMA')?.type).toBe('organization');
  });

  it('a known place before "think tank" is where the tank is, not a body', () => {
    const g = graphOf('Lena Berg works at the Arctic Policy Centre, a Copenhagen think tank.');
    expect(nodeNamed(g, 'Copenhagen')?.type).toBe('place');
  });

  it('a group named "Islamic State ..." is a body, whatever follows "State"', () => {
    const g = graphOf('Fighters of Islamic State West Africa Province (ISWAP) attacked the camp.');
    expect(nodeNamed(g, 'Islamic State West Africa Province')?.type).toBe('organization');
  });

  it('a company\'s name ends in a company word; its first word alone is the company, and "of" after it is no part of it', () => {
    const g = graphOf('The Commission fined Marlo Technologies. Marlo, based in Austin, said it would appeal. Ships of Dorado Shipping of Panama were held.');
    const marlo = nodeNamed(g, 'Marlo Technologies');
    expect(marlo?.type).toBe('organization');
    expect(marlo?.aliases).toContain('Marlo');
    expect(nodeNamed(g, 'Dorado Shipping')?.type).toBe('organization');
  });

  it('laws and treaties make no node', () => {
    const g = graphOf('The Commission opened a case under the Digital Services Act and the Lisbon Treaty.');
    expect(g.nodes.filter((n) => n.type !== 'event').map((n) => n.label)).toEqual([]);
  });

  it('a name whose declared acronym spells it keeps its linking words', () => {
    const g = graphOf('A complaint was filed by Open Source Developers in Africa (OSDA), a trade group.');
    const osda = nodeNamed(g, 'OSDA');
    expect(osda?.label).toBe('Open Source Developers in Africa');
  });
});

describe('places by context', () => {
  it('a name placed inside a state, off a coast, or after "residents of" / "the town of" is a place', () => {
    const g = graphOf(
      'The cable links Tammisaari in southern Finland with Kunda in Estonia. The tanker was escorted to anchorage off Jussaro. ' +
        'The floods forced residents of Bel Air to flee, and rebels seized the town of Bunia.',
    );
    for (const name of ['Tammisaari', 'Kunda', 'Jussaro', 'Bel Air', 'Bunia']) expect(nodeNamed(g, name)?.type).toBe('place');
  });

  it('a person met "in" a state stays unplaced', () => {
    const g = graphOf('Ruto met Wanjiku in Kenya on Monday.');
    expect(nodesNamed(g, 'Wanjiku').filter((n) => n.type === 'place')).toEqual([]);
  });

  it('"the X fuel terminal" is a place named with its facility', () => {
    const g = graphOf('Police retook the Lafito fuel terminal on Saturday.');
    expect(nodeNamed(g, 'Lafito fuel terminal')?.type).toBe('place');
  });

  it('"Congo" alone and "the Democratic Republic of the Congo" are one state', () => {
    const g = graphOf('The government of the Democratic Republic of the Congo signed the deal. Fighting goes on in eastern Congo.');
    const states = g.nodes.filter((n) => n.type === 'state');
    expect(states.map((n) => n.label)).toEqual(['Democratic Republic of the Congo']);
    expect(g.nodes.some((n) => n.label === 'The')).toBe(false);
  });
});

describe('bodies listed together', () => {
  it('an unknown name listed with a body is a body', () => {
    const g = graphOf('Rival clouds such as those of Zentra and Google cost less.');
    expect(nodeNamed(g, 'Zentra')?.type).toBe('organization');
  });
});

describe('names with hyphens and French transliterations', () => {
  it('a hyphenated surname alone is the person named in full', () => {
    const g = graphOf('The gangs are led by former officer Samuel Baptiste-Morel. Baptiste-Morel was not captured.');
    expect(g.nodes.filter((n) => n.type === 'person').map((n) => n.label)).toEqual(['Samuel Baptiste-Morel']);
  });

  it('"Abou" and "Abu" spell one name across articles', () => {
    const g = graphOf('The local commander, Abu Hamza al-Sahrawi, demanded a ransom.', 'The kidnappers answered to Abou Hamza Sahrawi, a commander of the group.');
    expect(g.nodes.filter((n) => n.type === 'person')).toHaveLength(1);
  });
});

describe('operations, numbered names and regions', () => {
  it('a named operation before "mission"/"operation" is run by a body, not a person', () => {
    const g = graphOf('The alliance will expand its Nordic Shield patrol mission.');
    expect(nodeNamed(g, 'Nordic Shield')?.type).toBe('organization');
  });

  it('a number hyphenated to a name belongs to it, and a named cable is a place', () => {
    const g = graphOf('The Baltlink-2 cable was damaged on Saturday.');
    expect(nodeNamed(g, 'Baltlink-2 cable')?.type).toBe('place');
  });

  it('a continent stays a place even where a cue reads it as an employer', () => {
    const g = graphOf('Mira Osei, the senior adviser for Africa, attended the signing.');
    expect(nodeNamed(g, 'Africa')?.type).toBe('place');
  });
});

describe('titles that name an office in several words', () => {
  it('the office before a rank, the portfolio before "Cabinet Secretary", a hyphenated title', () => {
    const g = graphOf(
      'Navy commander Vice Admiral Ivo Ruud said the strait was calm. The Royal Navy said so too.',
      'Ugandan Health Cabinet Secretary Ruth Okello visited the clinics.',
      'The mission is led by former Ghanaian vice-president Kojo Mensah. Togo voted. Togo counted. Togo waited.',
    );
    expect(edge(g, 'Ivo Ruud', 'commander_of', 'Royal Navy')).toBeDefined();
    expect(edge(g, 'Ruth Okello', 'minister_of', 'Uganda')).toBeDefined();
    expect(edge(g, 'Kojo Mensah', 'former_vice_president_of', 'Ghana')).toBeDefined();
    expect(relationsBetween(g, 'Kojo Mensah', 'Togo')).toEqual([]);
  });
});

describe('ranks hold no office', () => {
  it('"General X" reads as a rank with no office, "commander X" as a command', () => {
    const text = 'After the vote, General Amadou Kone and Army commander Ali Musa spoke.';
    const tokens = tokenize(text);
    const people = recogniseSentence(text, tokens, 0, tokens.length).filter((m) => m.kind === 'person');
    expect(people.map((m) => [m.surface, m.role?.relation])).toEqual([
      ['Amadou Kone', undefined],
      ['Ali Musa', 'commander_of'],
    ]);
  });
});
