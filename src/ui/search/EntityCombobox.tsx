// A type-ahead entity picker (ARIA combobox): the list holds only the few entities matching what
// the user typed, never one element per entity of the graph, so a graph of thousands of entities
// costs nothing to render until someone searches it. Used by "Search entities" and by the path's
// two ends.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Graph, GraphNode } from '../../graph/model';
import { searchEntities } from '../../graph/query/search';
import { ShapeIcon } from '../canvas/ShapeIcon';
import { ENTITY_LOOK } from '../entityStyle';

export interface EntityComboboxProps {
  /** Accessible name of the input. */
  label: string;
  placeholder: string;
  /** The entities to search. */
  graph: Graph;
  /** What the input shows while the user is not typing (the chosen entity's name, or nothing). */
  shown?: string;
  onChoose(node: GraphNode): void;
  /** The user emptied the field and left it, or pressed Escape on an empty field. */
  onEmpty?(): void;
  /** Accessible name of the list of matches. */
  listLabel?: string;
  className?: string;
}

export function EntityCombobox(props: EntityComboboxProps) {
  const { graph, shown = '' } = props;
  /** What the user is typing; null while they are not (the input then shows `shown`). */
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const hits = useMemo(() => (query ? searchEntities(graph, query) : []), [graph, query]);
  const expanded = open && hits.length > 0;

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    props.onChoose(hit.node);
    setQuery(null);
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
      else if (query !== null) setQuery(null);
      else if (shown) props.onEmpty?.();
    }
  };

  return (
    <div className={props.className ?? 'search'}>
      <input
        type="search"
        role="combobox"
        aria-label={props.label}
        placeholder={props.placeholder}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        value={query ?? shown}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          if (query === '') props.onEmpty?.();
          // Typing that chose nothing is dropped: the field goes back to what is chosen.
          setQuery(null);
        }}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul id={listId} role="listbox" aria-label={props.listLabel ?? 'Matching entities'} className="search-results">
          {hits.map((h, i) => (
            <li
              key={h.node.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              data-entity-id={h.node.id}
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
