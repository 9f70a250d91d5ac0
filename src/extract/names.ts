// Name normalisation shared by recognition and resolution.
import { memo } from './memo';

/**
 * Particles inside Arabic, Persian, Urdu, Dutch, German, Romance... names that are not a name on
 * their own. Arabic "wal-"/"wa-" ("and the"), Urdu and Persian "ul-"/"ud-"/"ur-" ("of the") join
 * two halves of one name ("Jama'at Nusrat al-Islam wal-Muslimin", "Hizb ul-Mujahideen"), so a
 * name goes on through them while a capitalised word follows.
 */
export const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abou', 'de', 'da', 'di', 'del', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'dos', 'ben', 'wal', 'wa', 'ul', 'ud', 'ur', 'ould']);

/**
 * Particles that join a name only before a hyphen: the Arabic article assimilated to the next
 * consonant ("Ansar ad-Din", "Jabhat an-Nusra", "ash-Shabaab", "Abd ar-Rahman") and Urdu "ut-"
 * ("Hizb ut-Tahrir"). Written apart they are English words ("an", "at", "as"), never a name's.
 */
export const HYPHEN_PARTICLES = new Set(['ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ut', 'us', 'ath']);

/** The Arabic article in its plain and assimilated spellings ("al-", "el-", "ad-", "ash-" …). */
export const ARABIC_ARTICLE = /^(al|el|ad|an|as|ash|at|az|ar)$/;

/** A particle written with a hyphen before the next word of a name ("al-", "wal-", "an-"). */
export function isHyphenParticle(normal: string, post: string): boolean {
  return post === '-' && (NAME_PARTICLES.has(normal) || HYPHEN_PARTICLES.has(normal));
}

const NAME_CORES = new Map<string, string>();
const SLUGS = new Map<string, string>();
const SKELETONS = new Map<string, string>();

/** "al-Sharaa’s" → "sharaa": lower case, possessive and leading particles dropped. */
export function nameCore(word: string): string {
  return memo(NAME_CORES, word, computeNameCore);
}

function computeNameCore(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  for (;;) {
    const m = /^([a-z]+)[-\s](.+)$/.exec(w);
    if (m && (NAME_PARTICLES.has(m[1]) || (HYPHEN_PARTICLES.has(m[1]) && word.charAt(m[1].length) === '-'))) w = m[2];
    else break;
  }
  return w.replace(/[^a-z0-9]/g, '');
}

/**
 * A person's name word for matching: nameCore, and an article glued on in transliteration
 * ("Albusaidi" = "al-Busaidi"). Applied to every side of a comparison, so it is consistent.
 */
export function personCore(word: string): string {
  const core = nameCore(word);
  const glued = /^(al|el)([a-z]{4,})$/.exec(core);
  return glued && /^(al|el)\p{Ll}/u.test(word) === false && /^[AE]l\p{Ll}/u.test(word) ? glued[2] : core;
}

/** URL-safe readable slug for ids: "Ahmed al-Sharaa" → "ahmed-al-sharaa". */
export function slug(s: string): string {
  return memo(SLUGS, s, computeSlug);
}

function computeSlug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Consonant skeleton for transliterated names: "Khmeimim"/"Hmeimim" and "Tartous"/"Tartus" share one.
 * Vowels vary most between transliterations, "kh"/"h" and doubled letters next.
 */
export function skeleton(name: string): string {
  return memo(SKELETONS, name, computeSkeleton);
}

