// Probes for typing names on the weight of the article's evidence and on general knowledge
// tables (UN member states, place head nouns, storms, aircraft designators). Each text is made up
// for the test and reads one construction a reader resolves without knowing the names.
import { describe, expect, it } from 'vitest';
import { graphOf, nodeNamed } from './helpers';

describe('states joined by "and"', () => {
  it.each([
    ['Trinidad and Tobago pledged aid on Monday.', 'Trinidad and Tobago'],
    ['Officials from Bosnia and Herzegovina and Serbia met in Sarajevo.', 'Bosnia and Herzegovina'],
    ['Antigua and Barbuda voted against the motion.', 'Antigua and Barbuda'],
    ['A ship from Saint Vincent and the Grenadines was detained.', 'Saint Vincent and the Grenadines'],
  ])('%s', (text, state) => {
    const g = graphOf(text);
    expect(nodeNamed(g, state)?.type).toBe('state');
    const first = state.split(' ')[0];
    expect(g.nodes.map((n) => n.label)).not.toContain(first);
  });

  it('states the lexicon misses are states, with or without "the"', () => {
    const g = graphOf('The Philippines protested to Laos. Later the Philippines and Côte d\'Ivoire signed the deal.');
    expect(nodeNamed(g, 'Philippines')?.type).toBe('state');
    expect(nodeNamed(g, 'Laos')?.type).toBe('state');
  });
});

describe('place head nouns', () => {
  it.each(['The ferry capsized off Brannock Point.', 'Fishermen near Kamara Point saw the wreck.', 'The yacht was towed into Lomé Harbour.', 'Hikers crossed Khunjerab Pass on foot.'])('%s', (text) => {
    const g = graphOf(text);
    const node = g.nodes.find((n) => /Point|Harbour|Pass/.test(n.label));
    expect(node?.type).toBe('place');
  });
});

describe('names that are no person', () => {
  it.each([
    ['Hurricane Imelda struck on Monday. Imelda weakened by Tuesday.', 'Imelda'],
    ['Cyclone Freddy battered Malawi. Officials said Freddy had killed 200 people.', 'Freddy'],
    ['Typhoon Koinu hit Taiwan; Koinu later moved west.', 'Koinu'],
  ])('a storm named alone later: %s', (text, name) => {
    expect(nodeNamed(graphOf(text), name)).toBeUndefined();
  });

  it.each(['A P-8 Poseidon flew over the strait.', 'Two MQ-9 Reaper drones landed at dawn.', 'The Su-35 Flanker jets flew over Latakia.'])('an aircraft model: %s', (text) => {
    expect(graphOf(text).nodes.filter((n) => n.type === 'person')).toEqual([]);
  });
});

describe('person or place by the weight of evidence', () => {
  it.each([
    ['The tanker was escorted to Bandar Abbas on Tuesday and is anchored off Bandar Abbas.', 'Bandar Abbas'],
    ['The convoy arrived at Kamal Bazar late on Friday. Aid workers in Kamal Bazar said food was short.', 'Kamal Bazar'],
    ['Soldiers were flown in from Dera Murad on Monday.', 'Dera Murad'],
    ['Herders from the Tsagaan Tolgoi area say the wells are dry.', 'Tsagaan Tolgoi'],
  ])('a place: %s', (text, name) => {
    expect(nodeNamed(graphOf(text), name)?.type).toBe('place');
  });

  it.each([
    ['Ali Hassan said the talks in Doha went well. Later Ali Hassan travelled to Cairo.', 'Ali Hassan'],
    ['Reporters asked Sara Haddad about the ruling. Haddad met Omar Nasser in Amman.', 'Omar Nasser'],
    ['Officials met Kamal Rahimi in Kabul. Rahimi said the talks had gone well.', 'Kamal Rahimi'],
    ['Voters expressed confidence in Ali Hassan on Monday.', 'Ali Hassan'],
    ['An email sent to Omar Nasser was leaked.', 'Omar Nasser'],
    ['Investors showed interest in Kamal Rahimi after the vote.', 'Kamal Rahimi'],
  ])('a person: %s', (text, name) => {
    expect(nodeNamed(graphOf(text), name)?.type).toBe('person');
  });
});

