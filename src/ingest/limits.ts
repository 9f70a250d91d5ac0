// Limits that user input is held to; named so messages and tests quote the same figures.

/** Largest file accepted. A long news article is well under 100 KB of text; 2 MB leaves room for saved web pages. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Extensions read as articles; everything else is refused with a message naming them. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** An article's size as the limits and the corpus count it: bytes of UTF-8, as in a saved file. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Human text for the size limit, e.g. "2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimZero(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trimZero(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function trimZero(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}
