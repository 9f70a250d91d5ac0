// Where places and bases lie and who runs them, from phrases of geography:
//   "the town of X on the northern shore of Lake Y"   X located_in Y
//   "the X air base next to Y International Airport"  X next_to Y
//   "the X air base in Z province, a former hub now operated by the Y"   Y operates X (the base the
//   apposition describes, however long the description)
//   "the Ruritanian port city of X", "the Y province of X"   X located_in the demonym's state or Y
//   "X in the Y region", "X, in south-eastern Y"              X located_in Y
//   "X near Y", "X, west of Y"                                X located_near Y
import type { EmitRelation, LocalEntity } from './article';
import { ADMIN_UNIT_NOUNS, COMPASS_POINT, stateName, stateOfDemonym } from './gazetteer';
import { placeSkeleton, slug } from './names';
import { namedSlots, type NamedSlot } from './namedSlots';
import { ensureDemonymState, type SentenceMentions } from './resolveArticle';
import type { Token } from './tokens';

const SIDES = /^(shore|shores|bank|banks|coast|edge|outskirts|slopes|foot|banks|mouth|tip)$/;
const SETTLEMENT = /^(town|city|village|port|capital|suburb|district|region|province|island|municipality|county|state)$/;
// Nouns a base is described by in apposition ("a base in Japan", "a naval facility in Y").
const FACILITY_NOUN = /^(base|airbase|airfield|airport|facility|station|garrison|camp|outpost|port|harbour|harbor|installation)$/;
// Unit nouns after a place's name that mark it as the larger unit in "the X district of Y province":
// the administrative units less those that lie inside others (districts, municipalities, cities).
const LARGER_UNIT = new RegExp(`^(${ADMIN_UNIT_NOUNS.filter((w) => !/^(district|municipality|city|territory)$/.test(w)).join('|')})$`);
// Participles that seat a body in the place hyphened before them ("Perth-registered").
const SEAT_PARTICIPLE = /^(based|registered|headquartered)$/;
const BESIDE = /^(beside|alongside|adjoining|abutting)$/;
const LOCATED = new Set(['place', 'base']);
// Lower-case words that may qualify a settlement noun ("port city", "border town", "coastal region").
const SETTLEMENT_QUALIFIER = /^(port|border|coastal|mountain|mountainous|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|remote|small|frontier|island|river|desert|oil|mining|fishing|industrial|historic|ancient|besieged|disputed|occupied|breakaway|embattled|strategic|key)$/;
// Compass adjectives between "in" and a place ("in south-eastern Turkmenistan").
const COMPASS_ADJ = /^(north|south|east|west|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|far|upper|lower|rural|coastal)$/;

