// `npm run eval [-- --json] [-- --graph FILE] [-- --corpus DIR]`: runs the extractor on the bundled
// articles (or reads a graph the CLI printed) and scores it against the hand-checked expected graph.
// `--corpus DIR` scores another annotated corpus instead: articles in DIR/articles, expected graph
// in DIR/expected-graph.json (tests/fixtures/unseen holds articles about other events). The text
// report ends with the lists a developer acts on: missed entities, events and relations, junk
// nodes, wrong edges and evidence problems. The scoring rules are in score.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles } from '../../src/cli/readArticles';
import { extractGraph } from '../../src/extract';
import type { Graph } from '../../src/graph/model';
import { scoreGraph, type ExpectedGraph, type NodeVerdict, type Ratio, type Score } from './score';

interface Options {
  json: boolean;
  graphFile?: string;
  articles: string;
  expected: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, articles: 'data/articles', expected: 'tests/fixtures/expected-graph.json' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--graph') options.graphFile = argv[++i];
    else if (arg === '--articles') options.articles = argv[++i] ?? options.articles;
    else if (arg === '--expected') options.expected = argv[++i] ?? options.expected;
    else if (arg === '--corpus') {
      const dir = argv[++i];
      if (!dir) throw new Error('--corpus needs a folder holding articles/ and expected-graph.json');
      options.articles = join(dir, 'articles');
      options.expected = join(dir, 'expected-graph.json');
    } else throw new Error(`unknown argument ${arg} (known: --json, --graph FILE, --articles DIR, --expected FILE, --corpus DIR)`);
  }
  return options;
}

const pct = (r: Ratio): string => (r.value === null ? '   n/a' : `${(100 * r.value).toFixed(1).padStart(5)}%`);
const line = (name: string, r: Ratio): string => `  ${name.padEnd(28)} ${pct(r)}  (${r.hit}/${r.total})`;
const LIST_LIMIT = 60;

function list<T>(title: string, items: T[], show: (item: T) => string): string[] {
  if (items.length === 0) return [`${title}: none`];
  const shown = items.slice(0, LIST_LIMIT).map((item) => `  - ${show(item)}`);
  if (items.length > LIST_LIMIT) shown.push(`  … and ${items.length - LIST_LIMIT} more (see --json)`);
  return [`${title} (${items.length}):`, ...shown];
}

function textReport(score: Score, graph: Graph, expectedFile: string): string {
  const labelOf = new Map(graph.nodes.map((n) => [n.id, `${n.label} [${n.type}]`]));
  const byStatus = (status: NodeVerdict['status'], event: boolean): NodeVerdict[] =>
    score.nodes.filter((v) => v.status === status && (v.type === 'event') === event);
  const out: string[] = [];
  out.push(`Extraction quality against ${expectedFile}`);
  out.push(`  ${score.counts.articles} articles, ${score.counts.nodes} nodes, ${score.counts.edges} edges (${score.relations.coOccurrenceEdges} co-occurrence)`);
  out.push('');
  out.push('Entities (core tier counted for recall; core or optional match is correct)');
  out.push(line('precision', score.entities.precision));
  out.push(line('recall', score.entities.recall));
  for (const [type, r] of Object.entries(score.entities.recallByType)) out.push(line(`recall ${type}`, r));
  for (const [type, r] of Object.entries(score.entities.precisionByType)) out.push(line(`precision ${type}`, r));
  out.push('');
  out.push('Events (anchor in label/aliases + edge to a participant or participant named in label)');
  out.push(line('recall', score.events.recall));
  out.push(line('precision', score.events.precision));
  out.push(line('dates agree', score.events.datesAgree));
  out.push('');
  out.push('Relations (unordered pairs; mentioned_with not counted)');
  out.push(line('recall (core)', score.relations.recall));
  out.push(line('precision', score.relations.precision));
  out.push('');
  out.push(line('junk nodes (share of all)', score.junkShare));
  out.push(`  evidence quotes checked: ${score.evidence.checked}, problems: ${score.evidence.problems.length}`);
  out.push('');
  out.push(...list('Missed core entities', score.entities.missedCore, (e) => `${e.id} [${e.type}] e.g. "${e.names[0]}"`));
  out.push(...list('Missed core events', score.events.missedCore, (e) => `${e.id}: ${e.label}`));
  out.push(...list('Missed core relations', score.relations.missedCore, (r) => `${r.kind}: ${r.pairs.map((p) => p.join(' — ')).join(' | ')}`));
  const junk = [...byStatus('junk', false), ...byStatus('junk', true)].sort((a, b) => b.mentions - a.mentions);
  out.push(...list('Junk nodes', junk, (v) => `"${v.label}" [${v.type}] ×${v.mentions}`));
  out.push(...list('Mistyped nodes', byStatus('mistyped', false), (v) => `"${v.label}" is ${v.type}, expected ${v.matched}`));
  out.push(...list('Duplicate nodes (should be merged)', [...byStatus('duplicate', false), ...byStatus('duplicate', true)], (v) => `"${v.label}" [${v.type}] → ${v.matched}`));
  out.push(...list('Nodes standing for several entities', score.nodes.filter((v) => v.conflated), (v) => `"${v.label}" → ${v.matched} + ${v.conflated!.join(', ')}`));
  out.push(...list('Event dates that disagree', score.nodes.filter((v) => v.dateAgrees === false), (v) => `"${v.label}" ${v.date ?? '(no date)'}, expected ${v.expectedDate}`));
  out.push(...list('Wrong edges', score.relations.wrong, (e) => `${labelOf.get(e.source)} —${e.relation}→ ${labelOf.get(e.target)}`));
  out.push(...list('Evidence problems', score.evidence.problems, (p) => `${p.where}: ${p.problem}`));
  return out.join('\n');
}

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  const articles = readArticles([options.articles]);
  const texts: Record<string, string> = Object.fromEntries(articles.map((a) => [a.id, a.text]));
  const expected = JSON.parse(readFileSync(options.expected, 'utf8')) as ExpectedGraph;
  let graph: Graph;
  let failed = false;
  if (options.graphFile) graph = JSON.parse(readFileSync(options.graphFile, 'utf8')) as Graph;
  else {
    try {
      graph = extractGraph(articles);
    } catch (err) {
      // A broken extractor still gets a report (of an empty graph), and a failing exit code.
      process.stderr.write(`eval: the extractor threw: ${(err as Error).stack ?? String(err)}\n`);
      graph = { articles: [], nodes: [], edges: [] };
      failed = true;
    }
  }
  const score = scoreGraph(graph, expected, texts);
  process.stdout.write((options.json ? JSON.stringify(score, null, 2) : textReport(score, graph, options.expected)) + '\n');
  return failed ? 1 : 0;
}

process.exitCode = main();
