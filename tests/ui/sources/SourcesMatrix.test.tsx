// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SourcesMatrix } from '../../../src/ui/sources/SourcesMatrix';
import { SingleSourceBadge } from '../../../src/ui/sources/SingleSourceBadge';
import { edge, graphOf, node, quoteOf, type HandArticle } from '../../graph/analysis/handGraph';

afterEach(cleanup);

const a: HandArticle = { id: 'a', title: 'Smith in Geneva', outlet: 'Daily Post', text: 'Smith met Jones. Smith later met Jones again. Acme hired Smith. Zeta sued Acme.' };
const b: HandArticle = { id: 'b', title: 'Geneva talks end', text: 'Smith met Jones in Geneva. Smith and Acme were seen together. Zeta sued Acme.' };
const c: HandArticle = { id: 'c', title: 'Court filing', outlet: 'Law Wire', text: 'Zeta sued Acme on Monday.' };

const graph = graphOf(
  [a, b, c],
  [node('smith', 'person', 'John Smith'), node('jones', 'person', 'Ann Jones'), node('acme', 'organization', 'Acme'), node('zeta', 'organization', 'Zeta')],
  [
    edge('hired', 'acme', 'hired', 'smith', [quoteOf(a, 'Acme hired Smith.')]),
    edge('meets', 'smith', 'meets', 'jones', [quoteOf(a, 'Smith met Jones.'), quoteOf(a, 'Smith later met Jones again.'), quoteOf(b, 'Smith met Jones in Geneva.')]),
    edge('sued', 'zeta', 'sued', 'acme', [quoteOf(a, 'Zeta sued Acme.'), quoteOf(b, 'Zeta sued Acme.'), quoteOf(c, 'Zeta sued Acme on Monday.')]),
    edge('co', 'smith', 'mentioned_with', 'acme', [quoteOf(b, 'Smith and Acme were seen together.')]),
  ],
);

const table = () => screen.getByRole('table', { name: 'Sources' });
const rowNames = () => within(table()).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('rowheader')[0].textContent);

describe('SourcesMatrix', () => {
  it('shows relations × articles, headed by outlet or title, with ✓ and the number of quotes', () => {
    render(<SourcesMatrix graph={graph} onSelectEdge={() => {}} selectedId={null} />);
    expect(screen.getByRole('region', { name: 'Sources' })).toBeInTheDocument();
    const headers = within(table()).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Relation', 'Sources ▼', 'Daily Post', 'Geneva talks end', 'Law Wire']);
    const meets = within(table()).getByRole('row', { name: /John Smith — meets — Ann Jones/ });
    expect(within(meets).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '✓ 2', '✓ 1', '']);
    // Co-occurrence is not a reported fact.
    expect(screen.queryByText(/mentioned with/)).toBeNull();
  });

  it('sorts by number of sources, both ways, when the header is clicked', async () => {
    render(<SourcesMatrix graph={graph} onSelectEdge={() => {}} selectedId={null} />);
    expect(rowNames()).toEqual(['Zeta — sued — Acme', 'John Smith — meets — Ann Jones', 'Acme — hired — John Smith']);
    await userEvent.click(screen.getByRole('button', { name: /^Sources/ }));
    expect(rowNames()).toEqual(['Acme — hired — John Smith', 'John Smith — meets — Ann Jones', 'Zeta — sued — Acme']);
    expect(screen.getByRole('columnheader', { name: /^Sources/ })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(screen.getByRole('button', { name: /^Relation/ }));
    expect(rowNames()).toEqual(['Acme — hired — John Smith', 'John Smith — meets — Ann Jones', 'Zeta — sued — Acme']);
    await userEvent.click(screen.getByRole('button', { name: /^Relation/ }));
    expect(rowNames()).toEqual(['Zeta — sued — Acme', 'John Smith — meets — Ann Jones', 'Acme — hired — John Smith']);
  });

  it('filters to the facts a single article states, and marks them', async () => {
    render(<SourcesMatrix graph={graph} onSelectEdge={() => {}} selectedId={null} />);
    const hired = within(table()).getByRole('row', { name: /Acme — hired/ });
    expect(within(hired).getByText('Single source')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only single-source facts' }));
    expect(rowNames()).toEqual(['Acme — hired — John Smith']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only single-source facts' }));
    expect(rowNames()).toHaveLength(3);
  });

  it('calls onSelectEdge when a row is clicked and highlights the selected row', async () => {
    const onSelectEdge = vi.fn();
    const { rerender } = render(<SourcesMatrix graph={graph} onSelectEdge={onSelectEdge} selectedId={null} />);
    const meets = within(table()).getByRole('row', { name: /meets/ });
    await userEvent.click(within(meets).getAllByRole('cell')[1]);
    expect(onSelectEdge).toHaveBeenLastCalledWith('meets');
    await userEvent.click(within(table()).getByRole('button', { name: 'Zeta — sued — Acme' }));
    expect(onSelectEdge).toHaveBeenLastCalledWith('sued');
    expect(onSelectEdge).toHaveBeenCalledTimes(2);
    rerender(<SourcesMatrix graph={graph} onSelectEdge={onSelectEdge} selectedId="sued" />);
    expect(within(table()).getByRole('row', { name: /sued/ })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('SingleSourceBadge', () => {
  it('marks an edge one article states, and nothing else', () => {
    const { rerender } = render(<SingleSourceBadge edge={graph.edges[0]} />);
    expect(screen.getByText('Single source')).toHaveAttribute('title', 'Only one article states this');
    rerender(<SingleSourceBadge edge={graph.edges[1]} />);
    expect(screen.queryByText('Single source')).toBeNull();
  });
});
