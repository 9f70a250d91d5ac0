// "Search entities": type-ahead over names and aliases (ARIA combobox). Choosing a result
// selects the node and centres the view on it.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchEntities } from '../../graph/query/search';
import { useAppStore } from '../../store/appStore';
import { centreOn } from '../canvas/cyHandle';
import { ShapeIcon } from '../canvas/ShapeIcon';
import { ENTITY_LOOK } from '../entityStyle';

export function SearchBox() {
  const graph = useAppStore((s) => s.graph);
  const select = useAppStore((s) => s.select);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const hits = useMemo(() => searchEntities(graph, query), [graph, query]);
  const expanded = open && hits.length > 0;

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    select({ kind: 'node', id: hit.node.id });
    centreOn(hit.node.id);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(hits.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      if (expanded) {
        e.preventDefault();
        choose(active);
      }
    } else if (e.key === 'Escape') {
      // Closing the list is this key's whole job here; the page-level handler must not also clear.
      e.stopPropagation();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label="Search entities"
        placeholder="Search entities…"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul id={listId} role="listbox" aria-label="Matching entities" className="search-results">
          {hits.map((h, i) => (
            <li
              key={h.node.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
            >
              <ShapeIcon type={h.node.type} />
              <span className="search-label">{h.node.label}</span>
              {h.matched !== h.node.label && <span className="muted"> ({h.matched})</span>}
              <span className="muted search-type">{ENTITY_LOOK[h.node.type].label}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
