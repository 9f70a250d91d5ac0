// SingleSourceBadge: marks a fact stated by one article only, so a reader checks it before
// repeating it. Renders nothing for facts with two or more sources.
//
// Props:
//   edge   the relation to mark
import type { GraphEdge } from '../../graph/model';
import { singleSource } from '../../graph/analysis/sourcesMatrix';
import './sources.css';

export interface SingleSourceBadgeProps {
  edge: GraphEdge;
}

export function SingleSourceBadge({ edge }: SingleSourceBadgeProps) {
  return singleSource(edge) ? <SingleSourceMark /> : null;
}

/** The mark itself, for views that have already counted the sources (the sources matrix). */
export function SingleSourceMark() {
  return (
    <span className="single-source-badge" title="Only one article states this">
      Single source
    </span>
  );
}
