// Shared by the extractor tests: run the extractor on texts and look nodes and edges up by name.
import { expect } from 'vitest';
import type { Graph, GraphEdge, GraphNode } from '../../src/graph/model';
import { extractGraph, type ArticleInput } from '../../src/extract';

export function graphOf(...texts: (string | ArticleInput)[]): Graph {
  return extractGraph(texts.map((t, i) => (typeof t === 'string' ? { id: `a${i}`, text: t } : t)));
}

export function nodeNamed(g: Graph, name: string): GraphNode | undefined {
  const n = name.toLowerCase();
  return g.nodes.find((x) => x.label.toLowerCase() === n) ?? g.nodes.find((x) => x.aliases.some((a) => a.toLowerCase() === n));
}

export function nodesNamed(g: Graph, name: string): GraphNode[] {
  const n = name.toLowerCase();
  return g.nodes.filter((x) => x.label.toLowerCase() === n || x.aliases.some((a) => a.toLowerCase() === n));
}

/** The edge source -relation-> target (either direction for symmetric relations when `anyDirection`). */
export function edge(g: Graph, source: string, relation: string, target: string, anyDirection = false): GraphEdge | undefined {
  const s = nodeNamed(g, source)?.id;
  const t = nodeNamed(g, target)?.id;
  if (!s || !t) return undefined;
  return g.edges.find(
    (e) => e.relation === relation && ((e.source === s && e.target === t) || (anyDirection && e.source === t && e.target === s)),
  );
}

export function relationsBetween(g: Graph, a: string, b: string): string[] {
  const x = nodeNamed(g, a)?.id;
  const y = nodeNamed(g, b)?.id;
  return g.edges.filter((e) => (e.source === x && e.target === y) || (e.source === y && e.target === x)).map((e) => e.relation);
}

export function events(g: Graph): GraphNode[] {
  return g.nodes.filter((n) => n.type === 'event');
}

/** The event carrying `alias` (lower case); fails the test, listing the events, when there is none. */
export function eventWith(g: Graph, alias: string): GraphNode {
  const ev = events(g).find((n) => n.aliases.some((a) => a.toLowerCase() === alias));
  expect(ev, `an event with the alias "${alias}" among ${events(g).map((e) => e.label).join('; ')}`).toBeDefined();
  return ev!;
}

/** Labels of the nodes linked to the event by `relation` (either direction). */
export function linked(g: Graph, ev: GraphNode, relation: string): string[] {
  const label = (id: string): string => g.nodes.find((n) => n.id === id)!.label;
  return g.edges
    .filter((e) => e.relation === relation && (e.source === ev.id || e.target === ev.id))
    .map((e) => label(e.source === ev.id ? e.target : e.source))
    .sort();
}
