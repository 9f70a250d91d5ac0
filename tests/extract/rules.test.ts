// Each rule of the extractor probed with short texts written for it, about invented or other events.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { edge, graphOf, nodeNamed, nodesNamed, relationsBetween } from './helpers';

describe('relations from sentence structure', () => {
  it('reads a passive with its agent the right way round', () => {
    const g = graphOf('President Omar Haddad was toppled by General Karim Nasser in a coup last year.');
    expect(edge(g, 'Karim Nasser', 'toppled', 'Omar Haddad')).toBeDefined();
    expect(edge(g, 'Omar Haddad', 'toppled', 'Karim Nasser')).toBeUndefined();
  });

  it('states no relation from a negated sentence', () => {
    const g = graphOf('Chancellor Olaf Brandt did not meet Prime Minister Elena Costa in Rome.', 'Neither criticised Hungary during the summit.');
    expect(relationsBetween(g, 'Olaf Brandt', 'Elena Costa')).toEqual([]);
    expect(g.edges.filter((e) => e.relation === 'criticised')).toEqual([]);
  });

  it('does not turn co-occurrence into a relation', () => {
    const g = graphOf('Analysts in Germany and Brazil watched the vote closely, as did officials in Japan.');
    expect(g.edges.filter((e) => e.relation !== 'mentioned_with')).toEqual([]);
  });

  it('reads a relative clause object: "X, whom Y continues to shelter"', () => {
    const g = graphOf('The talks covered Viktor Lenz, whom Belarus continues to shelter despite requests.');
    expect(edge(g, 'Belarus', 'shelters', 'Viktor Lenz')).toBeDefined();
  });

  it('reads roles: demonym + title, office + spokesman, possessive + spokesman', () => {
    const g = graphOf(
      'French President Claire Dubois met Canadian Prime Minister Mark Tremblay in Paris on Friday. ' +
        'White House spokeswoman Jane Miller said the talks went well. Dubois’s spokesman Paul Girard declined to comment.',
    );
    expect(edge(g, 'Claire Dubois', 'leader_of', 'France')).toBeDefined();
    expect(edge(g, 'Mark Tremblay', 'leader_of', 'Canada')).toBeDefined();
    expect(edge(g, 'Jane Miller', 'spokesperson_of', 'White House')).toBeDefined();
    expect(edge(g, 'Paul Girard', 'spokesperson_of', 'Claire Dubois')).toBeDefined();
    expect(edge(g, 'Claire Dubois', 'meets', 'Mark Tremblay', true)).toBeDefined();
    expect(nodeNamed(g, 'Claire Dubois')?.roles).toContain('French President');
  });

  it('links a capital or seat of government used for its state to that state', () => {
    const g = graphOf('Tehran confirmed the deal with Iraq. Iran has long backed militias in the region.');
    expect(nodeNamed(g, 'Tehran')?.type).toBe('place');
    expect(edge(g, 'Tehran', 'capital_of', 'Iran')).toBeDefined();
  });
});

