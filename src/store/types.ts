import type { ArticleMeta } from '../graph/model';

/** One article in the corpus: its original text and what is known about it. */
export interface CorpusArticle {
  meta: ArticleMeta;
  text: string;
}

/** What is selected: a node or an edge, by id. */
export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export interface ViewSettings {
  layout: LayoutName;
  /** Hops around the selected node that stay highlighted. */
  focusDepth: number;
  /** Bumped to ask the canvas to run the layout again. */
  relayoutToken: number;
}

export interface ExtractionStatus {
  extracting: boolean;
  done: number;
  total: number;
  error: string | null;
}

/** The article reader: which article is open and which sentence to show. */
export interface ReaderTarget {
  articleId: string;
  start?: number;
  end?: number;
}

export interface PathQuery {
  from: string | null;
  to: string | null;
}
