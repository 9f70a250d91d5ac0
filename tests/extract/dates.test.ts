import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates, findPublishedDate, resolveDatePhrase } from '../../src/extract/dates';

// 2026-01-29 is a Thursday; 2024-03-01 a Friday; 2025-01-01 a Wednesday.
const PUB = '2026-01-29';

function datesOf(text: string, published?: string): Array<[string, string | undefined]> {
  return findDates(text, published).map((m) => [m.text, m.date]);
}

describe('explicit dates', () => {
  it.each([
    ['2026-01-29', '2026-01-29'],
    ['2026/1/29', '2026-01-29'],
    ['January 29, 2026', '2026-01-29'],
    ['Jan 29, 2026', '2026-01-29'],
    ['Jan. 29, 2026', '2026-01-29'],
    ['January 29th 2026', '2026-01-29'],
    ['Sept. 3, 2025', '2025-09-03'],
    ['29 January 2026', '2026-01-29'],
    ['29 Jan 2026', '2026-01-29'],
    ['29th of January, 2026', '2026-01-29'],
    ['Wednesday, January 28, 2026', '2026-01-28'],
    ['29/01/2026', '2026-01-29'],
    ['01/29/2026', '2026-01-29'],
    ['JANUARY 29, 2026', '2026-01-29'],
  ])('%s → %s without any publication date', (phrase, iso) => {
    expect(resolveDatePhrase(phrase)).toBe(iso);
    const [m] = findDates(`It happened on ${phrase} in the capital.`);
    expect(m.text).toBe(phrase);
  });

  it('gives only the year when day and month could be either way round', () => {
    expect(resolveDatePhrase('03/04/2025')).toBe('2025');
  });

  it('accepts 29 February only in leap years', () => {
    expect(resolveDatePhrase('February 29, 2024')).toBe('2024-02-29');
    expect(resolveDatePhrase('29 Feb 2000')).toBe('2000-02-29');
    expect(resolveDatePhrase('February 29, 2025')).toBeUndefined();
    expect(resolveDatePhrase('29 Feb 1900')).toBeUndefined();
    expect(resolveDatePhrase('2025-02-30')).toBeUndefined();
  });

  it('reads a month with a year as a partial date', () => {
    expect(resolveDatePhrase('in December 2024')).toBe('2024-12');
    expect(resolveDatePhrase('Dec. 2024')).toBe('2024-12');
    expect(datesOf('Assad fled Syria in December 2024, when forces advanced.')).toEqual([['December 2024', '2024-12']]);
  });

  it('reads a year after a time preposition, and not a bare number', () => {
    expect(datesOf('Russia intervened in 2015 and has stayed since 2015.')).toEqual([
      ['2015', '2015'],
      ['2015', '2015'],
    ]);
    expect(resolveDatePhrase('by mid-2027')).toBe('2027');
    expect(findDates('The talks begin around 1000 GMT with 2000 troops on alert.')).toEqual([]);
  });
});

describe('months without a year', () => {
  it('"last October" is the most recent October before publication, across the year boundary', () => {
    expect(resolveDatePhrase('last October', PUB)).toBe('2025-10');
    expect(resolveDatePhrase('last October', '2025-11-15')).toBe('2025-10');
    expect(resolveDatePhrase('last October', '2025-10-15')).toBe('2024-10');
  });

  it('"in October" in a past clause is the latest October on or before publication', () => {
    expect(resolveDatePhrase('they met in October', PUB)).toBe('2025-10');
    expect(resolveDatePhrase('they met in January', PUB)).toBe('2026-01');
  });

  it('"in March" in a future clause is the next March', () => {
    expect(resolveDatePhrase('he will visit in March', PUB)).toBe('2026-03');
    expect(resolveDatePhrase('he will visit in January', '2025-12-10')).toBe('2026-01');
  });

  it('"next March" is strictly after the publication month', () => {
    expect(resolveDatePhrase('next March', '2026-03-10')).toBe('2027-03');
    expect(resolveDatePhrase('next March', PUB)).toBe('2026-03');
  });

  it('a month-and-day takes the year that fits the tense', () => {
    expect(resolveDatePhrase('they met on December 30', '2026-01-02')).toBe('2025-12-30');
    expect(resolveDatePhrase('they will meet on January 3', '2025-12-28')).toBe('2026-01-03');
    expect(resolveDatePhrase('the 28 January session', PUB)).toBe('2026-01-28');
  });

  it('a month-and-day takes the year its sentence states, even without a publication date', () => {
    expect(datesOf('In 2022, Russia launched its invasion on Feb. 24.')).toEqual([
      ['2022', '2022'],
      ['Feb. 24', '2022-02-24'],
    ]);
    // Two different years in the sentence: no single one to borrow.
    expect(datesOf('From 2014 and in 2016, on March 3 they met.')).toEqual([
      ['2014', '2014'],
      ['2016', '2016'],
      ['March 3', undefined],
    ]);
  });

  it('"scheduled for" points forward', () => {
    expect(resolveDatePhrase('The talks, scheduled for March 3, may slip.', '2025-06-14')).toBe('2026-03-03');
  });

  it('stays undated without a publication date', () => {
    expect(datesOf('They met last October and again in March.')).toEqual([['last October', undefined], ['March', undefined]]);
  });

  it('does not take "May" the verb or "March" the noun for months', () => {
    expect(findDates('Officials may meet again. The march was peaceful.', PUB)).toEqual([]);
  });
});

