import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disagreementsAbout, disputedIds, findDisagreements } from '../../../src/graph/analysis/disagreements';
import { deniedMeeting, edge, graphOf, mentionIn, node, quoteOf, textsOf, type HandArticle } from './handGraph';

const people = () => [node('smith', 'person', 'John Smith'), node('jones', 'person', 'Ann Jones')];

/** Two articles, each with one sentence about the same event, linked to it by an edge. */
function eventGraph(sa: string, sb: string, published: [string?, string?] = []) {
  const a: HandArticle = { id: 'a', title: 'Article A', outlet: 'Outlet A', published: published[0], text: `Leaders gathered. ${sa} Talks ended late.` };
  const b: HandArticle = { id: 'b', title: 'Article B', outlet: 'Outlet B', published: published[1], text: `Press was there. ${sb}` };
  const summit = node('summit', 'event', 'Geneva summit', { mentions: [mentionIn(a, sa, 'summit'), mentionIn(b, sb, 'summit')] });
  return graphOf([a, b], [...people(), summit], [edge('att', 'smith', 'attended', 'summit', [quoteOf(a, sa), quoteOf(b, sb)])]);
}

/** Two articles stating the same Smith–Jones relation, one sentence each. */
function pairGraph(sa: string, sb: string, relation = 'meets') {
  const a: HandArticle = { id: 'a', title: 'Article A', text: `Officials spoke. ${sa}` };
  const b: HandArticle = { id: 'b', title: 'Article B', text: `${sb} Nothing else was said.` };
  return graphOf([a, b], people(), [edge('e', 'smith', relation, 'jones', [quoteOf(a, sa), quoteOf(b, sb)])]);
}

describe('findDisagreements: dates', () => {
  it('reports an event dated differently by two articles, quoting both', () => {
    const g = eventGraph('Smith attended the summit on 12 October 2025.', 'Smith attended the summit on 14 October 2025.');
    const found = findDisagreements(g);
    expect(found).toHaveLength(1);
    expect(found[0].kind).toBe('date');
    expect(found[0].subject).toEqual({ nodeId: 'summit', edgeIds: ['att'] });
    expect(found[0].sides.map((s) => [s.evidence.articleId, s.evidence.quote, s.claim])).toEqual([
      ['a', 'Smith attended the summit on 12 October 2025.', '12 October 2025 (2025-10-12)'],
      ['b', 'Smith attended the summit on 14 October 2025.', '14 October 2025 (2025-10-14)'],
    ]);
  });
  it('resolves relative dates against each article’s publication date', () => {
    // Published 15 Oct 2025 (a Wednesday): "on Monday" is 13 Oct, which article B names outright.
    const agree = eventGraph('Smith attended the summit on Monday.', 'Smith attended the summit on 13 October 2025.', ['2025-10-15']);
    expect(findDisagreements(agree)).toEqual([]);
    const differ = eventGraph('Smith attended the summit on Monday.', 'Smith attended the summit on 10 October 2025.', ['2025-10-15']);
    expect(findDisagreements(differ).map((d) => d.kind)).toEqual(['date']);
  });
  it('finds none where a month and a day within it agree, or where a date cannot be resolved', () => {
    expect(findDisagreements(eventGraph('Smith attended the summit in October 2025.', 'Smith attended the summit on 12 October 2025.'))).toEqual([]);
    expect(findDisagreements(eventGraph('Smith attended the summit on Monday.', 'Smith attended the summit on 10 October 2025.'))).toEqual([]);
  });
  it('does not take a date in another clause as the event’s date', () => {
    expect(findDisagreements(eventGraph('Smith attended the summit on 12 October 2025.', 'Smith, who was elected in 2024, attended the summit.'))).toEqual([]);
    expect(findDisagreements(eventGraph('Smith attended the summit on 12 October 2025.', 'The summit drew crowds since the talks began in 2024.'))).toEqual([]);
  });
  it('reads the date nearest the event when a sentence gives several', () => {
    const g = eventGraph(
      'After the 2024 election, Smith attended the summit on 12 October 2025.',
      'Smith attended the summit on 12 October 2025, a year after the 2024 vote.',
    );
    expect(findDisagreements(g)).toEqual([]);
  });
});

