// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromBundled } from '../../src/ingest';
import { initialState, useAppStore } from '../../src/store/appStore';
import { stopCorpusSync, useCorpusStore } from '../../src/store/corpus';
import type { Graph } from '../../src/graph/model';
import { CorpusControl } from '../../src/ui/CorpusDrawer';

afterEach(cleanup);
vi.setConfig({ testTimeout: 20_000 });

const bundled = fromBundled(
  [
    { id: 'b1', text: 'Dock workers in Rotterdam walked out on Monday over pay.', title: 'Port strike', outlet: 'Harbour Daily' },
    { id: 'b2', text: 'Union leader Jan de Vries said the strike would go on.', title: 'Strike goes on' },
  ],
  '2026-01-01T00:00:00.000Z',
);
const graph: Graph = {
  articles: [
    { id: 'b1', title: 'Port strike' },
    { id: 'b2', title: 'Strike goes on' },
  ],
  nodes: [
    { id: 'place:rotterdam', type: 'place', label: 'Rotterdam', aliases: ['Rotterdam'], mentions: [{ articleId: 'b1', start: 15, end: 24 }] },
    { id: 'person:jan-de-vries', type: 'person', label: 'Jan de Vries', aliases: ['Jan de Vries'], mentions: [{ articleId: 'b2', start: 13, end: 25 }] },
    {
      id: 'organization:union', type: 'organization', label: 'Union', aliases: ['Union'],
      mentions: [{ articleId: 'b1', start: 0, end: 4 }, { articleId: 'b2', start: 0, end: 5 }],
    },
  ],
  edges: [],
};

beforeEach(() => {
  stopCorpusSync();
  useAppStore.setState({ ...initialState, graph });
  useCorpusStore.setState({ corpus: bundled, bundled, report: null, reading: null, notices: [] });
});

describe('CorpusControl', () => {
  it('opens a drawer listing every article with the entities the graph found in it', () => {
    render(<CorpusControl />);
    const button = screen.getByRole('button', { name: /^Corpus \(2\)/ });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(button);
    const drawer = screen.getByRole('complementary', { name: 'Corpus' });
    const items = within(drawer).getAllByRole('listitem');
    expect(within(items[0]).getByText('Port strike')).toBeInTheDocument();
    expect(within(items[0]).getByText('2 entities')).toBeInTheDocument();
    expect(within(items[1]).getByText('2 entities')).toBeInTheDocument();
    expect(within(drawer).getByRole('button', { name: 'Restore bundled articles' })).toBeDisabled();
  });

  it('switching an article off and removing one change the corpus; Escape closes the drawer', () => {
    render(<CorpusControl />);
    fireEvent.click(screen.getByRole('button', { name: /^Corpus/ }));
    fireEvent.click(screen.getByRole('switch', { name: 'Include Strike goes on' }));
    expect(useCorpusStore.getState().corpus.map((a) => a.enabled)).toEqual([true, false]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Port strike' }));
    expect(useCorpusStore.getState().corpus.map((a) => a.id)).toEqual(['b2']);
    fireEvent.click(screen.getByRole('button', { name: 'Restore bundled articles' }));
    expect(useCorpusStore.getState().corpus.map((a) => [a.id, a.enabled])).toEqual([
      ['b1', true],
      ['b2', true],
    ]);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('complementary', { name: 'Corpus' })).toBeNull();
    expect(screen.getByRole('button', { name: /^Corpus/ })).toHaveFocus();
  });

  it('shows saved-data problems until dismissed, and the last batch report in the drawer', () => {
    useCorpusStore.setState({
      notices: ['The saved article “Lost” could not be loaded: its text is missing.'],
      report: { accepted: 0, rejected: [{ name: '<b>scan</b>.pdf', reason: 'Looks like a PDF document, not text.' }] },
    });
    render(<CorpusControl />);
    const notice = screen.getByRole('alert', { name: 'Saved data' });
    expect(notice).toHaveTextContent('“Lost” could not be loaded');
    fireEvent.click(screen.getByRole('button', { name: /^Corpus/ }));
    const report = screen.getByRole('status', { name: 'Import report' });
    expect(report).toHaveTextContent('<b>scan</b>.pdf — Looks like a PDF document, not text.');
    expect(report.querySelector('b')).toBeNull();
    fireEvent.click(within(screen.getByRole('alert', { name: 'Saved data' })).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert', { name: 'Saved data' })).toBeNull();
    expect(useCorpusStore.getState().notices).toEqual([]);
  });
});
