// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialState, useAppStore } from '../../src/store/appStore';
import { DetailsPanel } from '../../src/ui/panel/DetailsPanel';
import { corpus, sampleGraph } from './sampleCorpus';

beforeEach(() => {
  useAppStore.setState({ ...initialState, articles: corpus, graph: sampleGraph });
});
afterEach(cleanup);

const details = () => screen.getByRole('complementary', { name: 'Details' });

describe('Details panel', () => {
  it('invites a selection when nothing is selected', () => {
    render(<DetailsPanel />);
    expect(details()).toHaveTextContent(/Click an entity or a relation/);
  });

  it('shows a node: type, aliases, roles, mention count, grouped relations and the sentences naming it', () => {
    useAppStore.getState().select({ kind: 'node', id: 'person:vladimir-putin' });
    render(<DetailsPanel />);
    const panel = details();
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Vladimir Putin');
    expect(panel).toHaveTextContent('Person');
    expect(panel).toHaveTextContent('Also calledPutin');
    expect(panel).toHaveTextContent('Russian President');
    expect(panel).toHaveTextContent('2 in 2 articles');

    // Stated relations are listed in words; co-occurrence is hidden by default like on the canvas.
    expect(within(panel).getByRole('heading', { level: 4, name: 'leader of' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Vladimir Putin leader of Russia' })).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: /mentioned with/ })).toBeNull();

    // Mentions without sentence offsets fall back to the sentence around the name.
    const quotes = within(panel).getAllByRole('blockquote').map((q) => q.textContent);
    expect(quotes).toEqual(['Vladimir Putin said the move was planned.', 'Putin met officials in Moscow.']);
    expect(panel).toHaveTextContent('Russia pulls back — Daily Example, 29 January 2026');
    expect(panel).toHaveTextContent('Kremlin ties');
  });

  it('selects an edge from a node relation and shows every quote with its article', async () => {
    useAppStore.getState().select({ kind: 'node', id: 'state:russia' });
    render(<DetailsPanel />);
    await userEvent.click(within(details()).getByRole('button', { name: 'Russia withdrew from Qamishli airport' }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'edge', id: 'e-withdrew' });

    const panel = details();
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Russia withdrew from Qamishli airport');
    expect(panel).toHaveTextContent('withdrew_from');
    expect(panel).toHaveTextContent('Reported by 2 articles');
    const items = within(panel).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Russia withdrew from Qamishli airport last week.');
    expect(items[0]).toHaveTextContent('Russia pulls back — Daily Example, 29 January 2026');
    expect(items[1]).toHaveTextContent('Moscow confirmed that Russia withdrew from Qamishli airport.');
    expect(items[1]).toHaveTextContent('Kremlin ties');
  });

  it('opens the reader at the quoted sentence', async () => {
    useAppStore.getState().select({ kind: 'edge', id: 'e-withdrew' });
    render(<DetailsPanel />);
    const buttons = within(details()).getAllByRole('button', { name: /Read in article/ });
    await userEvent.click(buttons[1]);
    const ev = sampleGraph.edges[0].evidence[1];
    expect(useAppStore.getState().reader).toEqual({ articleId: 'b2', start: ev.start, end: ev.end });
  });

  it('lets the user jump from an edge to its endpoints', async () => {
    useAppStore.getState().select({ kind: 'edge', id: 'e-leads' });
    render(<DetailsPanel />);
    await userEvent.click(within(details()).getByRole('button', { name: 'Russia' }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'node', id: 'state:russia' });
  });
});
