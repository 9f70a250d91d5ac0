// The node shape and colour of an entity type as a small SVG, for the legend and badges.
import type { EntityType } from '../../graph/model';
import { ENTITY_LOOK } from '../entityStyle';

function star(cx: number, cy: number, r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 === 0 ? r : r * 0.45;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${(cx + rad * Math.cos(a)).toFixed(2)},${(cy + rad * Math.sin(a)).toFixed(2)}`);
  }
  return pts.join(' ');
}

export function ShapeIcon({ type, size = 14 }: { type: EntityType; size?: number }) {
  const { color, shape } = ENTITY_LOOK[type];
  const c = 8;
  let el;
  switch (shape) {
    case 'ellipse':
      el = <circle cx={c} cy={c} r={7} />;
      break;
    case 'hexagon':
      el = <polygon points="4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8" />;
      break;
    case 'round-rectangle':
      el = <rect x={1} y={2.5} width={14} height={11} rx={3} />;
      break;
    case 'triangle':
      el = <polygon points="8,1 15.5,14.5 0.5,14.5" />;
      break;
    case 'diamond':
      el = <polygon points="8,0.5 15.5,8 8,15.5 0.5,8" />;
      break;
    case 'star':
      el = <polygon points={star(c, c + 0.5, 7.8)} />;
      break;
  }
  return (
    <svg className="shape-icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" fill={color}>
      {el}
    </svg>
  );
}
