import { useEffect, useState } from 'react';
import type { ColorScheme } from '../canvas/stylesheet';

const query = '(prefers-color-scheme: dark)';

/** The system colour scheme, following changes while the page is open. */
export function useColorScheme(): ColorScheme {
  const get = (): ColorScheme =>
    typeof window !== 'undefined' && window.matchMedia?.(query).matches ? 'dark' : 'light';
  const [scheme, setScheme] = useState<ColorScheme>(get);
  useEffect(() => {
    const mq = window.matchMedia?.(query);
    if (!mq) return;
    const onChange = () => setScheme(mq.matches ? 'dark' : 'light');
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  return scheme;
}
