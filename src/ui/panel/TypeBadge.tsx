import type { EntityType } from '../../graph/model';
import { ENTITY_LOOK } from '../entityStyle';
import { ShapeIcon } from '../canvas/ShapeIcon';

export function TypeBadge({ type }: { type: EntityType }) {
  return (
    <span className="type-badge">
      <ShapeIcon type={type} size={16} />
      <span>{ENTITY_LOOK[type].label}</span>
    </span>
  );
}
