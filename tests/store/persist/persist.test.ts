import 'fake-indexeddb/auto';
import { createStore, get, keys, set, del } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CorpusArticle } from '../../../src/ingest';
import {
  CORPUS_KEY, DB_NAME, SCHEMA_VERSION, STORE_NAME, VIEW_KEY, clearSaved, loadSaved, saveCorpus, saveViewSettings, textKey,
} from '../../../src/store/persist';

// A second handle on the same database, standing in for damage done outside the app.
const raw = createStore(DB_NAME, STORE_NAME);

const bundled: CorpusArticle = {
  id: '000_abc', text: 'Bundled report text about a port strike in Rotterdam.', title: 'Port strike', outlet: 'Harbour Daily',
  published: '2026-02-03', origin: 'bundled', enabled: true, addedAt: '2026-01-01T00:00:00.000Z', bytes: 54,
};
const added: CorpusArticle = {
  id: 'talks-lisbon-a1b2c3', text: 'Coalition talks collapsed in Lisbon on Friday.', origin: 'user', enabled: false,
  addedAt: '2026-02-14T09:00:00.000Z', bytes: 46, fileName: '<b>talks</b>.txt',
};
const third: CorpusArticle = {
  id: 'flood-x9y8z7', text: 'Floods closed the main road into Porto on Sunday.', title: 'Floods', origin: 'user', enabled: true,
  addedAt: '2026-02-15T09:00:00.000Z', bytes: 50,
};

beforeEach(async () => {
  expect(await clearSaved()).toEqual({ ok: true });
});

describe('saving and loading', () => {
  it('a first visit has nothing saved and no problems', async () => {
    expect(await loadSaved()).toEqual({ articles: [], problems: [], savedCorpus: false });
  });

  it('gives back the corpus (order, switches, metadata) and view settings as saved', async () => {
    const view = { layout: 'fcose', hidden: ['mentioned_with'], zoom: 1.5 };
    expect(await saveCorpus([bundled, added, third])).toEqual({ ok: true });
    expect(await saveViewSettings(view)).toEqual({ ok: true });
    const loaded = await loadSaved();
    expect(loaded.problems).toEqual([]);
    expect(loaded.savedCorpus).toBe(true);
    expect(loaded.articles).toEqual([bundled, added, third]);
    expect(loaded.view).toEqual(view);
  });

  it('an emptied corpus is remembered as empty, not as a first visit', async () => {
    await saveCorpus([bundled]);
    await saveCorpus([]);
    expect(await loadSaved()).toEqual({ articles: [], problems: [], savedCorpus: true });
  });

  it('removing an article deletes its text; switching one off keeps the rest as they were', async () => {
    await saveCorpus([bundled, added, third]);
    await saveCorpus([{ ...bundled, enabled: false }, third]);
    const storedKeys = (await keys(raw)).sort();
    expect(storedKeys).toEqual([CORPUS_KEY, textKey(bundled.id), textKey(third.id)].sort());
    const loaded = await loadSaved();
    expect(loaded.articles.map((a) => [a.id, a.enabled])).toEqual([[bundled.id, false], [third.id, true]]);
  });

  it('rewrites a text when an id is reused for different text', async () => {
    await saveCorpus([bundled]);
    await saveCorpus([{ ...bundled, text: 'A corrected text.' }]);
    expect((await loadSaved()).articles[0].text).toBe('A corrected text.');
  });

  it('quick successive saves end with the newest corpus, and every caller hears it was saved', async () => {
    const results = await Promise.all([saveCorpus([bundled]), saveCorpus([bundled, added]), saveCorpus([third])]);
    expect(results).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect((await loadSaved()).articles.map((a) => a.id)).toEqual([third.id]);
  });

  it('refuses to save an invalid article and names it', async () => {
    const bad = { ...added, enabled: 'yes' } as unknown as CorpusArticle;
    expect(await saveCorpus([bundled, bad])).toEqual({
      ok: false, problem: 'Not saved: the article “<b>talks</b>.txt” is not valid (whether it is switched on is not recorded).',
    });
  });
});

