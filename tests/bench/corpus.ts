// A deterministic corpus of invented news reports for the benchmark. The same seed always gives
// the same articles, so figures from different runs are comparable. The world grows the way a real
// news corpus does: a few actors recur across many reports (drawn with a heavy-tailed popularity),
// while every report also brings in people, places and bases never seen before.
//
// Countries, capitals and demonyms are general knowledge; every person, base, town and most
// organisations are generated from syllable tables, so the corpus never repeats the bundled event.
import type { ArticleInput } from '../../src/extract/types';

/** mulberry32: tiny, fast and good enough to make varied text reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Country { name: string; capital: string; demonym: string }

const COUNTRIES: Country[] = [
  { name: 'France', capital: 'Paris', demonym: 'French' },
  { name: 'Germany', capital: 'Berlin', demonym: 'German' },
  { name: 'Poland', capital: 'Warsaw', demonym: 'Polish' },
  { name: 'Turkey', capital: 'Ankara', demonym: 'Turkish' },
  { name: 'Egypt', capital: 'Cairo', demonym: 'Egyptian' },
  { name: 'Jordan', capital: 'Amman', demonym: 'Jordanian' },
  { name: 'Iraq', capital: 'Baghdad', demonym: 'Iraqi' },
  { name: 'Iran', capital: 'Tehran', demonym: 'Iranian' },
  { name: 'Lebanon', capital: 'Beirut', demonym: 'Lebanese' },
  { name: 'Saudi Arabia', capital: 'Riyadh', demonym: 'Saudi' },
  { name: 'Qatar', capital: 'Doha', demonym: 'Qatari' },
  { name: 'Kenya', capital: 'Nairobi', demonym: 'Kenyan' },
  { name: 'Ethiopia', capital: 'Addis Ababa', demonym: 'Ethiopian' },
  { name: 'Nigeria', capital: 'Abuja', demonym: 'Nigerian' },
  { name: 'Sudan', capital: 'Khartoum', demonym: 'Sudanese' },
  { name: 'Libya', capital: 'Tripoli', demonym: 'Libyan' },
  { name: 'Mali', capital: 'Bamako', demonym: 'Malian' },
  { name: 'Algeria', capital: 'Algiers', demonym: 'Algerian' },
  { name: 'Morocco', capital: 'Rabat', demonym: 'Moroccan' },
  { name: 'India', capital: 'New Delhi', demonym: 'Indian' },
  { name: 'Pakistan', capital: 'Islamabad', demonym: 'Pakistani' },
  { name: 'China', capital: 'Beijing', demonym: 'Chinese' },
  { name: 'Japan', capital: 'Tokyo', demonym: 'Japanese' },
  { name: 'South Korea', capital: 'Seoul', demonym: 'South Korean' },
  { name: 'Vietnam', capital: 'Hanoi', demonym: 'Vietnamese' },
  { name: 'Indonesia', capital: 'Jakarta', demonym: 'Indonesian' },
  { name: 'Australia', capital: 'Canberra', demonym: 'Australian' },
  { name: 'Brazil', capital: 'Brasilia', demonym: 'Brazilian' },
  { name: 'Argentina', capital: 'Buenos Aires', demonym: 'Argentine' },
  { name: 'Colombia', capital: 'Bogota', demonym: 'Colombian' },
  { name: 'Venezuela', capital: 'Caracas', demonym: 'Venezuelan' },
  { name: 'Mexico', capital: 'Mexico City', demonym: 'Mexican' },
  { name: 'Canada', capital: 'Ottawa', demonym: 'Canadian' },
  { name: 'the United States', capital: 'Washington', demonym: 'American' },
  { name: 'the United Kingdom', capital: 'London', demonym: 'British' },
  { name: 'Russia', capital: 'Moscow', demonym: 'Russian' },
  { name: 'Ukraine', capital: 'Kyiv', demonym: 'Ukrainian' },
  { name: 'Georgia', capital: 'Tbilisi', demonym: 'Georgian' },
  { name: 'Armenia', capital: 'Yerevan', demonym: 'Armenian' },
  { name: 'Azerbaijan', capital: 'Baku', demonym: 'Azerbaijani' },
  { name: 'Kazakhstan', capital: 'Astana', demonym: 'Kazakh' },
  { name: 'Serbia', capital: 'Belgrade', demonym: 'Serbian' },
  { name: 'Greece', capital: 'Athens', demonym: 'Greek' },
  { name: 'Italy', capital: 'Rome', demonym: 'Italian' },
  { name: 'Spain', capital: 'Madrid', demonym: 'Spanish' },
  { name: 'Norway', capital: 'Oslo', demonym: 'Norwegian' },
  { name: 'Finland', capital: 'Helsinki', demonym: 'Finnish' },
  { name: 'Sweden', capital: 'Stockholm', demonym: 'Swedish' },
];

const GIVEN_A = ['Ka', 'Mi', 'Lo', 'Ra', 'Ve', 'Da', 'Ni', 'To', 'Se', 'Al', 'Yu', 'Ib', 'Or', 'Ha', 'Ze', 'Ma', 'Be', 'Fa', 'Jo', 'Ta', 'Ei', 'Sa', 'Ar', 'Lu'];
const GIVEN_B = ['ren', 'lia', 'mar', 'dan', 'sha', 'vik', 'nor', 'tas', 'mir', 'lo', 'ra', 'ek', 'ina', 'im', 'ades', 'el', 'ko', 'ris', 'nah', 'jan'];
const SUR_A = ['Vel', 'Kor', 'Ash', 'Bar', 'Dro', 'Fen', 'Gal', 'Hes', 'Ist', 'Jar', 'Kal', 'Lom', 'Mor', 'Nad', 'Oss', 'Pir', 'Rud', 'Sar', 'Tov', 'Ul', 'Vos', 'Zar', 'Qad', 'Em'];
const SUR_B = ['an', 'ev', 'ir', 'ol', 'ak', 'en', 'ur', 'im', 'as', 'et', 'ov', 'ani', 'esc', 'ab', 'or'];
const SUR_C = ['ov', 'escu', 'ani', 'berg', 'ez', 'son', 'ura', 'i', 'ides', 'sky', 'oglu', 'ato', 'ay', ''];
const PLACE_A = ['Tal', 'Kir', 'Mar', 'Bel', 'Nov', 'Ash', 'Dun', 'Har', 'Sol', 'Ver', 'Ost', 'Kam', 'Lor', 'Zel', 'Pra', 'Gor'];
const PLACE_B = ['avar', 'esk', 'ino', 'grad', 'abad', 'ville', 'port', 'ora', 'mir', 'ada', 'un', 'ek', 'ia', 'ovo'];
const ORG_FORMS = [
  (a: string) => `${a} Liberation Front`,
  (a: string) => `${a} People's Movement`,
  (a: string) => `National Council of ${a}`,
  (a: string) => `${a} Development Bank`,
  (a: string) => `${a} Defence Forces`,
  (a: string) => `${a} Energy Corporation`,
  (a: string) => `${a} Institute for Strategic Studies`,
];
const GENERAL_ORGS = ['the United Nations', 'NATO', 'the European Union', 'the African Union', 'the Red Cross', 'the World Bank', 'the International Monetary Fund', 'the Arab League'];
const OUTLETS = ['Global Dispatch', 'The Evening Ledger', 'Northern Wire', 'Daily Meridian', 'World Affairs Review', 'Capital Courier', 'Frontline Press'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HEAD_ROLES = ['President', 'Prime Minister'];
const MINISTER_ROLES = ['Foreign Minister', 'Defence Minister', 'Interior Minister', 'Finance Minister', 'Energy Minister'];
const OTHER_ROLES = ['General', 'spokesman', 'army chief of staff', 'envoy', 'opposition leader', 'commander'];

interface Person { first: string; last: string; role: string; country: Country; weight: number }
interface Named { name: string; country: Country; weight: number }

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const capFirst = (s: string) => (s.startsWith('the ') ? 'The ' + s.slice(4) : cap(s));

/** Heavy-tailed choice: weight grows with every appearance, so some actors become "big news". */
function pickWeighted<T extends { weight: number }>(r: Rand, xs: T[]): T {
  let total = 0;
  for (const x of xs) total += x.weight;
  let v = r() * total;
  for (const x of xs) {
    v -= x.weight;
    if (v <= 0) return x;
  }
  return xs[xs.length - 1]!;
}

