// Where the reports disagree, derived once per graph and corpus: reading the article texts is
// the costly part, so the result is memoised on the identity of the graph and the articles and
// shared by the canvas (disputed marks) and the side panel (both quotes side by side).
import { disputedIds, findDisagreements, type Disagreement } from '../graph/analysis/disagreements';
import type { Graph } from '../graph/model';
import { useAppStore, type AppState } from './appStore';
import type { CorpusArticle } from './types';

interface Disputes {
  list: Disagreement[];
  /** Ids of every disputed node and edge. */
  ids: ReadonlySet<string>;
}

let last: { graph: Graph; articles: CorpusArticle[]; result: Disputes } | null = null;

function disputesOf(graph: Graph, articles: CorpusArticle[]): Disputes {
  if (last && last.graph === graph && last.articles === articles) return last.result;
  const texts: Record<string, string> = {};
  for (const a of articles) texts[a.meta.id] = a.text;
  const list = findDisagreements(graph, { texts });
  const result = { list, ids: disputedIds(list) };
  last = { graph, articles, result };
  return result;
}

export const selectDisagreements = (s: AppState): Disagreement[] => disputesOf(s.graph, s.articles).list;
export const selectDisputedIds = (s: AppState): ReadonlySet<string> => disputesOf(s.graph, s.articles).ids;

export const useDisagreements = () => useAppStore(selectDisagreements);
export const useDisputedIds = () => useAppStore(selectDisputedIds);