export function relatePlaces(
  tokens: Token[],
  sm: SentenceMentions,
  entities: Map<string, LocalEntity>,
  emit: EmitRelation,
): void {
  const { from, to } = sm;
  const slots = namedSlots(sm, entities);
  relateSeats(tokens, sm, slots, entities, emit);
  if (!slots.some((s) => LOCATED.has(s.type) || s.type === 'state')) return;
  const at = (k: number) => slots.find((s) => s.m.from === k);
  for (const s of slots) {
    if (!LOCATED.has(s.type)) continue;
    let k = s.m.to;
    // "X on the northern shore of Y"
    if (tokens[k]?.normal === 'on' || tokens[k]?.normal === 'at') {
      let j = k + 1;
      if (tokens[j]?.normal === 'the') j++;
      while (j < to && j < k + 5 && !SIDES.test(tokens[j].normal) && /^[a-z-]+$/.test(tokens[j].text)) j++;
      if (j < to && SIDES.test(tokens[j].normal) && tokens[j + 1]?.normal === 'of') {
        const where = at(tokens[j + 2]?.normal === 'the' ? j + 3 : j + 2);
        if (where && (where.type === 'place' || where.type === 'state')) emit(s.key, 'located_in', where.key);
      }
    }
    // "Futenma on Okinawa", "the Yellow River Station at Ny-Alesund": a place or base on an island
    // or at a settlement lies in it (a date or a common noun after "on"/"at" is no slot).
    if (/^(on|at)$/.test(tokens[k]?.normal ?? '') && !/[,;:]/.test(tokens[k - 1].post)) {
      const where = at(tokens[k + 1]?.normal === 'the' ? k + 2 : k + 1);
      if (where && (where.type === 'place' || where.type === 'state') && !where.m.possessive && !where.m.metonym && where.key !== s.key && tokens[where.m.to]?.normal !== 'of') emit(s.key, 'located_in', where.key);
    }
    // "X next to Y", "X adjacent to Y", "X beside Y"
    if ((/^(next|adjacent|close)$/.test(tokens[k]?.normal ?? '') && tokens[k + 1]?.normal === 'to') || BESIDE.test(tokens[k]?.normal ?? '')) {
      k += BESIDE.test(tokens[k].normal) ? 1 : 2;
      const other = at(tokens[k]?.normal === 'the' ? k + 1 : k);
      if (other && LOCATED.has(other.type)) emit(s.key, 'next_to', other.key);
    }
  }
  // "Kigoma, a port town in western Tanzania", "Lahij, the capital of Lahij province": a place
  // described in apposition as a settlement in another place or state.
  for (const s of slots) {
    if (s.type !== 'place' || !/,/.test(tokens[s.m.to - 1].post) || !/^(a|an|the)$/.test(tokens[s.m.to]?.normal ?? '')) continue;
    let k = s.m.to + 1;
    while (k < to && k < s.m.to + 5 && !SETTLEMENT.test(tokens[k].normal) && /^[a-z-]+$/.test(tokens[k].text)) k++;
    if (!SETTLEMENT.test(tokens[k]?.normal ?? '') || !/^(in|of)$/.test(tokens[k + 1]?.normal ?? '')) continue;
    let j = k + 2;
    while (j < to && j < k + 5 && !slots.some((o) => o.m.from === j) && /^[a-z-]+$/.test(tokens[j].text)) j++;
    const where = at(j);
    if (where && (where.type === 'place' || where.type === 'state') && where.key !== s.key) emit(s.key, tokens[k].normal === 'capital' && where.type === 'state' ? 'capital_of' : 'located_in', where.key);
  }
  // "Kharkiv, Ukraine's second city", "Mombasa, Kenya's main port": a place described in apposition as
  // a settlement a state or a place owns lies in it (its capital, when the noun says so).
  for (const s of slots) {
    if (s.type !== 'place' || s.m.metonym || !/,/.test(tokens[s.m.to - 1].post)) continue;
    const owner = at(tokens[s.m.to]?.normal === 'the' ? s.m.to + 1 : s.m.to);
    if (!owner || !owner.m.possessive || (owner.type !== 'state' && owner.type !== 'place') || owner.key === s.key) continue;
    let k = owner.m.to;
    // Ordinals and size or rank words: "second", "second-largest", "biggest", "main", "northern".
    while (k < to && k < owner.m.to + 3 && /^[a-z-]+$/.test(tokens[k].text) && !SETTLEMENT.test(tokens[k].normal)) k++;
    if (!SETTLEMENT.test(tokens[k]?.normal ?? '') || tokens[k + 1]?.normal === 'of') continue;
    emit(s.key, tokens[k].normal === 'capital' && owner.type === 'state' ? 'capital_of' : 'located_in', owner.key);
  }
  // "Futenma on Okinawa, a base in Japan", "Camp Lemonnier, a US facility in Djibouti": a base
  // described in apposition by a facility noun "in" a place or state lies in it (a short "on"/"at"
  // phrase may stand between the name and the comma).
  for (const s of slots) {
    if (s.type !== 'base') continue;
    let c = s.m.to - 1;
    while (c < to - 1 && c < s.m.to + 3 && !/,/.test(tokens[c].post) && (c === s.m.to - 1 || /^(on|at|near)$/.test(tokens[s.m.to].normal))) c++;
    if (!/,/.test(tokens[c]?.post ?? '') || !/^(a|an)$/.test(tokens[c + 1]?.normal ?? '')) continue;
    let k = c + 2;
    while (k < to && k < c + 6 && !FACILITY_NOUN.test(tokens[k].normal) && /^[\p{L}-]+$/u.test(tokens[k].text) && !/[,;:]/.test(tokens[k].post)) k++;
    if (!FACILITY_NOUN.test(tokens[k]?.normal ?? '') || tokens[k + 1]?.normal !== 'in') continue;
    let w = tokens[k + 2]?.normal === 'the' ? k + 3 : k + 2;
    while (w < to && COMPASS_ADJ.test(tokens[w].normal) && !tokens[w].proper) w++;
    const where = at(w);
    if (where && (where.type === 'place' || where.type === 'state') && !where.m.possessive && where.key !== s.key) emit(s.key, 'located_in', where.key);
  }
  // "the runway at Sal Amílcar Cabral Airport", "Kupang airfield": a base whose name opens with the
  // name of a place the article names on its own is named for where it lies.
  for (const s of slots) {
    if (s.type !== 'base') continue;
    const words = s.m.surface.split(/\s+/);
    if (words.length < 2) continue;
    for (const e of entities.values()) {
      if (e.type !== 'place' || e.key === s.key) continue;
      const n = e.label.split(/\s+/).length;
      if (n >= words.length || words.slice(0, n).join(' ').toLowerCase() !== e.label.toLowerCase()) continue;
      // The place must be named apart from the base's own name somewhere in the article.
      if (!e.mentions.some((m) => m.end - m.start <= e.label.length + 1)) continue;
      emit(s.key, 'located_in', e.key);
      break;
    }
  }
  // "the Armenian province of X", "the Saudi port city of X", "the Y city of X": a settlement noun
  // with "of" names the place after it; the demonym's state or the place before the noun holds it.
  for (let i = from; i < to - 3; i++) {
    if (tokens[i].normal !== 'the') continue;
    let k = i + 1;
    const qualifier = at(k);
    const demonym = !qualifier && tokens[k].proper ? stateOfDemonym(tokens[k].text) : undefined;
    if (qualifier && (qualifier.type === 'place' || qualifier.type === 'state') && !qualifier.m.possessive) k = qualifier.m.to;
    else if (demonym) k++;
    else continue;
    // Up to two qualifiers ("port city", "remote border town"); "port" may itself be the noun.
    while (k < to && k < i + 5 && SETTLEMENT_QUALIFIER.test(tokens[k].normal) && !tokens[k].proper && !(SETTLEMENT.test(tokens[k].normal) && tokens[k + 1]?.normal === 'of')) k++;
    if (!SETTLEMENT.test(tokens[k]?.normal ?? '') || tokens[k].proper || /[,;:]/.test(tokens[k].post) || tokens[k + 1]?.normal !== 'of') continue;
    const named = at(k + 2);
    if (!named || named.key === qualifier?.key) continue;
    // "the Tarvo district of Kessa province", "the X district of Ghana": a unit named
    // by its own name before the noun lies in the larger unit or the state after "of", which its
    // own unit noun or its being a state marks as the larger one.
    if (qualifier?.type === 'place' && !named.m.possessive && (named.type === 'state' || (named.type === 'place' && LARGER_UNIT.test(tokens[named.m.to]?.normal ?? '') && !tokens[named.m.to].proper))) {
      emit(qualifier.key, 'located_in', named.key);
      continue;
    }
    if (named.type !== 'place') continue;
    const articleId = entities.get(named.key)?.mentions[0]?.articleId;
    const holder = qualifier ? qualifier.key : demonym && articleId ? ensureDemonymState(entities, articleId, demonym, tokens[i + 1], sm.sentence) : undefined;
    emit(named.key, tokens[k].normal === 'capital' && qualifier?.type !== 'place' ? 'capital_of' : 'located_in', holder);
  }
  // "X in the Y region", "X, in the Y region", "the Z field in south-eastern Y": a place followed by
  // "in" and another place or state lies in it. Bases are placed by the base reader; a possessive
  // ("in Y's war") or a place followed by a settlement noun of its own is no location of X.
  for (const s of slots) {
    if (s.type !== 'place' || s.m.metonym) continue;
    let k = s.m.to;
    if (tokens[k]?.normal !== 'in') continue;
    k++;
    if (tokens[k]?.normal === 'the') k++;
    while (k < to && COMPASS_ADJ.test(tokens[k].normal) && !tokens[k].proper) k++;
    let where = at(k);
    // "Jilib, in Somalia's Middle Juba region": a state's possessive before the region that holds X;
    // the region lies in the state.
    if (where?.type === 'state' && where.m.possessive) {
      const region = at(where.m.to);
      if (region && region.type === 'place' && region.key !== s.key) {
        emit(region.key, 'located_in', where.key);
        where = region;
      }
    }
    if (!where || (where.type !== 'place' && where.type !== 'state') || where.m.possessive || where.key === s.key) continue;
    // "in the Y region" names Y by its unit; "in the Y of Z" is another construction.
    if (tokens[where.m.to]?.normal === 'of') continue;
    emit(s.key, 'located_in', where.key);
  }
  // "X near Y", "X, west of Y", "X north of the Z": a place or base near another place.
  for (const s of slots) {
    if (!LOCATED.has(s.type)) continue;
    let k = s.m.to;
    let near = false;
    // The base reader places a base "near"/"outside" a place; only "west of" is left to read for it.
    if ((tokens[k]?.normal === 'near' || tokens[k]?.normal === 'outside') && s.type === 'place') {
      near = true;
      k++;
    } else if (COMPASS_POINT.test(tokens[k]?.normal ?? '') && tokens[k + 1]?.normal === 'of') {
      near = true;
      k += 2;
    }
    if (!near) continue;
    if (tokens[k]?.normal === 'the') k++;
    const where = at(k);
    if (where && where.type === 'place' && !where.m.possessive && where.key !== s.key) emit(s.key, 'located_near', where.key);
  }
  // "Chatham House, a think tank based in London", "the group, headquartered in Geneva".
  for (let i = from + 1; i < to - 2; i++) {
    if (!/^(based|headquartered)$/.test(tokens[i].normal) || tokens[i + 1].normal !== 'in') continue;
    const where = at(i + 2);
    const body = slots.filter((o) => o.type === 'organization' && o.m.to <= i && i - o.m.to <= 6).pop();
    if (where && body && (where.type === 'place' || where.type === 'state')) emit(body.key, 'based_in', where.key);
  }
  // "... a former hub now operated by the Y": the base the sentence described last.
  for (let i = from; i < to - 1; i++) {
    if (!/^(operated|run|managed|controlled|held)$/.test(tokens[i].normal) || tokens[i + 1].normal !== 'by') continue;
    const agent = slots.find((s) => s.m.from > i + 1 && s.m.from <= i + 4 && (s.type === 'organization' || s.type === 'state'));
    const base = slots.filter((s) => s.type === 'base' && s.m.to <= i && i - s.m.to <= 20).pop();
    if (!agent || !base) continue;
    // Another verb between them means the participle belongs to another clause.
    if (tokens.slice(base.m.to, i).some((x) => x.tags.includes('Verb') && !x.tags.includes('Participle') && !/ed$/.test(x.normal))) continue;
    emit(agent.key, /^(operated|run|managed)$/.test(tokens[i].normal) ? 'operates' : 'controls', base.key);
  }
}

