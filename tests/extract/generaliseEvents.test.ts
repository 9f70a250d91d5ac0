// Events named by a trigger word, on short texts written for each rule: one node per real event,
// its participants, target and place as edges quoting the sentence, and its date.
import { describe, expect, it } from 'vitest';
import { eventWith, events, graphOf, linked, nodeNamed } from './helpers';

describe('events from trigger words', () => {
  it('an earthquake: one node for every mention, placed where it struck, dated from the publication date', () => {
    const g = graphOf({
      id: 'quake',
      published: '2030-04-11',
      text:
        'A powerful earthquake struck northern Peru late on Tuesday, killing at least 40 people.\n\n' +
        'The quake destroyed hundreds of homes, the civil defence office said.\n\n' +
        'Rescue teams from Ecuador arrived on Wednesday.',
    });
    const quakes = events(g).filter((e) => /earthquake/i.test(e.label));
    expect(quakes).toHaveLength(1);
    expect(quakes[0].aliases).toEqual(expect.arrayContaining(['earthquake', 'quake']));
    expect(quakes[0].date).toBe('2030-04-09');
    expect(linked(g, quakes[0], 'located_in')).toEqual(['Peru']);
    // Nobody takes part in an earthquake.
    expect(linked(g, quakes[0], 'participates_in')).toEqual([]);
  });

  it('an arrest in the passive: the person arrested is the target, the agent after "by" takes part', () => {
    const g = graphOf({
      id: 'arrest',
      published: '2031-06-20',
      text: 'Former governor Paulo Mendes was arrested by the Federal Police in May 2030 over bribes from road builders.',
    });
    const arrest = eventWith(g, 'arrested');
    expect(arrest.label).toBe('Arrest of Paulo Mendes, 2030');
    expect(arrest.date).toBe('2030-05');
    expect(linked(g, arrest, 'target_of')).toEqual(['Paulo Mendes']);
    expect(linked(g, arrest, 'participates_in')).toEqual(['Federal Police']);
    const ev = g.edges.find((e) => e.relation === 'target_of' && e.target === arrest.id)!;
    expect(ev.evidence[0].quote).toMatch(/^Former governor Paulo Mendes was arrested by the Federal Police/);
  });

  it('a plea: the defendants who pleaded are on trial, and the later "the trial" joins the same event', () => {
    const g = graphOf({
      id: 'trial',
      published: '2031-02-07',
      text:
        'Businessman Olu Bankole and his brother, Tayo Bankole, pleaded not guilty on Thursday to charges of fraud.\n\n' +
        'The trial is expected to last three weeks.',
    });
    const trial = eventWith(g, 'pleaded');
    expect(trial.aliases).toContain('trial');
    expect(trial.date).toBe('2031-02-06');
    expect(linked(g, trial, 'target_of')).toEqual(['Olu Bankole', 'Tayo Bankole']);
    expect(events(g).filter((e) => /trial/i.test(e.label))).toHaveLength(1);
  });

  it('an election: who won and who was defeated take part; a runoff is named in the label', () => {
    const g = graphOf({
      id: 'vote',
      published: '2029-10-08',
      text: 'Centrist candidate Marta Ruiz won Uruguay’s presidential runoff on Sunday, defeating conservative Diego Ferrer by six points.',
    });
    const vote = eventWith(g, 'runoff');
    expect(vote.label).toBe('Runoff election in Uruguay');
    expect(vote.date).toBe('2029-10-07');
    expect(linked(g, vote, 'participates_in')).toEqual(['Diego Ferrer', 'Marta Ruiz']);
    expect(linked(g, vote, 'located_in')).toEqual(['Uruguay']);
  });

  it('a release of hostages: located where it happened, mediators after "by" take part', () => {
    const g = graphOf({
      id: 'hostages',
      published: '2028-03-15',
      text: 'Nine hostages were released in northern Mali on Monday after weeks of talks mediated by Algeria, officials said.',
    });
    const release = eventWith(g, 'released');
    expect(release.label).toBe('Release of hostages in Mali');
    expect(release.date).toBe('2028-03-13');
    expect(linked(g, release, 'located_in')).toEqual(['Mali']);
    const talks = eventWith(g, 'talks');
    expect(linked(g, talks, 'participates_in')).toContain('Algeria');
  });

  it('a coup and a suspension: the body that suspends takes part, the suspended state is the target', () => {
    const g = graphOf({
      id: 'coup',
      published: '2032-07-02',
      text:
        'Army officers seized power in Niger on Tuesday and detained President Ali Maiga.\n\n' +
        'The African Union suspended Niger from all its activities on Wednesday.',
    });
    const coup = eventWith(g, 'seized');
    expect(coup.label).toBe('Coup in Niger');
    expect(coup.date).toBe('2032-06-29');
    const arrest = eventWith(g, 'detained');
    expect(linked(g, arrest, 'target_of')).toEqual(['Ali Maiga']);
    const suspension = eventWith(g, 'suspended');
    expect(suspension.label).toBe('Suspension of Niger');
    expect(linked(g, suspension, 'participates_in')).toEqual(['African Union']);
    expect(linked(g, suspension, 'target_of')).toEqual(['Niger']);
  });

  it('an attack named by demonyms: the attacking and the attacked states', () => {
    const g = graphOf({
      id: 'cannon',
      published: '2030-09-01',
      text: 'Last week, Chinese coast guard ships fired water cannon at a Vietnamese fishing boat near the Paracel Islands.',
    });
    const attack = eventWith(g, 'fired');
    expect(linked(g, attack, 'participates_in')).toEqual(['China']);
    expect(linked(g, attack, 'target_of')).toEqual(['Vietnam']);
  });

  it('a strike by a union: members of the union walked out; the spokesperson who talks about it does not take part', () => {
    const g = graphOf({
      id: 'strike',
      text:
        'About 2,000 members of the Unite Rail union walked off the job on Monday.\n\n' +
        'Company chief Hannah Cole warned that the strike was costing millions.',
    });
    const strike = eventWith(g, 'walked');
    expect(strike.aliases).toContain('strike');
    expect(linked(g, strike, 'participates_in')).toEqual(['Unite Rail']);
    // No publication date: the weekday stays a phrase, no false precision.
    expect(strike.date).toBeUndefined();
    expect(strike.dateText).toBe('Monday');
  });

  it('states no event for plans, habits, negations, classes of events, captions or headlines', () => {
    const g = graphOf({
      id: 'none',
      published: '2030-01-10',
      text:
        'Rebels threaten strike on capital\n\n' +
        'The opposition wants Colonel Ibrahim Sow to face trial for the killings.\n\n' +
        'Minister Rosa Vidal travelled to Lisbon several times last year.\n\n' +
        'The region has seen four coups since independence.\n\n' +
        'Officials said there was no earthquake in Chile on Monday.\n\n' +
        '(Photo: Ana Lima/AFP) Protesters detained in Santiago on Monday.',
    });
    expect(events(g).map((e) => e.label)).toEqual([]);
  });

  it('reactions: "X condemned the coup", "Y criticised the pact" link X and Y to the event, not as parts of it', () => {
    const g = graphOf({
      id: 'reactions',
      published: '2033-02-03',
      text:
        'Canada and Mexico signed a border security agreement on Tuesday in Ottawa.\n\n' +
        'Cuba criticised the pact.\n\n' +
        'Army officers seized power in Gabon on Wednesday. The African Union condemned the coup.',
    });
    const signing = eventWith(g, 'signed');
    expect(signing.aliases).toContain('pact');
    expect(linked(g, signing, 'criticised')).toEqual(['Cuba']);
    expect(linked(g, signing, 'participates_in')).toEqual(['Canada', 'Mexico']);
    const coup = eventWith(g, 'seized');
    expect(linked(g, coup, 'condemned')).toEqual(['African Union']);
    expect(linked(g, coup, 'participates_in')).not.toContain('African Union');
  });

  it('a protest: placed where people marched; a year naming an earlier event keeps it apart; planned talks are no event', () => {
    const g = graphOf({
      id: 'protest',
      published: '2030-08-03',
      text:
        'Thousands of students marched on the parliament building in Nairobi on Saturday.\n\n' +
        'The protest, the largest since the 2024 uprising, ended at dusk.\n\n' +
        'President Ruth Wanjiru said the government would hold talks with student leaders.',
    });
    const protest = eventWith(g, 'marched');
    expect(protest.label).toBe('Protest in Nairobi');
    expect(protest.aliases).toContain('protest');
    expect(protest.aliases).not.toContain('uprising');
    expect(protest.date).toBe('2030-08-03');
    expect(events(g).some((e) => e.aliases.includes('talks'))).toBe(false);
  });

  it('a date goes to the event word nearest it, not across another event word', () => {
    const g = graphOf({
      id: 'dates',
      published: '2032-07-10',
      text: 'Troops seized power in Chad on Friday. The coup follows a disputed presidential election last month in Chad.',
    });
    expect(eventWith(g, 'seized').date).toBe('2032-07-09');
    expect(eventWith(g, 'election').date).toBe('2032-06');
  });

  it('a past event of the same kind in another year stays its own node', () => {
    const g = graphOf({
      id: 'two-strikes',
      published: '2030-05-20',
      text:
        'Dockworkers in Antwerp began a strike on Monday over pay.\n\n' +
        'The last strike at the port, in 2019, lasted five days in Antwerp.',
    });
    const strikes = events(g).filter((e) => /strike/i.test(e.label));
    expect(strikes.map((e) => e.label).sort()).toEqual(['Strike in Antwerp', 'Strike in Antwerp, 2019']);
    expect(nodeNamed(g, 'Strike in Antwerp, 2019')?.date).toBe('2019');
  });
});
