// Name normalisation for matching extracted names against the expected graph: the same steps as
// the shared graph tools (NFKD, accents, curly quotes, case, leading article, possessive 's),
// plus hyphens read as spaces and leading titles dropped, so "Syrian President Ahmed al-Sharaa"
// and "Ahmed al Sharaa" are one name.

const TITLES = [
  'president', 'vice president', 'prime minister', 'foreign minister', 'defence minister', 'defense minister',
  'interior minister', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'king', 'queen', 'crown prince',
  'prince', 'emir', 'sheikh', 'dr', 'mr', 'mrs', 'ms', 'chancellor', 'secretary of state',
  'secretary', 'senator', 'governor', 'ambassador', 'leader', 'counterpart', 'commander', 'journalist', 'analyst',
];
// A title may follow up to two qualifying words ("Russian President", "Kremlin spokesman",
// "U.S. President") and "former"/"late"; the name is what remains after it.
const TITLE_PREFIX = new RegExp(
  String.raw`^(?:(?:former|late|then|ex)[\s-]+)?(?:[\w.']+\s+){0,2}?(?:${TITLES.join('|')})\.?\s+(?=\S)`,
);

export function normaliseName(raw: string): string {
  let s = raw.normalize('NFKD').replace(/\p{M}/gu, '');
  s = s.replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2010\u2011\u2012\u2013\u2014-]/g, ' ');
  s = s.toLowerCase().trim();
  s = s.replace(/^(?:the|a|an)\s+/, '');
  s = s.replace(/'s$/, '');
  s = s.replace(/[\s\u00a0]+/g, ' ');
  s = s.replace(/^[\s.,;:"']+|[\s.,;:"']+$/g, '');
  const untitled = s.replace(TITLE_PREFIX, '');
  return untitled.length > 0 ? untitled : s;
}

/** The normalised text of a label or alias for substring tests (event anchors). */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ');
}
