// A graph as views that can wait should read it: deferred (rendered by React in an update it can
// interrupt, after the one that hands the graph to every view) when it is large, as it is the
// moment a large corpus arrives; as it is otherwise, so small graphs update every view at once.
import { useDeferredValue } from 'react';
import type { Graph } from '../../graph/model';
import { LARGE_GRAPH } from './layouts';

export function useDeferredWhenLarge(graph: Graph): Graph {
  const deferred = useDeferredValue(graph);
  return graph.nodes.length + graph.edges.length > LARGE_GRAPH ? deferred : graph;
}
