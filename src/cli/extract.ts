// CLI: `npm run --silent extract -- PATH... [--format F] [--out DIR]` prints the graph to stdout,
// nothing else. Errors go to stderr with a non-zero exit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractGraph } from '../extract';
import { DATA_FORMATS, findFormat } from '../graph/export/formats';
import type { Graph } from '../graph/model';
import { InputError, readArticles } from './readArticles';

const USAGE = `usage: npm run --silent extract -- PATH... [--format FORMAT] [--out DIR]

Reads .txt articles (files or folders; metadata from an index.json beside them) and prints the
knowledge graph to stdout.

  --format FORMAT  ${DATA_FORMATS.map((f) => f.id).join(', ')} (default: json)
                     json       the graph as in DESIGN.md (the app can import it)
                     cytoscape  Cytoscape.js JSON (.cyjs, opens in Cytoscape desktop)
                     graphml    GraphML (Gephi, yEd)
                     gexf       GEXF 1.3 (Gephi)
                     csv        nodes.csv on stdout; with --out, writes nodes.csv, edges.csv
                                and evidence.csv into DIR
                     cypher     Cypher script for Neo4j (cypher-shell -f FILE)
  --out DIR        write the file(s) into DIR instead of stdout (graph.EXT; CSV: three files)
  --help           show this text
`;

interface Options {
  paths: string[];
  format: string;
  out?: string;
  help: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { paths: [], format: 'json', help: false };
  const value = (flag: string, v: string | undefined): string => {
    if (v === undefined || v === '') throw new InputError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--format') opts.format = value('--format', argv[++i]);
    else if (arg.startsWith('--format=')) opts.format = value('--format', arg.slice('--format='.length));
    else if (arg === '--out') opts.out = value('--out', argv[++i]);
    else if (arg.startsWith('--out=')) opts.out = value('--out', arg.slice('--out='.length));
    else if (arg === '--help' || arg === '-h') opts.help = true;
    else if (arg.startsWith('--')) throw new InputError(`unknown option ${arg}`);
    else opts.paths.push(arg);
  }
  return opts;
}

/** `json` stays the plain DESIGN.md graph, byte for byte what the CLI has always printed. */
function render(graph: Graph, formatId: string): { name: string; text: string }[] {
  if (formatId === 'json') return [{ name: 'graph.json', text: JSON.stringify(graph, null, 2) + '\n' }];
  const format = findFormat(formatId)!;
  return format.write(graph).map((file) => ({
    name: file.part ? `${file.part}.${format.extension}` : `graph.${format.extension}`,
    text: file.text,
  }));
}

function main(argv: string[]): number {
  try {
    const opts = parseArgs(argv);
    if (opts.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (!findFormat(opts.format)) {
      throw new InputError(`unknown format "${opts.format}" (known: ${DATA_FORMATS.map((f) => f.id).join(', ')})`);
    }
    const graph = extractGraph(readArticles(opts.paths));
    const files = render(graph, opts.format);
    if (opts.out === undefined) {
      // Multi-file formats print their first file (CSV: nodes.csv); --out writes them all.
      process.stdout.write(files[0].text);
      return 0;
    }
    try {
      mkdirSync(opts.out, { recursive: true });
      for (const file of files) writeFileSync(join(opts.out, file.name), file.text);
    } catch (err) {
      throw new InputError(`cannot write to ${opts.out}: ${(err as Error).message}`);
    }
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`extract: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = main(process.argv.slice(2));
