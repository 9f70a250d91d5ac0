// Two-way sync between the store and the URL hash: the page starts from the hash, every change
// is written back (replaceState, so Back leaves the app rather than stepping through clicks),
// and a pasted link (hashchange) is applied.
import { useEffect } from 'react';
import { useAppStore, type AppState } from '../../store/appStore';
import { decodeUrlState, encodeUrlState } from './urlState';

const stateOf = (s: AppState) => ({
  selection: s.selection,
  filters: s.filters,
  layout: s.view.layout,
  focusDepth: s.view.focusDepth,
  path: s.path,
});

function applyHash(hash: string) {
  const u = decodeUrlState(hash);
  useAppStore.setState((s) => ({
    selection: u.selection,
    filters: u.filters,
    path: u.path,
    view: { ...s.view, layout: u.layout, focusDepth: u.focusDepth },
  }));
}

export function useHashSync(): void {
  useEffect(() => {
    if (window.location.hash.length > 1) applyHash(window.location.hash);
    let written = window.location.hash.replace(/^#/, '');
    const write = (s: AppState) => {
      const next = encodeUrlState(stateOf(s));
      if (next === written) return;
      written = next;
      const url = `${window.location.pathname}${window.location.search}${next ? `#${next}` : ''}`;
      window.history.replaceState(null, '', url);
    };
    write(useAppStore.getState());
    const unsubscribe = useAppStore.subscribe(write);
    const onHashChange = () => {
      const h = window.location.hash.replace(/^#/, '');
      if (h === written) return;
      written = h;
      applyHash(h);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
}
