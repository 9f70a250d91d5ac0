/**
 * How articles are told apart: a hash of their normalised text (for duplicates, which may differ
 * in line endings, spacing or case) and a readable, unique id built from the file name.
 */

/** Text as compared for duplicates: Unicode-normalised, case-folded, whitespace collapsed, typographic quotes unified. */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201f]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A 53-bit string hash (cyrb53), as 11 base-36 characters. Not cryptographic: it only has to
 * make accidental collisions between a few thousand articles vanishingly unlikely, and it must be
 * synchronous and identical in the browser and in Node.
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(36).padStart(11, '0');
}

/** The duplicate key of an article text. */
export function contentKey(text: string): string {
  return textHash(normaliseForComparison(text));
}

/** About 5–15 ms of normalising on a slow machine: short enough to keep the page responsive. */
const KEY_SLICE_CHARS = 128 * 1024;

/**
 * `contentKey`, computed in slices with `pause()` between them: normalising a 2 MB text in one go
 * holds the page's thread for over 100 ms. Slices end just before a whitespace character, so no
 * character sequence (surrogate pair, base letter and accent) and no whitespace run is cut in
 * two, and the key is the same as `contentKey` gives.
 */
export async function contentKeyInSlices(text: string, pause: () => Promise<void>): Promise<string> {
  if (text.length <= KEY_SLICE_CHARS) return contentKey(text);
  const parts: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + KEY_SLICE_CHARS);
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    parts.push(
      text
        .slice(start, end)
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\u2018\u2019\u201b]/g, "'")
        .replace(/[\u201c\u201d\u201f]/g, '"')
        .replace(/\s+/g, ' '),
    );
    start = end;
    await pause();
  }
  return textHash(parts.join('').trim());
}

/** "Reuters — Talks in Moscow (2).txt" → "reuters-talks-in-moscow-2". Always a safe id fragment. */
export function slugify(name: string, fallback = 'article'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.[a-z0-9]{1,8}$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** `slug-hash6` from a name and the text's `contentKey`, with a numeric suffix in the unlikely case the id is taken. */
export function uniqueId(name: string, key: string, taken: Set<string>, fallback?: string): string {
  const base = `${slugify(name, fallback)}-${key.slice(-6)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
