// The app's own JSON: the DESIGN.md graph, plus an optional `view` so a re-import restores the
// same picture. The parser validates everything it reads: the file may come from anywhere.
import { ENTITY_TYPES } from '../model';
import type { ArticleMeta, Evidence, Graph, GraphEdge, GraphNode, Mention } from '../model';

export const APP_JSON_FORMAT = 'news-graph-explorer';
export const APP_JSON_VERSION = 1;

export interface Point {
  x: number;
  y: number;
}

/** What the user was looking at. Every field is optional: a bare graph is a valid file. */
export interface AppView {
  /** Ids of selected nodes and edges. */
  selection?: string[];
  /** The store's filter settings, kept as plain JSON: this layer does not interpret them. */
  filters?: Record<string, unknown>;
  /** Name of the layout that produced the positions. */
  layout?: string;
  /** Node id → model position. */
  positions?: Record<string, Point>;
  zoom?: number;
  pan?: Point;
}

export interface AppJsonDocument extends Graph {
  format: typeof APP_JSON_FORMAT;
  version: number;
  view?: AppView;
}

/** The graph's fields are at top level, as the CLI prints them, so any DESIGN.md reader can load it. */
export function toAppJson(graph: Graph, view?: AppView): string {
  const doc: AppJsonDocument = {
    format: APP_JSON_FORMAT,
    version: APP_JSON_VERSION,
    articles: graph.articles,
    nodes: graph.nodes,
    edges: graph.edges,
    ...(view ? { view } : {}),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

export type ParseResult = { ok: true; graph: Graph; view?: AppView } | { ok: false; error: string };

class Invalid extends Error {}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function need(cond: boolean, message: string): asserts cond {
  if (!cond) throw new Invalid(message);
}

function str(o: Obj, key: string, where: string): string {
  const v = o[key];
  need(typeof v === 'string', `${where}: "${key}" must be a string`);
  return v;
}

function optStr(o: Obj, key: string, where: string): string | undefined {
  if (o[key] === undefined) return undefined;
  return str(o, key, where);
}

function offset(o: Obj, key: string, where: string): number {
  const v = o[key];
  need(typeof v === 'number' && Number.isInteger(v) && v >= 0, `${where}: "${key}" must be a whole number ≥ 0`);
  return v;
}

function arr(o: Obj, key: string, where: string): unknown[] {
  const v = o[key];
  need(Array.isArray(v), `${where}: "${key}" must be a list`);
  return v;
}

function strList(o: Obj, key: string, where: string): string[] {
  return arr(o, key, where).map((v, i) => {
    need(typeof v === 'string', `${where}: "${key}"[${i}] must be a string`);
    return v;
  });
}

function span(v: unknown, where: string, articleIds: Set<string>): Mention {
  need(isObj(v), `${where} must be an object`);
  const articleId = str(v, 'articleId', where);
  need(articleIds.has(articleId), `${where}: unknown article "${articleId}"`);
  const start = offset(v, 'start', where);
  const end = offset(v, 'end', where);
  need(end >= start, `${where}: "end" is before "start"`);
  const m: Mention = { articleId, start, end };
  if (v.sentenceStart !== undefined) m.sentenceStart = offset(v, 'sentenceStart', where);
  if (v.sentenceEnd !== undefined) m.sentenceEnd = offset(v, 'sentenceEnd', where);
  return m;
}

function readArticle(v: unknown, where: string): ArticleMeta {
  need(isObj(v), `${where} must be an object`);
  const a: ArticleMeta = { id: str(v, 'id', where), title: str(v, 'title', where) };
  const outlet = optStr(v, 'outlet', where);
  const published = optStr(v, 'published', where);
  if (outlet !== undefined) a.outlet = outlet;
  if (published !== undefined) a.published = published;
  return a;
}

function readNode(v: unknown, where: string, articleIds: Set<string>): GraphNode {
  need(isObj(v), `${where} must be an object`);
  const type = str(v, 'type', where);
  need((ENTITY_TYPES as readonly string[]).includes(type), `${where}: unknown type "${type}"`);
  const node: GraphNode = {
    id: str(v, 'id', where),
    type: type as GraphNode['type'],
    label: str(v, 'label', where),
    aliases: strList(v, 'aliases', where),
    mentions: arr(v, 'mentions', where).map((m, i) => span(m, `${where} mention ${i}`, articleIds)),
  };
  const date = optStr(v, 'date', where);
  if (date !== undefined) node.date = date;
  if (v.roles !== undefined) node.roles = strList(v, 'roles', where);
  const dateText = optStr(v, 'dateText', where);
  if (dateText !== undefined) node.dateText = dateText;
  return node;
}

function readEdge(v: unknown, where: string, articleIds: Set<string>, nodeIds: Set<string>): GraphEdge {
  need(isObj(v), `${where} must be an object`);
  const source = str(v, 'source', where);
  const target = str(v, 'target', where);
  need(nodeIds.has(source), `${where}: source "${source}" is not a node`);
  need(nodeIds.has(target), `${where}: target "${target}" is not a node`);
  const evidence: Evidence[] = arr(v, 'evidence', where).map((e, i) => {
    const w = `${where} evidence ${i}`;
    const s = span(e, w, articleIds);
    return { articleId: s.articleId, start: s.start, end: s.end, quote: str(e as Obj, 'quote', w) };
  });
  need(evidence.length > 0, `${where}: an edge needs at least one evidence quote`);
  const sources = v.sources;
  need(typeof sources === 'number' && Number.isInteger(sources) && sources >= 0, `${where}: "sources" must be a whole number`);
  return {
    id: str(v, 'id', where),
    source,
    target,
    relation: str(v, 'relation', where),
    label: str(v, 'label', where),
    evidence,
    sources,
  };
}

function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function readPoint(v: unknown, where: string): Point {
  need(isObj(v) && finite(v.x) && finite(v.y), `${where} must be {x, y} numbers`);
  return { x: v.x as number, y: v.y as number };
}

function readView(v: unknown): AppView {
  need(isObj(v), 'view must be an object');
  const view: AppView = {};
  if (v.selection !== undefined) view.selection = strList(v, 'selection', 'view');
  if (v.filters !== undefined) {
    need(isObj(v.filters), 'view: "filters" must be an object');
    view.filters = v.filters;
  }
  if (v.layout !== undefined) view.layout = str(v, 'layout', 'view');
  if (v.positions !== undefined) {
    need(isObj(v.positions), 'view: "positions" must be an object');
    // fromEntries defines own properties: a node id such as "__proto__" stays a key, where an
    // assignment would replace the object's prototype and lend its x and y to other lookups.
    view.positions = Object.fromEntries(
      Object.entries(v.positions).map(([id, p]) => [id, readPoint(p, `view position of "${id}"`)]),
    );
  }
  if (v.zoom !== undefined) {
    need(finite(v.zoom) && v.zoom > 0, 'view: "zoom" must be a positive number');
    view.zoom = v.zoom;
  }
  if (v.pan !== undefined) view.pan = readPoint(v.pan, 'view pan');
  return view;
}

/**
 * Reads a file written by `toAppJson` (or the CLI's plain graph JSON). Never throws: a broken or
 * hostile file yields `{ ok: false, error }` with a message a user can act on.
 */
export function parseAppJson(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `not valid JSON: ${(err as Error).message}` };
  }
  try {
    need(isObj(data), 'the file must hold a JSON object with "articles", "nodes" and "edges"');
    if (data.format !== undefined) need(data.format === APP_JSON_FORMAT, `unknown format "${String(data.format)}"`);
    if (data.version !== undefined) {
      need(typeof data.version === 'number' && data.version <= APP_JSON_VERSION, `unsupported version ${String(data.version)}`);
    }
    const articles = arr(data, 'articles', 'graph').map((a, i) => readArticle(a, `article ${i}`));
    const articleIds = new Set(articles.map((a) => a.id));
    need(articleIds.size === articles.length, 'graph: two articles share an id');
    const nodes = arr(data, 'nodes', 'graph').map((n, i) => readNode(n, `node ${i}`, articleIds));
    const nodeIds = new Set(nodes.map((n) => n.id));
    need(nodeIds.size === nodes.length, 'graph: two nodes share an id');
    const edges = arr(data, 'edges', 'graph').map((e, i) => readEdge(e, `edge ${i}`, articleIds, nodeIds));
    need(new Set(edges.map((e) => e.id)).size === edges.length, 'graph: two edges share an id');
    const graph: Graph = { articles, nodes, edges };
    if (data.view === undefined) return { ok: true, graph };
    return { ok: true, graph, view: readView(data.view) };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, error: err.message };
    // Anything else (e.g. a getter-less exotic value) is still reported, not thrown.
    return { ok: false, error: `unreadable graph: ${String(err)}` };
  }
}
