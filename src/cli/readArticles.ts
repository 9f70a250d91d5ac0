import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ArticleInput } from '../extract/types';

/** Thrown for a path the user gave that cannot be read; the CLI prints the message and exits 1. */
export class InputError extends Error {}

interface IndexEntry { id: string; title?: string; outlet?: string; published?: string }

/**
 * Every .txt file under the given files or folders, with metadata from an `index.json`
 * beside them when one exists. Article ids are file names without `.txt`.
 */
export function readArticles(paths: string[]): ArticleInput[] {
  if (paths.length === 0) throw new InputError('no input: give one or more .txt files or folders');
  const files: string[] = [];
  for (const p of paths) {
    const abs = resolve(p);
    if (!existsSync(abs)) throw new InputError(`no such file or folder: ${p}`);
    const st = statSync(abs);
    if (st.isDirectory()) files.push(...listTxt(abs));
    else if (st.isFile()) files.push(abs);
    else throw new InputError(`not a file or folder: ${p}`);
  }
  if (files.length === 0) throw new InputError(`no .txt files found in: ${paths.join(', ')}`);
  const indexes = new Map<string, Map<string, IndexEntry>>();
  const seen = new Set<string>();
  const articles: ArticleInput[] = [];
  for (const file of files.sort()) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new InputError(`cannot read ${file}: ${(err as Error).message}`);
    }
    const id = basename(file).replace(/\.txt$/i, '');
    if (seen.has(id)) continue;
    seen.add(id);
    const dir = dirname(file);
    if (!indexes.has(dir)) indexes.set(dir, loadIndex(dir));
    const entry = indexes.get(dir)!.get(id);
    articles.push({ id, text, title: entry?.title, outlet: entry?.outlet, published: entry?.published });
  }
  return articles;
}

function listTxt(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) out.push(...listTxt(full));
    else if (name.toLowerCase().endsWith('.txt')) out.push(full);
  }
  return out;
}

function loadIndex(dir: string): Map<string, IndexEntry> {
  const file = join(dir, 'index.json');
  const map = new Map<string, IndexEntry>();
  if (!existsSync(file)) return map;
  try {
    const entries: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (Array.isArray(entries)) {
      for (const e of entries) if (e && typeof e.id === 'string') map.set(e.id, e as IndexEntry);
    }
  } catch {
    // A broken index only loses the metadata; the articles themselves still load.
    process.stderr.write(`warning: ignoring unreadable ${file}\n`);
  }
  return map;
}
