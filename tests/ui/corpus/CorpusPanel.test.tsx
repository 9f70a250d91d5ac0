// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CorpusArticle } from '../../../src/ingest';
import { CorpusPanel } from '../../../src/ui/corpus';

afterEach(cleanup);
// Simulated typing and clicking is slow on a loaded machine; the headroom keeps a busy CI from failing them.
vi.setConfig({ testTimeout: 20_000 });

const articles: CorpusArticle[] = [
  {
    id: 'port', text: 'Port workers end strike after wage deal\n\nDock workers returned.', title: 'Port strike ends', outlet: 'Harbour Daily',
    published: '2026-02-03', origin: 'bundled', enabled: true, addedAt: '2026-01-01T00:00:00Z', bytes: 2560,
  },
  {
    id: 'talks', text: 'Coalition talks collapse in Lisbon\n\nTalks broke down.', origin: 'user', enabled: false,
    addedAt: '2026-02-14T09:00:00Z', bytes: 812, fileName: 'talks.txt',
  },
  {
    id: 'xss', text: 'Short text only.', title: '<img src=x onerror=alert(1)>', origin: 'user', enabled: true,
    addedAt: '2026-02-14T09:00:00Z', bytes: 16,
  },
];

function setup(props: Partial<Parameters<typeof CorpusPanel>[0]> = {}) {
  const handlers = { onToggle: vi.fn(), onRemove: vi.fn(), onRestoreBundled: vi.fn() };
  render(<CorpusPanel articles={articles} entityCounts={new Map([['port', 12], ['xss', 1]])} {...handlers} {...props} />);
  return handlers;
}

describe('CorpusPanel', () => {
  it('lists every article with title, outlet, date, size and entity count', () => {
    setup();
    expect(screen.getByText('2 of 3 articles included in the graph')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const port = within(items[0]);
    expect(port.getByText('Port strike ends')).toBeInTheDocument();
    expect(port.getByText('Harbour Daily')).toBeInTheDocument();
    expect(port.getByText('3 Feb 2026')).toHaveAttribute('datetime', '2026-02-03');
    expect(port.getByText('2.5 KB')).toBeInTheDocument();
    expect(port.getByText('12 entities')).toBeInTheDocument();
    expect(port.getByText('bundled')).toBeInTheDocument();
    // No title given: the first line of the text names it; switched off and not counted.
    const talks = within(items[1]);
    expect(talks.getByText('Coalition talks collapse in Lisbon')).toBeInTheDocument();
    expect(talks.getByText('812 bytes')).toBeInTheDocument();
    expect(talks.getByText('left out')).toBeInTheDocument();
    expect(talks.getByText('added')).toBeInTheDocument();
    expect(within(items[2]).getByText('1 entity')).toBeInTheDocument();
  });

  it('shows switches in their state and reports toggles with the article id', async () => {
    const { onToggle } = setup();
    const user = userEvent.setup();
    expect(screen.getByRole('switch', { name: 'Include Port strike ends' })).toBeChecked();
    const off = screen.getByRole('switch', { name: 'Include Coalition talks collapse in Lisbon' });
    expect(off).not.toBeChecked();
    await user.click(off);
    expect(onToggle).toHaveBeenCalledWith('talks', true);
    await user.click(screen.getByRole('switch', { name: 'Include Port strike ends' }));
    expect(onToggle).toHaveBeenLastCalledWith('port', false);
  });

  it('removes an article and restores the bundled ones', async () => {
    const { onRemove, onRestoreBundled } = setup();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Remove Coalition talks collapse in Lisbon' }));
    expect(onRemove).toHaveBeenCalledWith('talks');
    await user.click(screen.getByRole('button', { name: 'Restore bundled articles' }));
    expect(onRestoreBundled).toHaveBeenCalledTimes(1);
  });

  it('disables restore when there is nothing to restore', () => {
    setup({ canRestoreBundled: false });
    expect(screen.getByRole('button', { name: 'Restore bundled articles' })).toBeDisabled();
  });

  it('renders markup in a title as text, never as an element', () => {
    const { container } = render(
      <CorpusPanel articles={[articles[2]]} onToggle={() => {}} onRemove={() => {}} onRestoreBundled={() => {}} />,
    );
    expect(within(container).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(within(container).getByRole('button', { name: 'Remove <img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(within(container).getByText('not read yet')).toBeInTheDocument();
  });

  it('offers to open an article when asked to', async () => {
    const onOpen = vi.fn();
    setup({ onOpen });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Port strike ends' }));
    expect(onOpen).toHaveBeenCalledWith('port');
  });

  it('says so when the corpus is empty', () => {
    setup({ articles: [] });
    expect(screen.getByText('No articles yet: add some below.')).toBeInTheDocument();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });
});
