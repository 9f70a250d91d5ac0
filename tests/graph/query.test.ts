import { describe, expect, it } from 'vitest';
import { countActiveFilters, DEFAULT_FILTERS, filterGraph, relationTypes } from '../../src/graph/query/filter';
import { neighbourhood, shortestPath } from '../../src/graph/query/neighbourhood';
import { searchEntities } from '../../src/graph/query/search';
import { sampleGraph } from '../ui/sampleCorpus';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();

describe('filterGraph', () => {
  it('hides co-occurrence by default but keeps it on request', () => {
    expect(ids(filterGraph(sampleGraph, DEFAULT_FILTERS).edges)).toEqual(['e-leads', 'e-withdrew']);
    expect(ids(filterGraph(sampleGraph, { ...DEFAULT_FILTERS, hiddenRelations: [] }).edges)).toHaveLength(3);
  });

  it('drops an article’s evidence and recounts sources when the article is switched off', () => {
    const g = filterGraph(sampleGraph, { ...DEFAULT_FILTERS, hiddenArticles: ['a1'] });
    const withdrew = g.edges.find((e) => e.id === 'e-withdrew')!;
    expect(withdrew.sources).toBe(1);
    expect(withdrew.evidence.map((e) => e.articleId)).toEqual(['b2']);
    expect(g.edges.find((e) => e.id === 'e-leads')).toBeUndefined();
    // Putin is still mentioned in b2, so he stays.
    expect(ids(g.nodes)).toContain('person:vladimir-putin');
  });

  it('filters by type, min sources and isolation', () => {
    const noPeople = filterGraph(sampleGraph, { ...DEFAULT_FILTERS, hiddenTypes: ['person'] });
    expect(ids(noPeople.nodes)).toEqual(['base:qamishli-airport', 'place:moscow', 'state:russia']);
    expect(ids(noPeople.edges)).toEqual(['e-withdrew']);
    const strict = filterGraph(sampleGraph, { ...DEFAULT_FILTERS, minSources: 2, hideIsolated: true });
    expect(ids(strict.nodes)).toEqual(['base:qamishli-airport', 'state:russia']);
  });

  it('counts active filters and lists relation types', () => {
    expect(countActiveFilters(DEFAULT_FILTERS)).toBe(0);
    expect(countActiveFilters({ ...DEFAULT_FILTERS, hiddenRelations: [], minSources: 2 })).toBe(2);
    expect(relationTypes(sampleGraph).map((r) => r.relation).sort()).toEqual(['leader_of', 'mentioned_with', 'withdrew_from']);
  });
});

describe('neighbourhood and paths', () => {
  const g = filterGraph(sampleGraph, { ...DEFAULT_FILTERS, hiddenRelations: [] });
  it('grows with depth', () => {
    expect([...neighbourhood(g, 'place:moscow', 1).nodeIds].sort()).toEqual(['person:vladimir-putin', 'place:moscow']);
    expect([...neighbourhood(g, 'place:moscow', 2).nodeIds]).toContain('state:russia');
    expect([...neighbourhood(g, 'place:moscow', 3).nodeIds]).toContain('base:qamishli-airport');
  });
  it('finds the shortest chain regardless of direction', () => {
    const p = shortestPath(g, 'base:qamishli-airport', 'place:moscow');
    expect(p?.map((s) => s.edge.id)).toEqual(['e-withdrew', 'e-leads', 'e-cooc']);
    expect(shortestPath(g, 'place:moscow', 'nowhere')).toBeNull();
  });
});

describe('searchEntities', () => {
  it('matches aliases and word starts, accent-insensitively', () => {
    expect(searchEntities(sampleGraph, 'putin').map((h) => h.node.label)).toEqual(['Vladimir Putin']);
    expect(searchEntities(sampleGraph, 'qamis')[0].node.id).toBe('base:qamishli-airport');
    expect(searchEntities(sampleGraph, 'MÓSC')[0].node.label).toBe('Moscow');
    expect(searchEntities(sampleGraph, '  ')).toEqual([]);
  });
});
