// What one article yields on its own, before cross-article resolution. Plain data only, so a
// worker can cache it and structured-clone it.
import type { ArticleMeta, EntityType, Mention } from '../graph/model';

export interface LocalEntity {
  /** Merge key across articles: "person:ahmed sharaa", "surname:sharaa", "state:Russia", "base:hmmm". */
  key: string;
  type: EntityType;
  /** Fullest name seen in this article. */
  label: string;
  aliases: string[];
  mentions: Mention[];
  roles?: string[];
  /** People: core of the last name, so surname-only mentions elsewhere can find them. */
  surname?: string;
  date?: string;
  dateText?: string;
  /** Events: kind, the local keys that identify it (participants, place) and a month telling repeats apart. */
  eventKind?: string;
  eventArgs?: string[];
  eventBucket?: string;
}

export interface LocalEvidence {
  start: number;
  end: number;
  quote: string;
}

export interface LocalRelation {
  source: string;
  target: string;
  relation: string;
  evidence: LocalEvidence;
}

export interface ArticleExtraction {
  meta: ArticleMeta;
  entities: LocalEntity[];
  relations: LocalRelation[];
}

/** How a relation pass hands over one relation it read: entity keys (undefined: not an entity here). */
export type EmitRelation = (source: string | undefined, relation: string, target: string | undefined) => void;
