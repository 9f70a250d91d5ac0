// Where the reports disagree, shared by the canvas (disputed marks) and the side panel (both
// quotes side by side). The extraction worker reads them with the graph, so the page only looks
// them up; a graph that came without them (an imported file) is read here, once per graph and
// corpus, memoised on their identity because reading the article texts is the costly part.
import { disputedIds, findDisagreements, type Disagreement } from '../graph/analysis/disagreements';
import type { Graph } from '../graph/model';
import { useAppStore, type AppState } from './appStore';
import type { CorpusArticle } from './types';

interface Disputes {
  list: Disagreement[];
  /** Ids of every disputed node and edge. */
  ids: ReadonlySet<string>;
}

let lastRead: { graph: Graph; articles: CorpusArticle[]; result: Disputes } | null = null;
let lastGiven: { list: Disagreement[]; result: Disputes } | null = null;

function disputesOf(s: AppState): Disputes {
  if (s.disagreements) {
    if (lastGiven?.list !== s.disagreements) lastGiven = { list: s.disagreements, result: { list: s.disagreements, ids: disputedIds(s.disagreements) } };
    return lastGiven.result;
  }
  if (lastRead && lastRead.graph === s.graph && lastRead.articles === s.articles) return lastRead.result;
  const texts: Record<string, string> = {};
  for (const a of s.articles) texts[a.meta.id] = a.text;
  const list = findDisagreements(s.graph, { texts });
  const result = { list, ids: disputedIds(list) };
  lastRead = { graph: s.graph, articles: s.articles, result };
  return result;
}

export const selectDisagreements = (s: AppState): Disagreement[] => disputesOf(s).list;
export const selectDisputedIds = (s: AppState): ReadonlySet<string> => disputesOf(s).ids;

export const useDisagreements = () => useAppStore(selectDisagreements);
export const useDisputedIds = () => useAppStore(selectDisputedIds);
