// The contract between stages (see DESIGN.md). Field names are stable: the CLI prints
// exactly this shape and outside tools read it.

export type EntityType = 'person' | 'state' | 'organization' | 'base' | 'place' | 'event';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'state', 'organization', 'base', 'place', 'event'];

export interface ArticleMeta {
  id: string;
  title: string;
  outlet?: string;
  /** ISO date (YYYY-MM-DD) when the article states it. */
  published?: string;
}

/** Offsets into the article's ORIGINAL text, in UTF-16 code units (JavaScript string indices). */
export interface Span {
  articleId: string;
  start: number;
  end: number;
}

/** A name as it appears in the text, with the sentence around it so views can quote it. */
export interface Mention extends Span {
  sentenceStart?: number;
  sentenceEnd?: number;
}

/** quote === text.slice(start, end): a whole sentence. */
export interface Evidence extends Span {
  quote: string;
}

export interface GraphNode {
  id: string;
  type: EntityType;
  /** The fullest name, e.g. "Vladimir Putin". */
  label: string;
  /** Every surface form seen, e.g. ["Putin", "Vladimir Putin"]. */
  aliases: string[];
  /** Every mention, so the reader can highlight them. */
  mentions: Mention[];
  /** Events: ISO date or partial ("2024-12") when the text allows. */
  date?: string;
  /** Roles stated in the text, e.g. "Syrian President", "Kremlin spokesman". Optional extension. */
  roles?: string[];
  /** Events: the date phrase as written when it could not be resolved to a date. Optional extension. */
  dateText?: string;
}

export interface GraphEdge {
  id: string;
  /** Directed: source does `relation` to target. */
  source: string;
  target: string;
  /** snake_case verb phrase: "meets", "toppled", "withdrew_from", "located_in", ... */
  relation: string;
  /** Human text for the canvas: "meets", "withdrew from". */
  label: string;
  /** Every sentence that states it, from every article. Never empty. */
  evidence: Evidence[];
  /** Distinct articles among the evidence. */
  sources: number;
}

export interface Graph {
  articles: ArticleMeta[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Co-occurrence links, if kept at all, carry this relation and are hidden by default. */
export const CO_OCCURRENCE = 'mentioned_with';
