// The Export button and its menu: images of the canvas (PNG, SVG) and the graph's data in the
// formats other tools read. Keyboard: arrows move, Enter/Space choose, Escape closes.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, ReactNode } from 'react';
import type cytoscape from 'cytoscape';
import type { Graph } from '../../graph/model';
import type { AppView } from '../../graph/export/appJson';
import { DATA_FORMATS, type DataFormat } from '../../graph/export/formats';
import { downloadBlob } from './download';
import { exportFileName } from './fileName';
import { defaultImageOptions, renderPng, renderSvg } from './image';
import type { ImageArea, ImageBackground, ImageOptions, ImageScale } from './image';
import { viewOf } from './viewOf';

export interface ExportMenuProps {
  getCy: () => cytoscape.Core | null;
  /** The whole graph. */
  graph: Graph;
  /** What the current filters leave visible. */
  visibleGraph: Graph;
  /** Store state worth restoring with the app's JSON (filters, layout name); positions come from cy. */
  getView?: () => AppView;
}

type DataScope = 'filtered' | 'whole';

const SCALES: ImageScale[] = [1, 2, 4];
const BACKGROUNDS: { value: ImageBackground; label: string }[] = [
  { value: 'white', label: 'White background' },
  { value: 'dark', label: 'Dark background' },
  { value: 'transparent', label: 'Transparent background' },
];
const AREAS: { value: ImageArea; label: string }[] = [
  { value: 'view', label: 'Current view' },
  { value: 'whole', label: 'Whole canvas' },
];
const SCOPES: { value: DataScope; label: string }[] = [
  { value: 'filtered', label: 'Current filters' },
  { value: 'whole', label: 'Whole graph' },
];

const ITEM_SELECTOR = '[role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"]';