class World {
  people: Person[] = [];
  bases: Named[] = [];
  towns: Named[] = [];
  orgs: Named[] = [];
  private usedNames = new Set<string>();
  constructor(private r: Rand) {}

  private unique(make: () => string): string {
    for (let i = 0; i < 50; i++) {
      const n = make();
      if (!this.usedNames.has(n)) {
        this.usedNames.add(n);
        return n;
      }
    }
    const n = make() + ' ' + pick(this.r, SUR_A) + pick(this.r, SUR_C);
    this.usedNames.add(n);
    return n;
  }

  newPerson(country: Country, role?: string): Person {
    const r = this.r;
    const last = this.unique(() => (r() < 0.12 ? 'al-' : '') + pick(r, SUR_A) + pick(r, SUR_B) + pick(r, SUR_C));
    const first = pick(r, GIVEN_A) + pick(r, GIVEN_B);
    const p: Person = {
      first: r() < 0.1 ? first + ' ' + pick(r, GIVEN_A) + pick(r, GIVEN_B).toLowerCase() : first,
      last: last.startsWith('al-') ? 'al-' + cap(last.slice(3).toLowerCase()) : cap(last.toLowerCase()),
      role: role ?? pick(r, r() < 0.3 ? HEAD_ROLES : r() < 0.6 ? MINISTER_ROLES : OTHER_ROLES),
      country,
      weight: 1,
    };
    this.people.push(p);
    return p;
  }

