// People taken in the course of an armed attack were taken when it happened: an abduction whose own
// sentences give no date takes the date of the article's one dated attack with a party, when its
// sentence speaks of the attack or of those who make one; an abduction told apart from it does not.
import { describe, expect, it } from 'vitest';
import { events, graphOf } from './helpers';

const story = (body: string) =>
  events(graphOf({ id: 'c', text: `WORLD | SECURITY\n\nHeadline\n\nBy Staff, Daily Ledger\nPublished: 12 May 2031\n\n${body}` }));

describe('captives taken in an attack', () => {
  it('"abducted by the gunmen as they withdrew" takes the attack\'s date', () => {
    const ev = story(
      'Gunmen stormed a market in Mandera on Sunday night, killing nine people, police said. The attack was claimed by the Jubba Brigades.\n\n' +
        'Among the missing is Halima Noor, a nurse, who was abducted by the gunmen as they withdrew, according to her brother.',
    );
    const attack = ev.find((e) => /^Attack/.test(e.label));
    const abduction = ev.find((e) => /^Abduction/.test(e.label));
    expect(attack?.date, ev.map((e) => e.label).join('; ')).toBeDefined();
    expect(abduction?.date).toBe(attack?.date);
  });

  it('an abduction elsewhere, with no word of the attack, keeps no date', () => {
    const ev = story(
      'The attack on an army post near Kidira on Saturday was carried out by the Northern Movement, the army said.\n\n' +
        'An aid worker, Sara Lindqvist, was abducted in Bamako, her employer said. Her abduction was condemned by Sweden.',
    );
    const abduction = ev.find((e) => /^Abduction/.test(e.label));
    expect(abduction?.date).toBeUndefined();
  });
});
