// Probes for names split at an inner connector, names holding digits or a Roman numeral typed as
// people, and camps named "base". Every text is written for the test about made-up events.
import { describe, expect, it } from 'vitest';
import { graphOf, nodeNamed } from './helpers';

const typeOf = (g: ReturnType<typeof graphOf>, name: string): string | undefined => nodeNamed(g, name)?.type;
const labels = (g: ReturnType<typeof graphOf>): string[] => g.nodes.filter((n) => n.type !== 'event').map((n) => n.label);

describe('a body named with an inner connector', () => {
  it('"X Rule of Law Centre": a common noun, "of" and words ending in a body noun make one body', () => {
    for (const [text, body] of [
      ['The Mombasa Rule of Law Institute published its annual report on Monday.', 'Mombasa Rule of Law Institute'],
      ['The Rule of Law Institute in Skopje called the law unconstitutional.', 'Rule of Law Institute'],
      ['A report by the Kandy Torture of Prisoners Commission was published on Monday.', 'Kandy Torture of Prisoners Commission'],
    ]) {
      const g = graphOf(text);
      expect(typeOf(g, body), text).toBe('organization');
      expect(labels(g).filter((l) => /^(Mombasa Rule|Rule|Law Institute|Kandy Torture|Prisoners Commission)$/.test(l)), text).toEqual([]);
    }
  });

  it('a person "of" a body stays a person and a body', () => {
    const g = graphOf('Adaeze Okonkwo of Lagos Business School said the loan was too small.');
    expect(typeOf(g, 'Adaeze Okonkwo')).toBe('person');
  });

  it('"Ministry of A and B Services" is one ministry', () => {
    for (const [text, body] of [
      ['The Ministry of Fisheries and Marine Services issued new quotas on Monday.', 'Ministry of Fisheries and Marine Services'],
      ['A spokesman for the Department of Labour and Social Services declined to comment.', 'Department of Labour and Social Services'],
    ]) {
      const g = graphOf(text);
      expect(typeOf(g, body), text).toBe('organization');
      expect(labels(g).filter((l) => /^(Marine Services|Social Services|Ministry of Fisheries|Department of Labour)$/.test(l)), text).toEqual([]);
    }
  });

  it('a demonym may open a body whose words "and" joins', () => {
    for (const [text, body] of [
      ['The Spanish Fire and Rescue Service bought four new engines.', 'Spanish Fire and Rescue Service'],
      ['The Greek Search and Rescue Command sent a helicopter to the island.', 'Greek Search and Rescue Command'],
    ]) {
      const g = graphOf(text);
      expect(typeOf(g, body), text).toBe('organization');
      expect(labels(g).filter((l) => /^(Rescue Service|Rescue Command)$/.test(l)), text).toEqual([]);
    }
    const h = graphOf('The US and European Union condemned the vote.');
    expect(typeOf(h, 'European Union')).toBe('organization');
    expect(typeOf(h, 'United States')).toBe('state');
  });

  it('a Spanish, Portuguese or French "and" inside a name joins it', () => {
    for (const [text, body] of [
      ['The Fundación Tierra y Futuro planted 3,000 trees near Quito.', 'Fundación Tierra y Futuro'],
      ['The Instituto Terra e Mar said the spill reached the coast near Recife.', 'Instituto Terra e Mar'],
      ['Members of the Parti Travail et Liberté marched in Abidjan on Sunday.', 'Parti Travail et Liberté'],
    ]) {
      const g = graphOf(text);
      expect(typeOf(g, body), text).toBe('organization');
      expect(labels(g).filter((l) => /^(Futuro|Mar|Liberté|Fundación Tierra|Instituto Terra|Parti Travail)$/.test(l)), text).toEqual([]);
    }
  });
});

describe('names with digits or a Roman numeral', () => {
  it('a numbered platform or field is a place, never a person', () => {
    for (const [text, name] of [
      ['Workers were evacuated from the Karavan-7 platform after the blast.', 'Karavan-7'],
      ['Output at Halvor-3 fell by a third, the operator said.', 'Halvor-3'],
    ]) {
      const g = graphOf(text);
      expect(typeOf(g, name), text).not.toBe('person');
    }
  });

  it('a model, a disease code or a sum of money makes no node', () => {
    for (const text of [
      'Police seized a Krusevac M84 rifle and ammunition.',
      'Schools in Suva closed during the FLU-26 outbreak, officials said.',
      'The ministry paid R450m and A$90 to the contractor, said Ana Lesa.',
    ]) {
      const g = graphOf(text);
      expect(labels(g).filter((l) => /\d/.test(l)), text).toEqual([]);
    }
  });

  it('a peak numbered with a Roman numeral is a place; a king with one stays a person', () => {
    const g = graphOf('The climbers reached the summit of Nangtse II on Monday, said guide Pemba Dorje.');
    expect(typeOf(g, 'Nangtse II')).toBe('place');
    const h = graphOf('Porters were stuck below Kharta III for two days.');
    expect(typeOf(h, 'Kharta III')).not.toBe('person');
    const k = graphOf('King Mavuso III of Eswatini met the envoy on Friday.');
    expect(typeOf(k, 'Mavuso III')).toBe('person');
  });
});

