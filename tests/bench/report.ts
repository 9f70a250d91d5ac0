// Every figure the bench prints, with its target and verdict, as a table or as Markdown.

export interface Figure {
  section: string;
  name: string;
  /** null when the figure could not be measured (see note). */
  value: number | null;
  unit: string;
  /** Human text of the target, e.g. "≤ 1.5×"; empty for figures reported for information. */
  target: string;
  /** true = PASS, false = MISS, null = no target or not measured. */
  pass: boolean | null;
  note?: string;
}

export function fig(section: string, name: string, value: number | null, unit: string, target = '', ok?: (v: number) => boolean, note?: string): Figure {
  const pass = value === null || Number.isNaN(value) || !ok ? null : ok(value);
  return { section, name, value: value === null || Number.isNaN(value) ? null : value, unit, target, pass, note };
}

export function formatValue(v: number | null, unit: string): string {
  if (v === null) return 'n/a';
  const abs = Math.abs(v);
  const n = abs >= 1000 ? Math.round(v).toLocaleString('en-US') : abs >= 100 ? v.toFixed(0) : abs >= 10 ? v.toFixed(1) : v.toFixed(2);
  return unit === '×' ? `${n}×` : `${n} ${unit}`;
}

const verdict = (f: Figure) => (f.pass === true ? 'PASS' : f.pass === false ? 'MISS' : f.value === null ? 'n/a' : '');

export function table(figures: Figure[]): string {
  const rows = figures.map((f) => [f.section, f.name, formatValue(f.value, f.unit), f.target, verdict(f), f.note ?? '']);
  const head = ['Section', 'Figure', 'Value', 'Target', 'Verdict', 'Note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(figures: Figure[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const out = ['| Section | Figure | Value | Target | Verdict | Note |', '|---|---|---|---|---|---|'];
  for (const f of figures) out.push(`| ${[f.section, f.name, formatValue(f.value, f.unit), f.target, verdict(f), f.note ?? ''].map(esc).join(' | ')} |`);
  return out.join('\n');
}
