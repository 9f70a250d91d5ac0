// A two-article corpus with a graph whose offsets are computed from the texts, so every quote
// is exactly text.slice(start, end), as the extractor guarantees.
import type { Evidence, Graph, GraphNode, Mention } from '../../src/graph/model';
import type { CorpusArticle } from '../../src/store/types';

export const ARTICLE_A = {
  id: 'a1',
  text:
    'Russia pulls back\n\nRussia withdrew from Qamishli airport last week. ' +
    'Vladimir Putin said the move was planned. Analysts doubt it <script>alert(1)</script> entirely.',
};
export const ARTICLE_B = {
  id: 'b2',
  text: 'Kremlin ties\n\nPutin met officials in Moscow. Moscow confirmed that Russia withdrew from Qamishli airport.',
};

export const corpus: CorpusArticle[] = [
  { meta: { id: 'a1', title: 'Russia pulls back', outlet: 'Daily Example', published: '2026-01-29' }, text: ARTICLE_A.text },
  { meta: { id: 'b2', title: 'Kremlin ties' }, text: ARTICLE_B.text },
];

function mentionsOf(word: string, article: { id: string; text: string }, sentences = true): Mention[] {
  const out: Mention[] = [];
  let at = article.text.indexOf(word);
  while (at >= 0) {
    const m: Mention = { articleId: article.id, start: at, end: at + word.length };
    if (sentences) {
      const s = article.text.lastIndexOf('\n', at) + 1;
      const before = article.text.slice(s, at).lastIndexOf('. ');
      m.sentenceStart = before >= 0 ? s + before + 2 : s;
      const dot = article.text.indexOf('.', at);
      m.sentenceEnd = dot + 1;
    }
    out.push(m);
    at = article.text.indexOf(word, at + word.length);
  }
  return out;
}

function sentence(article: { id: string; text: string }, quote: string): Evidence {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`not in ${article.id}: ${quote}`);
  return { articleId: article.id, start, end: start + quote.length, quote };
}

const russia: GraphNode = {
  id: 'state:russia',
  type: 'state',
  label: 'Russia',
  aliases: ['Russia'],
  mentions: [...mentionsOf('Russia', ARTICLE_A).slice(1), ...mentionsOf('Russia', ARTICLE_B)],
};
const airport: GraphNode = {
  id: 'base:qamishli-airport',
  type: 'base',
  label: 'Qamishli airport',
  aliases: ['Qamishli airport'],
  mentions: [...mentionsOf('Qamishli airport', ARTICLE_A), ...mentionsOf('Qamishli airport', ARTICLE_B)],
};
const putin: GraphNode = {
  id: 'person:vladimir-putin',
  type: 'person',
  label: 'Vladimir Putin',
  aliases: ['Vladimir Putin', 'Putin'],
  roles: ['Russian President'],
  // Without sentence offsets: the panel falls back to the sentence around the mention.
  mentions: [...mentionsOf('Vladimir Putin', ARTICLE_A, false), ...mentionsOf('Putin met', ARTICLE_B, false).map((m) => ({ ...m, end: m.start + 5 }))],
};
const moscow: GraphNode = {
  id: 'place:moscow',
  type: 'place',
  label: 'Moscow',
  aliases: ['Moscow'],
  mentions: mentionsOf('Moscow', ARTICLE_B),
};

export const sampleGraph: Graph = {
  articles: corpus.map((c) => c.meta),
  nodes: [russia, airport, putin, moscow],
  edges: [
    {
      id: 'e-withdrew',
      source: russia.id,
      target: airport.id,
      relation: 'withdrew_from',
      label: 'withdrew from',
      evidence: [
        sentence(ARTICLE_A, 'Russia withdrew from Qamishli airport last week.'),
        sentence(ARTICLE_B, 'Moscow confirmed that Russia withdrew from Qamishli airport.'),
      ],
      sources: 2,
    },
    {
      id: 'e-leads',
      source: putin.id,
      target: russia.id,
      relation: 'leader_of',
      label: 'leader of',
      evidence: [sentence(ARTICLE_A, 'Vladimir Putin said the move was planned.')],
      sources: 1,
    },
    {
      id: 'e-cooc',
      source: putin.id,
      target: moscow.id,
      relation: 'mentioned_with',
      label: 'mentioned with',
      evidence: [sentence(ARTICLE_B, 'Putin met officials in Moscow.')],
      sources: 1,
    },
  ],
};
