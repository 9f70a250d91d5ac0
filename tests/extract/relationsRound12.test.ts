// Probes for bases, officials and kin on fresh news text: who runs a base described in apposition
// or named by a body's acronym, craft sent "from" a base, a base taken up by its common noun.
// Every text is written for the test about made-up bases, bodies and people.
import { describe, expect, it } from 'vitest';
import { graphOf, relationsBetween } from './helpers';

const linkedTo = (text: string, a: string, b: string): string[] => relationsBetween(graphOf(text), a, b);

describe('a base described in apposition', () => {
  it('the body or demonym qualifying the facility noun runs the base, the place after it holds it', () => {
    for (const [text, base, op, place] of [
      ['Korvadi air base, a Peruvian Air Force facility outside Arequipa, will host the drill.', 'Korvadi air base', 'Peruvian Air Force', 'Arequipa'],
      ['Fighters took off from Velmora air base, a Kenyan Air Force installation northwest of Nakuru, at dawn.', 'Velmora air base', 'Kenyan Air Force', 'Nakuru'],
      ['Supplies reached Tessaly air base, a Chilean facility near Antofagasta, by road.', 'Tessaly air base', 'Chile', 'Antofagasta'],
    ]) {
      expect(linkedTo(text, base, op), text).toContain('operates');
      expect(linkedTo(text, base, place).length, text).toBeGreaterThan(0);
    }
  });

  it('a relative clause or participle after the description names the operator', () => {
    const a = 'Rescuers gathered at Osterbrook air base, a former bomber base 20 kilometres east of Kitwe, which has been run by the Zambia Air Force since 1980.';
    expect(linkedTo(a, 'Osterbrook air base', 'Zambia Air Force')).toContain('operates');
    expect(linkedTo(a, 'Osterbrook air base', 'Kitwe').length).toBeGreaterThan(0);
    const b = 'Merrow air base, a training airfield beside Varna Airport that is managed by the Bulgarian Air Force, will close in May.';
    expect(linkedTo(b, 'Merrow air base', 'Bulgarian Air Force')).toContain('operates');
    expect(linkedTo(b, 'Merrow air base', 'Varna Airport')).toContain('next_to');
  });

  it('"X, near Y, is run by Z", "X, about 30 km (19 miles) north of Y, is operated by Z": the site between commas too', () => {
    const a = 'Korvadi air base, near Arequipa, is run by the Peruvian Air Force.';
    expect(linkedTo(a, 'Korvadi air base', 'Peruvian Air Force')).toContain('operates');
    const b = 'Lenkai air base, about 30 km (19 miles) north of Nakuru, is operated by the Kenya Air Force.';
    expect(linkedTo(b, 'Lenkai air base', 'Nakuru').length).toBeGreaterThan(0);
  });

  it('"the air force\'s oldest airfield north of X in Y": the one air force the article names, and both places', () => {
    const text = 'The Royal Danish Air Force sent two jets. Holmvik air base, the air force\'s oldest airfield north of Aarhus in Jutland, will get a new runway.';
    expect(linkedTo(text, 'Holmvik air base', 'Royal Danish Air Force')).toContain('operates');
    expect(linkedTo(text, 'Holmvik air base', 'Jutland')).toContain('located_in');
  });

  it('a hyphenated demonym dates the place; it makes no state', () => {
    const g = graphOf('Inspectors visited Norvik, a Soviet-era mining camp on the coast.');
    expect(g.nodes.some((n) => n.label === 'Soviet Union')).toBe(false);
    expect(linkedTo('The jet flew on from Ostara, the Turkish-run air base in Somalia, on Monday.', 'Ostara', 'Turkey')).toContain('operates');
  });
});

