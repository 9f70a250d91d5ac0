// Which of several people who share a surname a bare surname means. A reader goes by, in order:
// a title the mention carries that only one of them holds ("Governor Perera"); the person the text
// has just been talking about ("Dilani Perera, the governor, said … Perera warned"); and, when
// nothing tells them apart (both named in one sentence, "X and his son, Y", or no one named yet),
// the person the article mentions most.

export interface SurnameCandidate {
  key: string;
  /** The mentions already attached to this person in the article. */
  mentions: { start: number; sentenceStart?: number }[];
  /** Titles and roles the article gives the person ("Deputy Finance Minister"). */
  roles?: string[];
  /** What the text says of the person's gender, by pronouns and honorifics ("X said he …", "Ms X"). */
  gender?: Gender;
  /** Named as another's relative ("his sister, X"): the one the story is about goes by the bare surname. */
  relative?: boolean;
}

export type Gender = 'm' | 'f';

const ROLE_NOISE = new Set(['the', 'of', 'for', 'and', 'former', 'a', 'an', 'its', 'his', 'her', 'their']);
const roleWords = (role: string): string[] =>
  role
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1 && !ROLE_NOISE.has(w));

export function chooseBySurname(candidates: SurnameCandidate[], at: number, role?: string, gender?: Gender): string | undefined {
  // "Through his lawyer, Quispe denied …": a pronoun or an honorific on the mention rules out the
  // people the text speaks of with the other gender's pronouns.
  if (gender) {
    const fit = candidates.filter((c) => !c.gender || c.gender === gender);
    if (fit.length === 1 && fit[0].gender === gender) return fit[0].key;
    if (fit.length >= 1) candidates = fit;
  }
  if (role) {
    const words = roleWords(role);
    const holders = candidates.filter((c) => (c.roles ?? []).some((r) => roleWords(r).some((w) => words.includes(w))));
    if (holders.length === 1) return holders[0].key;
  }
  // "Aram Petrosyan ... the lawyer, Ani Petrosyan, who is also his sister ... Petrosyan faces
  // 15 years": a person the text introduces as another's relative is named again in full or by
  // the kinship noun; the bare surname stays with the person the story is about.
  const principal = candidates.filter((c) => !c.relative);
  if (principal.length >= 1 && principal.length < candidates.length) candidates = principal;
  const latest = candidates
    .map((c) => {
      const before = c.mentions.filter((m) => m.start < at);
      const last = before.reduce<{ start: number; sentenceStart?: number } | undefined>((a, m) => (!a || m.start > a.start ? m : a), undefined);
      return { key: c.key, last };
    })
    .filter((c): c is { key: string; last: { start: number; sentenceStart?: number } } => c.last !== undefined)
    .sort((a, b) => b.last.start - a.last.start);
  const [first, second] = latest;
  if (first && (!second || second.last.sentenceStart !== first.last.sentenceStart)) return first.key;
  return [...candidates].sort((a, b) => b.mentions.length - a.mentions.length)[0]?.key;
}
