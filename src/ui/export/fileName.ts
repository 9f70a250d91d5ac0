// File names say what they hold: `graph-2026-11-23.png`, `graph-whole-2026-11-23.graphml`.

/** The local calendar date as YYYY-MM-DD (the user's day, not UTC's). */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * `qualifier` names what part of the graph the file holds ("whole" for the unfiltered graph,
 * "nodes"/"edges"/"evidence" for the CSV parts); left out for the default (the current view).
 */
export function exportFileName(extension: string, qualifiers: string[] = [], now: Date = new Date()): string {
  return ['graph', ...qualifiers, localDate(now)].join('-') + '.' + extension;
}