describe('damaged, partial, older and newer saved data', () => {
  it('keeps the good articles and names each one it could not load', async () => {
    await saveCorpus([bundled, added, third]);
    const record = (await get(CORPUS_KEY, raw)) as { articles: Record<string, unknown>[] };
    record.articles[0] = { ...record.articles[0], bytes: 'many' };
    record.articles.push({ id: 'ghost', origin: 'user', enabled: true, addedAt: '2026-02-01', bytes: 3, title: 'Ghost' });
    record.articles.push('not an article' as unknown as Record<string, unknown>);
    await set(CORPUS_KEY, record, raw);
    await set(textKey(third.id), 42, raw);

    const loaded = await loadSaved();
    expect(loaded.articles).toEqual([added]);
    expect(loaded.problems).toEqual([
      'The saved article “Port strike” could not be loaded: its size is not a number.',
      'The saved article “Floods” could not be loaded: its text record is damaged.',
      'The saved article “Ghost” could not be loaded: its text is missing.',
      'The saved article “article 5” could not be loaded: the entry is not an article record.',
    ]);
  });

  it('recovers the texts when the list of articles is garbage or gone', async () => {
    await saveCorpus([bundled, added]);
    await set(CORPUS_KEY, 'garbage', raw);
    let loaded = await loadSaved();
    expect(loaded.problems[0]).toMatch(/^The list of your saved articles was damaged/);
    expect(loaded.articles.map((a) => [a.id, a.text, a.origin, a.enabled]).sort()).toEqual(
      [[added.id, added.text, 'user', true], [bundled.id, bundled.text, 'user', true]].sort(),
    );

    await del(CORPUS_KEY, raw);
    loaded = await loadSaved();
    expect(loaded.savedCorpus).toBe(true);
    expect(loaded.problems[0]).toMatch(/^The list of your saved articles was missing/);
    expect(loaded.articles).toHaveLength(2);
  });

  it('a recovered text whose key holds no usable id is named, and the rest can be saved again', async () => {
    await saveCorpus([bundled]);
    const longId = 'x'.repeat(300);
    await set(textKey(longId), { schema: SCHEMA_VERSION, id: longId, text: 'Recovered text about a harbour.' }, raw);
    await set(textKey(''), { schema: SCHEMA_VERSION, id: '', text: 'Text saved under an empty id.' }, raw);
    await del(CORPUS_KEY, raw);
    const loaded = await loadSaved();
    expect(loaded.articles.map((a) => a.id)).toEqual([bundled.id]);
    expect(loaded.problems.filter((p) => /could not be recovered: it has no valid id/.test(p))).toHaveLength(2);
    expect(loaded.problems).toContain(`A saved article (${'x'.repeat(80)}) could not be recovered: it has no valid id.`);
    expect(await saveCorpus(loaded.articles)).toEqual({ ok: true });
  });

  it('converts the older layout (texts inline, no schema) and saves it in the current one', async () => {
    const { text, ...meta } = third;
    await set(CORPUS_KEY, [{ ...meta, text }, { ...meta, id: 'broken', title: 'Broken', text: '' }], raw);
    const loaded = await loadSaved();
    expect(loaded.articles).toEqual([third]);
    expect(loaded.problems).toEqual([
      'Your saved articles were in an older format; they were converted and will be saved in the current one.',
      'The saved article “Broken” could not be loaded: its text is missing.',
    ]);
    await saveCorpus(loaded.articles);
    expect(await get(CORPUS_KEY, raw)).toMatchObject({ schema: SCHEMA_VERSION, articles: [meta] });
    expect(await loadSaved()).toMatchObject({ articles: [third], problems: [] });
  });

  it('leaves data from a newer version untouched unless told to overwrite it', async () => {
    const future = { schema: SCHEMA_VERSION + 1, savedAt: '2027-01-01T00:00:00Z', shelves: [{ id: 'x' }] };
    await set(CORPUS_KEY, future, raw);
    await set(VIEW_KEY, { schema: SCHEMA_VERSION + 1, settings: { mode: '3d' } }, raw);
    const loaded = await loadSaved();
    expect(loaded.articles).toEqual([]);
    expect(loaded.view).toBeUndefined();
    expect(loaded.problems).toEqual([
      `Your saved articles come from a newer version of this app (format ${SCHEMA_VERSION + 1}); they were left untouched and not loaded.`,
      `Your saved view settings come from a newer version of this app (format ${SCHEMA_VERSION + 1}); they were left untouched and not loaded.`,
    ]);

    const refused = await saveCorpus([bundled]);
    expect(refused.ok).toBe(false);
    expect(await get(CORPUS_KEY, raw)).toEqual(future);
    expect((await saveViewSettings({ zoom: 1 })).ok).toBe(false);

    expect(await saveCorpus([bundled], { overwriteNewer: true })).toEqual({ ok: true });
    expect((await loadSaved()).articles).toEqual([bundled]);
  });

  it('a damaged view record falls back to the default view and says so, keeping the articles', async () => {
    await saveCorpus([bundled]);
    await set(VIEW_KEY, { layout: 'grid' }, raw);
    const loaded = await loadSaved();
    expect(loaded.view).toBeUndefined();
    expect(loaded.articles).toEqual([bundled]);
    expect(loaded.problems).toEqual(['Your saved view settings were damaged; the default view is shown.']);
  });

  it('a text record of another article or an oversized text is refused', async () => {
    await saveCorpus([bundled, third]);
    await set(textKey(bundled.id), { schema: 1, id: third.id, text: third.text }, raw);
    await set(textKey(third.id), { schema: 1, id: third.id, text: 'x'.repeat(5 * 1024 * 1024) }, raw);
    const loaded = await loadSaved();
    expect(loaded.articles).toEqual([]);
    expect(loaded.problems).toEqual([
      'The saved article “Port strike” could not be loaded: its text record is damaged.',
      'The saved article “Floods” could not be loaded: its text is larger than any article could be.',
    ]);
  });
});
