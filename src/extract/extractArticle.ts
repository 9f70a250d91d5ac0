// One article, end to end: clean → segment → recognise → resolve → relate.
import type { ArticleExtraction, LocalEntity, LocalRelation } from './article';
import { stateOfCapital } from './gazetteer';
import { slug } from './names';
import { extractEvents } from './events';
import { extractTriggeredEvents } from './triggeredEvents';
import { relateAppositions, retypeByCues } from './appositions';
import { findExcludedSpans, isExcluded } from './clean';
import { describeArticle } from './meta';
import { recogniseSentence } from './recognise';
import { relateSentence } from './relate';
import { resolveArticle, type SentenceMentions } from './resolveArticle';
import { segmentSentences } from './segment';
import { tokenize } from './tokens';
import type { ArticleInput } from './types';

/**
 * "Moscow said", "the Kremlin confirmed": the capital or seat stays its own node, linked to the
 * state it stands for. The quote is the sentence that says so best: one calling it the capital
 * (or seat) beside the state's name, else one naming both, else the first that uses it.
 */
function linkMetonyms(text: string, sentences: SentenceMentions[], entities: Map<string, LocalEntity>): LocalRelation[] {
  const best = new Map<string, { score: number; rel: LocalRelation }>();
  for (const sm of sentences) {
    if (sm.sentence.headline) continue;
    sm.mentions.forEach((m, i) => {
      const key = sm.keys[i];
      if (!key || !m.metonym || !m.state) return;
      const stateKey = `state:${slug(m.state)}`;
      if (!entities.has(stateKey)) return;
      const { start, end } = sm.sentence;
      const quote = text.slice(start, end);
      const namesState = sm.keys.includes(stateKey);
      const saysIt = m.metonym === 'capital' ? /\bcapital\b/i.test(quote) : /\b(seat|headquarters|residence|office)\b/i.test(quote);
      const score = (saysIt && namesState ? 3 : saysIt ? 2 : namesState ? 1 : 0);
      const current = best.get(key);
      if (current && current.score >= score) return;
      best.set(key, { score, rel: { source: key, target: stateKey, relation: m.metonym === 'capital' ? 'capital_of' : 'seat_of_government_of', evidence: { start, end, quote } } });
    });
  }
  return [...best.values()].map((b) => b.rel);
}

/**
 * The state an article is about: its dateline capital's, else the one mentioned at least three
 * times and at least twice as often as any other. Bare national titles ("Interior Minister X") belong to it; with no clear
 * leader, none does.
 */
function homeStateOf(text: string, entities: Map<string, LocalEntity>): string | undefined {
  // A dateline capital ("MANILA — ...") says where the story is told from, and whose officials
  // its bare titles name.
  const dateline = /^\s*(\p{Lu}[\p{Lu} .'-]+?)(?:,\s*[\p{Lu} .]+)?\s+[—–]\s/mu.exec(text);
  const datelineState = dateline ? stateOfCapital(dateline[1].trim()) : undefined;
  if (datelineState && entities.has(`state:${slug(datelineState)}`)) return `state:${slug(datelineState)}`;
  const counts = [...entities.values()].filter((e) => e.type === 'state').map((e) => [e.key, e.mentions.length] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  if (!first || first[1] < 2 || (second && first[1] < 2 * second[1])) return undefined;
  return first[0];
}

export function extractArticle(article: ArticleInput): ArticleExtraction {
  const meta = describeArticle(article);
  const text = article.text;
  const excluded = findExcludedSpans(text);
  const sentences = segmentSentences(text, excluded);
  const tokens = tokenize(text);
  const outlet = meta.outlet?.toLowerCase();

  // Tokens are in text order, sentences too: walk both once.
  const perSentence: SentenceMentions[] = [];
  let ti = 0;
  for (const sentence of sentences) {
    while (ti < tokens.length && tokens[ti].start < sentence.start) ti++;
    const from = ti;
    while (ti < tokens.length && tokens[ti].end <= sentence.end) ti++;
    const to = ti;
    if (to <= from) continue;
    const mentions = recogniseSentence(text, tokens, from, to).filter(
      (m) => !isExcluded(excluded, m.start, m.end) && m.surface.toLowerCase().replace(/^the\s+/, '') !== outlet?.replace(/^the\s+/, ''),
    );
    perSentence.push({ sentence, from, to, mentions, keys: new Array(mentions.length).fill(undefined) });
  }
  const entities = resolveArticle(meta.id, tokens, perSentence);
  retypeByCues(tokens, perSentence, entities);
  const home = homeStateOf(text, entities);
  const relationsBySentence = perSentence.map((sm) => relateSentence(meta.id, text, tokens, sm, entities, home));
  const events = extractEvents(meta.id, text, tokens, perSentence, relationsBySentence, entities, meta.published);
  const triggered = extractTriggeredEvents(meta.id, text, tokens, perSentence, entities, events.entities, meta.published, home);
  const relations: LocalRelation[] = [...relationsBySentence.flat(), ...events.relations, ...triggered.relations, ...relateAppositions(text, tokens, perSentence, entities), ...linkMetonyms(text, perSentence, entities)];
  return { meta, entities: [...entities.values(), ...events.entities, ...triggered.entities], relations };
}
