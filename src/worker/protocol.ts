// Messages between the page and the extraction worker. Every message carries the id of the
// request it belongs to so replies to a cancelled request can be ignored.
import type { WireArticle } from './articleTexts';
import type { Disagreement } from '../graph/analysis/disagreements';
import type { Graph, GraphEdge, GraphNode } from '../graph/model';

export type ToWorker =
  // Texts the worker holds from the previous request are left out (see articleTexts.ts).
  | { type: 'extract'; requestId: number; articles: WireArticle[] }
  | { type: 'cancel'; requestId: number };

export type FromWorker =
  | { type: 'progress'; requestId: number; done: number; total: number }
  // A large graph arrives in parts, each its own message: decoding one structured clone of
  // thousands of nodes with their evidence would freeze the page for about a second.
  | { type: 'graphPart'; requestId: number; nodes: GraphNode[]; edges: GraphEdge[] }
  /**
   * The graph; its nodes and edges follow any parts sent before it. `disagreements` are read
   * here, beside the article texts, because reading a large corpus for them takes the page's
   * thread for hundreds of milliseconds.
   */
  | { type: 'graph'; requestId: number; graph: Graph; disagreements: Disagreement[] }
  | { type: 'error'; requestId: number; message: string };