describe('a base camp', () => {
  it('a climbers\' base camp is no military base', () => {
    for (const text of [
      'Porters set up Nangtse II base camp in April.',
      'Rescuers reached the Kharta base camp on Tuesday.',
    ]) {
      const g = graphOf(text);
      expect(g.nodes.filter((n) => n.type === 'base').map((n) => n.label), text).toEqual([]);
    }
    expect(typeOf(graphOf('Rescuers reached the Kharta base camp on Tuesday.'), 'Kharta')).toBe('place');
    const h = graphOf('Kenyan troops left the Tarvos air base near Nakuru on Monday.');
    expect(h.nodes.filter((n) => n.type === 'base').length).toBe(1);
  });
});

describe('a base named after its town', () => {
  it('"the port of X" is the town, not the X naval station', () => {
    for (const text of [
      'The Tarvos naval station lies in the port of Tarvos, 40 km from the border.',
      'The frigate returned to Kessaro naval base, which Kenya runs near the town of Kessaro.',
    ]) {
      const g = graphOf(text);
      const base = g.nodes.find((n) => n.type === 'base');
      expect(base, text).toBeDefined();
      expect(base!.aliases.filter((a) => /^(Tarvos|Kessaro)$/.test(a)), text).toEqual([]);
      expect(g.nodes.some((n) => n.type === 'place' && /^(Tarvos|Kessaro)$/.test(n.label)), text).toBe(true);
    }
  });

  it('a dateline naming the city an airport is named after is the city', () => {
    for (const text of [
      'KESSARO — Fighter jets landed at Kessaro Airport on Monday, the Kenyan air force said.',
      'TARVOS — Troops guarded Tarvos airport after the attack, Kenyan police said.',
    ]) {
      const g = graphOf(text);
      const airport = g.nodes.find((n) => /airport/i.test(n.label));
      expect(airport, text).toBeDefined();
      expect(airport!.aliases.filter((a) => /^(KESSARO|TARVOS)$/.test(a)), text).toEqual([]);
    }
  });

  it("a base's name alone, read as a person's, is the base", () => {
    for (const text of [
      'Jets took off from Tarvo Oro air base at dawn. Engineers will lengthen the runway of Tarvo Oro next year, the ministry said.',
      'The jets flew to Kessel Mbo airbase in Kenya. Kenya has run Kessel Mbo since 2019, officials said.',
    ]) {
      const g = graphOf(text);
      expect(g.nodes.filter((n) => n.type === 'person').map((n) => n.label), text).toEqual([]);
    }
  });
});

describe('spelling variants across outlets', () => {
  it('a person written with one consonant more or less in another article is one person', () => {
    const g = graphOf('The court fined Kwadwon Asare, 41, on Monday.', 'Kwadwo Asare will appeal, his lawyer said.');
    expect(g.nodes.filter((n) => n.type === 'person').length).toBe(1);
    // An article that names both has told them apart.
    const h = graphOf('Kwadwon Asare, a pilot, and his cousin Kwadwo Asare, a nurse, were hurt.', 'Kwadwo Asare was treated in Kumasi.');
    expect(h.nodes.filter((n) => n.type === 'person').length).toBe(2);
  });

  it('a base written with one consonant more or less in another article is one base', () => {
    const g = graphOf('Jets took off from Grand Tarvo air base in Chad.', 'Gran Tarvo air base in Chad will get a new runway.');
    expect(g.nodes.filter((n) => n.type === 'base').length).toBe(1);
  });
});

