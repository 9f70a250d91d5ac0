// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialState, useAppStore } from '../../../src/store/appStore';
import { PathPanel } from '../../../src/ui/path/PathPanel';
import { corpus, sampleGraph } from '../sampleCorpus';

beforeEach(() => {
  useAppStore.setState({ ...initialState, articles: corpus, graph: sampleGraph });
});
afterEach(cleanup);

describe('Shortest path panel', () => {
  it('renders no entity list until the user types, then only the matches', async () => {
    render(<PathPanel />);
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    await userEvent.type(screen.getByRole('combobox', { name: 'From' }), 'qam');
    expect(screen.getAllByRole('option').map((o) => o.getAttribute('data-entity-id'))).toEqual(['base:qamishli-airport']);
  });

  it('picks both ends by typing, with keyboard and mouse, and lists the path with its evidence', async () => {
    render(<PathPanel />);
    const from = screen.getByRole('combobox', { name: 'From' });
    await userEvent.type(from, 'putin');
    await userEvent.keyboard('{Enter}');
    expect(useAppStore.getState().path.from).toBe('person:vladimir-putin');
    expect(from).toHaveValue('Vladimir Putin');

    await userEvent.type(screen.getByRole('combobox', { name: 'To' }), 'airport');
    await userEvent.click(screen.getByRole('option', { name: /Qamishli airport/ }));
    expect(useAppStore.getState().path.to).toBe('base:qamishli-airport');
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('Qamishli airport');

    const steps = within(screen.getByRole('list', { name: 'Path steps' })).getAllByRole('listitem');
    expect(steps).toHaveLength(2);
    expect(steps[0].querySelector('blockquote')!.textContent).toBe('Vladimir Putin said the move was planned.');
    expect(steps[1].querySelector('blockquote')!.textContent).toBe('Russia withdrew from Qamishli airport last week.');
  });

  it('keeps the chosen end when typing chooses nothing, and clears it when the field is emptied', async () => {
    useAppStore.getState().setPath({ from: 'state:russia' });
    render(<PathPanel />);
    const from = screen.getByRole('combobox', { name: 'From' });
    expect(from).toHaveValue('Russia');
    await userEvent.type(from, 'zzz');
    await userEvent.tab();
    expect(from).toHaveValue('Russia');
    expect(useAppStore.getState().path.from).toBe('state:russia');
    await userEvent.clear(from);
    await userEvent.tab();
    expect(useAppStore.getState().path.from).toBeNull();
    expect(from).toHaveValue('');
  });

  it('says so when the two ends are not connected with the current filters', async () => {
    useAppStore.getState().setPath({ from: 'place:moscow', to: 'base:qamishli-airport' });
    render(<PathPanel />);
    expect(screen.getByRole('status').textContent).toMatch(/No connection/);
  });
});
