// CLI: `npm run --silent extract -- PATH... [--format json]` prints the graph to stdout, nothing else.
import { extractGraph } from '../extract';
import { InputError, readArticles } from './readArticles';

function main(argv: string[]): number {
  const paths: string[] = [];
  let format = 'json';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--format') format = argv[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else paths.push(arg);
  }
  try {
    if (format !== 'json') throw new InputError(`unknown format "${format}" (known: json)`);
    const graph = extractGraph(readArticles(paths));
    process.stdout.write(JSON.stringify(graph, null, 2) + '\n');
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
