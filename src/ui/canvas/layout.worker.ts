/// <reference lib="webworker" />
// Lays out large graphs off the page's thread: fCoSE on thousands of elements runs for seconds,
// and the page must keep answering while it does. Only the newest request matters; an older one
// still queued is answered with nothing.
import { runLayout, type LayoutAnswer, type LayoutRequest } from './layoutRequest';

declare const self: DedicatedWorkerGlobalScope;

let latest = 0;

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const req = event.data;
  latest = Math.max(latest, req.id);
  // Let newer requests already queued arrive before starting a layout that would be thrown away.
  setTimeout(() => {
    if (req.id !== latest) return;
    let answer: LayoutAnswer;
    try {
      answer = { id: req.id, positions: runLayout(req) };
    } catch (err) {
      answer = { id: req.id, error: err instanceof Error ? err.message : String(err) };
    }
    self.postMessage(answer);
  }, 0);
};
