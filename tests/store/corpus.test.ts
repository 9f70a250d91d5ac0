import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fromBundled, type CorpusArticle } from '../../src/ingest';
import { initialState, useAppStore } from '../../src/store/appStore';
import { includedForStore, initialCorpus, startCorpus, stopCorpusSync, useCorpusStore } from '../../src/store/corpus';
import { clearSaved, loadSaved, saveCorpus, type LoadedState } from '../../src/store/persist';
import { readFilters, readSavedView } from '../../src/store/viewSettings';

const bundled = fromBundled(
  [
    { id: 'b1', text: 'The port of Rotterdam was closed on Monday as dock workers walked out over pay.', title: 'Port strike', outlet: 'Harbour Daily' },
    { id: 'b2', text: 'Union leader Jan de Vries said the strike would continue until the employers made a new offer.', title: 'Strike goes on' },
  ],
  '2026-01-01T00:00:00.000Z',
);
const encode = (text: string) => new TextEncoder().encode(text);
const FILE_TEXT =
  'Mayor Anna Lindqvist opened the new bridge in Gothenburg on Saturday. She said the bridge would carry twenty thousand cyclists every day and thanked the engineers who built it.';
const empty: LoadedState = { articles: [], problems: [], savedCorpus: false };
/** Lets the queued IndexedDB writes finish. */
const saved = async () => {
  await saveCorpus(useCorpusStore.getState().corpus);
};

beforeEach(async () => {
  stopCorpusSync();
  await clearSaved();
  useAppStore.setState({ ...initialState });
});

