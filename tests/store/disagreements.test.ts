import { beforeEach, describe, expect, it } from 'vitest';
import { initialState, useAppStore } from '../../src/store/appStore';
import { selectDisagreements, selectDisputedIds } from '../../src/store/disagreements';
import { edge, graphOf, mentionIn, node, quoteOf, type HandArticle } from '../graph/analysis/handGraph';

const sa = 'Smith met Jones in Geneva on Tuesday.';
const sb = 'A spokesman denied that Smith had met Jones at all.';
const a: HandArticle = { id: 'a', title: 'A', text: `Intro. ${sa}` };
const b: HandArticle = { id: 'b', title: 'B', text: `Intro here. ${sb}` };
const smith = node('smith', 'person', 'John Smith', { mentions: [mentionIn(a, sa, 'Smith'), mentionIn(b, sb, 'Smith')] });
const jones = node('jones', 'person', 'Ann Jones', { mentions: [mentionIn(a, sa, 'Jones'), mentionIn(b, sb, 'Jones')] });
const graph = graphOf([a, b], [smith, jones], [edge('e', 'smith', 'meets', 'jones', [quoteOf(a, sa)])]);
const articles = [a, b].map(({ id, title, text }) => ({ meta: { id, title }, text }));

const store = useAppStore;
beforeEach(() => store.setState({ ...initialState, articles }));

describe('disagreements in the store', () => {
  it('uses the disagreements that came with the graph as they are, without reading the texts again', () => {
    const given = [{ kind: 'count' as const, subject: { edgeId: 'e', edgeIds: ['e'] }, sides: [] }];
    store.getState().setGraph(graph, given);
    expect(selectDisagreements(store.getState())).toBe(given);
    expect([...selectDisputedIds(store.getState())]).toEqual(['e']);
  });

  it('reads them from the graph and the article texts when the graph came without them', () => {
    store.getState().setGraph(graph, [{ kind: 'count', subject: { edgeId: 'x' }, sides: [] }]);
    store.getState().setGraph(graph);
    expect(store.getState().disagreements).toBeNull();
    const read = selectDisagreements(store.getState());
    expect(read.map((d) => [d.kind, d.subject.edgeId])).toEqual([['negation', 'e']]);
    expect(selectDisagreements(store.getState())).toBe(read);
  });
});
