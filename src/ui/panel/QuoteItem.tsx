import type { ArticleMeta } from '../../graph/model';
import { useAppStore } from '../../store/appStore';
import { ArticleCitation } from './ArticleCitation';

interface Props {
  quote: string;
  articleId: string;
  start: number;
  end: number;
  meta: ArticleMeta | undefined;
}

/** One supporting sentence, where it comes from, and a way to read it in its article. */
export function QuoteItem({ quote, articleId, start, end, meta }: Props) {
  const openReader = useAppStore((s) => s.openReader);
  return (
    <li className="quote">
      <blockquote>{quote}</blockquote>
      <div className="quote-source">
        <ArticleCitation meta={meta} />
        <button
          type="button"
          className="link-button"
          onClick={() => openReader({ articleId, start, end })}
          aria-label={`Read in article: ${meta?.title ?? articleId}`}
        >
          Read in article
        </button>
      </div>
    </li>
  );
}
