// Messages between the page and the extraction worker. Every message carries the id of the
// request it belongs to so replies to a cancelled request can be ignored.
import type { ArticleInput } from '../extract/index';
import type { Graph } from '../graph/model';

export type ToWorker =
  | { type: 'extract'; requestId: number; articles: ArticleInput[] }
  | { type: 'cancel'; requestId: number };

export type FromWorker =
  | { type: 'progress'; requestId: number; done: number; total: number }
  | { type: 'graph'; requestId: number; graph: Graph }
  | { type: 'error'; requestId: number; message: string };
