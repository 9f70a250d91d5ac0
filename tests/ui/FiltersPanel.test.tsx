// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialState, useAppStore } from '../../src/store/appStore';
import { selectVisibleGraph } from '../../src/store/selectors';
import { FiltersPanel } from '../../src/ui/filters/FiltersPanel';
import { corpus, sampleGraph } from './sampleCorpus';

beforeEach(() => {
  useAppStore.setState({ ...initialState, articles: corpus, graph: sampleGraph });
});
afterEach(cleanup);

const visibleIds = () => {
  const g = selectVisibleGraph(useAppStore.getState());
  return { nodes: g.nodes.map((n) => n.id).sort(), edges: g.edges.map((e) => e.id).sort() };
};

describe('Filters panel', () => {
  it('lists types, articles with outlets, and relation types with counts; co-occurrence starts off', () => {
    render(<FiltersPanel />);
    const types = screen.getByRole('group', { name: 'Entity types' });
    expect(within(types).getAllByRole('checkbox').map((c) => c.parentElement!.textContent)).toEqual([
      ' People (1)',
      ' States (1)',
      ' Military bases (1)',
      ' Places (1)',
    ]);
    const articles = screen.getByRole('group', { name: 'Articles' });
    expect(articles).toHaveTextContent('Russia pulls back — Daily Example');
    expect(within(screen.getByRole('group', { name: 'Relation types' })).getByRole('checkbox', { name: /co-occurrence/ })).not.toBeChecked();
    expect(screen.getByText(/Showing 4 of 4 entities, 2 of 3 relations/)).toBeInTheDocument();
  });

  it('applies each filter to the visible graph, counts them, and resets', async () => {
    render(<FiltersPanel />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: /Places/ }));
    expect(visibleIds().nodes).not.toContain('place:moscow');
    await user.click(screen.getByRole('checkbox', { name: /Russia pulls back/ }));
    // Only b2's evidence is left: the Putin → Russia edge (a1 only) disappears.
    expect(visibleIds().edges).toEqual(['e-withdrew']);
    await user.click(screen.getByRole('checkbox', { name: 'Hide isolated entities' }));
    expect(visibleIds().nodes).toEqual(['base:qamishli-airport', 'state:russia']);
    expect(screen.getByRole('heading', { name: 'Filters (3 active)' })).toBeInTheDocument();
    expect(screen.getByText(/Showing 2 of 4 entities, 1 of 3 relations/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(visibleIds().nodes).toHaveLength(4);
    expect(screen.getByRole('heading', { name: 'Filters' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset filters' })).toBeDisabled();
  });

  it('raises the minimum number of sources and can show co-occurrence', async () => {
    render(<FiltersPanel />);
    const slider = screen.getByRole('slider', { name: 'Minimum sources' });
    expect(slider).toHaveAttribute('max', '2');
    fireEvent.change(slider, { target: { value: '2' } });
    expect(useAppStore.getState().filters.minSources).toBe(2);
    expect(visibleIds().edges).toEqual(['e-withdrew']);
    await userEvent.click(screen.getByRole('checkbox', { name: /co-occurrence/ }));
    expect(useAppStore.getState().filters.hiddenRelations).toEqual([]);
  });
});

describe('canvas notice', () => {
  it('says when the filters hide everything and offers a reset', async () => {
    const { CanvasNotice } = await import('../../src/ui/canvas/CanvasNotice');
    render(<CanvasNotice />);
    expect(screen.queryByRole('button', { name: 'Reset filters' })).toBeNull();
    act(() => useAppStore.getState().setFilters({ hiddenTypes: ['person', 'state', 'base', 'place'] }));
    expect(screen.getByText('The filters hide every entity.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(useAppStore.getState().filters.hiddenTypes).toEqual([]);
    expect(screen.queryByText('The filters hide every entity.')).toBeNull();
  });

  it('folds a long list of articles and renders its checkboxes only once opened', async () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ id: `m${i}`, title: `Report number ${i + 1}` }));
    useAppStore.setState({ graph: { ...sampleGraph, articles: [...sampleGraph.articles, ...many] } });
    render(<FiltersPanel />);
    const articles = screen.getByRole('group', { name: 'Articles' });
    expect(within(articles).queryAllByRole('checkbox')).toHaveLength(0);
    expect(articles).toHaveTextContent('All 27 articles');
    await userEvent.click(within(articles).getByText('All 27 articles'));
    expect(within(articles).getAllByRole('checkbox')).toHaveLength(27);
    await userEvent.click(within(articles).getByRole('checkbox', { name: 'Report number 3' }));
    expect(useAppStore.getState().filters.hiddenArticles).toEqual(['m2']);
    expect(articles).toHaveTextContent('26 of 27 articles');
  });
});