describe('weekdays', () => {
  it('a past clause gives the latest such day on or before publication', () => {
    expect(resolveDatePhrase('Trump on Tuesday praised him', PUB)).toBe('2026-01-27');
    expect(resolveDatePhrase('Before their meeting on Wednesday, he spoke', PUB)).toBe('2026-01-28');
    expect(resolveDatePhrase('they met on Thursday', PUB)).toBe('2026-01-29');
  });

  it('a future clause gives the next such day on or after publication', () => {
    expect(resolveDatePhrase('He will meet Putin in Moscow on Wednesday', '2026-01-26')).toBe('2026-01-28');
    expect(resolveDatePhrase('He is set to meet Putin on Wednesday', '2026-01-26')).toBe('2026-01-28');
    expect(resolveDatePhrase('He will meet Putin on Monday', PUB)).toBe('2026-02-02');
  });

  it('with no tense cue takes the most recent one', () => {
    expect(resolveDatePhrase('Talks on Wednesday', PUB)).toBe('2026-01-28');
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(resolveDatePhrase('It rained on Thursday', '2024-03-01')).toBe('2024-02-29');
    expect(resolveDatePhrase('It rained on Tuesday', '2025-01-01')).toBe('2024-12-31');
    expect(resolveDatePhrase('He will fly on Monday', '2024-12-31')).toBe('2025-01-06');
  });

  it('"last" and "next" skip the publication day itself', () => {
    expect(resolveDatePhrase('last Thursday', PUB)).toBe('2026-01-22');
    expect(resolveDatePhrase('next Thursday', PUB)).toBe('2026-02-05');
  });

  it('reads each clause on its own', () => {
    const text = 'Sharaa, who met Putin in October, will return to Moscow on Wednesday.';
    expect(datesOf(text, '2026-01-26')).toEqual([
      ['October', '2025-10'],
      ['Wednesday', '2026-01-28'],
    ]);
  });

  it('stays undated without a publication date', () => {
    expect(datesOf('They met on Wednesday.')).toEqual([['Wednesday', undefined]]);
  });
});

describe('days, weeks, months and years relative to publication', () => {
  it('today, yesterday and tomorrow, across month and leap boundaries', () => {
    expect(resolveDatePhrase('today', PUB)).toBe('2026-01-29');
    expect(resolveDatePhrase('yesterday', '2024-03-01')).toBe('2024-02-29');
    expect(resolveDatePhrase('yesterday', '2023-03-01')).toBe('2023-02-28');
    expect(resolveDatePhrase('tomorrow', '2025-12-31')).toBe('2026-01-01');
    expect(resolveDatePhrase("during today's talks", PUB)).toBe('2026-01-29');
  });

  it('a week gives its month only when the span lies within one month', () => {
    // Publication on Thursday 2026-01-29: the week runs Monday 26 January to Sunday 1 February.
    expect(resolveDatePhrase('Earlier this week', PUB)).toBe('2026-01'); // 26–29 January
    expect(resolveDatePhrase('later this week', PUB)).toBeUndefined(); // 29 January – 1 February
    expect(resolveDatePhrase('this week', PUB)).toBeUndefined();
    expect(resolveDatePhrase('last week', PUB)).toBe('2026-01'); // 19–25 January
    expect(resolveDatePhrase('next week', PUB)).toBe('2026-02'); // 2–8 February
    // Sunday 2026-02-01: "earlier this week" reaches back into January.
    expect(resolveDatePhrase('earlier this week', '2026-02-01')).toBeUndefined();
    expect(resolveDatePhrase('earlier this week', '2026-02-03')).toBe('2026-02');
  });

  it('last month, this month, next month, last year across year boundaries', () => {
    expect(resolveDatePhrase('last month', PUB)).toBe('2025-12');
    expect(resolveDatePhrase('This month', PUB)).toBe('2026-01');
    expect(resolveDatePhrase('next month', '2025-12-05')).toBe('2026-01');
    expect(resolveDatePhrase('last year', PUB)).toBe('2025');
    expect(resolveDatePhrase('next year', PUB)).toBe('2027');
  });

  it('"recent weeks" is a date phrase with no date', () => {
    expect(datesOf('They faced threats in recent weeks.', PUB)).toEqual([['recent weeks', undefined]]);
  });

  it('relative phrases stay undated without a publication date', () => {
    expect(datesOf('Yesterday and earlier this week, and last month.')).toEqual([
      ['Yesterday', undefined],
      ['earlier this week', undefined],
      ['last month', undefined],
    ]);
  });
});

