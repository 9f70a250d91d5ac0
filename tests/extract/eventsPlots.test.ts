// A plot told as what someone is held for ("suspected of plotting to seize X", "charged with
// conspiring to kill Y", "accused of planning to overthrow Z") or by its noun ("a conspiracy to
// assassinate W"): a plot against those named after the infinitive, whatever the wording; a plot
// of land, a conspiracy to commit fraud, a plan to meet someone and a plot a court acquitted of are none.
import { describe, expect, it } from 'vitest';
import { events, eventWith, graphOf } from './helpers';

const at = (s: string): string => `Published: 5 November 2026\n\n${s}`;
const plots = (s: string): string[] => events(graphOf(at(s))).filter((e) => e.label.startsWith('Plot')).map((e) => e.label);

describe('a plot held against someone, however the charge is worded', () => {
  it('"suspected of", "accused of", "charged with", "convicted of" plotting', () => {
    expect(eventWith(graphOf(at('SUVA — Six majors were suspected of plotting to seize the state broadcaster and detain President Mere Tuilagi, the ministry said on Tuesday.')), 'plotting').label).toBe('Plot against Mere Tuilagi');
    expect(eventWith(graphOf(at('LUSAKA — Police detained two officers accused of plotting to take the airport and kill President Joseph Mwale, officials said on Monday.')), 'plotting').label).toBe('Plot against Joseph Mwale');
    expect(eventWith(graphOf(at('BISHKEK — The colonel was charged with plotting to kill President Aibek Sadyrov, his lawyer said on Friday.')), 'plotting').label).toBe('Plot against Aibek Sadyrov');
    expect(plots('BISHKEK — A court convicted a colonel charged with plotting to kill President Aibek Sadyrov, his lawyer said on Friday.')).toEqual(['Plot against Aibek Sadyrov']);
  });

  it('"conspiring to" and "planning to" in the same frames', () => {
    expect(eventWith(graphOf(at('LUSAKA — Police detained two officers accused of conspiring to kill President Joseph Mwale, officials said on Monday.')), 'conspiring').label).toBe('Plot against Joseph Mwale');
    expect(eventWith(graphOf(at('SUVA — Army investigators arrested six majors on suspicion of planning to seize the state broadcaster and detain President Mere Tuilagi.')), 'planning').label).toBe('Plot against Mere Tuilagi');
    expect(eventWith(graphOf(at('TBILISI — Police arrested four men suspected of planning to violently overthrow President Giorgi Kapanadze.')), 'planning').label).toBe('Plot against Giorgi Kapanadze');
  });

  it('the noun: "a plot to overthrow", "a conspiracy to assassinate"', () => {
    expect(plots('ASUNCION — Prosecutors said the general led a plot to overthrow President Carlos Benitez.')).toEqual(['Plot against Carlos Benitez']);
    expect(plots('ASUNCION — Prosecutors said the general led a conspiracy to assassinate President Carlos Benitez.')).toEqual(['Plot against Carlos Benitez']);
  });
});

describe('no plot, or a plot of another year', () => {
  it('"planning to" outside a charge, a plan to meet, a conspiracy to commit fraud, an acquittal', () => {
    expect(plots('NAIROBI — The minister is planning to visit President Wanjiru Kamau next week.')).toEqual([]);
    expect(plots('NAIROBI — The minister was accused of planning to meet President Wanjiru Kamau in secret.')).toEqual([]);
    expect(plots('LUSAKA — Two men were charged with conspiracy to commit fraud against Zambezi Bank on Monday.')).toEqual([]);
    expect(plots('LUSAKA — Two men were charged with conspiring to defraud Zambezi Bank on Monday.')).toEqual([]);
    expect(plots('LUSAKA — The colonel was acquitted of plotting to kill President Joseph Mwale, his lawyer said.')).toEqual([]);
  });

  it('a plot of a past year stays apart from the one the story reports', () => {
    expect(plots('ACCRA — Police arrested two officers accused of plotting to kill President Kwame Boateng, officials said on Monday. It was the second such case: a 2019 plot to kill Boateng was foiled by the army.'))
      .toEqual(['Plot against Kwame Boateng', 'Plot against Kwame Boateng, 2019']);
    expect(plots('HANOI — A colonel jailed for plotting to kill President Tran Van Long in 2019 was freed on Monday.')).toEqual(['Plot against Tran Van Long, 2019']);
  });
});
