// Events: meetings, ousters, withdrawals, wars, offensives, abductions, ceasefires... one local
// entity per event, keyed by its kind and its participants so the same event reported by several
// outlets becomes one node. A date phrase next to the trigger dates it (or tells two meetings apart).
import type { LocalEntity, LocalRelation } from './article';
import { findDates, type DateMention } from './dates';
import { stateOfDemonym } from './gazetteer';
import { ensureDemonymState } from './resolveArticle';
import { captivesKey, slug } from './names';
import type { SentenceMentions } from './resolveArticle';
import type { Token } from './tokens';
import { memo } from './memo';
import { WISHED, dateFollowsInClause, objectOfWishedAct } from './eventTriggers';

type EventKind = 'talks' | 'ouster' | 'withdrawal' | 'war' | 'offensive' | 'abduction' | 'ceasefire' | 'intervention' | 'invasion' | 'attack';

const TRIGGERS: [RegExp, EventKind][] = [
  [/^(meet|met|meets|meeting|meetings|talks|summit|visit|visits|visited|encounter|host|hosts|hosted)$/, 'talks'],
  [/^(topple|toppled|toppling|ouster|overthrow|overthrown|removal|downfall|fled|removed|deposed|ousted)$/, 'ouster'],
  [/^(withdraw|withdrew|withdrawn|withdrawal)$/, 'withdrawal'],
  [/^(war|conflict)$/, 'war'],
  [/^(offensive)$/, 'offensive'],
  [/^(abduct|abducted|abduction|kidnap|kidnapped|kidnapping)$/, 'abduction'],
  [/^(ceasefire|truce|armistice)$/, 'ceasefire'],
  [/^(intervention)$/, 'intervention'],
  [/^(invasion|invaded|invade)$/, 'invasion'],
  // Elections, trials, strikes and protests are read by the trigger pass (triggeredEvents.ts),
  // which knows who won a vote, who stands trial and which strikes are air strikes.
  [/^(attack|airstrike|airstrikes|bombing)$/, 'attack'],
];
/** Relations that are themselves the event's core, with who is agent and who is patient. */
const EVENT_RELATIONS: Record<string, EventKind> = {
  meets: 'talks', toppled: 'ouster', withdrew_from: 'withdrawal', abducted: 'abduction', invaded: 'invasion', attacked: 'attack',
};
// The armed forces a demonym can stand before: "Ethiopian troops", "Russian forces".
const FORCES = /^(troops|forces|army|soldiers|military|jets|warplanes|navy|militias?|units|artillery|tanks|drones)$/;
const MONTH = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

interface Draft {
  kind: EventKind;
  args: string[];
  /** A past occurrence told apart by its month ("their October meeting"). */
  bucket?: string;
  label: string;
  agents: string[];
  patients: string[];
  locations: string[];
}

export interface EventResult {
  entities: LocalEntity[];
  relations: LocalRelation[];
}

/** The trigger kind of each word seen, so each distinct word runs the trigger patterns once. */
const KIND_BY_WORD = new Map<string, EventKind | null>();

function kindOf(t: Token): EventKind | undefined {
  return memo(KIND_BY_WORD, t.normal, (w) => TRIGGERS.find(([re]) => re.test(w))?.[1] ?? null) ?? undefined;
}

