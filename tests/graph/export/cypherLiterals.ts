// A reader of Cypher string literals for tests: decodes them as Neo4j would.

/**
 * Reads Cypher string literals as Neo4j does (the escapes of the Cypher manual), returning
 * each literal's value; fails on an unterminated literal or an unknown escape.
 */
export function cypherLiterals(script: string): string[] {
  const out: string[] = [];
  const escapes: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  let i = 0;
  while (i < script.length) {
    const ch = script[i];
    if (ch === '/' && script[i + 1] === '/') {
      while (i < script.length && script[i] !== '\n') i++;
      continue;
    }
    if (ch !== "'") {
      i++;
      continue;
    }
    let value = '';
    i++;
    for (;;) {
      if (i >= script.length) throw new Error('unterminated string literal');
      const c = script[i];
      if (c === "'") break;
      if (c === '\n') throw new Error('raw newline inside a string literal');
      if (c === '\\') {
        const e = script[i + 1];
        if (e === 'u') {
          value += String.fromCharCode(parseInt(script.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        if (!(e in escapes)) throw new Error(`unknown escape \\${e}`);
        value += escapes[e];
        i += 2;
        continue;
      }
      value += c;
      i++;
    }
    out.push(value);
    i++;
  }
  return out;
}