/**
 * The place (or state) named by tokens [a, end) before "-based", as the article's entity: recognition
 * reads no name joined to a participle, so the place gets a mention here when the article has none.
 */
function seatOf(entities: Map<string, LocalEntity>, tokens: Token[], a: number, end: number, bodyKey: string, sm: SentenceMentions): string | undefined {
  const articleId = entities.get(bodyKey)?.mentions[0]?.articleId;
  if (!articleId) return undefined;
  const name = tokens.slice(a, end).map((t) => t.text).join(' ').replace(/-$/, '');
  const state = stateName(name);
  if (state) return ensureDemonymState(entities, articleId, state, tokens[a], sm.sentence);
  // A demonym ("Russian-registered") describes the body's origin, not a seat of its own.
  if (stateOfDemonym(name)) return undefined;
  const key = `place:${placeSkeleton(name) || slug(name)}`;
  let e = entities.get(key);
  if (e && e.type !== 'place') return undefined;
  if (!e) {
    e = { key, type: 'place', label: name, aliases: [], mentions: [] };
    entities.set(key, e);
  }
  const start = tokens[a].start;
  if (!e.mentions.some((m) => m.start === start)) e.mentions.push({ articleId, start, end: start + name.length, sentenceStart: sm.sentence.start, sentenceEnd: sm.sentence.end });
  if (!e.aliases.includes(name)) e.aliases.push(name);
  return key;
}

