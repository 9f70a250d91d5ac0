// The shareable part of the view, in the URL hash: selection, filters, layout, focus depth and
// path. Ids are percent-encoded by URLSearchParams, so any id survives the round trip.
import { ENTITY_TYPES, type EntityType } from '../../graph/model';
import { dateSpan } from '../../graph/analysis/timeline';
import { DEFAULT_FILTERS, type GraphFilters } from '../../graph/query/filter';
import { LAYOUT_NAMES, type LayoutName, type PathQuery, type Selection } from '../../store/types';

export interface UrlState {
  selection: Selection;
  filters: GraphFilters;
  layout: LayoutName;
  focusDepth: number;
  path: PathQuery;
}

const LIST_SEP = '~';
const list = (v: string | null): string[] => (v ? v.split(LIST_SEP).filter(Boolean) : []);

export function encodeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.selection) p.set(s.selection.kind, s.selection.id);
  const f = s.filters;
  if (f.hiddenTypes.length) p.set('hideTypes', f.hiddenTypes.join(LIST_SEP));
  if (f.hiddenArticles.length) p.set('hideArticles', f.hiddenArticles.join(LIST_SEP));
  const rels = [...f.hiddenRelations].sort().join(LIST_SEP);
  if (rels !== [...DEFAULT_FILTERS.hiddenRelations].sort().join(LIST_SEP)) p.set('hideRelations', rels || '-');
  if (f.minSources !== DEFAULT_FILTERS.minSources) p.set('minSources', String(f.minSources));
  if (f.hideIsolated) p.set('hideIsolated', '1');
  if (f.timeRange) p.set('time', f.timeRange.join(LIST_SEP));
  if (s.layout !== 'fcose') p.set('layout', s.layout);
  if (s.focusDepth !== 1) p.set('depth', String(s.focusDepth));
  if (s.path.from) p.set('pathFrom', s.path.from);
  if (s.path.to) p.set('pathTo', s.path.to);
  return p.toString();
}

export function decodeUrlState(hash: string): UrlState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const node = p.get('node');
  const edge = p.get('edge');
  const selection: Selection = node ? { kind: 'node', id: node } : edge ? { kind: 'edge', id: edge } : null;
  const rels = p.get('hideRelations');
  const minSources = Number(p.get('minSources'));
  const depth = Number(p.get('depth'));
  const layout = p.get('layout');
  const time = list(p.get('time'));
  // Only real (possibly partial) ISO dates: a mangled link must not empty the graph.
  const timeRange: [string, string] | null =
    time.length === 2 && time.every((t) => dateSpan(t) !== null) ? [time[0], time[1]] : null;
  return {
    selection,
    filters: {
      hiddenTypes: list(p.get('hideTypes')).filter((t): t is EntityType => (ENTITY_TYPES as string[]).includes(t)),
      hiddenArticles: list(p.get('hideArticles')),
      hiddenRelations: rels === null ? DEFAULT_FILTERS.hiddenRelations : rels === '-' ? [] : list(rels),
      minSources: Number.isInteger(minSources) && minSources >= 1 ? minSources : DEFAULT_FILTERS.minSources,
      hideIsolated: p.get('hideIsolated') === '1',
      ...(timeRange ? { timeRange } : {}),
    },
    layout: (LAYOUT_NAMES as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : 'fcose',
    focusDepth: Number.isInteger(depth) && depth >= 1 ? depth : 1,
    path: { from: p.get('pathFrom'), to: p.get('pathTo') },
  };
}
