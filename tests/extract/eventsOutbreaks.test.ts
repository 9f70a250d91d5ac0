// Probes for outbreaks of a disease as events. Every text is written for the test about made-up events.
import { describe, expect, it } from 'vitest';
import { graphOf } from './helpers';

const events = (text: string): string[] => graphOf(text).nodes.filter((n) => n.type === 'event').map((n) => n.label);

describe('an outbreak of a disease', () => {
  it('is an event where it struck, however the disease is named', () => {
    for (const text of [
      'A dengue outbreak in Kandy has put 300 people in hospital, the regional health office said.',
      'The epidemic of diphtheria reached Kandy in March, doctors said.',
      'An outbreak of typhoid in Kandy has killed nine children.',
    ]) expect(events(text), text).toEqual(['Outbreak in Kandy']);
  });

  it('an outbreak of violence or of protests is no epidemic', () => {
    for (const text of [
      'The outbreak of violence in Kandy alarmed the governor.',
      'An epidemic of kidnappings in Kandy worried the police.',
    ]) expect(events(text).filter((l) => /Outbreak/.test(l)), text).toEqual([]);
  });
});
