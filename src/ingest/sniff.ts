/**
 * Telling text from binary before anything tries to read it as an article.
 *
 * `sniffBinary(head, name)` names a known binary format from its magic number;
 * `decodeText(bytes)` turns bytes into a string or explains why they are not text.
 */

interface Signature {
  bytes: (number | null)[]; // null = any byte
  offset?: number;
  looksLike: (name: string) => string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], looksLike: () => 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: () => 'a JPEG image' },
  { bytes: ascii('GIF87a'), looksLike: () => 'a GIF image' },
  { bytes: ascii('GIF89a'), looksLike: () => 'a GIF image' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], looksLike: () => 'a WebP image' },
  { bytes: ascii('%PDF-'), looksLike: () => 'a PDF' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], looksLike: zipKind },
  { bytes: [0x50, 0x4b, 0x05, 0x06], looksLike: zipKind },
  { bytes: [0x50, 0x4b, 0x07, 0x08], looksLike: zipKind },
  { bytes: [0x1f, 0x8b], looksLike: () => 'a gzip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], looksLike: () => 'an old Microsoft Office document (.doc/.xls)' },
  { bytes: ascii('{\\rtf'), looksLike: () => 'a Rich Text (RTF) document' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], looksLike: () => 'a 7-Zip archive' },
  { bytes: [...ascii('Rar!'), 0x1a, 0x07], looksLike: () => 'a RAR archive' },
  { bytes: ascii('ftyp'), offset: 4, looksLike: () => 'a video or audio file' },
  // Signatures made of letters carry their binary bytes too, so a text that happens to start
  // with the same letters ("ID3 tags…", "GIF8…") is not mistaken for one.
  { bytes: [...ascii('ID3'), null, 0x00], looksLike: () => 'an MP3 audio file' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], looksLike: () => 'a program (executable)' },
  { bytes: ascii('MZ'), looksLike: () => 'a Windows program (executable)' },
];

/** Word, Excel, PowerPoint and EPUB files are zip archives; the extension tells them apart. */
function zipKind(name: string): string {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'docx') return 'a Word document (.docx)';
  if (ext === 'odt') return 'an OpenDocument text (.odt)';
  if (ext === 'xlsx' || ext === 'pptx') return `an Office document (.${ext})`;
  if (ext === 'epub') return 'an e-book (.epub)';
  return 'a ZIP archive (or a Word document)';
}

/** The format the first bytes belong to, e.g. "a PDF", or undefined when no known binary matches. */
export function sniffBinary(head: Uint8Array, name: string): string | undefined {
  for (const sig of SIGNATURES) {
    const offset = sig.offset ?? 0;
    if (head.length < offset + sig.bytes.length) continue;
    // "MZ" is two letters a text could start with; require the rest of a DOS header to be binary too.
    if (sig.bytes.length === 2 && sig.bytes[0] === 0x4d && !head.slice(2, 64).some((b) => b === 0)) continue;
    if (sig.bytes.every((b, i) => b === null || head[offset + i] === b)) return sig.looksLike(name);
  }
  return undefined;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; looksLike: string };

/** Share of undecodable or control characters above which a file is treated as binary. */
const MAX_GARBAGE_SHARE = 0.02;
/** A legacy-encoded text has a few non-UTF-8 bytes (accented letters); binary has many. */
const MAX_INVALID_UTF8_SHARE = 0.1;

/**
 * Bytes to text. UTF-8 first (with or without BOM), UTF-16 when it says so with a BOM, and
 * Windows-1252 for old files that are clearly text but not UTF-8. NUL bytes and control
 * characters mean binary: an unknown format we must not feed to the extractor as garbage.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    return controlShare(text) > MAX_GARBAGE_SHARE ? { ok: false, looksLike: 'a binary file' } : { ok: true, text };
  }
  if (bytes.includes(0)) return { ok: false, looksLike: 'a binary file (it contains NUL bytes)' };

  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return controlShare(text) > MAX_GARBAGE_SHARE ? { ok: false, looksLike: 'a binary file' } : { ok: true, text };
  } catch {
    // Not valid UTF-8: either an old single-byte text (a few accented letters in Windows-1252)
    // or binary. Text stays text when decoded that way; binary is full of control characters.
    const lossy = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const invalidShare = countChar(lossy, '\uFFFD') / Math.max(1, lossy.length);
    const legacy = new TextDecoder('windows-1252').decode(bytes);
    if (invalidShare <= MAX_INVALID_UTF8_SHARE && controlShare(legacy) <= MAX_GARBAGE_SHARE) return { ok: true, text: legacy };
    return { ok: false, looksLike: 'a binary file (much of it is not valid UTF-8 text)' };
  }
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Tab, line feed, form feed and carriage return are ordinary in text files.
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) n++;
  }
  return n / text.length;
}
