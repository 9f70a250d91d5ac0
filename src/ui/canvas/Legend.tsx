// Legend of entity types; each entry also toggles that type on and off.
import { ENTITY_TYPES } from '../../graph/model';
import { typeCounts } from '../../graph/query/filter';
import { useAppStore } from '../../store/appStore';
import { useDisputedIds } from '../../store/disagreements';
import { ENTITY_LOOK } from '../entityStyle';
import { ShapeIcon } from './ShapeIcon';
import { DISPUTED_COLOR } from './stylesheet';
import './legend.css';

export function Legend() {
  const graph = useAppStore((s) => s.graph);
  const hidden = useAppStore((s) => s.filters.hiddenTypes);
  const setFilters = useAppStore((s) => s.setFilters);
  const counts = typeCounts(graph);
  const disputed = useDisputedIds();
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
        {disputed.size > 0 && (
          <li className="legend-note legend-disputed muted" title="The articles disagree about these relations and events; select one to read both sides">
            <svg width="26" height="8" aria-hidden="true">
              <line x1="1" y1="4" x2="25" y2="4" stroke={DISPUTED_COLOR} strokeWidth="3" strokeDasharray="6 3" />
            </svg>{' '}
            Disputed
          </li>
        )}
      </ul>
    </section>
  );
}
