// A Cypher script that loads the graph into Neo4j (cypher-shell -f, or Neo4j Browser with
// multi-statement queries enabled). MERGE makes it idempotent: running it twice changes nothing.
// Neo4j properties cannot hold maps, so evidence and mentions are parallel lists.
import type { Graph } from '../model';

/** A Cypher string literal: backslash, quotes and control characters escaped. */
export function cypherString(value: string): string {
  let out = "'";
  for (const ch of value) {
    switch (ch) {
      case '\\': out += '\\\\'; break;
      case "'": out += "\\'"; break;
      case '"': out += '\\"'; break;
      case '\n': out += '\\n'; break;
      case '\r': out += '\\r'; break;
      case '\t': out += '\\t'; break;
      case '\b': out += '\\b'; break;
      case '\f': out += '\\f'; break;
      default: {
        const code = ch.codePointAt(0)!;
        // Other control characters, and lone surrogates that a UTF-8 file cannot carry.
        if (code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff)) out += '\\u' + code.toString(16).padStart(4, '0');
        else out += ch;
      }
    }
  }
  return out + "'";
}

/** A label or relationship type in backticks (a backtick inside is doubled), safe for any text. */
export function cypherName(name: string): string {
  return '`' + name.replace(/`/g, '``') + '`';
}

/** "withdrew_from" → "WITHDREW_FROM": Neo4j's convention for relationship types. */
export function relationshipType(relation: string): string {
  const type = relation.trim().replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_+|_+$/g, '').toUpperCase();
  return type || 'RELATED_TO';
}

/** "organization" → "Organization": one label per entity type, beside the shared `Entity`. */
export function entityLabel(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

type Value = string | number | string[] | number[];

function literal(value: Value): string {
  if (Array.isArray(value)) return '[' + (value as (string | number)[]).map((v) => literal(v as Value)).join(', ') + ']';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return cypherString(value);
}

function props(target: string, values: Record<string, Value | undefined>): string {
  return Object.entries(values)
    .filter((e): e is [string, Value] => e[1] !== undefined)
    .map(([k, v]) => `${target}.${cypherName(k)} = ${literal(v)}`)
    .join(', ');
}

export function toCypher(graph: Graph): string {
  const lines: string[] = [
    '// Knowledge graph extracted from news articles. Load with: cypher-shell -f graph.cypher',
    '// Entities carry the label Entity plus one per type; relationships are typed by relation.',
    '// Evidence: parallel lists evidenceQuotes / evidenceArticles / evidenceStarts / evidenceEnds',
    '// (offsets in UTF-16 code units into the article text); Article nodes hold titles and outlets.',
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
    'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;',
    '',
  ];
  for (const a of graph.articles) {
    const set = props('a', { title: a.title, outlet: a.outlet, published: a.published });
    lines.push(`MERGE (a:Article {id: ${cypherString(a.id)}}) SET ${set};`);
  }
  if (graph.articles.length) lines.push('');
  for (const n of graph.nodes) {
    const set = props('n', {
      label: n.label,
      type: n.type,
      aliases: n.aliases,
      mentionCount: n.mentions.length,
      mentionArticles: n.mentions.map((m) => m.articleId),
      mentionStarts: n.mentions.map((m) => m.start),
      mentionEnds: n.mentions.map((m) => m.end),
      date: n.date,
      dateText: n.dateText,
      roles: n.roles && n.roles.length > 0 ? n.roles : undefined,
    });
    lines.push(`MERGE (n:Entity {id: ${cypherString(n.id)}}) SET n:${cypherName(entityLabel(n.type))}, ${set};`);
  }
  if (graph.nodes.length) lines.push('');
  for (const e of graph.edges) {
    const set = props('r', {
      relation: e.relation,
      label: e.label,
      sources: e.sources,
      evidenceQuotes: e.evidence.map((x) => x.quote),
      evidenceArticles: e.evidence.map((x) => x.articleId),
      evidenceStarts: e.evidence.map((x) => x.start),
      evidenceEnds: e.evidence.map((x) => x.end),
    });
    lines.push(
      `MATCH (s:Entity {id: ${cypherString(e.source)}}), (t:Entity {id: ${cypherString(e.target)}}) ` +
        `MERGE (s)-[r:${cypherName(relationshipType(e.relation))} {id: ${cypherString(e.id)}}]->(t) SET ${set};`,
    );
  }
  return lines.join('\n') + '\n';
}
