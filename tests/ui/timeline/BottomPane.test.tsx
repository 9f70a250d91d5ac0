// @vitest-environment jsdom
// The pane under the canvas wired to the store: the timeline selects events and sets the time
// range filter, the matrix selects relations, and Details shows what is disputed and single-source.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialState, useAppStore } from '../../../src/store/appStore';
import { BottomPane } from '../../../src/ui/BottomPane';
import { DetailsPanel } from '../../../src/ui/panel/DetailsPanel';
import { edge, graphOf, mentionIn, node, quoteOf, type HandArticle } from '../../graph/analysis/handGraph';

const s1 = 'Putin met Sharaa in Moscow on 12 October 2025.';
const s2 = 'Russia withdrew from Qamishli in January 2026.';
const s3 = 'Putin did not meet Sharaa in Moscow, officials said.';
const a1: HandArticle = { id: 'a1', title: 'Talks report', outlet: 'Daily Post', text: `${s1} ${s2}` };
const a2: HandArticle = { id: 'a2', title: 'Denial report', outlet: 'Law Wire', text: `${s3} ${s2}` };
const graph = graphOf(
  [a1, a2],
  [
    node('putin', 'person', 'Putin', { mentions: [mentionIn(a1, s1, 'Putin'), mentionIn(a2, s3, 'Putin')] }),
    node('sharaa', 'person', 'Sharaa', { mentions: [mentionIn(a1, s1, 'Sharaa'), mentionIn(a2, s3, 'Sharaa')] }),
    node('russia', 'state', 'Russia', { mentions: [mentionIn(a1, s2, 'Russia'), mentionIn(a2, s2, 'Russia')] }),
    node('talks', 'event', 'Talks in Moscow', { date: '2025-10-12', mentions: [mentionIn(a1, s1, 'met')] }),
    node('withdrawal', 'event', 'Withdrawal from Qamishli', { date: '2026-01', mentions: [mentionIn(a1, s2, 'withdrew')] }),
  ],
  [
    edge('meets', 'putin', 'meets', 'sharaa', [quoteOf(a1, s1)]),
    edge('p1', 'putin', 'participates_in', 'talks', [quoteOf(a1, s1)]),
    edge('p2', 'russia', 'participates_in', 'withdrawal', [quoteOf(a1, s2), quoteOf(a2, s2)]),
  ],
);

beforeEach(() => {
  useAppStore.setState({
    ...initialState,
    graph,
    articles: [a1, a2].map(({ text, ...meta }) => ({ meta, text })),
  });
});
afterEach(cleanup);

const details = () => screen.getByRole('complementary', { name: 'Details' });

describe('BottomPane', () => {
  it('starts folded; a tab opens it and choosing it again folds it', async () => {
    render(<BottomPane />);
    expect(screen.queryByRole('tabpanel')).toBeNull();
    await userEvent.click(screen.getByRole('tab', { name: 'Timeline' }));
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Timeline');
    expect(screen.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(screen.getByRole('tab', { name: 'Timeline' }));
    expect(screen.queryByRole('tabpanel')).toBeNull();
  });

  it('an event chosen on the timeline is selected; the dates set the time range filter', async () => {
    render(
      <>
        <BottomPane />
        <DetailsPanel />
      </>,
    );
    await userEvent.click(screen.getByRole('tab', { name: 'Timeline' }));
    const strip = screen.getByRole('region', { name: 'Timeline' });
    await userEvent.click(within(strip).getByRole('button', { name: /^Talks in Moscow/ }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'node', id: 'talks' });
    expect(within(details()).getByRole('heading', { level: 2 })).toHaveTextContent('Talks in Moscow');

    fireEvent.change(within(strip).getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.change(within(strip).getByLabelText('To'), { target: { value: '2026-01-31' } });
    expect(useAppStore.getState().filters.timeRange).toEqual(['2026-01-01', '2026-01-31']);
    await userEvent.click(within(strip).getByRole('button', { name: 'Clear range' }));
    expect(useAppStore.getState().filters.timeRange ?? null).toBeNull();
  });

  it('a matrix row selects its relation; Details marks it single-source and shows both sides of the denial', async () => {
    render(
      <>
        <BottomPane />
        <DetailsPanel />
      </>,
    );
    await userEvent.click(screen.getByRole('tab', { name: 'Sources' }));
    await userEvent.click(screen.getByRole('button', { name: 'Putin — meets — Sharaa' }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'edge', id: 'meets' });
    const panel = details();
    expect(within(panel).getByText('Single source')).toBeInTheDocument();
    const disagreements = within(panel).getByRole('region', { name: 'Disagreements' });
    const sides = within(disagreements).getAllByRole('listitem');
    expect(sides.map((s) => within(s).getByRole('blockquote').textContent)).toEqual([s1, s3]);
    expect(sides.map((s) => s.querySelector('cite')?.textContent)).toEqual(['Talks report', 'Denial report']);
  });

  it('lists every disagreement in the Sources tab; an entry selects what is disputed', async () => {
    render(<BottomPane />);
    await userEvent.click(screen.getByRole('tab', { name: 'Sources' }));
    const index = screen.getByRole('navigation', { name: 'Where the reports disagree' });
    const entries = within(index).getAllByRole('button');
    expect(entries.map((b) => b.textContent)).toEqual(['Putin meets Sharaa (stated and denied, 2 articles)']);
    await userEvent.click(entries[0]);
    expect(useAppStore.getState().selection).toEqual({ kind: 'edge', id: 'meets' });
    expect(entries[0]).toHaveAttribute('aria-pressed', 'true');
  });
});
