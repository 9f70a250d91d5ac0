// The article reader: the full original text as React text nodes (never HTML), entity mentions
// highlighted by type and clickable, and the quoted sentence highlighted and scrolled into view.
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useAppStore } from '../../store/appStore';
import { ENTITY_LOOK } from '../entityStyle';
import { ArticleCitation } from '../panel/ArticleCitation';
import { readerSegments, type ReaderMention, type Segment } from './segments';

export function ArticleReader() {
  const target = useAppStore((s) => s.reader);
  const close = useAppStore((s) => s.closeReader);
  const select = useAppStore((s) => s.select);
  const article = useAppStore((s) => s.articles.find((a) => a.meta.id === target?.articleId));
  const graph = useAppStore((s) => s.graph);
  const meta = graph.articles.find((a) => a.id === target?.articleId) ?? article?.meta;
  const sentenceRef = useRef<HTMLElement | null>(null);
  const closeRef = useRef<HTMLButtonElement | null>(null);

  const segments = useMemo(() => {
    if (!article || !target) return [];
    const mentions: ReaderMention[] = [];
    for (const n of graph.nodes)
      for (const m of n.mentions)
        if (m.articleId === target.articleId) mentions.push({ start: m.start, end: m.end, nodeId: n.id, type: n.type });
    const sentence = target.start !== undefined && target.end !== undefined ? { start: target.start, end: target.end } : undefined;
    return readerSegments(article.text, mentions, sentence);
  }, [article, target, graph]);

  useEffect(() => {
    if (!target) return;
    closeRef.current?.focus({ preventScroll: true });
    sentenceRef.current?.scrollIntoView?.({ block: 'center' });
  }, [target, segments]);

  if (!target) return null;

  const renderSegment = (s: Segment): ReactNode => {
    if (!s.mention) return s.text;
    const { nodeId, type } = s.mention;
    return (
      <button
        key={s.start}
        type="button"
        className="mention"
        data-type={type}
        style={{ ['--type-color' as string]: ENTITY_LOOK[type].color }}
        title={`${ENTITY_LOOK[type].label}: show in graph`}
        onClick={() => select({ kind: 'node', id: nodeId })}
      >
        {s.text}
      </button>
    );
  };

  // Consecutive sentence segments are wrapped in one <mark> so the sentence reads as a unit.
  const body: ReactNode[] = [];
  let i = 0;
  while (i < segments.length) {
    if (segments[i].inSentence) {
      const group: Segment[] = [];
      while (i < segments.length && segments[i].inSentence) group.push(segments[i++]);
      body.push(
        <mark key={`sentence-${group[0].start}`} className="reader-sentence" ref={sentenceRef}>
          {group.map((s) => <span key={s.start}>{renderSegment(s)}</span>)}
        </mark>,
      );
    } else {
      const s = segments[i++];
      body.push(<span key={s.start}>{renderSegment(s)}</span>);
    }
  }

  return (
    <section className="reader" role="dialog" aria-modal="false" aria-labelledby="reader-title">
      <header className="reader-header">
        <div>
          <h2 id="reader-title">{meta?.title ?? target.articleId}</h2>
          <ArticleCitation meta={meta} withTitle={false} />
        </div>
        <button type="button" ref={closeRef} onClick={close} aria-label="Close article">
          ×
        </button>
      </header>
      {article ? (
        <div className="reader-text" data-testid="reader-text">
          {body}
        </div>
      ) : (
        <p>This article is no longer in the corpus.</p>
      )}
    </section>
  );
}
