// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ingestFiles } from '../../../src/ingest';
import { IngestReport } from '../../../src/ui/corpus';

afterEach(cleanup);
// Simulated typing and clicking is slow on a loaded machine; the headroom keeps a busy CI from failing them.
vi.setConfig({ testTimeout: 20_000 });

describe('IngestReport', () => {
  it('shows the count and every refused file with its reason, names as text', async () => {
    const evil = '<script>alert(1)</script>.txt';
    const result = await ingestFiles(
      [
        new File(['Dock workers in Rotterdam returned to work on Tuesday after the union agreed a new wage deal with the port.'], 'good.txt'),
        new File([''], evil),
        new File(['%PDF-1.4\n'], 'scan.pdf'),
      ],
      [],
    );
    const onDismiss = vi.fn();
    const { container } = render(<IngestReport accepted={result.accepted} rejected={result.rejected} onDismiss={onDismiss} />);
    const report = screen.getByRole('status', { name: 'Import report' });
    expect(within(report).getByText('Added 1 article. 2 items were not added:')).toBeInTheDocument();
    const items = within(report).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      `${evil} — The file is empty: there is no text to read.`,
      'scan.pdf — Looks like a PDF, not text; save the article as text (.txt, .md or .html) first.',
    ]);
    expect(container.querySelector('script')).toBeNull();
    await userEvent.setup().click(within(report).getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('says plainly when nothing was added', () => {
    render(<IngestReport accepted={0} rejected={[{ name: 'a.png', reason: 'Looks like a PNG image.' }]} />);
    expect(screen.getByText('No articles were added. 1 item was not added:')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
