// A small graph whose names and quotes carry everything that breaks naive exporters: quotes,
// apostrophes, ampersands, angle brackets, newlines, backslashes, formula starts, non-Latin
// scripts, an id with spaces and one that looks like a generated id.
import type { Graph } from '../../../src/graph/model';

export const TRICKY_STRINGS = {
  peskov: 'Дмитрий Песков',
  sharaa: 'أحمد الشرع',
  markup: 'Tom & Jerry <Ltd>\n"Holdings" \'UK\'',
  backslash: 'C:\\path\\to "x" \\n not a newline',
  multiline: 'First line\nsecond line\r\nthird\tcolumn',
  formula: '=HYPERLINK("http://evil.example","click")',
  minus: '-2+3 said @someone',
};

const quote1 = `"We are 'ready' & <willing>," said ${TRICKY_STRINGS.peskov}.\nHe added: C:\\temp.`;
const quote2 = `${TRICKY_STRINGS.sharaa} met the envoy = a "first" step; émigrés cheered 👍.`;
const quote3 = '=SUM(A1:A2) was written on a placard, + a sign reading @home';

export function trickyGraph(): Graph {
  return {
    articles: [
      { id: 'a-1', title: 'Talks & "tensions" <live>', outlet: 'The Outlet\'s "Daily"', published: '2024-12-08' },
      { id: 'статья 2', title: TRICKY_STRINGS.multiline, outlet: TRICKY_STRINGS.formula },
    ],
    nodes: [
      {
        id: 'person:dmitry peskov',
        type: 'person',
        label: TRICKY_STRINGS.peskov,
        aliases: [TRICKY_STRINGS.peskov, 'Песков', "O'Peskov \"the\" <spokesman>"],
        mentions: [
          { articleId: 'a-1', start: 40, end: 54, sentenceStart: 0, sentenceEnd: 70 },
          { articleId: 'статья 2', start: 3, end: 9 },
        ],
        roles: ['Kremlin spokesman & "voice"'],
      },
      {
        id: 'person:ahmed al-sharaa',
        type: 'person',
        label: TRICKY_STRINGS.sharaa,
        aliases: [TRICKY_STRINGS.sharaa],
        mentions: [{ articleId: 'статья 2', start: 0, end: 10 }],
      },
      {
        id: 'n0',
        type: 'organization',
        label: TRICKY_STRINGS.markup,
        aliases: [TRICKY_STRINGS.markup, TRICKY_STRINGS.backslash],
        mentions: [{ articleId: 'a-1', start: 1, end: 5 }],
      },
      {
        id: 'event:talks',
        type: 'event',
        label: TRICKY_STRINGS.formula,
        aliases: [TRICKY_STRINGS.formula, TRICKY_STRINGS.minus],
        mentions: [{ articleId: 'a-1', start: 10, end: 20 }],
        date: '2024-12',
        dateText: 'early\nDecember',
      },
    ],
    edges: [
      {
        id: 'e:peskov spokesperson_of n0',
        source: 'person:dmitry peskov',
        target: 'n0',
        relation: 'spokesperson_of',
        label: 'spokesperson of',
        evidence: [
          { articleId: 'a-1', start: 0, end: quote1.length, quote: quote1 },
          { articleId: 'статья 2', start: 5, end: 5 + quote3.length, quote: quote3 },
        ],
        sources: 2,
      },
      {
        id: 'e2',
        source: 'person:ahmed al-sharaa',
        target: 'person:dmitry peskov',
        relation: 'meets',
        label: 'meets',
        evidence: [{ articleId: 'статья 2', start: 0, end: quote2.length, quote: quote2 }],
        sources: 1,
      },
      {
        id: 'e3',
        source: 'event:talks',
        target: 'person:ahmed al-sharaa',
        relation: "demands_extradition_of",
        label: 'demands extradition of',
        evidence: [{ articleId: 'a-1', start: 100, end: 100 + quote3.length, quote: quote3 }],
        sources: 1,
      },
    ],
  };
}

/** Every string a node or edge is known by, and every quote: what no export may lose. */
export function mustSurvive(graph: Graph): string[] {
  return [
    ...graph.nodes.flatMap((n) => [n.label, ...n.aliases]),
    ...graph.edges.flatMap((e) => e.evidence.map((x) => x.quote)),
  ];
}
