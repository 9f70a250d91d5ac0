// One article, end to end: clean → segment → recognise → resolve → relate.
import type { ArticleExtraction, LocalRelation } from './article';
import { extractEvents } from './events';
import { findExcludedSpans, isExcluded } from './clean';
import { describeArticle } from './meta';
import { recogniseSentence } from './recognise';
import { relateSentence } from './relate';
import { resolveArticle, type SentenceMentions } from './resolveArticle';
import { segmentSentences } from './segment';
import { tokenize } from './tokens';
import type { ArticleInput } from './types';

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
  const relationsBySentence = perSentence.map((sm) => relateSentence(text, tokens, sm, entities));
  const events = extractEvents(meta.id, text, tokens, perSentence, relationsBySentence, entities, meta.published);
  const relations: LocalRelation[] = [...relationsBySentence.flat(), ...events.relations];
  return { meta, entities: [...entities.values(), ...events.entities], relations };
}