// "the Lisbon-based shipping firm X", "the Perth-registered Y": a place's name joined by a
// hyphen to "based", "registered" or "headquartered" before a body's name (lower-case words
// describing the body may come between) is where the body is based.
function relateSeats(tokens: Token[], sm: SentenceMentions, slots: NamedSlot[], entities: Map<string, LocalEntity>, emit: EmitRelation): void {
  const { from, to } = sm;
  for (let i = from + 1; i < to - 1; i++) {
    if (!SEAT_PARTICIPLE.test(tokens[i].normal) || tokens[i - 1].post !== '-') continue;
    let a = i - 1;
    while (a - 1 >= from && a > i - 3 && tokens[a - 1].proper && /^\s$/.test(tokens[a - 1].post) && !tokens[a - 1].possessive) a--;
    if (!tokens[a].proper || slots.some((o) => o.m.from <= i - 1 && i - 1 < o.m.to && o.type !== 'place' && o.type !== 'state')) continue;
    let k = i + 1;
    while (k < to && k < i + 5 && /^[a-z-]+$/.test(tokens[k].text) && !slots.some((o) => o.m.from === k) && !/[,;:]/.test(tokens[k - 1].post)) k++;
    const body = slots.find((o) => o.m.from === k && o.type === 'organization');
    if (!body || /[,;:]/.test(tokens[k - 1].post)) continue;
    const where = slots.find((o) => o.m.from === a && o.m.to === i && (o.type === 'place' || o.type === 'state'))?.key ?? seatOf(entities, tokens, a, i, body.key, sm);
    if (where) emit(body.key, 'based_in', where);
  }
}
