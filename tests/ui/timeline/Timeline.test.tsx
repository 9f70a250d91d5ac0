// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Graph } from '../../../src/graph/model';
import { Timeline } from '../../../src/ui/timeline/Timeline';

afterEach(cleanup);

const ev = (id: string, label: string, extra: { date?: string; dateText?: string } = {}) => ({
  id,
  type: 'event' as const,
  label,
  aliases: [label],
  mentions: [],
  ...extra,
});

const graph: Graph = {
  articles: [],
  nodes: [
    ev('geneva', 'Geneva summit', { date: '2025-10-12' }),
    ev('oslo', 'Oslo forum', { date: '2025-10' }),
    ev('rome', 'Rome conference', { date: '2024' }),
    ev('lisbon', 'Lisbon talks', { date: '2026-01-28' }),
    ev('paris', 'Paris talks', { dateText: 'next spring' }),
    ev('berlin', 'Berlin meeting'),
    { id: 'smith', type: 'person', label: 'John Smith', aliases: [], mentions: [] },
  ],
  edges: [
    { id: 'att', source: 'smith', target: 'geneva', relation: 'attended', label: 'attended', evidence: [{ articleId: 'a', start: 0, end: 5, quote: 'x' }], sources: 1 },
    { id: 'co', source: 'smith', target: 'rome', relation: 'mentioned_with', label: 'mentioned with', evidence: [{ articleId: 'a', start: 0, end: 5, quote: 'x' }], sources: 1 },
  ],
};

function setup(props: Partial<Parameters<typeof Timeline>[0]> = {}) {
  const onSelect = vi.fn();
  const onRangeChange = vi.fn();
  const view = render(
    <Timeline graph={graph} selectedId={null} onSelect={onSelect} range={null} onRangeChange={onRangeChange} {...props} />,
  );
  return { onSelect, onRangeChange, ...view };
}

const datedList = () => within(screen.getByRole('region', { name: 'Timeline' })).getAllByRole('list')[0];

describe('Timeline', () => {
  it('shows dated events in chronological order, each a button named by its label and date', () => {
    setup();
    const names = within(datedList()).getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual(['Rome conference 2024', 'Oslo forum Oct 2025', 'Geneva summit 12 Oct 2025', 'Lisbon talks 28 Jan 2026']);
    expect(screen.queryByRole('button', { name: /John Smith/ })).toBeNull();
  });

  it('draws a month as a span covering the whole month', () => {
    setup();
    const oslo = screen.getByRole('button', { name: 'Oslo forum Oct 2025' });
    expect(oslo).toHaveAttribute('title', 'Oct 2025: 2025-10-01 to 2025-10-31');
    const monthItem = oslo.closest('li')!;
    const dayItem = screen.getByRole('button', { name: 'Geneva summit 12 Oct 2025' }).closest('li')!;
    // The month's extent is about 31 times as wide as the day's.
    const pct = (li: HTMLElement) => parseFloat(li.style.width);
    expect(pct(monthItem) / pct(dayItem)).toBeCloseTo(31, 0);
    expect(parseFloat(monthItem.style.left)).toBeLessThan(parseFloat(dayItem.style.left));
  });

  it('lists undated events apart, with the date phrase as written', () => {
    const { onSelect } = setup();
    const undated = screen.getByRole('list', { name: 'Undated events' });
    expect(within(undated).getAllByRole('button').map((b) => b.textContent)).toEqual(['Berlin meeting', 'Paris talks “next spring”']);
    fireEvent.click(within(undated).getByRole('button', { name: /Paris talks/ }));
    expect(onSelect).toHaveBeenCalledWith('paris');
  });

  it('selects an event on click and highlights the selected one', async () => {
    const { onSelect, rerender, onRangeChange } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Geneva summit 12 Oct 2025' }));
    expect(onSelect).toHaveBeenCalledWith('geneva');
    rerender(<Timeline graph={graph} selectedId="geneva" onSelect={onSelect} range={null} onRangeChange={onRangeChange} />);
    expect(screen.getByRole('button', { name: 'Geneva summit 12 Oct 2025' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Oslo forum Oct 2025' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('outlines the events of a selected person or relation, not co-occurrences', () => {
    setup({ selectedId: 'smith' });
    expect(screen.getByRole('button', { name: 'Geneva summit 12 Oct 2025' })).toHaveClass('related');
    expect(screen.getByRole('button', { name: 'Rome conference 2024' })).not.toHaveClass('related');
    cleanup();
    setup({ selectedId: 'att' });
    expect(screen.getByRole('button', { name: 'Geneva summit 12 Oct 2025' })).toHaveClass('related');
  });

  it('sets a range from the From and To inputs, in order, once both are given', () => {
    const { onRangeChange } = setup();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-10-20' } });
    expect(onRangeChange).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-10-10' } });
    expect(onRangeChange).toHaveBeenLastCalledWith(['2025-10-10', '2025-10-20']);
  });

  it('shows the current range, dims events outside it, and clears it', async () => {
    const { onRangeChange } = setup({ range: ['2025-10-10', '2025-10-20'] });
    expect(screen.getByLabelText('From')).toHaveValue('2025-10-10');
    expect(screen.getByLabelText('To')).toHaveValue('2025-10-20');
    expect(screen.getByRole('button', { name: 'Rome conference 2024' })).toHaveClass('outside');
    expect(screen.getByRole('button', { name: 'Geneva summit 12 Oct 2025' })).not.toHaveClass('outside');
    expect(screen.getByRole('button', { name: 'Oslo forum Oct 2025' })).not.toHaveClass('outside');
    expect(screen.getByTestId('timeline-range')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear range' }));
    expect(onRangeChange).toHaveBeenCalledWith(null);
  });

  it('has nothing to clear when no range is set', () => {
    setup();
    expect(screen.getByRole('button', { name: 'Clear range' })).toBeDisabled();
  });

  it('brushes a range by dragging across the strip', () => {
    const { onRangeChange } = setup();
    const strip = datedList().parentElement!;
    strip.getBoundingClientRect = () => ({ left: 0, width: 1000, top: 0, right: 1000, bottom: 100, height: 100, x: 0, y: 0, toJSON: () => ({}) });
    fireEvent.pointerDown(strip, { clientX: 500, button: 0, pointerId: 1 });
    fireEvent.pointerMove(strip, { clientX: 1000, pointerId: 1 });
    fireEvent.pointerUp(strip, { clientX: 1000, pointerId: 1 });
    expect(onRangeChange).toHaveBeenCalledTimes(1);
    const [from, to] = onRangeChange.mock.calls[0][0] as [string, string];
    // The right half of a strip running from 2024 to early 2026 starts in early 2025 and
    // reaches past the last event.
    expect(from > '2024-12-01' && from < '2025-03-01').toBe(true);
    expect(to >= '2026-01-28').toBe(true);
  });

  it('says so when no event has a date', () => {
    render(<Timeline graph={{ articles: [], nodes: [ev('x', 'Some event')], edges: [] }} selectedId={null} onSelect={() => {}} range={null} onRangeChange={() => {}} />);
    expect(screen.getByText('No dated events.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Some event' })).toBeInTheDocument();
  });
});
