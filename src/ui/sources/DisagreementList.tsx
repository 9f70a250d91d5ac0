// DisagreementList: where the articles disagree about one node or edge. Each disagreement shows
// its sides side by side: what each article claims, its quote, and the article's title and
// outlet. Renders nothing when no article disagrees about the subject.
//
// Props:
//   graph            the graph (for article titles and outlets)
//   id               the selected node or edge id, or null
//   disagreements    precomputed disagreements (e.g. with article texts); computed from the
//                    graph's evidence when omitted
//   onOpenEvidence   optional: open a quote in its article ("Read in article")
import { useMemo } from 'react';
import type { Evidence, Graph } from '../../graph/model';
import { disagreementsAbout, findDisagreements, type Disagreement, type DisagreementKind } from '../../graph/analysis/disagreements';
import './sources.css';

export interface DisagreementListProps {
  graph: Graph;
  id: string | null;
  disagreements?: readonly Disagreement[];
  onOpenEvidence?(evidence: Evidence): void;
}

const KIND_TITLES: Record<DisagreementKind, string> = {
  date: 'Different dates',
  ordinal: 'Different order (first, second…)',
  count: 'Different numbers',
  negation: 'Stated in one report, denied in another',
};

/** The claim's words inside the quote, marked; a date claim carries its resolved date after the words. */
function QuoteWithClaim({ quote, claim }: { quote: string; claim: string }) {
  const words = claim.replace(/\s*\([^)]*\)$/, '');
  const at = words ? quote.indexOf(words) : -1;
  if (at < 0) return <blockquote>{quote}</blockquote>;
  return (
    <blockquote>
      {quote.slice(0, at)}
      <mark>{quote.slice(at, at + words.length)}</mark>
      {quote.slice(at + words.length)}
    </blockquote>
  );
}

export function DisagreementList({ graph, id, disagreements, onOpenEvidence }: DisagreementListProps) {
  const all = useMemo(() => disagreements ?? findDisagreements(graph), [disagreements, graph]);
  const articles = useMemo(() => new Map(graph.articles.map((a) => [a.id, a])), [graph]);
  const about = id ? disagreementsAbout(all, id) : [];
  if (about.length === 0) return null;

  return (
    <section className="disagreements" aria-label="Disagreements">
      <h3>Reports disagree</h3>
      {about.map((d, i) => (
        <article key={`${d.kind}-${i}`} className="disagreement" aria-label={KIND_TITLES[d.kind]}>
          <h4>{KIND_TITLES[d.kind]}</h4>
          <ul className="disagreement-sides">
            {d.sides.map((side) => {
              const meta = articles.get(side.evidence.articleId);
              return (
                <li key={`${side.evidence.articleId}:${side.evidence.start}`} className="disagreement-side">
                  <p className="disagreement-claim">
                    <strong>{side.claim}</strong>
                  </p>
                  <QuoteWithClaim quote={side.evidence.quote} claim={side.claim} />
                  <p className="disagreement-source">
                    <cite>{meta?.title ?? side.evidence.articleId}</cite>
                    {meta?.outlet && <span> — {meta.outlet}</span>}
                  </p>
                  {onOpenEvidence && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onOpenEvidence(side.evidence)}
                      aria-label={`Read in article: ${meta?.title ?? side.evidence.articleId}`}
                    >
                      Read in article
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </article>
      ))}
    </section>
  );
}