function computeSkeleton(name: string): string {
  return nameCore(name)
    .replace(/([aeiou])h$/, '$1')
    .replace(/kh/g, 'h')
    // Arabic and South Asian "dh" is written "d" as often ("Dhaka"/"Daka", "Fuladhoo"/"Fuladu").
    .replace(/dh/g, 'd')
    .replace(/ph/g, 'f')
    .replace(/q/g, 'k')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

// A word written in capitals gives all its letters to a name's initials: "US Navy" spells "USN", not "UN".
const CAPITALS_WORD = /^\p{Lu}{2,}$/u;
/** A word's part of a name's initials: its first letter, or all of it where it is written in capitals. */
export const wordInitial = (w: string): string => (CAPITALS_WORD.test(w) ? w : w[0]);

// What a mine or a field yields, said between its name and its noun ("the X copper mine").
const COMMODITY_BEFORE_SITE = /\s+(?:copper|gold|coal|iron|iron-ore|diamond|uranium|lithium|cobalt|nickel|zinc|silver|platinum|bauxite|manganese|emerald|tin|potash|phosphate|salt|oil|gas)\s+(mine|mines|field|deposit|smelter|quarry)$/i;

/**
 * Key of a place's name: its skeleton, so spellings that differ in vowels make one place
 * ("Gaboobe"/"Gabobe"). A skeleton of fewer than three consonants says too little ("Bunia" and
 * "Beni", two towns, are both "bn"): short names keep their vowels, doubled letters and marks dropped.
 */
export function placeSkeleton(name: string): string {
  // "Marrow Island" and "Marrow", "Kelu Atoll" and "Kelu": an island is named with its
  // noun or without it (a river, a province or a lake is not the town it is named after, so only
  // these nouns go).
  name = name.replace(/(\S)\s+(island|isle|atoll)$/i, '$1');
  // "the Ruvaka North copper mine" and "the Ruvaka North mine": what a mine yields is said or not.
  name = name.replace(COMMODITY_BEFORE_SITE, ' $1');
  const sk = skeleton(name);
  if (sk.length >= 3) return sk;
  return nameCore(name).replace(/[^a-z]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * Key of an abduction or a release by the family names of whom it happened to, so the relation
 * pass and the trigger pass, and outlets that place it differently, make one event of it.
 */
export function captivesKey(labels: string[]): string {
  return `captives:${[...new Set(labels.map((l) => l.split(/\s+/).pop()!.toLowerCase()))].sort().join('+')}`;
}

// The commonest family names of China (in pinyin), Korea and Vietnam, which open a person's name
// there. Several are also English words ("Wang", "Long", "Park") or months' abbreviations in a
// given name ("Jun"), so a dictionary reads such a name as a common noun; the family name first
// and short syllables after it say a person.
const EAST_ASIAN_SURNAMES = new Set([
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he',
  'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian',
  'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'cui',
  'zhong', 'tan', 'fan', 'liao', 'shi', 'jin', 'jia', 'xia', 'fu', 'fang', 'zou', 'xiong', 'bai', 'meng', 'qin', 'qiu', 'hou',
  'yin', 'xue', 'yan', 'duan', 'lei', 'long', 'tao', 'mao', 'hao', 'gu', 'gong', 'shao', 'wan', 'qian', 'kong', 'xiang', 'niu',
  'kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'oh', 'seo', 'shin', 'kwon', 'hwang', 'ahn',
  'xi', 'yoo', 'hong', 'jeon', 'moon', 'son', 'bae', 'baek', 'nam', 'nguyen', 'tran', 'pham', 'hoang', 'huynh', 'phan', 'vu',
  'vo', 'dang', 'bui', 'ngo', 'duong',
  // Family names as North Korea romanises them ("Ri", "Pak", "Choe", "O").
  'ri', 'rim', 'ryu', 'pak', 'choe', 'jo', 'ju', 'kye', 'thae', 'hyon', 'yun', 'chae', 'ro', 'ryang', 'sin', 'ko',
]);
// One or two syllables of pinyin, romanised Korean or Vietnamese written as one given name ("Jun",
// "Haiyang", "Jinping") or joined by a hyphen ("Min-jun", "Soo-jin"): an initial consonant (or
// none) and a final of vowels with an "n", "ng" or "h" after them (or Korean's "l": "Chol", "Il").
const SYLLABLE = '(?:zh|ch|sh|th|ng|kh|ph|tr|[bcdfghjklmnpqrstvwxyz])?(?:[aeiouy]{1,3})(?:ng|n|nh|h|m|p|t|k|c|l)?';
const GIVEN_NAME = new RegExp(`^(?:${SYLLABLE}){1,2}(?:-${SYLLABLE})?$`);

/** "Wang Lirong", "Tang Jun", "Park Min-jun", "Nguyen Van An": a family name of East Asia first, then given-name syllables. */
export function isEastAsianName(words: string[]): boolean {
  if (words.length < 2 || words.length > 3 || !EAST_ASIAN_SURNAMES.has(words[0].toLowerCase())) return false;
  return words.slice(1).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(w) && w.length <= 9 && GIVEN_NAME.test(w.toLowerCase()));
}
