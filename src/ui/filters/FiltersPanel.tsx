// Filters: entity types, articles (with their outlets), minimum sources, relation types and
// isolated nodes. Every setting is visible here and one button restores the defaults.
import { memo, useMemo, useState } from 'react';
import { CO_OCCURRENCE, ENTITY_TYPES, type Graph } from '../../graph/model';
import { formatDate } from '../../graph/analysis/timeline';
import { countActiveFilters, relationTypes, typeCounts } from '../../graph/query/filter';
import { useAppStore } from '../../store/appStore';
import { useVisibleGraph } from '../../store/selectors';
import { ShapeIcon } from '../canvas/ShapeIcon';
import { useDeferredWhenLarge } from '../canvas/useDeferredWhenLarge';
import { ENTITY_LOOK } from '../entityStyle';

const toggle = <T,>(list: T[], item: T, on: boolean): T[] =>
  on ? list.filter((x) => x !== item) : list.includes(item) ? list : [...list, item];

/** Above this many articles their list starts folded: it is rendered only once opened. */
const ARTICLES_OPEN_UP_TO = 20;

export const FiltersPanel = memo(function FiltersPanel() {
  // Deferred when large: a newly arrived large graph's counts and lists are rendered in an update
  // React can interrupt, after the one that hands the graph to every view.
  const graph = useDeferredWhenLarge(useAppStore((s) => s.graph));
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const visible = useDeferredWhenLarge(useVisibleGraph());
  const counts = useMemo(() => typeCounts(graph), [graph]);
  const relations = useMemo(() => relationTypes(graph), [graph]);
  const maxSources = useMemo(() => graph.edges.reduce((m, e) => Math.max(m, e.sources), 1), [graph]);
  const active = countActiveFilters(filters);

  return (
    <section className="tool-section filters" aria-labelledby="filters-heading">
      <header className="tool-header">
        <h2 id="filters-heading">Filters{active > 0 ? ` (${active} active)` : ''}</h2>
        <button type="button" onClick={resetFilters} disabled={active === 0}>
          Reset filters
        </button>
      </header>
      <p className="muted" aria-live="polite">
        Showing {visible.nodes.length} of {graph.nodes.length} entities, {visible.edges.length} of {graph.edges.length}{' '}
        relations
      </p>
      {filters.timeRange && (
        <p className="time-filter">
          <span>
            Events from <strong>{formatDate(filters.timeRange[0])}</strong> to{' '}
            <strong>{formatDate(filters.timeRange[1])}</strong> (timeline)
          </span>
          <button type="button" onClick={() => setFilters({ timeRange: null })}>
            Clear time range
          </button>
        </p>
      )}

      <fieldset>
        <legend>Entity types</legend>
        {ENTITY_TYPES.filter((t) => counts[t] > 0).map((t) => (
          <label key={t} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenTypes.includes(t)}
              onChange={(e) => setFilters({ hiddenTypes: toggle(filters.hiddenTypes, t, e.target.checked) })}
            />
            <ShapeIcon type={t} /> {ENTITY_LOOK[t].plural} <span className="muted">({counts[t]})</span>
          </label>
        ))}
      </fieldset>

      <ArticleFilters articles={graph.articles} hidden={filters.hiddenArticles} onChange={(hiddenArticles) => setFilters({ hiddenArticles })} />

      <fieldset>
        <legend>Sources</legend>
        <label className="range">
          <span>
            Reported by at least <strong>{filters.minSources}</strong> article{filters.minSources === 1 ? '' : 's'}
          </span>
          <input
            type="range"
            aria-label="Minimum sources"
            min={1}
            max={Math.max(maxSources, filters.minSources)}
            step={1}
            value={filters.minSources}
            onChange={(e) => setFilters({ minSources: Number(e.target.value) })}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.hideIsolated}
            onChange={(e) => setFilters({ hideIsolated: e.target.checked })}
          />
          Hide isolated entities
        </label>
      </fieldset>

      <fieldset>
        <legend>Relation types</legend>
        {relations.map((r) => (
          <label key={r.relation} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenRelations.includes(r.relation)}
              onChange={(e) =>
                setFilters({ hiddenRelations: toggle(filters.hiddenRelations, r.relation, e.target.checked) })
              }
            />
            {r.relation === CO_OCCURRENCE ? 'mentioned with (co-occurrence)' : r.label}{' '}
            <span className="muted">({r.count})</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
});

/**
 * One checkbox per article. With a large corpus the list starts folded and is rendered only once
 * opened: hundreds of rows rebuilt with every new graph would be work for a list nobody looks at.
 */
function ArticleFilters(props: { articles: Graph['articles']; hidden: string[]; onChange(hidden: string[]): void }) {
  const { articles, hidden } = props;
  const many = articles.length > ARTICLES_OPEN_UP_TO;
  const [open, setOpen] = useState(false);
  const list = () =>
    articles.map((a) => (
    <label key={a.id} className="check">
      <input type="checkbox" checked={!hidden.includes(a.id)} onChange={(e) => props.onChange(toggle(hidden, a.id, e.target.checked))} />
      <span className="check-text">
        {a.title}
        {a.outlet && <span className="muted"> — {a.outlet}</span>}
      </span>
    </label>
  ));
  if (!many) {
    return (
      <fieldset>
        <legend>Articles</legend>
        {list()}
      </fieldset>
    );
  }
  const shown = articles.length - articles.filter((a) => hidden.includes(a.id)).length;
  return (
    <fieldset>
      <legend>Articles</legend>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          {shown === articles.length ? `All ${articles.length} articles` : `${shown} of ${articles.length} articles`}
        </summary>
        {open && list()}
      </details>
    </fieldset>
  );
}