  /** 60 % of the time someone already in the news, otherwise a newcomer. */
  person(country?: Country): Person {
    const r = this.r;
    const pool = country ? this.people.filter((p) => p.country === country) : this.people;
    if (pool.length > 0 && r() < 0.6) {
      const p = pickWeighted(r, pool);
      p.weight += 1;
      return p;
    }
    return this.newPerson(country ?? pick(r, COUNTRIES));
  }

  private named(list: Named[], country: Country, make: () => string, reuse: number): Named {
    const pool = list.filter((x) => x.country === country);
    if (pool.length > 0 && this.r() < reuse) {
      const x = pickWeighted(this.r, pool);
      x.weight += 1;
      return x;
    }
    const x = { name: this.unique(make), country, weight: 1 };
    list.push(x);
    return x;
  }

  base(country: Country): Named {
    const r = this.r;
    return this.named(this.bases, country, () => `${pick(r, PLACE_A)}${pick(r, PLACE_B)} ${pick(r, ['air base', 'naval base', 'airbase', 'military base'])}`, 0.7);
  }
  town(country: Country): Named {
    const r = this.r;
    return this.named(this.towns, country, () => pick(r, PLACE_A) + pick(r, PLACE_B), 0.5);
  }
  org(country: Country): Named {
    const r = this.r;
    return this.named(this.orgs, country, () => pick(r, ORG_FORMS)(pick(r, PLACE_A) + pick(r, PLACE_B)), 0.65);
  }
}

const full = (p: Person) => `${p.first} ${p.last}`;
const titled = (p: Person) => `${p.country.demonym} ${p.role} ${full(p)}`;

interface Ctx {
  r: Rand;
  w: World;
  a: Country;
  b: Country;
  pa: Person;
  pb: Person;
  extra: Person[];
  base: Named;
  town: Named;
  org: Named;
  gorg: string;
  day: string;
  month: string;
  year: number;
}

type Template = (c: Ctx) => string;