export function extractEvents(
  articleId: string,
  text: string,
  tokens: Token[],
  sentences: SentenceMentions[],
  relationsBySentence: LocalRelation[][],
  entities: Map<string, LocalEntity>,
  published?: string,
): EventResult {
  const events = new Map<string, LocalEntity>();
  const relations: LocalRelation[] = [];
  const labelOf = (key: string): string => entities.get(key)?.label ?? key;
  // The article's main pair of talks and main ouster: anaphors ("their meeting", "his toppling") refer to them.
  const pairCount = new Map<string, number>();
  const patientCount = new Map<string, number>();
  for (const rels of relationsBySentence)
    for (const r of rels) {
      if (r.relation === 'meets') pairCount.set(`${r.source}\u0000${r.target}`, (pairCount.get(`${r.source}\u0000${r.target}`) ?? 0) + 1);
      if (r.relation === 'toppled') patientCount.set(r.target, (patientCount.get(r.target) ?? 0) + 1);
    }
  const top = (m: Map<string, number>): string | undefined => [...m.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const mainPair = top(pairCount)?.split('\u0000');
  const mainPatient = top(patientCount);
  const existingOfKind = (kind: EventKind): LocalEntity | undefined => [...events.values()].find((e) => e.key.startsWith(`event:${kind}:`));

  sentences.forEach((sm, si) => {
    if (sm.sentence.headline) return;
    const { from, to, sentence } = sm;
    const rels = relationsBySentence[si] ?? [];
    const quote = text.slice(sentence.start, sentence.end);
    const evidence = { start: sentence.start, end: sentence.end, quote };
    let dates: DateMention[] | undefined;
    const dateNear = (t: Token): DateMention | undefined => {
      dates ??= findDates(quote, published).map((d) => ({ ...d, start: d.start + sentence.start, end: d.end + sentence.start }));
      let best: DateMention | undefined;
      let bestGap = 80;
      for (const d of dates) {
        // "his second visit since 2023": a bound, not the event's date; past a "since" after the
        // trigger, a date belongs to another clause.
        if (/\bsince\s*$/i.test(text.slice(Math.max(0, d.start - 7), d.start))) continue;
        if (d.start >= t.end && /\bsince\b/i.test(text.slice(t.end, d.start))) continue;
        const gap = d.start >= t.end ? d.start - t.end : t.start >= d.end ? t.start - d.end : 0;
        if (gap <= bestGap) {
          best = d;
          bestGap = gap;
        }
      }
      return best;
    };
    const slots = sm.mentions.map((m, i) => ({ m, key: sm.keys[i] })).filter((s): s is { m: typeof s.m; key: string } => !!s.key);
    const possessorBefore = (i: number): string | undefined =>
      slots.filter((s) => s.m.possessive && s.m.to <= i && i - s.m.to <= 3).pop()?.key;
    const afterWord = (i: number, word: RegExp, window = 6): string | undefined => {
      for (let k = i + 1; k < Math.min(to, i + 3); k++) {
        if (!word.test(tokens[k].normal)) continue;
        return slots.find((s) => s.m.from > k && s.m.from - k <= window && s.m.kind !== 'organization')?.key;
      }
      return undefined;
    };
    const seenHere = new Set<string>();

    for (let i = from; i < to; i++) {
      const t = tokens[i];
      const kind = kindOf(t);
      if (!kind) continue;
      let draft: Draft | undefined;
      const rel = rels.find((r) => EVENT_RELATIONS[r.relation] === kind);
      const near = dateNear(t);
      // "seeks to open talks with X", "threatened to launch an offensive": wished for, not reported,
      // unless a date in the same clause schedules it ("plans to hold talks on 3 May").
      if (t.tags.includes('Noun') && objectOfWishedAct(tokens, from, i) && !dateFollowsInClause(text, t.end, near ? [near] : [])) continue;
      switch (kind) {
        case 'talks': {
          // "has rejected talks with X", "called for talks": refused or wished for, not held.
          let v = i - 1;
          while (v > from && (tokens[v].tags.includes('Determiner') || tokens[v].tags.includes('Adjective'))) v--;
          if (t.tags.includes('Noun') && /^(for|rejected|rejects|refused|refuses|urged|urges|proposed|proposes|offered|offers|sought|seeks|demanded|demands|wants|wanted|ruled|opposed|opposes)$/.test(tokens[v]?.normal ?? '')) break;
          // "had asked to meet X but were turned away", "did not meet X": wished for or negated, not held.
          if (!t.tags.includes('Noun') && tokens[i - 1]?.normal === 'to' && tokens.slice(Math.max(from, i - 5), i - 1).some((x) => WISHED.test(x.normal))) break;
          if (!t.tags.includes('Noun') && tokens.slice(Math.max(from, i - 3), i).some((x) => /^(not|never|no|n't)$/.test(x.normal) || /n['’]t$/i.test(x.text))) break;
          // "was met at the airport by the minister", "were met by the ambassador": a welcome on
          // arrival, not talks.
          if (t.normal === 'met' && /^(was|were|been|being|is|are)$/.test(tokens[i - 1]?.normal ?? '')) break;
          let pair = rel ? [rel.source, rel.target] : undefined;
          // Anaphors: "their meeting", "the talks", "today’s talks" refer to the article's main talks.
          const det = tokens.slice(Math.max(from, i - 3), i).some((x) => x.tags.includes('Determiner') || x.tags.includes('Possessive'));
          // "The African Union summit": a name before the noun makes it an event of its own.
          const named = i - 1 >= from && tokens[i - 1].proper && !tokens[i - 1].possessive && !MONTH.test(tokens[i - 1].text) && !/day$/i.test(tokens[i - 1].text);
          if (!pair && mainPair && det && !named && /^(meeting|talks|summit|visit|encounter)$/.test(t.normal)) pair = mainPair;
          if (!pair) break;
          const bucket = near && MONTH.test(near.text) && !/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(near.text) ? MONTH.exec(near.text)![1].toLowerCase() : undefined;
          const names = `${labelOf(pair[0])} and ${labelOf(pair[1])}`;
          draft = {
            kind, args: [...pair].sort(), bucket,
            label: bucket ? `Meeting of ${names}, ${bucket[0].toUpperCase()}${bucket.slice(1)}` : `Talks between ${names}`,
            agents: pair, patients: [], locations: [],
          };
          // "met X in Nairobi", "talks in Moscow": the first place after "in" in the clause.
          for (let k = i + 1; k < Math.min(to, i + 14); k++) {
            if (/^(that|which|who|whom)$/.test(tokens[k].normal) || /[,;]/.test(tokens[k].post)) break;
            if (tokens[k].normal !== 'in') continue;
            const loc = slots.find((s) => s.m.from === k + 1 && (s.m.kind === 'place' || s.m.kind === 'state'));
            if (loc) {
              draft.locations.push(loc.key);
              break;
            }
          }
          break;
        }
        case 'ouster': {
          // "after Bashar al-Assad was overthrown", "Assad and his wife fled": the person just before.
          const before = slots.filter((s) => entities.get(s.key)?.type === 'person' && s.m.to <= i && i - s.m.to <= 5).pop()?.key;
          const passive = t.tags.includes('Passive') || t.normal === 'fled';
          const patient = rel?.target ?? possessorBefore(i) ?? afterWord(i, /^of$/) ?? (passive ? before : undefined) ?? (t.tags.includes('Noun') ? mainPatient : undefined);
          if (t.normal === 'fled' && patient !== mainPatient) break;
          if (/^(removed|deposed|ousted)$/.test(t.normal) && !rel) break;
          if (!patient || entities.get(patient)?.type !== 'person') break;
          draft = { kind, args: [patient], label: `Ouster of ${labelOf(patient)}`, agents: rel ? [rel.source] : [], patients: [patient], locations: [] };
          break;
        }
        case 'withdrawal':
        case 'abduction':
        case 'invasion':
        case 'attack': {
          if (!rel) break;
          // "does not require X to withdraw", "threatened to invade": negated, or wanted and not yet
          // done ("sent troops to abduct him" is the act itself, done by sending them).
          if (tokens.slice(Math.max(from, i - 5), i).some((x) => /^(not|never|no|n't)$/.test(x.normal) || /n['’]t$/i.test(x.text))) break;
          if (tokens[i - 1]?.normal === 'to' && tokens.slice(Math.max(from, i - 5), i - 1).some((x) => WISHED.test(x.normal))) break;
          const label = kind === 'withdrawal' ? `Withdrawal of ${labelOf(rel.source)} from ${labelOf(rel.target)}` : `${kind[0].toUpperCase()}${kind.slice(1)} ${kind === 'attack' ? 'on' : 'of'} ${labelOf(rel.target)}`;
          // An abduction of a named person is keyed by the family name of whom it happened to, as the
          // trigger pass keys it ("captives:<surname>"), so outlets telling it either way give one node.
          const captive = kind === 'abduction' && entities.get(rel.target)?.type === 'person' ? captivesKey([labelOf(rel.target)]) : undefined;
          draft = { kind, args: kind === 'withdrawal' ? [rel.source, rel.target] : [captive ?? rel.target], label, agents: [rel.source], patients: [rel.target], locations: [] };
          break;
        }
        case 'war': {
          if (!t.tags.includes('Noun')) break;
          const prev = tokens[i - 1];
          if (prev?.normal === 'cold' && prev.proper) {
            // "the largest since the Cold War", "after the Cold War": a bound in time, not the story's event.
            if (/^(since|after|before|until|till|of)$/.test(tokens[i - 3]?.normal ?? '') && tokens[i - 2]?.normal === 'the') break;
            const states = slots.filter((s) => s.m.kind === 'state').map((s) => s.key);
            draft = { kind, args: ['cold-war'], label: 'Cold War', agents: states, patients: [], locations: [] };
            break;
          }
          const civil = prev?.normal === 'civil';
          let place = afterWord(i, /^in$/, 2) ?? possessorBefore(i);
          if (!place) {
            // "the Syrian civil war", "the Syrian conflict"
            for (let k = i - 1; k >= Math.max(from, i - 3); k--) {
              const st = tokens[k].proper ? stateOfDemonym(tokens[k].text) : undefined;
              if (st) place = `state:${slug(st)}`;
            }
          }
          if (!place || !entities.has(place) || entities.get(place)!.type === 'person') break;
          // "met to discuss the war in Sudan", "talks on the war": the war is the topic; those who
          // talk about it do not fight it.
          const topic = tokens.slice(Math.max(from, i - 4), i).some((x) => /^(discuss|discussed|discusses|discussing|about|on|over|regarding|concerning|end|ending|ended)$/.test(x.normal));
          const where = labelOf(place);
          draft = {
            kind, args: [place], label: `${civil ? 'Civil war' : 'War'} in ${where}`,
            // States named with the war take part; people only when the sentence relates them ("a key ally of Assad during the war").
            agents: topic ? [] : slots.filter((s) => s.key !== place && (s.m.kind === 'state' || s.m.metonym || (s.m.kind === 'person' && rels.some((r) => r.source === s.key || r.target === s.key)))).map((s) => (s.m.metonym && s.m.state && entities.has(`state:${slug(s.m.state)}`) ? `state:${slug(s.m.state)}` : s.key)),
            patients: [], locations: [place],
          };
          break;
        }
        case 'offensive':
        case 'ceasefire':
        case 'intervention': {
          if (!t.tags.includes('Noun') && kind !== 'offensive') break;
          const agent = possessorBefore(i);
          let targetPhrase = '';
          for (let k = i + 1; k < Math.min(to, i + 3); k++) {
            if (tokens[k].normal !== 'against') continue;
            // "against Tigrayan forces near Mekelle last week": the target ends where a place or time begins.
            const words: string[] = [];
            for (let j = k + 1; j < Math.min(to, k + 4) && !/^(in|on|at|to|from|near|around|across|outside|inside|into|after|before|since|during|last|this|next|with|and|that|which|who|,)$/.test(tokens[j].normal); j++) {
              words.push(tokens[j].proper ? tokens[j].text.slice(0, tokens[j].bareEnd - tokens[j].start).replace(/[,.;:]+$/, '') : tokens[j].normal);
              if (/[,.;]/.test(tokens[j].post)) break;
            }
            targetPhrase = words.join(' ');
          }
          let where = afterWord(i, /^(in|at)$/, 3);
          // "an offensive against X near Mekelle": a place after the target phrase, in the same clause.
          for (let k = i + 1; !where && k < Math.min(to - 1, i + 9); k++) {
            if (/^(that|which|who)$/.test(tokens[k].normal) || /[,;]/.test(tokens[k - 1].post)) break;
            if (!/^(in|at|near|around|outside)$/.test(tokens[k].normal)) continue;
            where = slots.find((s) => s.m.from > k && s.m.from - k <= 2 && (s.m.kind === 'place' || s.m.kind === 'state'))?.key;
          }
          // "sign ceasefire in Doha": a ceasefire is between parties; with none in reach, a place
          // alone does not make one (the signing that names the parties carries it).
          const args = targetPhrase ? [`against ${targetPhrase}`] : agent ? [agent] : where && kind !== 'ceasefire' ? [where] : [];
          if (!args.length) {
            // An anaphor ("the offensive", "a fragile ceasefire") joins one named earlier in the article.
            const earlier = existingOfKind(kind);
            if (earlier && !seenHere.has(earlier.key)) {
              earlier.mentions.push({ articleId, start: t.start, end: t.end, sentenceStart: sentence.start, sentenceEnd: sentence.end });
              if (!earlier.aliases.includes(t.text)) earlier.aliases.push(t.text);
            }
            break;
          }
          const noun = kind === 'ceasefire' ? t.text.toLowerCase() : kind;
          const label = targetPhrase
            ? `${noun[0].toUpperCase()}${noun.slice(1)} against ${targetPhrase}`
            : agent ? `${labelOf(agent)} ${noun}` : where ? `${noun[0].toUpperCase()}${noun.slice(1)} in ${labelOf(where)}` : `${noun[0].toUpperCase()}${noun.slice(1)}`;
          draft = { kind, args, label, agents: agent ? [agent] : [], patients: [], locations: where ? [where] : [] };
          if (!agent && kind === 'offensive') {
            const subject = slots.filter((s) => s.m.to <= i && (s.m.kind === 'state' || s.m.metonym || s.m.kind === 'person')).pop();
            if (subject) draft.agents.push(subject.m.metonym && s2(subject.m.state) && entities.has(s2(subject.m.state)) ? s2(subject.m.state) : subject.key);
            else {
              // "Ethiopian troops launched an offensive": the state of the forces' demonym wages it.
              for (let k = from; k < i - 1; k++) {
                const st = tokens[k].proper ? stateOfDemonym(tokens[k].text.slice(0, tokens[k].bareEnd - tokens[k].start)) : undefined;
                if (!st || !FORCES.test(tokens[k + 1].normal)) continue;
                draft.agents.push(ensureDemonymState(entities, articleId, st, tokens[k], sentence));
                break;
              }
            }
          }
          break;
        }
      }
      if (!draft) continue;
      const key = `event:${draft.kind}:${draft.args.join('+')}${draft.bucket ? ':' + draft.bucket : ''}`;
      let e = events.get(key);
      if (!e) {
        e = { key, type: 'event', label: draft.label, aliases: [], mentions: [], eventArgs: draft.args, eventKind: draft.kind, eventBucket: draft.bucket };
        events.set(key, e);
      }
      if (seenHere.has(key)) continue;
      seenHere.add(key);
      if (!e.aliases.includes(t.text)) e.aliases.push(t.text);
      if (draft.bucket && !e.aliases.includes(draft.bucket)) e.aliases.push(draft.bucket[0].toUpperCase() + draft.bucket.slice(1));
      e.mentions.push({ articleId, start: t.start, end: t.end, sentenceStart: sentence.start, sentenceEnd: sentence.end });
      // A war lasts longer than a day: a day in its sentence dates something else in it.
      const dayLevel = near?.date && near.date.length > 7;
      if (near?.date && !e.date && !(draft.kind === 'war' && dayLevel)) e.date = near.date;
      else if (near && !near.date && !e.dateText) e.dateText = near.text;
      const link = (source: string, relation: string, target: string): void => {
        if (source !== target && entities.has(source) || events.has(source)) relations.push({ source, target, relation, evidence });
      };
      for (const a of new Set(draft.agents)) if (entities.has(a)) link(a, 'participates_in', key);
      for (const p of new Set(draft.patients)) if (entities.has(p) && !draft.agents.includes(p)) link(p, 'target_of', key);
      for (const l of new Set(draft.locations)) if (entities.has(l)) link(key, 'located_in', l);
      // "Moscow’s resources are stretched by the war in Ukraine": the state is at war there.
      if (draft.kind === 'war')
        for (const a of new Set(draft.agents))
          for (const l of draft.locations)
            if (a !== l && a.startsWith('state:') && entities.get(l)?.type === 'state') link(a, 'at_war_in', l);
    }
  });
  // "Yemen's war has killed thousands": a war no sentence gives a party to is the story's
  // backdrop, not something that happens in it; a war someone fights, backs or is stretched by is.
  const backdrop = new Set<string>();
  for (const [key, e] of events)
    if (e.eventKind === 'war' && !relations.some((r) => r.target === key && r.relation === 'participates_in')) backdrop.add(key);
  for (const key of backdrop) events.delete(key);
  for (const e of events.values()) if (e.date) delete e.dateText;
  return { entities: [...events.values()], relations: relations.filter((r) => !backdrop.has(r.source) && !backdrop.has(r.target)) };
}

function s2(state: string | undefined): string {
  return state ? `state:${slug(state)}` : '';
}