describe('resolution', () => {
  it('attaches surname-only mentions, with or without "al-", to the full name', () => {
    const g = graphOf(
      'Iraqi Prime Minister Mohammed al-Sudani visited Amman. Al-Sudani praised Jordan. Sudani later met King Abdullah.',
    );
    const people = nodesNamed(g, 'Sudani');
    expect(people).toHaveLength(1);
    expect(people[0].label).toBe('Mohammed al-Sudani');
    expect(people[0].aliases).toEqual(expect.arrayContaining(['Al-Sudani', 'Sudani']));
    expect(edge(g, 'Mohammed al-Sudani', 'praised', 'Jordan')).toBeDefined();
  });

  it('keeps a father and a son with one surname apart, and "his son" relates them', () => {
    const g = graphOf('The party was founded by Jomo Odhiambo and later led by his son Raila Odhiambo. Odhiambo said the vote was fair.');
    const jomo = nodeNamed(g, 'Jomo Odhiambo')!;
    const raila = nodeNamed(g, 'Raila Odhiambo')!;
    expect(jomo.id).not.toBe(raila.id);
    expect(edge(g, 'Jomo Odhiambo', 'parent_of', 'Raila Odhiambo')).toBeDefined();
  });

  it('merges a surname in one article with the full name from another', () => {
    const g = graphOf('Chilean President Gabriel Rojas arrived in Lima.', 'Rojas said the border would stay open.');
    expect(nodesNamed(g, 'Rojas')).toHaveLength(1);
    expect(nodeNamed(g, 'Rojas')!.mentions.map((m) => m.articleId).sort()).toEqual(['a0', 'a1']);
  });

  it('merges transliteration variants of a base across articles, and keeps distinct bases apart', () => {
    const g = graphOf(
      'Turkish troops remain at the Bashiqa military base near Mosul.',
      'Turkey kept forces at the Bashiqah base, officials said, while drones flew from the Incirlik air base.',
    );
    const bases = g.nodes.filter((n) => n.type === 'base');
    expect(bases).toHaveLength(2);
    expect(nodeNamed(g, 'Bashiqa military base')?.aliases).toEqual(expect.arrayContaining(['Bashiqah base']));
    expect(edge(g, 'Turkey', 'operates', 'Bashiqa military base')).toBeDefined();
  });

  it('recognises former states as states', () => {
    const g = graphOf('The treaty was signed when Yugoslavia and the Soviet Union still existed.');
    expect(nodeNamed(g, 'Yugoslavia')?.type).toBe('state');
    expect(nodeNamed(g, 'Soviet Union')?.type).toBe('state');
  });
});

describe('events and dates', () => {
  it('dates an event from a relative phrase and the publication date', () => {
    const g = graphOf({
      id: 'x', published: '2025-03-14',
      text: 'German Chancellor Anna Weber met Polish President Jan Nowak in Warsaw on Wednesday. The meeting focused on energy.',
    });
    const talks = g.nodes.find((n) => n.type === 'event')!;
    expect(talks.label).toBe('Talks between Anna Weber and Jan Nowak');
    expect(talks.date).toBe('2025-03-12');
    expect(talks.mentions).toHaveLength(2);
    expect(edge(g, 'Anna Weber', 'participates_in', talks.label)).toBeDefined();
    expect(g.edges.some((e) => e.source === talks.id && e.target === nodeNamed(g, 'Warsaw')!.id && e.relation === 'located_in')).toBe(true);
  });

  it('keeps the phrase and no date when the publication date is unknown', () => {
    const g = graphOf('German Chancellor Anna Weber met Polish President Jan Nowak in Warsaw on Wednesday.');
    const talks = g.nodes.find((n) => n.type === 'event')!;
    expect(talks.date).toBeUndefined();
    expect(talks.dateText).toBe('Wednesday');
  });

  it('makes one ouster event from the verb and its nominalisations', () => {
    const g = graphOf(
      'Rebels led by Ali Mansour toppled President Hamid Karrar in March 2023. Karrar’s ouster shocked the region.',
    );
    const ouster = g.nodes.filter((n) => n.type === 'event');
    expect(ouster.map((n) => n.label)).toEqual(['Ouster of Hamid Karrar']);
    expect(ouster[0].date).toBe('2023-03');
    expect(ouster[0].mentions).toHaveLength(2);
  });
});

describe('cleaning', () => {
  it('drops boilerplate, credits and bylines without moving offsets', () => {
    const text = [
      'Daily Planet',
      'World',
      'By Lois Lane',
      'Kenyan President William Ruto praised Tanzania for its help (Tony Karumba/AFP).',
      'Sign up for our newsletter to get the best stories in your inbox.',
      'Leave a Reply',
      'Related Articles',
      'Support our journalism: donate today.',
    ].join('\n');
    const x = extractArticle({ id: 'p', text, outlet: 'Daily Planet' });
    const labels = x.entities.map((e) => e.label);
    expect(labels).toContain('William Ruto');
    expect(labels).toContain('Tanzania');
    for (const noise of ['Daily Planet', 'Lois Lane', 'Tony Karumba', 'AFP']) expect(labels.join('|')).not.toContain(noise);
    const praised = x.relations.find((r) => r.relation === 'praised')!;
    expect(text.slice(praised.evidence.start, praised.evidence.end)).toBe(praised.evidence.quote);
    expect(praised.evidence.quote.startsWith('Kenyan President William Ruto praised')).toBe(true);
  });
});