// Sentences a wire report is made of: relations between actors stated in many surface forms.
const BODY: Template[] = [
  (c) => `${titled(c.pa)} met ${titled(c.pb)} in ${c.b.capital} on ${c.day} for talks on security and trade.`,
  (c) => `${c.pa.last} arrived in ${c.b.capital} on ${c.day}, the first such visit by a senior official from ${c.a.name} since ${c.year - 3}.`,
  (c) => `The two leaders discussed the future of the ${c.base.name}, which ${c.a.name} has operated since ${c.year - 12}.`,
  (c) => `"We have no intention of leaving the region," ${c.pa.last} said at a joint news conference, adding that the talks had been "frank and useful."`,
  (c) => `"Our position has not changed," ${c.pb.role === 'spokesman' ? 'the spokesman' : c.pb.last} said. "We expect guarantees, not promises."`,
  (c) => `${c.pb.last} told reporters that ${c.b.name} would not accept foreign troops on its soil without a new agreement.`,
  (c) => `Forces loyal to the ${c.org.name} launched an offensive on ${c.town.name} in ${c.month}, according to local officials.`,
  (c) => `${capFirst(c.a.name)} withdrew its forces from ${c.town.name} earlier this week, leaving the ${c.base.name} as its last foothold in the area.`,
  (c) => `The ${c.org.name} said in a statement that it had captured several villages north of ${c.town.name}.`,
  (c) => `Officials in ${c.a.capital} said the withdrawal was "a technical decision" and not a change of policy.`,
  (c) => `${c.extra[0] ? titled(c.extra[0]) : 'A senior official'} is expected to travel to ${c.a.capital} next month to finalise the deal.`,
  (c) => `${capFirst(c.gorg)} called on both sides to respect the ceasefire agreed in ${c.month} ${c.year}.`,
  (c) => `Analysts said the meeting signalled a cautious rapprochement between ${c.a.name} and ${c.b.name} after years of tension.`,
  (c) => `${full(c.pa)} has led ${c.a.name} since ${c.year - 5}, when he took office after a disputed election.`,
  (c) => `In ${c.month}, ${c.pb.last} visited ${c.a.capital} and signed a memorandum on energy cooperation with the ${c.org.name}.`,
  (c) => `Satellite images published on ${c.day} showed aircraft leaving the ${c.base.name}, some 40 kilometres south of ${c.town.name}.`,
  (c) => `${c.extra[1] ? titled(c.extra[1]) : 'A government spokesman'} said the agreement would be submitted to parliament "within weeks."`,
  (c) => `The ${c.b.demonym} government has demanded the extradition of ${c.extra[0] ? full(c.extra[0]) : 'the former leader'}, who fled to ${c.a.name} last year.`,
  (c) => `Talks between ${c.a.name} and ${c.b.name} stalled in ${c.month} over the status of ${c.town.name} and the surrounding province.`,
  (c) => `According to ${c.b.demonym} media, ${c.pb.last} also raised the issue of prisoners held by the ${c.org.name}.`,
  (c) => `${capFirst(c.a.demonym)} troops have been stationed at the ${c.base.name} under a 49-year lease signed in ${c.year - 8}.`,
  (c) => `Thousands of people fled ${c.town.name} as fighting intensified, the ${c.gorg.replace(/^the /, '')} said on ${c.day}.`,
  (c) => `${c.pa.last}'s visit comes weeks after ${c.b.name} hosted a regional summit attended by ${c.gorg}.`,
  (c) => `Diplomats in ${c.b.capital} described the mood as "cautiously optimistic" but warned that key issues remain unresolved.`,
  (c) => `The ${c.a.demonym} defence ministry said it would keep "a limited presence" at the ${c.base.name} for logistics and training.`,
  (c) => `${c.extra[2] ? full(c.extra[2]) : 'One senior diplomat'}, who attended the talks, said the two sides agreed to meet again in ${MONTHS[(MONTHS.indexOf(c.month) + 2) % 12]}.`,
  (c) => `Critics in ${c.a.capital} accused the government of abandoning its allies, while supporters praised a "pragmatic" approach.`,
  (c) => `The ${c.org.name} denied any role in the attack on the convoy near ${c.town.name} on ${c.day}.`,
  (c) => `${c.pb.last} thanked ${c.pa.last} for the humanitarian aid delivered through ${c.town.name} over the winter.`,
  (c) => `Economic ties have grown since ${c.year - 2}, with trade between ${c.a.name} and ${c.b.name} reaching $4.2 billion last year.`,
  (c) => `${c.pa.last} later flew to ${c.town.name}, where he inspected troops and laid a wreath at a memorial to soldiers killed in ${c.year - 4}.`,
  (c) => `The ${c.b.demonym} parliament voted 142 to 61 on ${c.day} to approve the security pact, despite protests outside the building in ${c.b.capital}.`,
  (c) => `${c.extra[1] ? full(c.extra[1]) : 'The minister'} resigned in ${c.month} after a dispute over the handling of the crisis, state television reported.`,
  () => `Neither government has published the full text of the agreement, which reportedly covers fuel supplies, prisoner exchanges and the reopening of border crossings.`,
  (c) => `Shelling near ${c.town.name} killed at least 14 civilians overnight, a local hospital director told reporters by telephone.`,
  (c) => `"This is not the end of our presence, it is a new chapter," ${c.pa.role === 'spokesman' ? 'the spokesman' : c.pa.last} said in a televised address.`,
  (c) => `${capFirst(c.gorg)} has sent a team of monitors to the area, but their access to the ${c.base.name} has been restricted.`,
  (c) => `${c.pb.last} is due to address ${c.gorg} in ${MONTHS[(MONTHS.indexOf(c.month) + 1) % 12]}, his office said.`,
  (c) => `The ${c.org.name}, which controls much of the east, was not invited to the talks and rejected any deal reached without it.`,
  (c) => `Since the start of the year, ${c.a.name} has redeployed aircraft from the ${c.base.name} to bases closer to home, officials said privately.`,
  (c) => `Residents of ${c.town.name} said they heard explosions late on ${c.day} and saw smoke rising over the airport.`,
  (c) => `A senior ${c.a.demonym} official, speaking on condition of anonymity, said negotiations over the lease had been "difficult but constructive."`,
  (c) => `${c.extra[2] ? titled(c.extra[2]) : 'An opposition figure'} criticised the talks, saying they "legitimise a government that has not earned it."`,
  (c) => `${capFirst(c.b.name)} and ${c.a.name} restored diplomatic relations in ${c.year - 1} after a seven-year break.`,
  (c) => `The ${c.a.demonym} foreign ministry summoned the ${c.b.demonym} ambassador in ${c.a.capital} on ${c.day} to protest against the detention of two journalists.`,
];

