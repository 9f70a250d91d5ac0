// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialState, useAppStore } from '../../src/store/appStore';
import { ArticleReader } from '../../src/ui/reader/ArticleReader';
import { readerSegments } from '../../src/ui/reader/segments';
import { ARTICLE_A, corpus, sampleGraph } from './sampleCorpus';

beforeEach(() => {
  useAppStore.setState({ ...initialState, articles: corpus, graph: sampleGraph });
});
afterEach(cleanup);

describe('article reader', () => {
  it('renders the full text, markup in it as literal text, with the quoted sentence marked', () => {
    const ev = sampleGraph.edges[0].evidence[0];
    useAppStore.getState().openReader({ articleId: 'a1', start: ev.start, end: ev.end });
    const { container } = render(<ArticleReader />);
    const dialog = screen.getByRole('dialog', { name: 'Russia pulls back' });
    expect(dialog).toHaveTextContent('Daily Example');
    const body = screen.getByTestId('reader-text');
    expect(body.textContent).toBe(ARTICLE_A.text);
    expect(body).toHaveTextContent('<script>alert(1)</script>');
    expect(container.querySelector('script')).toBeNull();
    const marks = body.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0].textContent).toBe('Russia withdrew from Qamishli airport last week.');
  });

  it('highlights mentions by type and selects the node when one is clicked', async () => {
    useAppStore.getState().openReader({ articleId: 'a1' });
    render(<ArticleReader />);
    const body = screen.getByTestId('reader-text');
    const airport = within(body).getByRole('button', { name: 'Qamishli airport' });
    expect(airport).toHaveAttribute('data-type', 'base');
    expect(within(body).getByRole('button', { name: 'Vladimir Putin' })).toHaveAttribute('data-type', 'person');
    await userEvent.click(airport);
    expect(useAppStore.getState().selection).toEqual({ kind: 'node', id: 'base:qamishli-airport' });
  });

  it('closes', async () => {
    useAppStore.getState().openReader({ articleId: 'b2' });
    render(<ArticleReader />);
    await userEvent.click(screen.getByRole('button', { name: 'Close article' }));
    expect(useAppStore.getState().reader).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('readerSegments', () => {
  it('covers the text exactly once, keeps the longer of overlapping mentions, and splits at the sentence', () => {
    const text = 'Vladimir Putin met Assad. Then he left.';
    const segs = readerSegments(
      text,
      [
        { start: 9, end: 14, nodeId: 'p', type: 'person' },
        { start: 0, end: 14, nodeId: 'p', type: 'person' },
        { start: 19, end: 24, nodeId: 'a', type: 'person' },
      ],
      { start: 0, end: 25 },
    );
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.mention).map((s) => s.text)).toEqual(['Vladimir Putin', 'Assad']);
    expect(segs.filter((s) => s.inSentence).map((s) => s.text).join('')).toBe('Vladimir Putin met Assad.');
    expect(segs.find((s) => s.text === ' Then he left.')?.inSentence).toBe(false);
  });
});