describe('findDisagreements: ordinals and counts', () => {
  it('reports "first visit" against "second meeting" about the same pair', () => {
    const g = pairGraph('Smith met Jones on his first official visit to the capital.', 'It was the second meeting between Smith and Jones, aides said.');
    const found = findDisagreements(g);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'ordinal', subject: { edgeId: 'e', edgeIds: ['e'] } });
    expect(found[0].sides.map((s) => [s.evidence.articleId, s.claim])).toEqual([
      ['a', 'first official visit'],
      ['b', 'second meeting'],
    ]);
  });
  it('finds none when the ordinals agree, or when one sentence dates its occasion and the other does not', () => {
    expect(findDisagreements(pairGraph('Smith met Jones for a first meeting.', 'Their first official meeting went well, Smith and Jones said.'))).toEqual([]);
    expect(findDisagreements(pairGraph('Smith met Jones on his first visit in March 2024.', 'It was the second meeting between Smith and Jones.'))).toEqual([]);
  });
  it('reports "two bases" against "three bases", but not a bound against a count', () => {
    const differ = pairGraph('Smith runs two military bases for Jones.', 'Smith runs three bases for Jones.', 'runs_for');
    const found = findDisagreements(differ);
    expect(found.map((d) => d.kind)).toEqual(['count']);
    expect(found[0].sides.map((s) => s.claim)).toEqual(['two military bases', 'three bases']);
    expect(findDisagreements(pairGraph('Smith runs at least two bases for Jones.', 'Smith runs three bases for Jones.', 'runs_for'))).toEqual([]);
    expect(findDisagreements(pairGraph('Smith runs two bases for Jones.', 'Smith runs 2 bases for Jones.', 'runs_for'))).toEqual([]);
  });
  it('does not read durations or the year of a date as counts', () => {
    expect(findDisagreements(pairGraph('Smith has worked with Jones for two years.', 'Smith has worked with Jones for three years.', 'works_with'))).toEqual([]);
  });
});

describe('findDisagreements: a relation stated and denied', () => {
  it('reports a denial among the evidence against a statement from another article', () => {
    const g = pairGraph('Smith met Jones in Geneva on Tuesday.', 'Smith did not meet Jones during the trip, his office said.');
    const found = findDisagreements(g);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'negation', subject: { edgeId: 'e' } });
    expect(found[0].sides.map((s) => [s.evidence.articleId, s.claim])).toEqual([
      ['a', 'met'],
      ['b', 'not meet'],
    ]);
  });
  it('finds a denial in a sentence naming both ends when given the texts', () => {
    const { sa, sb, a, b, graph: g } = deniedMeeting();
    expect(findDisagreements(g)).toEqual([]);
    const found = findDisagreements(g, { texts: textsOf([a, b]) });
    expect(found.map((d) => d.kind)).toEqual(['negation']);
    expect(found[0].sides.map((s) => [s.evidence.quote, s.claim])).toEqual([
      [sa, 'met'],
      [sb, 'denied that Smith had met'],
    ]);
    expect(b.text.slice(found[0].sides[1].evidence.start, found[0].sides[1].evidence.end)).toBe(sb);
  });
  it('reads only the texts it is given, whatever the article ids', () => {
    const { sb, a, b, smith, jones, graph } = deniedMeeting('toString');
    const event = node('talks', 'event', 'Talks', { mentions: [mentionIn(b, sb, 'met')] });
    const g = graphOf([a, b], [smith, jones, event], graph.edges);
    // The text of article "toString" is not given: its sentences are not read, and nothing throws.
    expect(findDisagreements(g, { texts: textsOf([a]) })).toEqual([]);
    expect(findDisagreements(g, { texts: textsOf([a, b]) }).map((d) => d.kind)).toEqual(['negation']);
  });
  it('does not read "not only", a negation in another clause, or an article contradicting itself as a dispute', () => {
    expect(findDisagreements(pairGraph('Smith met Jones in Geneva.', 'Smith not only met Jones but praised him.'))).toEqual([]);
    expect(findDisagreements(pairGraph('Smith met Jones in Geneva.', 'Though no deal was reached, Smith met Jones.'))).toEqual([]);
    const a: HandArticle = { id: 'a', title: 'A', text: 'Smith met Jones. Smith did not meet Jones.' };
    const g = graphOf([a], people(), [edge('e', 'smith', 'meets', 'jones', [quoteOf(a, 'Smith met Jones.'), quoteOf(a, 'Smith did not meet Jones.')])]);
    expect(findDisagreements(g)).toEqual([]);
  });
});