describe('compass words, titles and formal styles', () => {
  it('a compass word and a capitalised unit noun name a unit of the state', () => {
    for (const [text, name] of [
      ['Floods cut roads in Western Province on Sunday.', 'Western Province'],
      ['Schools in the Northern Region reopened on Monday.', 'Northern Region'],
    ]) {
      expect(typeOf(graphOf(text), name), text).toBe('place');
    }
  });

  it('a compass adjective before a lower-case noun names nothing', () => {
    for (const text of [
      'Baku wants Western investors to return, the minister said.',
      'Eastern lenders met in Baku on Monday.',
    ]) {
      expect(labels(graphOf(text)).filter((l) => /^(Western|Eastern)$/.test(l)), text).toEqual([]);
    }
  });

  it('a run ending in a title word is an office, no body', () => {
    for (const text of [
      "Daniel Otieno, Kenya's High Commissioner in Accra, opened the fair.",
      'Kofi Asante became Chief of the Air Staff in May, officials said.',
    ]) {
      expect(labels(graphOf(text)).filter((l) => /^(High Commissioner|Air Staff)$/.test(l)), text).toEqual([]);
    }
  });

  it('a body with a possessive inside its name ends before the name that follows it', () => {
    for (const [text, body, person] of [
      ["The order was signed by the Kessa People's Assembly Standing Committee Secretary Li Wenhai.", "Kessa People's Assembly Standing Committee", 'Li Wenhai'],
      ["A delegate of the Korvan People's Assembly Budget Committee Ana Sefo spoke first.", "Korvan People's Assembly Budget Committee", 'Ana Sefo'],
    ]) {
      const g = graphOf(text);
      expect(typeOf(g, body), text).toBe('organization');
      expect(typeOf(g, person), text).toBe('person');
    }
  });

  it("a state's formal style names the state", () => {
    for (const [text, state] of [
      ['Talks with the Republic of Ghana resume in June.', 'Ghana'],
      ['Envoys of the Kingdom of Tonga arrived in Suva.', 'Tonga'],
      ['The Independent State of Samoa sent a delegation.', 'Samoa'],
    ]) {
      const g = graphOf(text);
      expect(typeOf(g, state), text).toBe('state');
      expect(labels(g).filter((l) => /Republic|Kingdom|State of/.test(l)), text).toEqual([]);
    }
  });
});

describe('bodies named short or by the noun after them', () => {
  it("a name read as a person's by default that opens a body's name is that body", () => {
    for (const text of [
      'Trans-Kivu Airlines cancelled its evening flights. A pilot who left Trans-Kivu in May criticised the decision.',
      'Kessa Freight Holdings denied the report. Analysts said Kessa Freight would lose the licence.',
    ]) {
      const g = graphOf(text);
      expect(g.nodes.filter((n) => n.type === 'person').map((n) => n.label).filter((l) => /Kivu|Kessa/.test(l)), text).toEqual([]);
    }
  });

  it('a name before "bloc", "caucus" or "movement" is a body', () => {
    for (const [text, body] of [
      ['Lawmakers of the Nueva Patria bloc abstained.', 'Nueva Patria'],
      ['Members of the Korvale Sun movement marched in Lima.', 'Korvale Sun'],
    ]) {
      expect(typeOf(graphOf(text), body), text).toBe('organization');
    }
  });
});

describe('a place a body or a base is named after', () => {
  it('a one-word name put after a preposition of place or a unit\'s noun and "of" is the place at every bare mention', () => {
    for (const [text, place] of [
      ["Colombia's Tarma gets truce monitors. The Tarma Truce Verification Mission opened an office. Coffee farming dominates the department of Tarma.", 'Tarma'],
      ['The Kesselo Reform Party backed the bill. Its leader said the vote was a win for Kesselo. Turnout in the province of Kesselo was low.', 'Kesselo'],
    ]) {
      const g = graphOf(text);
      expect(typeOf(g, place), text).toBe('place');
      expect(g.nodes.filter((n) => n.type === 'organization').flatMap((n) => n.aliases).filter((a) => a === place), text).toEqual([]);
    }
  });

  it('an island a base is on is the island, not the base; "commented on X" places nothing', () => {
    for (const text of [
      'A cargo plane was stuck at Tarvo International Airport on Kessarima for two days. Kessarima has 6,000 people.',
      'Fighter jets at Oroku Air Base on Tanegawa were grounded. Tanegawa hosts 20,000 troops.',
    ]) {
      const g = graphOf(text);
      expect(g.nodes.filter((n) => n.type === 'place').map((n) => n.label).filter((l) => /^(Kessarima|Tanegawa)$/.test(l)), text).toHaveLength(1);
    }
    const h = graphOf('The minister commented on Adeyemi at length.');
    expect(h.nodes.some((n) => n.type === 'place')).toBe(false);
  });
});

describe("an air force's ranks", () => {
  it('"Air Vice Marshal X" and "Air Chief Marshal X" title a person', () => {
    for (const [text, person] of [
      ['Air Vice Marshal Kwabena Oduro, who heads the air force, toured the hangar.', 'Kwabena Oduro'],
      ['The commander, Air Chief Marshal Thawat Rungsri, said the jets were ready.', 'Thawat Rungsri'],
    ]) {
      const g = graphOf(text);
      expect(typeOf(g, person), text).toBe('person');
    }
    expect(typeOf(graphOf('An Air Karvo flight landed in Accra on Monday.'), 'Air Karvo')).toBe('organization');
  });
});
