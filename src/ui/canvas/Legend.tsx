// Legend of entity types; each entry also toggles that type on and off.
import { ENTITY_TYPES } from '../../graph/model';
import { typeCounts } from '../../graph/query/filter';
import { useAppStore } from '../../store/appStore';
import { ENTITY_LOOK } from '../entityStyle';
import { ShapeIcon } from './ShapeIcon';

export function Legend() {
  const graph = useAppStore((s) => s.graph);
  const hidden = useAppStore((s) => s.filters.hiddenTypes);
  const setFilters = useAppStore((s) => s.setFilters);
  const counts = typeCounts(graph);
  return (
    <section className="legend" aria-label="Legend">
      <ul>
        {ENTITY_TYPES.filter((t) => counts[t] > 0).map((t) => {
          const shown = !hidden.includes(t);
          return (
            <li key={t}>
              <button
                type="button"
                aria-pressed={shown}
                className={shown ? undefined : 'off'}
                title={shown ? `Hide ${ENTITY_LOOK[t].plural.toLowerCase()}` : `Show ${ENTITY_LOOK[t].plural.toLowerCase()}`}
                onClick={() =>
                  setFilters({ hiddenTypes: shown ? [...hidden, t] : hidden.filter((x) => x !== t) })
                }
              >
                <ShapeIcon type={t} />
                {ENTITY_LOOK[t].plural} <span className="muted">{counts[t]}</span>
              </button>
            </li>
          );
        })}
        <li className="legend-note muted">Size: mentions · Line width: sources</li>
      </ul>
    </section>
  );
}