describe('offsets', () => {
  it('slice the original text exactly, also after characters outside the BMP', () => {
    const text = '😀 “Syrian” leaders met on Wednesday — earlier this week — in December 2024.';
    const mentions = findDates(text, PUB);
    expect(mentions.map((m) => m.text)).toEqual(['Wednesday', 'earlier this week', 'December 2024']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('take the longest reading of overlapping phrases', () => {
    expect(datesOf('On Wednesday, January 28, 2026 they met.')).toEqual([['Wednesday, January 28, 2026', '2026-01-28']]);
  });
});

describe('findPublishedDate', () => {
  it.each([
    ['Title of the story\n- In Reports\n- 02:09 PM, Jan 29, 2026\n- Staff\nBody text.', '2026-01-29'],
    ['Headline\nJanuary 29, 2026\nBody.', '2026-01-29'],
    ['Headline\nPublished 2026-01-29T10:00:00Z\nBody.', '2026-01-29'],
    ['Headline\nBy A. Writer | 29 Jan 2026\nBody.', '2026-01-29'],
  ])('reads the header of %j', (text, iso) => {
    expect(findPublishedDate(text)).toBe(iso);
  });

  it('ignores dates deep in the body and partial dates in the header', () => {
    const body = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} of the story.`).join('\n');
    expect(findPublishedDate(`Headline\nIn December 2024 things changed.\n${body}\nOn January 3, 2025 they met.`)).toBeUndefined();
  });

  it('finds the date of the bundled Myind article', () => {
    const text = readFileSync('data/articles/004_b2d25b470750b434.txt', 'utf8');
    expect(findPublishedDate(text)).toBe('2026-01-29');
  });
});

describe('the bundled articles', () => {
  it('resolve the meeting day, the October meeting, the withdrawal week and the ouster', () => {
    const text = readFileSync('data/articles/004_b2d25b470750b434.txt', 'utf8');
    const dates = findDates(text, findPublishedDate(text));
    const byText = (t: string): string | undefined => dates.find((m) => m.text === t)?.date;
    expect(byText('Wednesday')).toBe('2026-01-28');
    expect(byText('Monday')).toBe('2026-01-26');
    expect(byText('Tuesday')).toBe('2026-01-27');
    expect(byText('October')).toBe('2025-10');
    expect(byText('Earlier this week')).toBe('2026-01');
    expect(byText('December 2024')).toBe('2024-12');
    expect(byText('last month')).toBe('2025-12');
    for (const m of dates) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('more relative phrases', () => {
  it('"N days/weeks/months/years ago"', () => {
    expect(resolveDatePhrase('two days ago', '2024-03-01')).toBe('2024-02-28');
    expect(resolveDatePhrase('a day ago', '2026-01-01')).toBe('2025-12-31');
    expect(resolveDatePhrase('3 weeks ago', PUB)).toBe('2026-01'); // week of 5 January
    expect(resolveDatePhrase('one week ago', '2026-02-05')).toBeUndefined(); // week of 26 Jan – 1 Feb
    expect(resolveDatePhrase('six months ago', PUB)).toBe('2025-07');
    expect(resolveDatePhrase('a year ago', PUB)).toBe('2025');
    expect(resolveDatePhrase('two days ago')).toBeUndefined();
  });

  it('"earlier this month" and "late last year" keep their whole phrase', () => {
    expect(datesOf('He said earlier this month and late last year.', PUB)).toEqual([
      ['earlier this month', '2026-01'],
      ['late last year', '2025'],
    ]);
  });

  it('a publication timestamp counts as its day', () => {
    expect(resolveDatePhrase('yesterday', '2026-01-29T14:09:00Z')).toBe('2026-01-28');
  });

  it('an unreadable publication date leaves relative phrases undated', () => {
    expect(resolveDatePhrase('yesterday', '2026-13-40')).toBeUndefined();
    expect(resolveDatePhrase('yesterday', 'January 2026')).toBeUndefined();
  });

  it('"USA Today" is a paper, "Today," at a sentence start a date', () => {
    expect(datesOf('USA Today reported it. Today, talks resume. "Yesterday was calm," he said today.', PUB)).toEqual([
      ['Today', '2026-01-29'],
      ['Yesterday', '2026-01-28'],
      ['today', '2026-01-29'],
    ]);
  });

  it('"The Sunday Times" is a paper, not a date', () => {
    expect(findDates('The Sunday Times reported it on Monday.', PUB).map((m) => m.text)).toEqual(['Monday']);
  });
});
