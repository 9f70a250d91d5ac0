// Relative date phrases a reader resolves against the publication date: a month naming an event
// ("the April truce"), weekends, and timetable verbs in the present that point ahead. Without a
// publication date, the phrase stays undated.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates';

// 2031-06-04 is a Wednesday; the weekend before it straddles May and June.
const PUB = '2031-06-04';

function datesOf(text: string, published?: string): Array<[string, string | undefined]> {
  return findDates(text, published).map((m) => [m.text, m.date]);
}

describe('a month naming an event', () => {
  it.each([
    ['The April truce has largely held.', 'April', '2031-04'],
    ['Their October meeting was cordial.', 'October', '2030-10'],
    ['The July talks will resume in Geneva.', 'July', '2031-07'],
  ])('%s', (text, phrase, iso) => {
    expect(datesOf(text, PUB)).toEqual([[phrase, iso]]);
  });

  it('is undated without a publication date, and "May" as a verb is no month', () => {
    expect(datesOf('The April truce has largely held.')).toEqual([['April', undefined]]);
    expect(datesOf('May the talks succeed.', PUB)).toEqual([]);
  });
});

describe('weekends', () => {
  it('a weekend is two days: its month when both fall in one, else no date', () => {
    // 31 May and 1 June: no single month.
    expect(datesOf('Fighting resumed over the weekend.', PUB)).toEqual([['over the weekend', undefined]]);
    expect(datesOf('Fighting resumed last weekend.', PUB)).toEqual([['last weekend', undefined]]);
    // 7 and 8 June.
    expect(datesOf('Protests are planned for this weekend.', PUB)).toEqual([['this weekend', '2031-06']]);
    // Published Wednesday 11 June: the weekend before was 7-8 June.
    expect(datesOf('Fighting resumed over the weekend.', '2031-06-11')).toEqual([['over the weekend', '2031-06']]);
    expect(datesOf('Fighting resumed over the weekend.')).toEqual([['over the weekend', undefined]]);
  });
});

describe('timetable verbs in the present point ahead', () => {
  it.each([
    ['The summit opens on Friday.', '2031-06-06'],
    ['Voters go to the polls on Sunday.', '2031-06-08'],
    ['The trial resumes on Monday.', '2031-06-09'],
    ['The summit opened on Friday.', '2031-05-30'],
  ])('%s → %s', (text, iso) => {
    expect(findDates(text, PUB)[0].date).toBe(iso);
  });
});
