// The page's side of the layout worker: one worker, created the first time a large graph needs
// placing; a newer request supersedes an older one, whose promise then resolves to null.
import type { LayoutAnswer, LayoutRequest, Positions } from './layoutRequest';

let worker: Worker | null = null;
const waiting = new Map<number, (p: Positions | null) => void>();
let nextId = 1;

function layoutWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (ev: MessageEvent<LayoutAnswer>) => {
    const done = waiting.get(ev.data.id);
    waiting.delete(ev.data.id);
    done?.(ev.data.positions ?? null);
  });
  worker.addEventListener('error', () => {
    for (const done of waiting.values()) done(null);
    waiting.clear();
    worker = null;
  });
  return worker;
}

export const nextLayoutId = () => nextId++;

/** Positions for the request's nodes, or null when a newer request took its place or the layout failed. */
export function layoutInWorker(req: LayoutRequest): Promise<Positions | null> {
  for (const [id, done] of waiting) if (id < req.id) (waiting.delete(id), done(null));
  return new Promise((resolve) => {
    waiting.set(req.id, resolve);
    layoutWorker().postMessage(req);
  });
}
