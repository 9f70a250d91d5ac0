// Moving the selection across the canvas with the arrow keys: from the selected node to the
// nearest node lying in the pressed direction (on screen), so keyboard users can walk the graph.
export interface Placed {
  id: string;
  x: number;
  y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/** The node to move to, or null when nothing lies that way. */
export function nearestInDirection(from: Placed, nodes: Placed[], dir: Direction): string | null {
  const [dx, dy] = VECTORS[dir];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const n of nodes) {
    if (n.id === from.id) continue;
    const vx = n.x - from.x;
    const vy = n.y - from.y;
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const across = Math.abs(vx * dy - vy * dx);
    // Within 60° either side of the direction; straight ahead beats off to one side.
    if (across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = n.id;
    }
  }
  return best;
}