describe('names that go on past a possessive, "General of" or a hyphen link', () => {
  it.each([
    ["The National Farmers' Union protested on Monday.", "National Farmers' Union"],
    ["The Seafarers' International Union said the crew was unpaid.", "Seafarers' International Union"],
    ["Leaders of the People's Progressive Party met in Georgetown.", "People's Progressive Party"],
    ["The Women's Rights Association joined the march.", "Women's Rights Association"],
  ])('%s', (text, name) => {
    expect(nodeNamed(graphOf(text), name)?.type).toBe('organization');
  });

  it("a state's possessive before a body stays the owner", () => {
    const g = graphOf("The United States' Central Command said the Philippines' Coast Guard helped.");
    expect(nodeNamed(g, 'United States')?.type).toBe('state');
    expect(nodeNamed(g, 'Philippines')?.type).toBe('state');
  });

  it.each([
    ['Officials said the Inspectorate General of Prisons had agreed.', 'Inspectorate General of Prisons'],
    ['The Directorate General of Civil Aviation grounded the plane.', 'Directorate General of Civil Aviation'],
    ['A notice from the Directorate General of Ports was issued.', 'Directorate General of Ports'],
  ])('%s', (text, name) => {
    expect(nodeNamed(graphOf(text), name)?.type).toBe('organization');
  });

  it('hyphen-linked names: groups, and towns after a preposition of place', () => {
    const g = graphOf('Fighters from Tehrik-i-Taliban attacked a post near Mazar-i-Sharif. Jaish-e-Mohammed and Hizb-ul-Mujahideen were blamed.');
    expect(nodeNamed(g, 'Tehrik-i-Taliban')?.type).toBe('organization');
    expect(nodeNamed(g, 'Jaish-e-Mohammed')?.type).toBe('organization');
    expect(nodeNamed(g, 'Hizb-ul-Mujahideen')?.type).toBe('organization');
    expect(nodeNamed(g, 'Mazar-i-Sharif')?.type).toBe('place');
  });

  it('a guard named in the plural and the singular is one body', () => {
    const g = graphOf('The National Guards took the airport. A National Guard officer said the runway was closed.');
    expect(g.nodes.filter((n) => /National Guard/.test(n.label))).toHaveLength(1);
  });
});

describe('bodies by their cues', () => {
  it.each([
    ['The plan was rejected by the Jatiya Sangsad, Bangladesh\'s parliament, last week.', 'Jatiya Sangsad'],
    ['The deal was approved by the State Great Khural, Mongolia\'s parliament, in June.', 'State Great Khural'],
    ['The bill passed the Storting Hallen, Norway\'s legislature, on Friday.', 'Storting Hallen'],
  ])('an apposition of a state\'s body: %s', (text, name) => {
    expect(nodeNamed(graphOf(text), name)?.type).toBe('organization');
  });

  it.each([
    ['A deal between the state miner Altan Khuder and Korea\'s Daesan Trading was signed.', 'Altan Khuder'],
    ['The refiner Tupras Koc said output would rise.', 'Tupras Koc'],
    ['Shares in the carmaker Mirova Tal dropped on Tuesday.', 'Mirova Tal'],
  ])('a trade noun before the name: %s', (text, name) => {
    expect(nodeNamed(graphOf(text), name)?.type).toBe('organization');
  });

  it("a person's possessive before a body's noun stays a person", () => {
    const g = graphOf("Parliament elected Tabi Kalo as prime minister on Thursday. The vote came hours after Kalo's party signed a deal.");
    expect(nodeNamed(g, 'Tabi Kalo')?.type).toBe('person');
    const g2 = graphOf("Troops loyal to Omar Bashtar clashed with rivals. Bashtar's militia denied it.");
    expect(nodeNamed(g2, 'Omar Bashtar')?.type).toBe('person');
  });

  it('"according to X" cites a body, it does not place it', () => {
    const g = graphOf('The operator, Ardenna Maritime, rejected the report. According to Ardenna, 19 sailors remain on the ship.');
    expect(nodeNamed(g, 'Ardenna')?.type).toBe('organization');
    const g2 = graphOf('Orion Shipping said the crew was safe. According to Orion, the tanker is still at anchor.');
    expect(nodeNamed(g2, 'Orion')?.type).toBe('organization');
  });
});

describe('bases named by their kind', () => {
  it.each([
    ['The command, headquartered at Naval Support Activity Calvera in Tarsola, said the tanker was detained.', 'Naval Support Activity Calvera'],
    ['Sailors at Naval Support Activity Naples were put on alert.', 'Naval Support Activity Naples'],
    ['Patrol aircraft flew from Naval Air Station Castrovalle on Monday.', 'Naval Air Station Castrovalle'],
  ])('the kind opening the name: %s', (text, name) => {
    expect(nodeNamed(graphOf(text), name)?.type).toBe('base');
  });

  it.each([
    ['The Guyana Defence Force opened a supply depot at Ridgeway Camp, its headquarters near Georgetown.', 'Ridgeway Camp', 'base'],
    ['Soldiers returned to Kigali Camp after the exercise, the army said.', 'Kigali Camp', 'base'],
    ['Thousands of refugees live in Kakuma Camp, aid groups said.', 'Kakuma Camp', 'place'],
    ['The regiment is based at Wellington Barracks, the army said.', 'Wellington Barracks', 'base'],
  ])('"X Camp" by the cues around it: %s', (text, name, type) => {
    expect(nodeNamed(graphOf(text), name)?.type).toBe(type);
  });
});

