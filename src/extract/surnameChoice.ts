// Which of several people who share a surname a bare surname means. A reader takes the one the
// text is talking about at that point: the person named most recently before it ("Dilani Perera,
// the governor, said … Perera warned" is the governor, even if another Perera is mentioned more
// often). With no one named before it, the most mentioned person is the safest reading.

export interface SurnameCandidate {
  key: string;
  /** Start offsets of the mentions already attached to this person in the article. */
  mentionStarts: number[];
}

export function chooseBySurname(candidates: SurnameCandidate[], at: number): string | undefined {
  let best: { key: string; last: number } | undefined;
  for (const c of candidates) {
    const last = Math.max(-1, ...c.mentionStarts.filter((s) => s < at));
    if (last >= 0 && (!best || last > best.last)) best = { key: c.key, last };
  }
  if (best) return best.key;
  return [...candidates].sort((a, b) => b.mentionStarts.length - a.mentionStarts.length)[0]?.key;
}
