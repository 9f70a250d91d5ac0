// The part of the view that is saved between visits and carried in the app's JSON: filters and
// layout. What comes back (IndexedDB, an imported file) is untrusted, so it is checked field by
// field and anything unusable falls back to the default rather than reaching the store.
import { ENTITY_TYPES, type EntityType } from '../graph/model';
import { DEFAULT_FILTERS, type GraphFilters } from '../graph/query/filter';
import type { AppState } from './appStore';
import { LAYOUT_NAMES, type LayoutName } from './types';

export interface SavedView {
  filters: GraphFilters;
  layout: LayoutName;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;

/** Filters from plain data; every field that is missing or of the wrong shape keeps its default. */
export function readFilters(value: unknown): GraphFilters {
  if (!isObj(value)) return DEFAULT_FILTERS;
  const types = strings(value.hiddenTypes)?.filter((t): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t));
  const min = value.minSources;
  const range = value.timeRange;
  const filters: GraphFilters = {
    hiddenTypes: types ?? DEFAULT_FILTERS.hiddenTypes,
    hiddenArticles: strings(value.hiddenArticles) ?? DEFAULT_FILTERS.hiddenArticles,
    hiddenRelations: strings(value.hiddenRelations) ?? DEFAULT_FILTERS.hiddenRelations,
    minSources: typeof min === 'number' && Number.isInteger(min) && min >= 1 ? min : DEFAULT_FILTERS.minSources,
    hideIsolated: typeof value.hideIsolated === 'boolean' ? value.hideIsolated : DEFAULT_FILTERS.hideIsolated,
  };
  const pair = strings(range);
  if (pair && pair.length === 2) filters.timeRange = [pair[0], pair[1]];
  return filters;
}

export function readLayout(value: unknown): LayoutName | undefined {
  return typeof value === 'string' && (LAYOUT_NAMES as readonly string[]).includes(value) ? (value as LayoutName) : undefined;
}

/** A saved view record back into settings; undefined when it holds nothing usable. */
export function readSavedView(value: unknown): SavedView | undefined {
  if (!isObj(value)) return undefined;
  return { filters: readFilters(value.filters), layout: readLayout(value.layout) ?? 'fcose' };
}

export const savedViewOf = (s: Pick<AppState, 'filters' | 'view'>): SavedView => ({ filters: s.filters, layout: s.view.layout });