describe('findDisagreements on the bundled articles', () => {
  const read = (id: string) => readFileSync(new URL(`../../../data/articles/${id}.txt`, import.meta.url), 'utf8');
  it('finds "first official visit" against "second meeting", but not against a first visit dated October', () => {
    const s1 = 'Sharaa, in his second meeting with Putin since coming to power, said Russia had a “historic role not only in Syria’s unity and stability, but in that of the entire region.”';
    const s2 = 'Ahmed al-Sharaa, who assumed power after leading the revolt that toppled Assad, is making his first official visit to Russia.';
    const s4 = 'During his first visit to Moscow in October, al-Sharaa tried to adopt a friendlier tone and played down Russia’s role in Syria’s war despite Russia giving refuge to Bashar al-Assad and his wife.';
    const arts: HandArticle[] = [
      { id: '001_9cbddd22ed7e7bcc', title: 'Times', outlet: 'The Times of Israel', text: read('001_9cbddd22ed7e7bcc') },
      { id: '002_fdbfe02809bb4a7e', title: 'Russian President Vladimir Putin is set to hold crucial talks', text: read('002_fdbfe02809bb4a7e') },
      { id: '004_b2d25b470750b434', title: 'Myind', outlet: 'Myind', published: '2026-01-29', text: read('004_b2d25b470750b434') },
    ];
    const sharaa = node('sharaa', 'person', 'Ahmed al-Sharaa', {
      mentions: [mentionIn(arts[0], s1, 'Sharaa'), mentionIn(arts[1], s2, 'Ahmed al-Sharaa'), mentionIn(arts[2], s4, 'al-Sharaa')],
    });
    const moscow = node('visit', 'event', 'Sharaa visit to Russia', {
      mentions: [mentionIn(arts[0], s1, 'meeting'), mentionIn(arts[1], s2, 'visit'), mentionIn(arts[2], s4, 'visit')],
    });
    const g = graphOf(arts, [sharaa, moscow], [
      edge('v', 'sharaa', 'takes_part_in', 'visit', [quoteOf(arts[0], s1), quoteOf(arts[1], s2), quoteOf(arts[2], s4)]),
    ]);
    const found = findDisagreements(g);
    // Once, for the event (not again for the pair of Sharaa and the event).
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'ordinal', subject: { nodeId: 'visit', edgeIds: ['v'] } });
    expect(found[0].sides.map((s) => [s.evidence.articleId, s.claim])).toEqual([
      ['001_9cbddd22ed7e7bcc', 'second meeting'],
      ['002_fdbfe02809bb4a7e', 'first official visit'],
    ]);
    expect(disagreementsAbout(found, 'visit')).toEqual(found);
    expect(disagreementsAbout(found, 'v')).toEqual(found);
    expect(disagreementsAbout(found, 'sharaa')).toEqual([]);
    expect([...disputedIds(found)].sort()).toEqual(['v', 'visit']);
  });
});
