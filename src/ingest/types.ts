/**
 * Types at the boundary between user input and the rest of the app.
 *
 * A `CorpusArticle` is what the store keeps for every article, bundled or added by the user:
 * exactly what the extractor reads (`ArticleInput`) plus bookkeeping the corpus panel shows.
 */
import type { ArticleInput } from '../extract/types';

export type ArticleOrigin = 'bundled' | 'user';

export interface CorpusArticle extends ArticleInput {
  origin: ArticleOrigin;
  /** Switched-off articles stay in the corpus (and in saved data) but are left out of the graph. */
  enabled: boolean;
  /** ISO timestamp of when the article entered the corpus. */
  addedAt: string;
  /** Size of the original file (or of the pasted text as UTF-8), in bytes. */
  bytes: number;
  /** The name of the file it came from, as the user's system gave it; shown as text only. */
  fileName?: string;
}

/** A file handed to ingest: a browser `File`, or plain bytes with a name (Node, tests). */
export type IngestSource = File | { name: string; bytes: Uint8Array };

export interface IngestRejection {
  /** File name (or "Pasted text"); display it as text, never as markup. */
  name: string;
  /** One sentence a non-technical user can act on. */
  reason: string;
}

export interface IngestResult {
  accepted: CorpusArticle[];
  rejected: IngestRejection[];
}

/** What the paste form supplies. Empty strings count as "not given". */
export interface PastedArticle {
  text: string;
  title?: string;
  outlet?: string;
  /** ISO date (YYYY-MM-DD) or anything `Date` can parse; kept only when it is a real date. */
  published?: string;
}