const NOISE: Template[] = [
  () => 'Advertisement',
  () => 'Sign up for our morning newsletter to get the day’s top stories.',
  (c) => `Read more: What the ${c.b.demonym} election means for the region`,
  (c) => `(Photo: ${pick(c.r, SUR_A)}${pick(c.r, SUR_C)}/AFP via Getty Images)`,
  () => 'Share this article',
  () => 'This story has been updated with additional reporting.',
  () => 'Subscribe to continue reading. Already a subscriber? Log in.',
];

/** Deterministic list of generated articles: the first n of the same infinite sequence. */
export function generateCorpus(n: number, seed = 20240601): ArticleInput[] {
  const r = prng(seed);
  const w = new World(r);
  const out: ArticleInput[] = [];
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < n; i++) {
    const a = pick(r, COUNTRIES);
    let b = pick(r, COUNTRIES);
    while (b === a) b = pick(r, COUNTRIES);
    const published = new Date(start + i * 8.64e7 * 0.6 + Math.floor(r() * 8.64e7)).toISOString().slice(0, 10);
    const date = new Date(published);
    const c: Ctx = {
      r,
      w,
      a,
      b,
      pa: w.person(a),
      pb: w.person(b),
      extra: [w.person(), w.person(r() < 0.5 ? a : b), w.person()],
      base: w.base(r() < 0.7 ? b : a),
      town: w.town(b),
      org: w.org(r() < 0.5 ? a : b),
      gorg: pick(r, GENERAL_ORGS),
      day: WEEKDAYS[date.getUTCDay() === 0 ? 6 : date.getUTCDay() - 1]!,
      month: MONTHS[date.getUTCMonth()]!,
      year: date.getUTCFullYear(),
    };
    const outlet = pick(r, OUTLETS);
    const title = pick(r, [
      `${c.pa.last} meets ${c.pb.last} in ${c.b.capital} as ${c.a.name} seeks to keep ${c.base.name}`,
      `${capFirst(c.a.name)} pulls troops out of ${c.town.name} amid ${c.org.name} offensive`,
      `${c.a.demonym} and ${c.b.demonym} leaders hold talks on bases and trade`,
      `${c.pb.role} ${c.pb.last} visits ${c.a.capital} for first time since ${c.year - 3}`,
    ]);
    const target = 560 + Math.floor(r() * 90);
    const paras: string[] = [outlet, title];
    const dateline = `${c.b.capital.toUpperCase()}, ${c.month} ${date.getUTCDate()} (${outlet}) — `;
    let words = title.split(/\s+/).length + 2;
    let first = true;
    const order = BODY.map((t, k) => ({ t, k: r() + (k < 3 ? -1 : 0) })).sort((x, y) => x.k - y.k);
    let next = 0;
    while (words < target) {
      const para: string[] = [];
      const len = 1 + Math.floor(r() * 3);
      for (let s = 0; s < len && words < target; s++) {
        // Cycle through the templates, re-shuffling actors so repeated templates name different people.
        if (next >= order.length) {
          next = 0;
          c.extra = [w.person(), w.person(r() < 0.5 ? a : b), w.person()];
          c.town = w.town(r() < 0.5 ? a : b);
        }
        const sentence = cap(order[next++]!.t(c));
        para.push(sentence);
        words += sentence.split(/\s+/).length;
      }
      paras.push((first ? dateline : '') + para.join(' '));
      first = false;
      if (r() < 0.15) {
        const noise = pick(r, NOISE)(c);
        paras.push(noise);
        words += noise.split(/\s+/).length;
      }
    }
    const reporter = w.newPerson(pick(r, COUNTRIES), 'reporter');
    paras.push(`Reporting by ${full(reporter)}; Editing by ${pick(r, GIVEN_A)}${pick(r, GIVEN_B)} ${pick(r, SUR_A)}${pick(r, SUR_C)}`);
    out.push({ id: `gen_${String(i).padStart(4, '0')}`, text: paras.join('\n\n') + '\n', title, outlet, published });
  }
  return out;
}

export function countWords(articles: ArticleInput[]): number {
  let n = 0;
  for (const a of articles) n += a.text.split(/\s+/).filter(Boolean).length;
  return n;
}
