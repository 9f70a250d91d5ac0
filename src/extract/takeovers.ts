// What a takeover took. In a story about one coup, offensive or invasion, "troops took control of
// the X air base" or "rebels captured Y" tells what that event seized, even when the soldiers who
// did it go unnamed. One such event per article, or the seizure could belong to any of them.
import type { LocalEntity, LocalRelation } from './article';
import type { SentenceMentions } from './resolveArticle';
import type { Token } from './tokens';

const TAKEOVERS = new Set(['coup', 'offensive', 'invasion']);
// "seized the airport", "took control of the base", "overran the town".
const SEIZE = /^(seized|seize|seizes|captured|capture|captures|stormed|storm|storms|overran|overrun|occupied|occupy|occupies)$/;
const TAKE = /^(took|taken|take|takes|seized|seize|gained|gain|assumed)$/;
// A past year in the sentence: another, earlier takeover.
const YEAR = /\b(1[89]|20)\d\d\b/;

export function seizedInTakeover(text: string, tokens: Token[], sentences: SentenceMentions[], entities: Map<string, LocalEntity>, events: LocalEntity[], currentYear: number): LocalRelation[] {
  const takeovers = events.filter((e) => TAKEOVERS.has(e.eventKind ?? '') && !e.eventBucket);
  if (takeovers.length !== 1) return [];
  const event = takeovers[0].key;
  const out: LocalRelation[] = [];
  for (const sm of sentences) {
    if (sm.sentence.headline) continue;
    const quote = text.slice(sm.sentence.start, sm.sentence.end);
    if ([...quote.matchAll(new RegExp(YEAR, 'g'))].some((m) => Number(m[0]) < currentYear)) continue;
    for (let i = sm.from; i < sm.to; i++) {
      const t = tokens[i];
      let objectFrom: number | undefined;
      if (SEIZE.test(t.normal)) objectFrom = i + 1;
      else if (TAKE.test(t.normal) && tokens[i + 1]?.normal === 'control' && tokens[i + 2]?.normal === 'of') objectFrom = i + 3;
      if (objectFrom === undefined) continue;
      // "had not seized", "failed to capture": nothing was taken.
      if (tokens.slice(Math.max(sm.from, i - 3), i).some((x) => /^(not|never|failed|tried|attempted|to|n't)$/.test(x.normal) || /n['’]t$/.test(x.text))) continue;
      // The thing taken: the first name after the verb, past a determiner or two.
      const taken = sm.mentions.findIndex((m, k) => {
        const key = sm.keys[k];
        return !!key && m.from >= objectFrom! && m.from - objectFrom! <= 2 && tokens.slice(objectFrom!, m.from).every((x) => x.tags.includes('Determiner') || x.tags.includes('Adjective'));
      });
      if (taken < 0) continue;
      const key = sm.keys[taken]!;
      const type = entities.get(key)?.type;
      if (type !== 'base' && type !== 'place' && type !== 'organization') continue;
      out.push({ source: event, target: key, relation: 'seized', evidence: { start: sm.sentence.start, end: sm.sentence.end, quote } });
    }
  }
  return out;
}
