import { beforeEach, describe, expect, it } from 'vitest';
import { initialState, useAppStore } from '../../src/store/appStore';
import { selectDisagreements, selectDisputedIds } from '../../src/store/disagreements';
import { deniedMeeting } from '../graph/analysis/handGraph';

const { a, b, graph } = deniedMeeting();
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
