// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DisagreementList } from '../../../src/ui/sources/DisagreementList';
import { edge, graphOf, node, quoteOf, type HandArticle } from '../../graph/analysis/handGraph';

afterEach(cleanup);

const sa = 'Smith met Jones on his first official visit to the capital.';
const sb = 'It was the second meeting between Smith and Jones, aides said.';
const a: HandArticle = { id: 'a', title: 'Smith arrives', outlet: 'Daily Post', text: `Officials spoke. ${sa}` };
const b: HandArticle = { id: 'b', title: 'Talks resume', outlet: 'Evening Star', text: `${sb} Nothing else was said.` };
const graph = graphOf(
  [a, b],
  [node('smith', 'person', 'John Smith'), node('jones', 'person', 'Ann Jones')],
  [edge('e', 'smith', 'meets', 'jones', [quoteOf(a, sa), quoteOf(b, sb)])],
);

describe('DisagreementList', () => {
  it('shows both sides side by side with quote, claim, title and outlet', () => {
    render(<DisagreementList graph={graph} id="e" />);
    const section = screen.getByRole('region', { name: 'Disagreements' });
    const item = within(section).getByRole('article', { name: 'Different order (first, second…)' });
    const sides = within(item).getAllByRole('listitem');
    expect(sides).toHaveLength(2);
    expect(sides[0]).toHaveTextContent('first official visit');
    expect(within(sides[0]).getByText('first official visit', { selector: 'mark' })).toBeInTheDocument();
    expect(sides[0]).toHaveTextContent(sa);
    expect(sides[0]).toHaveTextContent('Smith arrives — Daily Post');
    expect(sides[1]).toHaveTextContent(sb);
    expect(sides[1]).toHaveTextContent('Talks resume — Evening Star');
    // Both sides in one list, laid out in columns.
    expect(sides[0].parentElement).toBe(sides[1].parentElement);
    expect(sides[0].parentElement).toHaveClass('disagreement-sides');
  });

  it('opens a side in its article', async () => {
    const onOpenEvidence = vi.fn();
    render(<DisagreementList graph={graph} id="e" onOpenEvidence={onOpenEvidence} />);
    await userEvent.click(screen.getByRole('button', { name: 'Read in article: Talks resume' }));
    expect(onOpenEvidence).toHaveBeenCalledWith({ articleId: 'b', start: 0, end: sb.length, quote: sb });
  });

  it('shows nothing where the reports agree or nothing is selected', () => {
    const agree = graphOf([a, b], graph.nodes, [edge('e', 'smith', 'meets', 'jones', [quoteOf(a, sa)])]);
    const { container, rerender } = render(<DisagreementList graph={agree} id="e" />);
    expect(container).toBeEmptyDOMElement();
    rerender(<DisagreementList graph={graph} id={null} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<DisagreementList graph={graph} id="smith" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('uses precomputed disagreements when given', () => {
    render(<DisagreementList graph={graph} id="e" disagreements={[]} />);
    expect(screen.queryByRole('region', { name: 'Disagreements' })).toBeNull();
  });
});