describe('one body or person under two names', () => {
  it.each([
    ['The Omani Maritime Security Centre said it tracked the ship.', 'The Maritime Security Centre confirmed the seizure off Oman.', 'Maritime Security Centre'],
    ['The US Fifth Fleet said it was watching.', 'The Fifth Fleet sent a destroyer, the United States said.', 'Fifth Fleet'],
    ['The Kenyan Wildlife Protection Agency said poaching fell.', 'The Wildlife Protection Agency denied the report in Kenya.', 'Wildlife Protection Agency'],
  ])('a state before a body names whose it is: %s', (a, b, bare) => {
    const g = graphOf(a, b);
    expect(g.nodes.filter((n) => n.type === 'organization' && (n.label.endsWith(bare) || n.aliases.includes(bare)))).toHaveLength(1);
  });

  it.each([
    ['The Kenya Red Cross said it helped flood victims in Kenya.', 'The Red Cross said it sent aid to Peru.', 'Red Cross'],
    ['The Chilean Navy Hydrographic Service mapped the bay.', 'In Oslo, the Navy Hydrographic Service published a chart.', 'Navy Hydrographic Service'],
    ['The Ghanaian Electoral Commission announced results.', 'In Nairobi, the Electoral Commission delayed its count.', 'Electoral Commission'],
  ])('a bare body in an article that never names the state stays apart: %s', (a, b, bare) => {
    const g = graphOf(a, b);
    expect(g.nodes.filter((n) => n.type === 'organization' && (n.label.endsWith(bare) || n.aliases.includes(bare))).length).toBeGreaterThan(1);
  });

  it('a bare body two states qualify stays apart', () => {
    const g = graphOf('The Kenyan Red Cross Society said it helped. The Ugandan Red Cross Society said it also helped.', 'The Red Cross Society confirmed it.');
    expect(g.nodes.filter((n) => n.type === 'organization')).toHaveLength(3);
  });

  it.each([
    ["Prime Minister Desmond Whyte toured the parishes. The opposition leader, Michael Whyte, criticised the orders. Whyte's government did not meet insurers until Monday.", 'Desmond Whyte', 'Michael Whyte'],
    ["President Ana Perera signed the decree. Her cousin, the senator Luis Perera, opposed it. Perera's administration said the decree stands.", 'Ana Perera', 'Luis Perera'],
    ["Premier Joe Tanaka spoke first. The mayor, Rika Tanaka, replied. Tanaka's cabinet will meet on Friday.", 'Joe Tanaka', 'Rika Tanaka'],
  ])("a surname's government is its head's: %s", (text, head, other) => {
    const g = graphOf(text);
    expect(nodeNamed(g, head)?.mentions).toHaveLength(2);
    expect(nodeNamed(g, other)?.mentions).toHaveLength(1);
  });
});

describe('bodies written in lower case', () => {
  it.each([
    ['The attack was condemned by the UN human rights office in Geneva.', 'UN human rights office'],
    ['The EU border agency said arrivals fell.', 'EU border agency'],
    ['The AU peace mission left in March.', 'AU peace mission'],
  ])('an international body\'s office: %s', (text, name) => {
    expect(nodeNamed(graphOf(text), name)?.type).toBe('organization');
  });

  it.each([
    ["Mali's armed forces said the convoy was armed.", "Mali's armed forces", 'Mali'],
    ['The Nigerien armed forces clashed with rebels.', 'Nigerien armed forces', 'Niger'],
    ["Kenya's armed forces deployed on Monday.", "Kenya's armed forces", 'Kenya'],
  ])("a state's armed forces: %s", (text, name, state) => {
    const g = graphOf(text);
    expect(nodeNamed(g, name)?.type).toBe('organization');
    expect(nodeNamed(g, state)?.type).toBe('state');
  });

  it('"US Navy" spells no "UN"', () => {
    const g = graphOf('The US Navy said it tracked the ship.', 'The UN condemned the strike.');
    expect(nodeNamed(g, 'US Navy')?.aliases).not.toContain('UN');
  });

  it.each([
    ["Silas Moli, a researcher at the Lowy Institute's Pacific Islands programme, said the vote was close.", 'Pacific Islands'],
    ["Ana Ruiz, who runs the Brookings Institution's Latin America program, said the vote was close.", 'Latin America'],
    ["The broadcaster's Middle East desk said it would reopen.", 'Middle East'],
  ])("a body's programme is no place: %s", (text, name) => {
    expect(nodeNamed(graphOf(text), name)).toBeUndefined();
  });
});

describe('more place and body boundaries', () => {
  it.each([
    ['Herders from the Sainshand area say the wells are dry.', 'Sainshand'],
    ['Fighting spread to the Bakhmut area overnight, the army said.', 'Bakhmut'],
    ['Residents of the Tillabéri area fled on Sunday.', 'Tillabéri'],
  ])('a name before "area": %s', (text, name) => {
    expect(nodeNamed(graphOf(text), name)?.type).toBe('place');
  });

  it("a possessive body's name ends before its declared acronym", () => {
    const g = graphOf("The International Transport Workers' Federation (ITF) urged Tehran to let the crew go home.");
    expect(nodeNamed(g, "International Transport Workers' Federation")?.aliases).toContain('ITF');
    expect(nodeNamed(g, 'International Transport Workers')).toBeUndefined();
  });
});