export function ExportMenu({ getCy, graph, visibleGraph, getView }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [image, setImage] = useState<ImageOptions>(() =>
    defaultImageOptions(typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches === true),
  );
  const [scope, setScope] = useState<DataScope>('filtered');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  // Focus the first item on open, so keyboard users land in the menu.
  useEffect(() => {
    if (!open) return;
    const first = menuRef.current?.querySelector<HTMLElement>(ITEM_SELECTOR);
    first?.focus();
  }, [open]);

  // A click anywhere else closes the menu, as menus do.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent | MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) close(false);
    };
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
  }, [open, close]);

  const onMenuKeyDown = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(menuRef.current?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? []);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      e.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    if (e.key === 'Escape') {
      // Only the menu closes: the page's own Escape (clear the selection) must not fire too.
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Tab') close(false);
  };

  const run = async (what: string, job: () => Promise<void> | void) => {
    setError(null);
    setBusy(true);
    try {
      await job();
      close(true);
    } catch (err) {
      setError(`${what} failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const requireCy = (): cytoscape.Core => {
    const cy = getCy();
    if (!cy) throw new Error('the graph is not on screen yet');
    return cy;
  };

  const imageQualifiers = (): string[] => (image.area === 'whole' ? ['whole'] : []);

  const exportPng = () =>
    run('PNG export', async () => {
      const blob = await renderPng(requireCy(), image);
      downloadBlob(blob, exportFileName('png', imageQualifiers()));
    });

  const exportSvg = () =>
    run('SVG export', () => {
      const blob = renderSvg(requireCy(), image);
      downloadBlob(blob, exportFileName('svg', imageQualifiers()));
    });

  const exportData = (format: DataFormat) =>
    run(`${format.label} export`, () => {
      const source = scope === 'whole' ? graph : visibleGraph;
      const cy = getCy();
      const view: AppView | undefined = format.id === 'json' ? { ...viewOf(cy), ...(getView?.() ?? {}) } : undefined;
      const scopeQualifier = scope === 'whole' ? ['whole'] : [];
      for (const file of format.write(source, view)) {
        const qualifiers = file.part ? [...scopeQualifier, file.part] : scopeQualifier;
        downloadBlob(new Blob([file.text], { type: format.mimeType }), exportFileName(format.extension, qualifiers));
      }
    });

  return (
    <div className="export-menu" ref={rootRef} style={{ position: 'relative', display: 'inline-block' }}>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export
      </button>
      {open && (
        <div
          id={menuId}
          ref={menuRef}
          role="menu"
          aria-label="Export"
          aria-busy={busy}
          onKeyDown={onMenuKeyDown}
          className="export-menu__list"
          style={{
            position: 'absolute',
            right: 0,
            zIndex: 20,
            minWidth: '16rem',
            background: 'Canvas',
            color: 'CanvasText',
            border: '1px solid #999',
            borderRadius: 4,
            padding: '0.25rem 0',
            boxShadow: '0 4px 12px rgba(0,0,0,0.2)',
            // Small windows: the menu scrolls rather than running off the screen.
            maxHeight: 'calc(100vh - 5rem)',
            overflowY: 'auto',
          }}
        >
          <MenuGroup label="Image area">
            {AREAS.map((a) => (
              <RadioItem key={a.value} label={a.label} checked={image.area === a.value} onSelect={() => setImage({ ...image, area: a.value })} />
            ))}
          </MenuGroup>
          <MenuGroup label="Image scale">
            {SCALES.map((s) => (
              <RadioItem key={s} label={`${s}× scale`} checked={image.scale === s} onSelect={() => setImage({ ...image, scale: s })} />
            ))}
          </MenuGroup>
          <MenuGroup label="Image background">
            {BACKGROUNDS.map((b) => (
              <RadioItem key={b.value} label={b.label} checked={image.background === b.value} onSelect={() => setImage({ ...image, background: b.value })} />
            ))}
          </MenuGroup>
          <MenuItem role="menuitemcheckbox" checked={image.legend} onSelect={() => setImage({ ...image, legend: !image.legend })}>
            Include legend
          </MenuItem>
          <MenuItem onSelect={exportPng} disabled={busy}>PNG image</MenuItem>
          <MenuItem onSelect={exportSvg} disabled={busy}>SVG image</MenuItem>
          <Separator />
          <MenuGroup label="Data scope">
            {SCOPES.map((s) => (
              <RadioItem key={s.value} label={s.label} checked={scope === s.value} onSelect={() => setScope(s.value)} />
            ))}
          </MenuGroup>
          <div role="group" aria-label="Data formats">
            {DATA_FORMATS.map((f) => (
              <MenuItem key={f.id} onSelect={() => exportData(f)} disabled={busy}>
                {f.label}
              </MenuItem>
            ))}
          </div>
          {error && (
            <p role="alert" style={{ margin: '0.25rem 0.75rem', color: '#b00020' }}>
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function MenuGroup({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id}>
      <div id={id} style={{ padding: '0.25rem 0.75rem', fontSize: '0.8em', fontWeight: 600, opacity: 0.75 }}>
        {label}
      </div>
      {children}
    </div>
  );
}

function Separator() {
  return <div role="separator" style={{ borderTop: '1px solid #ccc', margin: '0.25rem 0' }} />;
}

interface MenuItemProps {
  role?: 'menuitem' | 'menuitemradio' | 'menuitemcheckbox';
  checked?: boolean;
  disabled?: boolean;
  onSelect: () => void;
  children: ReactNode;
}

function MenuItem({ role = 'menuitem', checked, disabled, onSelect, children }: MenuItemProps) {
  const mark = role === 'menuitemradio' ? (checked ? '●' : '○') : role === 'menuitemcheckbox' ? (checked ? '☑' : '☐') : null;
  return (
    <button
      type="button"
      role={role}
      tabIndex={-1}
      aria-checked={role === 'menuitem' ? undefined : Boolean(checked)}
      aria-disabled={disabled || undefined}
      onClick={() => {
        if (!disabled) onSelect();
      }}
      style={{ display: 'block', width: '100%', textAlign: 'left', padding: '0.25rem 0.75rem', border: 0, background: 'none', color: 'inherit', font: 'inherit', cursor: 'pointer' }}
    >
      {mark && (
        <span aria-hidden="true" style={{ display: 'inline-block', width: '1.25em' }}>
          {mark}
        </span>
      )}
      {children}
    </button>
  );
}

function RadioItem({ label, checked, onSelect }: { label: string; checked: boolean; onSelect: () => void }) {
  return (
    <MenuItem role="menuitemradio" checked={checked} onSelect={onSelect}>
      {label}
    </MenuItem>
  );
}
