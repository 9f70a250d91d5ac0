// @vitest-environment jsdom
import { cleanup, act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddArticles, DropOverlay, usePageDrop } from '../../../src/ui/corpus';

afterEach(cleanup);
// Simulated typing and clicking is slow on a loaded machine; the headroom keeps a busy CI from failing them.
vi.setConfig({ testTimeout: 20_000 });

const file = (name: string, text = 'Some article text.') => new File([text], name, { type: 'text/plain' });

describe('AddArticles: paste', () => {
  it('hands over the text with title, outlet and date, and clears the form when accepted', async () => {
    const onPaste = vi.fn().mockResolvedValue(true);
    render(<AddArticles onPaste={onPaste} onFiles={() => {}} />);
    const user = userEvent.setup();
    const add = screen.getByRole('button', { name: 'Add pasted article' });
    expect(add).toBeDisabled();
    const fill = async (label: string, value: string) => {
      await user.click(screen.getByLabelText(label));
      await user.paste(value);
    };
    await fill('Article text', 'Dock workers returned to work on Tuesday.');
    await fill('Title (optional)', 'Strike ends');
    await fill('Outlet (optional)', 'Harbour Daily');
    fireEvent.change(screen.getByLabelText('Date published (optional)'), { target: { value: '2026-02-03' } });
    await user.click(add);
    expect(onPaste).toHaveBeenCalledWith({
      text: 'Dock workers returned to work on Tuesday.', title: 'Strike ends', outlet: 'Harbour Daily', published: '2026-02-03',
    });
    expect(screen.getByLabelText('Article text')).toHaveValue('');
    expect(screen.getByLabelText('Title (optional)')).toHaveValue('');
  });

  it('keeps what was typed when the article is refused', async () => {
    const onPaste = vi.fn().mockReturnValue(false);
    render(<AddArticles onPaste={onPaste} onFiles={() => {}} />);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Article text'));
    await user.paste('Текст на русском языке');
    await user.click(screen.getByRole('button', { name: 'Add pasted article' }));
    expect(onPaste).toHaveBeenCalledWith({ text: 'Текст на русском языке' });
    expect(screen.getByLabelText('Article text')).toHaveValue('Текст на русском языке');
  });
});

describe('AddArticles: files', () => {
  it('passes every picked file at once', async () => {
    const onFiles = vi.fn();
    render(<AddArticles onPaste={() => true} onFiles={onFiles} />);
    const files = [file('a.txt'), file('b.md'), file('c.html')];
    await userEvent.setup().upload(screen.getByLabelText('Choose article files'), files);
    expect(onFiles).toHaveBeenCalledTimes(1);
    expect(onFiles.mock.calls[0][0].map((f: File) => f.name)).toEqual(['a.txt', 'b.md', 'c.html']);
  });

  it('passes files dropped on the zone, once, even with a page-wide drop handler', async () => {
    const onFiles = vi.fn();
    const onPageFiles = vi.fn();
    function Page() {
      usePageDrop(onPageFiles);
      return <AddArticles onPaste={() => true} onFiles={onFiles} />;
    }
    render(<Page />);
    const dropped = [file('one.txt'), file('two.txt')];
    // The drop is read asynchronously (folders are opened); act waits for it to settle.
    await act(async () => {
      fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files: dropped, types: ['Files'] } });
    });
    expect(onFiles).toHaveBeenCalledWith(dropped);
    expect(onFiles).toHaveBeenCalledTimes(1);
    expect(onPageFiles).not.toHaveBeenCalled();
  });
});

describe('AddArticles: progress', () => {
  it('shows how many files of the batch have been read', () => {
    const { rerender } = render(<AddArticles onPaste={() => true} onFiles={() => {}} progress={{ done: 3, total: 10 }} />);
    expect(screen.getByText('Reading files… 3 of 10')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Reading files' })).toHaveAttribute('value', '3');
    rerender(<AddArticles onPaste={() => true} onFiles={() => {}} progress={null} />);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('usePageDrop', () => {
  function Page({ onFiles }: { onFiles: (files: File[]) => void }) {
    const { dragging } = usePageDrop(onFiles);
    return (
      <main>
        <p>Graph here</p>
        <DropOverlay visible={dragging} />
      </main>
    );
  }

  it('takes files dropped anywhere on the page and shows a hint while dragging', async () => {
    const onFiles = vi.fn();
    render(<Page onFiles={onFiles} />);
    const dataTransfer = { files: [file('x.txt')], types: ['Files'] };
    expect(screen.queryByText(/Drop files to add them/)).toBeNull();
    act(() => {
      fireEvent.dragEnter(screen.getByText('Graph here'), { dataTransfer });
    });
    expect(screen.getByText('Drop files to add them as articles (.txt, .md, .html)')).toBeInTheDocument();
    const over = fireEvent.dragOver(screen.getByText('Graph here'), { dataTransfer });
    expect(over).toBe(false); // default prevented: the browser will not open the file itself
    await act(async () => {
      fireEvent.drop(screen.getByText('Graph here'), { dataTransfer });
    });
    expect(onFiles).toHaveBeenCalledWith(dataTransfer.files);
    expect(screen.queryByText(/Drop files to add them/)).toBeNull();
  });

  it('ignores drags that carry no files', () => {
    const onFiles = vi.fn();
    render(<Page onFiles={onFiles} />);
    act(() => {
      fireEvent.dragEnter(screen.getByText('Graph here'), { dataTransfer: { files: [], types: ['text/plain'] } });
      fireEvent.drop(screen.getByText('Graph here'), { dataTransfer: { files: [], types: ['text/plain'] } });
    });
    expect(screen.queryByText(/Drop files to add them/)).toBeNull();
    expect(onFiles).not.toHaveBeenCalled();
  });
});
