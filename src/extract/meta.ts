import type { ArticleMeta } from '../graph/model';
import { findPublishedDate } from './dates';
import type { ArticleInput } from './types';

const MAX_TITLE = 140;

/**
 * Metadata for an article: what the caller supplied, else a title read from the text's first
 * substantial line and a publication date from its header. Nothing is invented: an unknown
 * outlet or date stays absent.
 */
export function describeArticle(input: ArticleInput): ArticleMeta {
  const meta: ArticleMeta = { id: input.id, title: input.title?.trim() || titleFromText(input.text) || input.id };
  if (input.outlet?.trim()) meta.outlet = input.outlet.trim();
  // A date the page header states ("02:09 PM, Jan 29, 2026") when the caller gave none.
  const published = input.published?.trim() || findPublishedDate(input.text);
  if (published) meta.published = published;
  return meta;
}

function titleFromText(text: string): string | undefined {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    // A headline has several words; section labels ("Security", "International") do not.
    if (line.split(/\s+/).length < 4) continue;
    return line.length > MAX_TITLE ? line.slice(0, MAX_TITLE - 1).trimEnd() + '…' : line;
  }
  return undefined;
}