describe('other ways a base gets its operator', () => {
  it('a body\'s craft "from" a base, no verb between', () => {
    for (const text of [
      'Kenya Air Force helicopters from Lenkai air base dropped leaflets over the town.',
      'Two Kenya Air Force C-130 transports from Lenkai air base dropped food on Sunday.',
    ]) expect(linkedTo(text, 'Lenkai air base', 'Kenya Air Force'), text).toContain('operates_from');
  });

  it('"the base is run by X": the base the article named last', () => {
    for (const text of [
      'Cargo planes use Dorrit air base, north of Ndola. The base is run by the Zambia Air Force.',
      'Cargo planes use Dorrit air base every week. The airfield, operated by the Zambia Air Force since 1990, was closed.',
    ]) expect(linkedTo(text, 'Dorrit air base', 'Zambia Air Force'), text).toContain('operates');
  });

  it('"Y, which flies out of the airport": the airport the article named last', () => {
    for (const text of [
      'The jets landed at Kessa International Airport. The National Police Air Wing, which flies out of the airport, sent a helicopter.',
      'The jets landed at Kessa air base. The 4th Helicopter Squadron, which is based at the base, flew them out.',
    ]) {
      const g = graphOf(text);
      expect(g.edges.some((e) => e.relation === 'operates_from'), text).toBe(true);
    }
  });

  it('"<ACRONYM> Base X": a base named with a body\'s acronym is that body\'s', () => {
    for (const text of [
      'The Royal Velmar Air Force (RVAF) sent a tanker. It left RVAF Base Wirrawong on Tuesday.',
      'A Royal Ostrian Air Force (ROAF) transport took off from ROAF Base Kaitoro at noon.',
    ]) {
      const g = graphOf(text);
      const base = g.nodes.find((n) => n.type === 'base');
      const force = g.nodes.find((n) => n.type === 'organization');
      expect(base && force && relationsBetween(g, base.label, force.label), text).toContain('operates');
    }
  });
});

describe('officials whose state or body is implied', () => {
  it('"A\'s Prime Minister X and B\'s Energy Minister Y": the possessive before a portfolio holds it', () => {
    for (const text of [
      "Estonia's Prime Minister Kaja Rebane and Norway's Energy Minister Odd Lunde opened the plant together.",
      "Finland's Trade Minister Aino Peltola met Norway's Fisheries Minister Odd Lunde in Oslo.",
    ]) expect(linkedTo(text, 'Odd Lunde', 'Norway'), text).toContain('minister_of');
  });

  it('"..., the <demonym> foreign ministry said": the reporting state holds the bare title', () => {
    for (const [text, state, other] of [
      ["Foreign Minister Elena Tamayo raised the fishing dispute with Kenya's envoy on Tuesday, Peru's foreign ministry said.", 'Peru', 'Kenya'],
      ["Foreign Minister Elena Tamayo will brief Ghana's ambassador about the quota, the Chilean foreign ministry said.", 'Chile', 'Ghana'],
    ]) {
      expect(linkedTo(text, 'Elena Tamayo', state), text).toContain('foreign_minister_of');
      expect(linkedTo(text, 'Elena Tamayo', other), text).toEqual([]);
    }
  });

  it('"government spokesperson X", "interim government spokesman X": the story\'s own state', () => {
    for (const text of [
      'NIAMEY — Niger ordered the mission to leave Niger. Niger said the mission had failed. Government spokesperson Amadou Kolo announced it on radio as French troops packed up.',
      'NIAMEY — Niger ordered the mission to leave Niger. Niger said the mission had failed. Interim government spokesman Colonel Amadou Kolo said the decision was final.',
    ]) {
      expect(linkedTo(text, 'Amadou Kolo', 'Niger'), text).toContain('spokesperson_of');
      expect(linkedTo(text, 'Amadou Kolo', 'France'), text).toEqual([]);
    }
  });

  it('"In <capital>, the government\'s spokesman, X": the capital seats the government', () => {
    for (const text of [
      'Mali denied the report. In Bamako, the interim government\'s spokesman, Issa Diarra, called the story false.',
      'Ghana and Mali traded claims. In Bamako, the government\'s spokesman, Issa Diarra, said Ghana was wrong.',
    ]) expect(linkedTo(text, 'Issa Diarra', 'Mali'), text).toContain('spokesperson_of');
  });

  it('"..., its spokesperson X said": the body the sentence named', () => {
    for (const text of [
      'The Anti-Fraud Directorate will audit the port, its spokesperson Mara Velic told reporters.',
      'The Tarvel Water Board raised prices and its chairman Ode Moro resigned.',
    ]) {
      const g = graphOf(text);
      const person = g.nodes.find((n) => n.type === 'person')!;
      const body = g.nodes.find((n) => n.type === 'organization')!;
      expect(relationsBetween(g, person.label, body.label).filter((r) => r !== 'mentioned_with').length, text).toBeGreaterThan(0);
    }
  });
});

