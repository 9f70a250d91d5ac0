// Every place the reports disagree, in one list: the way in to "where do the reports disagree"
// without hunting for dashed lines on the canvas. Each entry selects what is disputed, and the
// side panel then shows both quotes side by side.
//
// Props:
//   graph          the graph (for labels)
//   disagreements  the disagreements found in it
//   selectedId     the selected node or edge, or null
//   onSelect       a disputed node or edge was chosen
import type { Graph } from '../../graph/model';
import type { Disagreement, DisagreementKind } from '../../graph/analysis/disagreements';
import { edgeSentence } from '../panel/describe';
import './sources.css';

export interface DisputeIndexProps {
  graph: Graph;
  disagreements: readonly Disagreement[];
  selectedId: string | null;
  onSelect(selection: { kind: 'node' | 'edge'; id: string }): void;
}

const KIND_WORDS: Record<DisagreementKind, string> = {
  date: 'different dates',
  ordinal: 'first or second?',
  count: 'different numbers',
  negation: 'stated and denied',
};

export function DisputeIndex({ graph, disagreements, selectedId, onSelect }: DisputeIndexProps) {
  if (disagreements.length === 0) return null;
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  const labelOf = (d: Disagreement): { kind: 'node' | 'edge'; id: string; text: string } | null => {
    if (d.subject.nodeId && nodes.has(d.subject.nodeId)) {
      return { kind: 'node', id: d.subject.nodeId, text: nodes.get(d.subject.nodeId)!.label };
    }
    const edge = d.subject.edgeId ? edges.get(d.subject.edgeId) : undefined;
    if (!edge) return null;
    return { kind: 'edge', id: edge.id, text: edgeSentence(edge, nodes) };
  };
  return (
    <nav className="dispute-index" aria-label="Where the reports disagree">
      <strong>Reports disagree about:</strong>
      <ul>
        {disagreements.map((d, i) => {
          const subject = labelOf(d);
          if (!subject) return null;
          return (
            <li key={`${subject.id}-${d.kind}-${i}`}>
              <button
                type="button"
                className={`dispute-button${subject.id === selectedId ? ' selected' : ''}`}
                aria-pressed={subject.id === selectedId}
                onClick={() => onSelect({ kind: subject.kind, id: subject.id })}
              >
                {subject.text} <span className="muted">({KIND_WORDS[d.kind]}, {d.sides.length} articles)</span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
