import type { ArticleMeta } from '../graph/model';

/** One article as handed to the extractor: its id, original text and whatever metadata is known. */
export interface ArticleInput {
  id: string;
  text: string;
  title?: string;
  outlet?: string;
  /** ISO date; relative dates in the text ("on Wednesday") are resolved against it. */
  published?: string;
}

export type { ArticleMeta };