describe('kin', () => {
  it('"His younger brother, X" after a sentence naming several people: the one sharing X\'s surname', () => {
    for (const text of [
      'Police are looking for the businessman Mateo Lazo. Inspector Julia Romero told reporters that Lazo had left the country. His younger brother, Bruno Lazo, runs the family firm.',
      'Former governor Juan Arce was arrested on Monday, and prosecutor Luisa Pardo accused Arce of hiding the money. His elder brother, Tomas Arce, was questioned later.',
    ]) {
      const g = graphOf(text);
      const [older, younger] = text.includes('Lazo') ? ['Mateo Lazo', 'Bruno Lazo'] : ['Juan Arce', 'Tomas Arce'];
      expect(relationsBetween(g, older, younger), text).toContain('sibling_of');
    }
  });

  it('"the former president\'s son, X", "X, the general\'s niece": the one person bearing that title', () => {
    const a = 'President Ana Soler sent flowers. Former president Tomas Irala died last week. The former president\'s son, senator Marco Irala, thanked the nurses.';
    expect(linkedTo(a, 'Tomas Irala', 'Marco Irala')).toContain('parent_of');
    expect(linkedTo(a, 'Ana Soler', 'Marco Irala')).toEqual([]);
    const b = 'Major General Ivo Rakic retired in March. Ana Rakic, the general\'s niece, now runs his farm.';
    expect(linkedTo(b, 'Ivo Rakic', 'Ana Rakic')).toContain('relative_of');
  });
});

describe('a bare title of a person whose state the article states elsewhere', () => {
  it('"<State>\'s Minister for X, Y" then "X Minister Y": not the story\'s state', () => {
    for (const text of [
      "RIGA — Latvia thanked Lithuania. Latvia said the bridge was safe. Lithuania's Minister for Agriculture, Jonas Kairys, promised more grain. Later, Agriculture Minister Jonas Kairys toured the farms.",
      "TBILISI — Georgia thanked Armenia. Georgia said the road was open. Armenia's Transport Minister, Tigran Avagyan, said trucks had crossed. Transport Minister Tigran Avagyan later met drivers at the border.",
    ]) {
      const g = graphOf(text);
      const home = text.includes('RIGA') ? 'Latvia' : 'Georgia';
      const person = g.nodes.find((n) => n.type === 'person')!;
      expect(relationsBetween(g, person.label, home).filter((r) => r.endsWith('minister_of')), text).toEqual([]);
    }
  });
});

describe('portfolios joined by "and"', () => {
  it('"A\'s Plantation and Commodities Minister, X", "A\'s Minister of Trade and Regional Integration, X"', () => {
    for (const [text, who, state] of [
      ["Malaysia's Plantation and Commodities Minister, Siti Rahman, banned open burning on Monday.", 'Siti Rahman', 'Malaysia'],
      ["Kenya's Minister of Trade and Regional Integration, Otieno Wafula, said the border would reopen.", 'Otieno Wafula', 'Kenya'],
    ]) expect(linkedTo(text, who, state), text).toContain('minister_of');
  });
});

describe('a bare title and the state in an object\'s possessive', () => {
  it('"Defence Minister X said the ships would guard <State>\'s waters": still the story\'s state', () => {
    for (const [text, who, state] of [
      ["SANTIAGO — Chile's Senate on Wednesday backed the frigate budget. Defence Minister Lucia Tello said the frigates would guard Chile's fishing grounds.", 'Lucia Tello', 'Chile'],
      ["QUITO — Ecuador's Congress approved the loan on Monday. Finance Minister Ana Vera told reporters the money would protect Ecuador's reserves.", 'Ana Vera', 'Ecuador'],
    ]) expect(linkedTo(text, who, state).some((r) => r.endsWith('minister_of')), text).toBe(true);
  });
});

describe('a wire dateline', () => {
  it('"CAPITAL, Month Day (Agency) —" settles the story\'s state for bare titles', () => {
    for (const [text, who, state] of [
      ['SANTIAGO, April 22 (Pacific Newswire) — Chile\'s Senate approved the loan from Japan and Korea. Japan and Korea welcomed it, and Korea sent a team. Defence Minister Lucia Tello said the ships were needed.', 'Lucia Tello', 'Chile'],
      ['QUITO, May 3 (Equator News) — Ecuador\'s deal with Japan and Korea was signed. Japan and Korea praised it, and Korea sent a team. Finance Minister Ana Vera said the money was ready.', 'Ana Vera', 'Ecuador'],
    ]) expect(linkedTo(text, who, state).some((r) => r.endsWith('minister_of')), text).toBe(true);
  });
});
