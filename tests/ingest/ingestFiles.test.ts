// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { addPastedArticle, displayTitle, ingestFiles, MAX_FILE_BYTES, type CorpusArticle } from '../../src/ingest';
import { ELECTION_REPORT, HARBOUR_REPORT, bytesOf, fileOf } from './fixtures';

const fixedNow = () => new Date('2026-03-01T12:00:00Z');

function realPng(): Uint8Array {
  const png = new PNG({ width: 4, height: 4 });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

/** A real (stored, uncompressed) ZIP archive with one entry, as a .docx would start. */
function realZip(): Uint8Array {
  const name = bytesOf('word/document.xml');
  const data = bytesOf('<w:document/>');
  const local = new Uint8Array(30 + name.length + data.length);
  const v = new DataView(local.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, 20, true);
  v.setUint32(18, data.length, true);
  v.setUint32(22, data.length, true);
  v.setUint16(26, name.length, true);
  local.set(name, 30);
  local.set(data, 30 + name.length);
  const end = new Uint8Array(22);
  new DataView(end.buffer).setUint32(0, 0x06054b50, true);
  const zip = new Uint8Array(local.length + end.length);
  zip.set(local);
  zip.set(end, local.length);
  return zip;
}

describe('ingestFiles: good files', () => {
  it('reads a plain-text article with its bytes, file name, origin and a slug-and-hash id', async () => {
    const { accepted, rejected } = await ingestFiles([fileOf('Port strike ends.txt', HARBOUR_REPORT)], [], { now: fixedNow });
    expect(rejected).toEqual([]);
    expect(accepted).toHaveLength(1);
    const a = accepted[0];
    expect(a.text).toBe(HARBOUR_REPORT);
    expect(a.id).toMatch(/^port-strike-ends-[0-9a-z]{6}$/);
    expect(a).toMatchObject({ origin: 'user', enabled: true, fileName: 'Port strike ends.txt', addedAt: '2026-03-01T12:00:00.000Z' });
    expect(a.bytes).toBe(bytesOf(HARBOUR_REPORT).length);
    expect(a.title).toBeUndefined();
    expect(displayTitle(a)).toBe('Port workers end strike after wage deal');
  });

  it('reads a bundled article file unchanged', async () => {
    const text = readFileSync('data/articles/001_9cbddd22ed7e7bcc.txt', 'utf8');
    const { accepted } = await ingestFiles([fileOf('001.txt', text)], []);
    expect(accepted[0].text).toBe(text.replace(/\r\n?/g, '\n'));
  });

  it('reduces markdown to readable text and takes the first heading as title', async () => {
    const md = [
      '# Port workers end **strike** after wage deal',
      '',
      '![Dockers at the gate](https://example.com/photo.jpg)',
      '',
      'Dock workers in [Rotterdam](https://example.com/rdam) returned to work on _Tuesday_ after the union and the port authority agreed a new wage deal.',
      '',
      '> "This is a fair result," said union leader `Marta de Vries`.',
      '',
      '- The strike lasted nine days',
      '- Hundreds of ships waited at anchor',
      '',
      '---',
      '',
      'The port authority said it expected traffic to return to normal by the end of the week.',
      '',
      '[ref]: https://example.com/ref',
    ].join('\n');
    const { accepted, rejected } = await ingestFiles([fileOf('strike.md', md)], []);
    expect(rejected).toEqual([]);
    const a = accepted[0];
    expect(a.title).toBe('Port workers end strike after wage deal');
    expect(a.text).toBe(
      [
        'Port workers end strike after wage deal',
        '',
        'Dock workers in Rotterdam returned to work on Tuesday after the union and the port authority agreed a new wage deal.',
        '',
        '"This is a fair result," said union leader Marta de Vries.',
        '',
        'The strike lasted nine days',
        'Hundreds of ships waited at anchor',
        '',
        'The port authority said it expected traffic to return to normal by the end of the week.',
      ].join('\n'),
    );
    expect(a.text).not.toMatch(/[#*_`[\]()]|https?:/);
  });

  it('reduces HTML to the article text, never keeping script, handlers or page furniture', async () => {
    const html = `<!doctype html><html><head>
      <title>Coalition talks collapse - Example News</title>
      <meta property="og:site_name" content="Example News">
      <meta property="article:published_time" content="2026-02-13T08:30:00Z">
      <script>alert(1)</script><style>p { color: red }</style>
    </head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <header><p>Subscribe to our newsletter</p></header>
      <article>
        <h1>Coalition talks collapse in Lisbon</h1>
        <img src="x" onerror="alert(2)" alt="Parliament">
        <p>Talks between the two largest parties in Portugal broke down on Friday, raising the prospect of a second election this year.</p>
        <p onclick="alert(3)">The centre-right leader said his party would <b>not</b> accept the budget terms that were demanded by its partner.</p>
        <script>document.body.innerHTML = 'hacked'</script>
        <aside>Related: Ten things to know about elections</aside>
        <form><label>Email</label><input><button>Sign up</button></form>
        <p>Analysts said a new vote was now the most likely outcome &amp; that markets had priced in a period of uncertainty.</p>
      </article>
      <footer>© Example News 2026</footer>
    </body></html>`;
    const { accepted, rejected } = await ingestFiles([fileOf('talks.html', html)], []);
    expect(rejected).toEqual([]);
    const a = accepted[0];
    expect(a.text).toBe(
      [
        'Coalition talks collapse in Lisbon',
        'Talks between the two largest parties in Portugal broke down on Friday, raising the prospect of a second election this year.',
        'The centre-right leader said his party would not accept the budget terms that were demanded by its partner.',
        'Analysts said a new vote was now the most likely outcome & that markets had priced in a period of uncertainty.',
      ].join('\n\n'),
    );
    expect(a.text).not.toMatch(/alert|onerror|<|hacked|Subscribe|Sign up|Related|Home/);
    expect(a).toMatchObject({ title: 'Coalition talks collapse in Lisbon', outlet: 'Example News', published: '2026-02-13' });
  });

  it('reads a web page saved with a .txt name as a web page', async () => {
    const page = `<!DOCTYPE html><html><head><title>Floods close road</title><script>alert(1)</script></head><body><p>Floods closed the main road into Porto on Sunday after two days of heavy rain, and the city council said it would stay shut until the water had gone down.</p></body></html>`;
    const { accepted } = await ingestFiles([fileOf('saved page.txt', page)], []);
    expect(accepted[0]).toMatchObject({
      title: 'Floods close road',
      text: 'Floods closed the main road into Porto on Sunday after two days of heavy rain, and the city council said it would stay shut until the water had gone down.',
    });
  });

  it('does not mistake text that starts like a file signature for binary', async () => {
    const text = `ID3 tags, GIF89 images and MZ headers were among the topics at the conference in Lisbon on Friday, where engineers met to discuss the future of the format.`;
    const { accepted, rejected } = await ingestFiles([fileOf('id3.txt', text), fileOf('mz.txt', 'MZ ' + text)], []);
    expect(rejected).toEqual([]);
    expect(accepted).toHaveLength(2);
  });

  it('keeps markup inside a plain-text article as the text it is', async () => {
    const text = `${HARBOUR_REPORT}\n\nThe union posted "<script>alert(1)</script>" on its website by mistake, a spokesman said.`;
    const { accepted } = await ingestFiles([fileOf('notes.txt', text)], []);
    expect(accepted[0].text).toBe(text);
  });

  it('reads a Windows-1252 text file with accented letters', async () => {
    const text = ELECTION_REPORT.replace('Lisbon', 'Lisbon café');
    const latin1 = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const { accepted } = await ingestFiles([fileOf('latin1.txt', latin1)], []);
    expect(accepted[0].text).toContain('Lisbon café');
  });
});

describe('ingestFiles: bad files are refused with a reason, one by one', () => {
  const reasonFor = async (file: File, existing: CorpusArticle[] = []) => {
    const { accepted, rejected } = await ingestFiles([file], existing);
    expect(accepted).toEqual([]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].name).toBe(file.name);
    return rejected[0].reason;
  };

  it('an empty file and a whitespace-only file', async () => {
    expect(await reasonFor(fileOf('empty.txt', ''))).toMatch(/empty/);
    expect(await reasonFor(fileOf('blank.txt', '  \n\t \n'))).toMatch(/only blank space/);
  });

  it('a real PNG image, even when named .txt', async () => {
    expect(await reasonFor(fileOf('chart.png', realPng()))).toMatch(/^Looks like a PNG image/);
    expect(await reasonFor(fileOf('chart.txt', realPng()))).toMatch(/^Looks like a PNG image/);
  });

  it('a PDF, a JPEG, a GIF, a gzip archive', async () => {
    expect(await reasonFor(fileOf('report.pdf', '%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'))).toBe(
      'Looks like a PDF, not text; save the article as text (.txt, .md or .html) first.',
    );
    expect(await reasonFor(fileOf('photo.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46])))).toMatch(/JPEG image/);
    expect(await reasonFor(fileOf('anim.txt', 'GIF89a\x01\x00\x01\x00'))).toMatch(/GIF image/);
    expect(await reasonFor(fileOf('article.txt.gz', Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])))).toMatch(/gzip archive/);
  });

  it('a ZIP archive, named as the Word document it is', async () => {
    expect(await reasonFor(fileOf('article.docx', realZip()))).toMatch(/^Looks like a Word document \(\.docx\)/);
    expect(await reasonFor(fileOf('bundle.zip', realZip()))).toMatch(/ZIP archive/);
  });

  it('unknown binary: NUL bytes or mostly invalid UTF-8', async () => {
    const nul = Uint8Array.from([...bytesOf('Some text'), 0, 0, 1, 2, ...bytesOf('more')]);
    expect(await reasonFor(fileOf('data.txt', nul))).toMatch(/binary file \(it contains NUL bytes\)/);
    const noise = Uint8Array.from({ length: 400 }, (_, i) => ((i * 97 + 13) % 255) + 1);
    expect(await reasonFor(fileOf('noise.txt', noise))).toMatch(/binary file/);
  });

  it('a file over the size limit, naming the limit', async () => {
    const big = HARBOUR_REPORT.repeat(Math.ceil((3 * 1024 * 1024) / HARBOUR_REPORT.length));
    expect(bytesOf(big).length).toBeGreaterThan(3 * 1024 * 1024 - 1);
    const reason = await reasonFor(fileOf('huge.txt', big));
    expect(reason).toBe('The file is 3 MB, over the 2 MB limit; save just the article text.');
    expect(MAX_FILE_BYTES).toBe(2 * 1024 * 1024);
  });

  it('an unsupported extension, or none', async () => {
    expect(await reasonFor(fileOf('article.rtf.json', HARBOUR_REPORT))).toBe('“.json” files are not supported; use .txt, .md or .html files.');
    expect(await reasonFor(fileOf('README', HARBOUR_REPORT))).toMatch(/no extension/);
  });

  it('Cyrillic, Chinese and French text', async () => {
    const russian =
      'Президент России Владимир Путин встретился в Москве с временным президентом Сирии. Стороны обсудили будущее российских военных баз в стране и вопросы экономического сотрудничества.';
    expect(await reasonFor(fileOf('ru.txt', russian))).toBe('Not read: the text is mostly Cyrillic script (Russian, Ukrainian); only English articles can be read.');
    const chinese = '俄罗斯总统普京在莫斯科会见了叙利亚过渡政府总统。双方讨论了俄罗斯在叙利亚军事基地的未来以及经济合作问题。';
    expect(await reasonFor(fileOf('zh.txt', chinese))).toMatch(/mostly Chinese script/);
    const french =
      "Les négociations entre les deux plus grands partis du Portugal ont échoué vendredi, ce qui fait craindre une nouvelle élection cette année. Le chef du centre droit a déclaré que son parti n'accepterait pas les conditions budgétaires exigées par son partenaire, et que la décision était définitive pour le moment.";
    expect(await reasonFor(fileOf('fr.txt', french))).toMatch(/^Not read: the text looks like French, not English/);
  });

  it('a duplicate of a loaded article, even with different spacing and case, naming it', async () => {
    const loaded: CorpusArticle = {
      id: 'harbour', text: HARBOUR_REPORT, title: 'Rotterdam strike', origin: 'bundled', enabled: true, addedAt: '2026-01-01T00:00:00Z', bytes: 10,
    };
    const respaced = HARBOUR_REPORT.replace(/\n\n/g, '\r\n\r\n   ').toUpperCase();
    expect(await reasonFor(fileOf('copy.txt', respaced), [loaded])).toBe('Duplicate of “Rotterdam strike”, which is already loaded.');
  });

  it('markup and script in a file name stay plain text in the name', async () => {
    const name = '<img src=x onerror=alert(1)>.png';
    const { rejected } = await ingestFiles([fileOf(name, realPng())], []);
    expect(rejected[0].name).toBe(name);
  });
});

describe('ingestFiles: a mixed batch', () => {
  it('accepts the good files, refuses each bad one, and does not touch what was loaded', async () => {
    const existing: CorpusArticle[] = [
      { id: 'election', text: ELECTION_REPORT, origin: 'user', enabled: false, addedAt: '2026-01-01T00:00:00Z', bytes: 1 },
    ];
    const snapshot = structuredClone(existing);
    const batch = [
      fileOf('empty.txt', ''),
      fileOf('harbour.txt', HARBOUR_REPORT),
      fileOf('scan.pdf', '%PDF-1.4\n'),
      fileOf('harbour copy.txt', HARBOUR_REPORT + '\n'),
      fileOf('election.md', ELECTION_REPORT),
      fileOf('<b>page</b>.html', '<p>Dock workers <script>alert(1)</script>in Hamburg walked out on Monday over pay, and the union said the strike would last for the rest of the week while talks with the employers went on in the city hall.</p>'),
    ];
    const { accepted, rejected } = await ingestFiles(batch, existing);
    expect(accepted.map((a) => a.fileName)).toEqual(['harbour.txt', '<b>page</b>.html']);
    expect(accepted[1].text).toBe(
      'Dock workers in Hamburg walked out on Monday over pay, and the union said the strike would last for the rest of the week while talks with the employers went on in the city hall.',
    );
    expect(accepted[1].id).toMatch(/^b-page-b-[0-9a-z]{6}$/);
    expect(rejected).toEqual([
      { name: 'empty.txt', reason: expect.stringMatching(/empty/) },
      { name: 'scan.pdf', reason: expect.stringMatching(/PDF/) },
      { name: 'harbour copy.txt', reason: 'Same text as “harbour.txt” earlier in this batch; it was added once.' },
      { name: 'election.md', reason: 'Duplicate of “Coalition talks collapse in Lisbon”, which is already loaded (switched off).' },
    ]);
    expect(existing).toEqual(snapshot);
  });

  it('reports progress after each file, bad ones included', async () => {
    const seen: string[] = [];
    await ingestFiles([fileOf('a.txt', HARBOUR_REPORT), fileOf('b.pdf', '%PDF-1.4'), fileOf('c.txt', ELECTION_REPORT)], [], {
      onProgress: (done, total) => seen.push(`${done}/${total}`),
    });
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
  });

  it('gives two files with the same name different ids', async () => {
    const { accepted } = await ingestFiles([fileOf('a.txt', HARBOUR_REPORT), fileOf('a.txt', ELECTION_REPORT)], []);
    expect(new Set(accepted.map((a) => a.id)).size).toBe(2);
  });
});

describe('addPastedArticle', () => {
  it('adds pasted text with its title, outlet and date', () => {
    const { accepted, rejected } = addPastedArticle(
      { text: HARBOUR_REPORT, title: ' Strike ends ', outlet: 'Harbour Daily', published: '2026-02-03' },
      [],
      { now: fixedNow },
    );
    expect(rejected).toEqual([]);
    expect(accepted[0]).toMatchObject({
      title: 'Strike ends', outlet: 'Harbour Daily', published: '2026-02-03', origin: 'user', enabled: true, text: HARBOUR_REPORT,
    });
    expect(accepted[0].id).toMatch(/^strike-ends-[0-9a-z]{6}$/);
    expect(accepted[0].fileName).toBeUndefined();
  });

  it('refuses empty, foreign, duplicate and garbage text with the same messages', () => {
    expect(addPastedArticle({ text: '   ' }, []).rejected[0]).toEqual({ name: 'Pasted text', reason: 'The text is empty: paste the article text first.' });
    expect(addPastedArticle({ text: '中文新闻报道俄罗斯总统普京在莫斯科会见了叙利亚过渡政府总统双方讨论了俄罗斯在叙利亚军事基地的未来' }, []).rejected[0].reason).toMatch(/Chinese/);
    const existing = addPastedArticle({ text: HARBOUR_REPORT, title: 'Strike ends' }, []).accepted;
    expect(addPastedArticle({ text: HARBOUR_REPORT, title: 'Again' }, existing).rejected[0]).toEqual({
      name: 'Again', reason: 'Duplicate of “Strike ends”, which is already loaded.',
    });
    expect(addPastedArticle({ text: 'abc\u0000\u0001\u0002\u0003def' }, []).rejected[0].reason).toMatch(/binary/);
  });

  it('reduces pasted page source to its text, the typed title winning', () => {
    const source = `<html><head><title>Page title</title><meta property="og:site_name" content="Porto News"></head><body><nav>Menu</nav><p>Floods closed the main road into Porto on Sunday after two days of heavy rain, and the city council said it would stay shut until the water had gone down.</p></body></html>`;
    const { accepted } = addPastedArticle({ text: source, title: 'Typed title' }, []);
    expect(accepted[0]).toMatchObject({
      title: 'Typed title', outlet: 'Porto News',
      text: 'Floods closed the main road into Porto on Sunday after two days of heavy rain, and the city council said it would stay shut until the water had gone down.',
    });
  });

  it('answers page source nested 100,000 elements deep with a message, before parsing it', () => {
    const depth = 100_000;
    const source = `<html><body>${'<div>'.repeat(depth)}<p>${HARBOUR_REPORT}</p>${'</div>'.repeat(depth)}</body></html>`;
    const existing = addPastedArticle({ text: ELECTION_REPORT, title: 'Election' }, []).accepted;
    const result = addPastedArticle({ text: source, title: 'Deep page' }, existing);
    expect(result).toEqual({
      accepted: [],
      rejected: [{ name: 'Deep page', reason: 'The markup is nested more than 10,000 elements deep, which no article page needs; save or paste just the article text.' }],
    });
    expect(existing.map((a) => a.title)).toEqual(['Election']);
    // The same page as a dropped file gets the same answer, and the good file beside it is read.
    return ingestFiles([fileOf('deep.html', source), fileOf('strike.txt', HARBOUR_REPORT)], existing).then(({ accepted, rejected }) => {
      expect(rejected.map((r) => r.name)).toEqual(['deep.html']);
      expect(rejected[0].reason).toMatch(/nested more than 10,000 elements deep/);
      expect(accepted.map((a) => a.fileName)).toEqual(['strike.txt']);
    });
  });

  it('reads a page nested a few hundred elements deep (omitted end tags included)', () => {
    const source = `<html><body>${'<div><section>'.repeat(200)}<nav><ul>${'<li>menu item'.repeat(300)}</ul></nav><p>${HARBOUR_REPORT}${'</section></div>'.repeat(200)}</body></html>`;
    const { accepted, rejected } = addPastedArticle({ text: source, title: 'Nested page' }, []);
    expect(rejected).toEqual([]);
    expect(accepted[0].text).toContain(HARBOUR_REPORT.split('\n')[0].trim());
  });

  it('turns an exception while reading pasted text into a message, leaving the corpus as it was', () => {
    const existing = addPastedArticle({ text: HARBOUR_REPORT, title: 'Strike ends' }, []).accepted;
    const snapshot = structuredClone(existing);
    const original = globalThis.DOMParser;
    // A parser that fails the way a deeply nested document can in some engines.
    globalThis.DOMParser = class {
      parseFromString(): Document {
        throw new RangeError('Maximum call stack size exceeded');
      }
    } as unknown as typeof DOMParser;
    try {
      const result = addPastedArticle({ text: '<!doctype html><html><body><div><div><p>Text</p></div></div></body></html>', title: 'Nested' }, existing);
      expect(result).toEqual({ accepted: [], rejected: [{ name: 'Nested', reason: 'Could not be read (the text is nested too deeply to read).' }] });
    } finally {
      globalThis.DOMParser = original;
    }
    expect(existing).toEqual(snapshot);
  });

  it('drops a date it cannot read rather than guessing', () => {
    expect(addPastedArticle({ text: HARBOUR_REPORT, published: 'last week' }, []).accepted[0].published).toBeUndefined();
  });
});
