// A small typed client for the extraction worker: one request in flight at a time; a new
// request cancels the previous one, whose promise then rejects with ExtractionCancelled.
import type { ArticleInput } from '../extract/index';
import type { Disagreement } from '../graph/analysis/disagreements';
import type { Graph, GraphEdge, GraphNode } from '../graph/model';
import { SentTexts } from './articleTexts';
import type { FromWorker, ToWorker } from './protocol';
import { takeExtractionWorker } from './spawnWorker';

export class ExtractionCancelled extends Error {
  constructor() {
    super('Extraction cancelled');
    this.name = 'ExtractionCancelled';
  }
}

/** The part of a Worker the client uses, so tests can drive it with a fake. */
export interface WorkerLike {
  postMessage(msg: ToWorker): void;
  addEventListener(type: 'message', listener: (ev: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', listener: (ev: ErrorEvent) => void): void;
  terminate(): void;
}

/** What one extraction request yields: the graph and what the worker read from all of it. */
export interface ExtractionResult {
  graph: Graph;
  /** Where the articles disagree, read in the worker with the article texts. */
  disagreements: Disagreement[];
}

interface Pending {
  requestId: number;
  resolve: (r: ExtractionResult) => void;
  reject: (e: Error) => void;
  onProgress?: (done: number, total: number) => void;
  /** Nodes and edges of a large graph received ahead of the graph message. */
  parts: { nodes: GraphNode[]; edges: GraphEdge[] };
}

export class ExtractClient {
  private nextId = 1;
  private pending: Pending | null = null;
  private texts = new SentTexts();

  constructor(private worker: WorkerLike) {
    worker.addEventListener('message', (ev: MessageEvent<FromWorker>) => this.receive(ev.data));
    worker.addEventListener('error', (ev: ErrorEvent) => {
      const p = this.pending;
      this.pending = null;
      p?.reject(new Error(ev.message || 'The extraction worker failed'));
    });
  }

  extract(articles: ArticleInput[], onProgress?: (done: number, total: number) => void): Promise<ExtractionResult> {
    this.cancel();
    const requestId = this.nextId++;
    return new Promise<ExtractionResult>((resolve, reject) => {
      this.pending = { requestId, resolve, reject, onProgress, parts: { nodes: [], edges: [] } };
      this.worker.postMessage({ type: 'extract', requestId, articles: this.texts.toWire(articles) });
    });
  }

  cancel(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    this.worker.postMessage({ type: 'cancel', requestId: p.requestId });
    p.reject(new ExtractionCancelled());
  }

  terminate(): void {
    this.cancel();
    this.worker.terminate();
  }

  private receive(msg: FromWorker) {
    const p = this.pending;
    if (!p || msg.requestId !== p.requestId) return; // a reply to a cancelled request
    if (msg.type === 'progress') p.onProgress?.(msg.done, msg.total);
    else if (msg.type === 'graphPart') {
      for (const n of msg.nodes) p.parts.nodes.push(n);
      for (const e of msg.edges) p.parts.edges.push(e);
    } else if (msg.type === 'graph') {
      this.pending = null;
      const { nodes, edges } = p.parts;
      const graph = nodes.length + edges.length === 0 ? msg.graph : { ...msg.graph, nodes: [...nodes, ...msg.graph.nodes], edges: [...edges, ...msg.graph.edges] };
      p.resolve({ graph, disagreements: msg.disagreements });
    } else if (msg.type === 'error') {
      this.pending = null;
      p.reject(new Error(msg.message));
    }
  }
}

/** The client over the real module worker: the one started ahead of the app, if it still is free. */
export function createExtractClient(): ExtractClient {
  return new ExtractClient(takeExtractionWorker() as unknown as WorkerLike);
}
