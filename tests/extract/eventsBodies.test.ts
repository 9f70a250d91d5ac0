// Official acts of a named body on something the text leaves unnamed, claims told past an aside,
// floating events joined to the article's one event of a kindred kind, and dates counted back
// from a neighbouring day. Probe texts are invented for these rules.
import { describe, expect, it } from 'vitest';
import { events, graphOf, linked } from './helpers';

const at = (text: string) => ({ id: 'a', published: '2030-05-20', text });

describe('acts of a named body on an unnamed object', () => {
  it('a coast guard intercepting a boat', () => {
    const g = graphOf(at('VALLETTA — The Maltese Coast Guard intercepted a wooden boat carrying 80 migrants off Gozo on Tuesday.'));
    const [ev] = events(g);
    expect(ev?.label).toMatch(/^Interception of a wooden boat by/);
    expect(linked(g, ev, 'participates_in')).toEqual(['Maltese Coast Guard']);
    expect(ev.date).toBe('2030-05-14');
  });

  it('a government suspending exports', () => {
    const g = graphOf(at('HAVANA — The Cuban government suspended fuel exports on Friday after a refinery fire.'));
    const [ev] = events(g);
    expect(ev?.label).toBe('Suspension of fuel exports by Cuban government');
  });

  it('a state as the subject', () => {
    const g = graphOf(at('Norway suspended salmon imports on Monday.'));
    const [ev] = events(g);
    expect(linked(g, ev, 'participates_in')).toEqual(['Norway']);
  });

  it('a firm halting its own work, a toll and a passenger boarding are no such act', () => {
    for (const text of [
      'Kestrel Mining suspended work at the pit on Monday.',
      "Ghana's army killed hundreds of fighters in the north, officials said.",
      'The United States boarded the flight in Doha on Sunday.',
    ]) expect(events(graphOf(at(text))).filter((e) => / by /.test(e.label))).toEqual([]);
  });
});

describe('claims past an aside', () => {
  it('"The attack, which began ..., was claimed on Wednesday by X"', () => {
    const g = graphOf(at('The attack, which began before dawn and lasted three hours, was claimed on Wednesday by the Sahel Brigade, a jihadist group.'));
    const ev = events(g).find((e) => e.label.startsWith('Attack'));
    expect(ev && linked(g, ev, 'participates_in')).toEqual(['Sahel Brigade']);
    // The day dates the claim, not the attack.
    expect(ev?.date).toBeUndefined();
  });

  it('"The assault on Sunday evening, claimed by X, killed nine"', () => {
    const g = graphOf(at('The assault on Sunday evening, claimed by the Ansar Front, killed nine people near Baidoa.'));
    const ev = events(g).find((e) => e.label.startsWith('Attack'));
    expect(ev && linked(g, ev, 'participates_in')).toEqual(['Ansar Front']);
    expect(ev?.date).toBe('2030-05-19');
  });
});

describe('the object of an act asked for', () => {
  it('"asked a court to hold X" does not make X a party of the asking', () => {
    for (const text of ['Prosecutors asked a court to hold Marko Vela in detention on Monday.', 'The bureau asked the tribunal to detain Ana Ruiz pending trial.'])
      for (const ev of events(graphOf(at(text)))) expect(ev.label).not.toMatch(/involving/);
  });
});

describe('dates counted back from a neighbouring day', () => {
  it('"on Friday, a day after X was arrested"', () => {
    const g = graphOf(at('LUSAKA — Thousands of people protested in the capital on Friday, a day after opposition leader Mwila Banda was arrested at his home.'));
    expect(events(g).find((e) => e.label.startsWith('Arrest'))?.date).toBe('2030-05-16');
  });

  it('"on Wednesday, two weeks after ..."', () => {
    const g = graphOf(at('BAMAKO — Soldiers detained the governor of Kayes, Issa Traore, on Wednesday, two weeks after he was arrested.'));
    expect(events(g).find((e) => e.label.startsWith('Arrest'))?.date).toBe('2030-05-15');
  });

  it('"three days after an earthquake in X"', () => {
    const g = graphOf(at('CUSCO — Aid reached the valley on Thursday, three days after an earthquake in Arequipa.'));
    expect(events(g).find((e) => e.label.startsWith('Earthquake'))?.date).toBe('2030-05-13');
  });
});
