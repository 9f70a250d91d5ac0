// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialState, useAppStore } from '../../src/store/appStore';
import { SearchBox } from '../../src/ui/search/SearchBox';
import { corpus, sampleGraph } from './sampleCorpus';

beforeEach(() => {
  useAppStore.setState({ ...initialState, articles: corpus, graph: sampleGraph });
});
afterEach(cleanup);

describe('Search entities', () => {
  it('suggests entities by alias and selects the chosen one with the keyboard', async () => {
    render(<SearchBox />);
    const input = screen.getByRole('combobox', { name: 'Search entities' });
    await userEvent.type(input, 'putin');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Vladimir Putin (Putin)Person']);
    await userEvent.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toEqual({ kind: 'node', id: 'person:vladimir-putin' });
    expect(input).toHaveValue('');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('moves through several results with the arrow keys', async () => {
    render(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Search entities' }), 'o');
    expect(screen.getAllByRole('option').length).toBeGreaterThan(1);
    await userEvent.keyboard('{ArrowDown}');
    const active = screen.getByRole('option', { selected: true }).textContent!;
    await userEvent.keyboard('{Enter}');
    const chosen = useAppStore.getState().selection;
    expect(chosen?.kind).toBe('node');
    expect(active.startsWith(sampleGraph.nodes.find((n) => n.id === chosen!.id)!.label)).toBe(true);
  });
});
