/**
 * The files in a drop, with folders opened: people keep articles in a folder and drop the folder.
 * `DataTransfer.files` lists a folder as one unreadable pseudo-file, so folders are walked through
 * the entries API (`webkitGetAsEntry`, supported by every current browser). Entries must be taken
 * while the drop event is being handled; the walk itself is asynchronous.
 */

/** Enough for any reasonable corpus; stops a dropped home folder from walking the whole disk. */
export const MAX_DROPPED_FILES = 1000;

interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
}
interface FileEntry extends Entry {
  file(success: (file: File) => void, failure?: (err: unknown) => void): void;
}
interface DirectoryEntry extends Entry {
  createReader(): { readEntries(success: (entries: Entry[]) => void, failure?: (err: unknown) => void): void };
}

export function droppedFiles(dt: DataTransfer): Promise<File[]> {
  const entries = Array.from(dt.items ?? []).map((item) =>
    typeof item.webkitGetAsEntry === 'function' ? (item.webkitGetAsEntry() as Entry | null) : null,
  );
  if (!entries.some((e) => e?.isDirectory)) return Promise.resolve(Array.from(dt.files ?? []));
  return collect(entries);
}

async function collect(entries: (Entry | null)[]): Promise<File[]> {
  const out: File[] = [];
  for (const entry of entries) {
    if (out.length >= MAX_DROPPED_FILES) break;
    if (entry?.isDirectory) await walk(entry as DirectoryEntry, out);
    else if (entry?.isFile) out.push(await fileOf(entry as FileEntry));
  }
  return out;
}

async function walk(dir: DirectoryEntry, out: File[]): Promise<void> {
  const reader = dir.createReader();
  // readEntries returns a folder in batches (100 in Chromium) until it returns none.
  const all: Entry[] = [];
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    all.push(...batch);
  }
  // In name order, as the folder shows them; hidden files (.DS_Store) are never articles.
  for (const entry of all.sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }))) {
    if (out.length >= MAX_DROPPED_FILES) return;
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory) await walk(entry as DirectoryEntry, out);
    else if (entry.isFile) out.push(await fileOf(entry as FileEntry));
  }
}

function fileOf(entry: FileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}
