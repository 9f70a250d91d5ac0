// Messages between the page and the extraction worker. Every message carries the id of the
// request it belongs to so replies to a cancelled request can be ignored.
import type { WireArticle } from './articleTexts';
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
  /** The graph; its nodes and edges follow any parts sent before it. */
  | { type: 'graph'; requestId: number; graph: Graph }
  | { type: 'error'; requestId: number; message: string };
