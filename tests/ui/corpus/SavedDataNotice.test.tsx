// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import { set, createStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, STORE_NAME, loadSaved, saveCorpus, textKey } from '../../../src/store/persist';
import { CorpusPanel, SavedDataNotice } from '../../../src/ui/corpus';

afterEach(cleanup);
// Simulated typing and clicking is slow on a loaded machine; the headroom keeps a busy CI from failing them.
vi.setConfig({ testTimeout: 20_000 });

describe('SavedDataNotice', () => {
  it('tells the user what could not be loaded while the rest is listed', async () => {
    const good = { id: 'good', text: 'A kept article.', title: 'Kept', origin: 'user' as const, enabled: true, addedAt: '2026-02-01T00:00:00Z', bytes: 15 };
    const lost = { ...good, id: 'lost', title: 'Lost one' };
    await saveCorpus([good, lost]);
    await set(textKey('lost'), 'garbage', createStore(DB_NAME, STORE_NAME));
    const loaded = await loadSaved();

    render(
      <>
        <SavedDataNotice problems={loaded.problems} />
        <CorpusPanel articles={loaded.articles} onToggle={() => {}} onRemove={() => {}} onRestoreBundled={() => {}} />
      </>,
    );
    const notice = screen.getByRole('alert', { name: 'Saved data' });
    expect(within(notice).getByText('The saved article “Lost one” could not be loaded: its text record is damaged.')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Include Kept' })).toBeChecked();
    expect(screen.queryByRole('switch', { name: 'Include Lost one' })).toBeNull();
  });

  it('shows nothing when all went well', () => {
    const { container } = render(<SavedDataNotice problems={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