describe('corpus store', () => {
  it('starts from the bundled articles on a first visit and hands the switched-on ones to the app store', async () => {
    await startCorpus(bundled, async () => empty);
    expect(useCorpusStore.getState().corpus.map((a) => a.id)).toEqual(['b1', 'b2']);
    expect(useAppStore.getState().articles.map((a) => a.meta)).toEqual([
      { id: 'b1', title: 'Port strike', outlet: 'Harbour Daily' },
      { id: 'b2', title: 'Strike goes on' },
    ]);
    useCorpusStore.getState().toggle('b1', false);
    expect(useAppStore.getState().articles.map((a) => a.meta.id)).toEqual(['b2']);
    useCorpusStore.getState().toggle('b1', true);
    expect(useAppStore.getState().articles.map((a) => a.meta.id)).toEqual(['b1', 'b2']);
  });

  it('adds files, reports every rejection by name, and changes nothing for a batch of bad files', async () => {
    await startCorpus(bundled, async () => empty);
    const report = await useCorpusStore.getState().addFiles([
      { name: 'bridge.txt', bytes: encode(FILE_TEXT) },
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: 'bridge-again.txt', bytes: encode(FILE_TEXT) },
    ]);
    expect(report.accepted).toBe(1);
    expect(report.rejected.map((r) => r.name)).toEqual(['empty.txt', 'bridge-again.txt']);
    expect(useCorpusStore.getState().report).toEqual(report);
    expect(useAppStore.getState().articles.map((a) => a.text)).toContain(FILE_TEXT);

    const before = useCorpusStore.getState().corpus;
    const articlesBefore = useAppStore.getState().articles;
    const bad = await useCorpusStore.getState().addFiles([{ name: 'photo.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]) }]);
    expect(bad.accepted).toBe(0);
    expect(bad.rejected[0].reason).toMatch(/PNG/);
    expect(useCorpusStore.getState().corpus).toBe(before);
    expect(useAppStore.getState().articles).toBe(articlesBefore);
  });

  it('takes a pasted article with its title, outlet and date, and refuses a duplicate paste', async () => {
    await startCorpus(bundled, async () => empty);
    const store = useCorpusStore.getState();
    expect(store.addPasted({ text: FILE_TEXT, title: 'Bridge opens', outlet: 'West Coast News', published: '2026-03-07' })).toBe(true);
    const meta = useAppStore.getState().articles.at(-1)!.meta;
    expect(meta).toMatchObject({ title: 'Bridge opens', outlet: 'West Coast News', published: '2026-03-07' });
    expect(useCorpusStore.getState().addPasted({ text: FILE_TEXT })).toBe(false);
    expect(useCorpusStore.getState().report?.rejected[0].reason).toMatch(/Duplicate of “Bridge opens”/);
    expect(useCorpusStore.getState().corpus).toHaveLength(3);
  });

  it('removes an article and restores the bundled ones, keeping the user’s own', async () => {
    await startCorpus(bundled, async () => empty);
    await useCorpusStore.getState().addFiles([{ name: 'bridge.txt', bytes: encode(FILE_TEXT) }]);
    useCorpusStore.getState().remove('b1');
    useCorpusStore.getState().toggle('b2', false);
    expect(useAppStore.getState().articles).toHaveLength(1);
    useCorpusStore.getState().restoreBundled();
    expect(useCorpusStore.getState().corpus.map((a) => [a.id, a.enabled])).toEqual([
      ['b1', true],
      ['b2', true],
      [expect.stringMatching(/^bridge/), true],
    ]);
  });

  it('saves every change and the view settings, and a new start finds them', async () => {
    await startCorpus(bundled, loadSaved);
    await useCorpusStore.getState().addFiles([{ name: 'bridge.txt', bytes: encode(FILE_TEXT) }]);
    useCorpusStore.getState().toggle('b2', false);
    useAppStore.getState().setFilters({ hiddenTypes: ['place'], minSources: 2 });
    useAppStore.getState().setLayout('circle');
    await saved();

    // A new visit: nothing in memory, everything from IndexedDB.
    stopCorpusSync();
    useAppStore.setState({ ...initialState });
    useCorpusStore.setState({ corpus: [] });
    await startCorpus(bundled, loadSaved);
    expect(useCorpusStore.getState().corpus.map((a) => [a.id, a.enabled, a.origin])).toEqual([
      ['b1', true, 'bundled'],
      ['b2', false, 'bundled'],
      [expect.stringMatching(/^bridge/), true, 'user'],
    ]);
    expect(useAppStore.getState().filters).toMatchObject({ hiddenTypes: ['place'], minSources: 2 });
    expect(useAppStore.getState().view.layout).toBe('circle');
    expect(useCorpusStore.getState().notices).toEqual([]);
  });
});

describe('initial corpus', () => {
  const user: CorpusArticle = { id: 'u1', text: FILE_TEXT, origin: 'user', enabled: false, addedAt: '2026-02-01T00:00:00.000Z', bytes: 10 };

  it('uses the saved corpus, giving saved bundled articles this version’s text', () => {
    const stale = { ...bundled[0], text: 'An older copy of the text.', enabled: false };
    const { corpus, notices } = initialCorpus({ articles: [stale, user], problems: [], savedCorpus: true }, bundled);
    expect(corpus.map((a) => [a.id, a.enabled, a.text])).toEqual([
      ['b1', false, bundled[0].text],
      ['u1', false, FILE_TEXT],
    ]);
    expect(notices).toEqual([]);
  });

  it('keeps what loaded and passes the problems on', () => {
    const { corpus, notices } = initialCorpus({ articles: [user], problems: ['The saved article “x” could not be loaded: its text is missing.'], savedCorpus: true }, bundled);
    expect(corpus).toEqual([user]);
    expect(notices).toHaveLength(1);
  });

  it('falls back to the bundled articles when nothing saved survived, and says so', () => {
    const { corpus, notices } = initialCorpus({ articles: [], problems: ['The list of your saved articles was damaged.'], savedCorpus: true }, bundled);
    expect(corpus).toBe(bundled);
    expect(notices.at(-1)).toBe('The bundled articles are shown instead.');
  });

  it('an empty saved corpus (the user removed everything) stays empty', () => {
    expect(initialCorpus({ articles: [], problems: [], savedCorpus: true }, bundled).corpus).toEqual([]);
  });

  it('only switched-on articles reach the extractor, with a title to show', () => {
    expect(includedForStore([bundled[0], user]).map((a) => a.meta.id)).toEqual(['b1']);
    expect(includedForStore([{ ...user, enabled: true }])[0].meta.title).toMatch(/^Mayor Anna Lindqvist opened the new bridge in Gothenburg/);
  });
});

describe('view settings from untrusted data', () => {
  it('keeps valid fields and defaults the rest', () => {
    expect(readFilters({ hiddenTypes: ['place', 'dragon'], minSources: -3, hideIsolated: 'yes', hiddenRelations: [] })).toEqual({
      hiddenTypes: ['place'],
      hiddenArticles: [],
      hiddenRelations: [],
      minSources: 1,
      hideIsolated: false,
    });
    expect(readSavedView({ filters: null, layout: 'spiral' })).toMatchObject({ layout: 'fcose', filters: { minSources: 1 } });
    expect(readSavedView('not a view')).toBeUndefined();
  });
});
