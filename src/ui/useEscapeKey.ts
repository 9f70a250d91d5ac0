import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';

/** Escape closes the reader first, then clears the selection and the path. */
export function useEscapeKey(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const s = useAppStore.getState();
      if (s.reader) s.closeReader();
      else if (s.selection) s.clearSelection();
      else if (s.path.from || s.path.to) s.setPath({ from: null, to: null });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
