// Extractions kept in IndexedDB between visits, so a returning visitor's graph is drawn without
// waiting for compromise to load and re-read every article. The articles are still extracted in
// the browser: this only remembers what this browser's extractor produced.
//
// Keys are the extractor's version plus a SHA-256 of the article (text and metadata), so a
// changed article or a changed extractor never reads a stale result.
import { createStore, delMany, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import type { ArticleExtraction, ArticleInput } from '../extract/index';

/** The database extractions are kept in. */
export const EXTRACTIONS_DB = 'news-graph-extractions';

/** True when this browser has never saved an extraction (a first visit): nothing can be found, so the extractor is needed. */
export async function neverSaved(dbName = EXTRACTIONS_DB): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
    return !(await indexedDB.databases()).some((db) => db.name === dbName);
  } catch {
    return false;
  }
}

export class SavedExtractions {
  private opened: UseStore | null = null;
  private readonly usable: boolean;

  /** `version`: changes whenever the extractor's code changes (see extract.worker.ts). */
  constructor(
    private version: string,
    private dbName = EXTRACTIONS_DB,
  ) {
    // No IndexedDB or no WebCrypto (an insecure origin): nothing is saved, everything still works.
    this.usable = typeof indexedDB !== 'undefined' && !!globalThis.crypto?.subtle;
  }

  /** The database is opened (and on a first visit created) on first use, so `neverSaved` asked before then still sees a first visit. */
  private get store(): UseStore | null {
    if (this.usable && !this.opened) this.opened = createStore(this.dbName, 'extractions');
    return this.opened;
  }

  async key(article: ArticleInput): Promise<string> {
    const meta = JSON.stringify([article.id, article.title ?? '', article.outlet ?? '', article.published ?? '']);
    const bytes = new TextEncoder().encode(meta + '\u0000' + article.text);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return `${this.version}:${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  }

  /** The saved extraction for each key, or undefined; a failing database reads as empty. */
  async getMany(ks: string[]): Promise<(ArticleExtraction | undefined)[]> {
    if (!this.store || ks.length === 0) return ks.map(() => undefined);
    try {
      return await getMany<ArticleExtraction>(ks, this.store);
    } catch {
      return ks.map(() => undefined);
    }
  }

  /** Saves new extractions and drops those of other extractor versions. Failures are ignored: this is only a cache. */
  async save(entries: [string, ArticleExtraction][]): Promise<void> {
    if (!this.store) return;
    try {
      if (entries.length > 0) await setMany(entries, this.store);
      const stale = (await keys<string>(this.store)).filter((k) => !k.startsWith(this.version + ':'));
      if (stale.length > 0) await delMany(stale, this.store);
    } catch {
      // Quota or a blocked database: the next visit extracts again.
    }
  }

  available(): boolean {
    return this.usable;
  }
}
