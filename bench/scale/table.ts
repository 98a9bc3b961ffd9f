import type { Machine } from './machine';
import type { Row } from './row';

export interface Growth {
  id: string;
  measure: string;
  from: { sources: number; ms: number };
  to: { sources: number; ms: number };
  /** (time ratio) / (size ratio): 1 is linear, below 1 better, above 1 worse than linear. */
  growth: number;
}

export interface Report {
  date: string;
  machine: Machine;
  corpus: { seed: number; sizes: number[]; meanSourceBytes: number; draftWords: number };
  runs: { wholeProcess: number; keystrokes: number; other: number };
  rows: Row[];
  growth: Growth[];
}

/** Time of a row, for growth: the time itself, or the time behind a throughput. */
function timeOf(row: Row): number | undefined {
  if (row.unit === 'ms') return row.value;
  return row.extra?.ms;
}

/** From the smallest to the largest size measured, per row that was measured at both. */
export function growthOf(rows: Row[], sizes: number[]): Growth[] {
  const from = Math.min(...sizes);
  const to = Math.max(...sizes);
  if (from === to) return [];
  const growth: Growth[] = [];
  // cli-cold is the same runs as cli-vs-markdownlint: its growth would be listed twice.
  for (const small of rows.filter((r) => r.sources === from && r.id !== 'cli-cold' && timeOf(r) !== undefined)) {
    const large = rows.find((r) => r.id === small.id && r.sources === to && timeOf(r) !== undefined);
    if (!large) continue;
    const a = timeOf(small)!;
    const b = timeOf(large)!;
    growth.push({ id: small.id, measure: shortName(small.measure) + (small.unit === 'ms' ? '' : ': time'), from: { sources: from, ms: a }, to: { sources: to, ms: b }, growth: b / a / (to / from) });
  }
  return growth;
}

/** A row's measure without its size and its parenthesised details, which differ between sizes. */
function shortName(measure: string): string {
  return measure.replace(/^[\d,]+ sources, /, '').replace(/ \([^)]*\)/g, '');
}

const n = (x: number) => x.toLocaleString('en-US');
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** One cell: Backcheck's figure, and where there is a peer, "vs" its figure "=" the ratio. */
function cellOf(row: Row): string {
  if (!row.peer || row.ratio === undefined) return row.text;
  return `${row.text} vs ${row.peer.text} = **${row.ratio.toFixed(row.ratio >= 10 ? 0 : 1)}×**`;
}

/**
 * The table in issue 15's shape: one line per measure, one column per corpus size, the growth
 * from the smallest to the largest, the target; rows on a corpus of their own follow as a list.
 */
export function markdownReport(report: Report): string {
  const m = report.machine;
  const sizes = report.corpus.sizes;
  const lines = [
    `Backcheck at newsroom scale — ${report.date}`,
    `machine: ${m.nproc} × ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}; load average ${m.loadStart.join(' ')} at start, ${m.loadEnd?.join(' ') ?? '?'} at end`,
    `corpus: seed ${report.corpus.seed}; ${sizes.map(n).join(' / ')} sources of ${(report.corpus.meanSourceBytes / 1000).toFixed(1)} KB on average, a third German; a draft of ${n(report.corpus.draftWords)} words`,
    `runs: whole-process ${report.runs.wholeProcess} each, alternating (median); re-lint p95 of ${report.runs.keystrokes} keystrokes; other rows median of ${report.runs.other}`,
    '',
    `| measure | ${sizes.map((s) => `${n(s)} sources`).join(' | ')} | growth | target |`,
    `| --- | ${sizes.map(() => '---').join(' | ')} | ---: | --- |`,
  ];
  const ids = [...new Set(report.rows.filter((r) => r.sources !== undefined).map((r) => r.id))];
  for (const id of ids) {
    const rows = report.rows.filter((r) => r.id === id);
    const growth = report.growth.find((g) => g.id === id);
    const cells = sizes.map((size) => cell(rows.find((r) => r.sources === size) ? cellOf(rows.find((r) => r.sources === size)!) : '—'));
    lines.push(`| ${cell(shortName(rows[0].measure))} | ${cells.join(' | ')} | ${growth ? growth.growth.toFixed(2) : '—'} | ${cell(rows[0].target)} |`);
  }
  if (report.growth.length) {
    const { from, to } = report.growth[0];
    lines.push('', `growth: (time at ${n(to.sources)} / time at ${n(from.sources)}) / (${n(to.sources)} / ${n(from.sources)}); 1.0 is linear in the sources, 0 constant. Details per row: --json.`);
  }
  lines.push('');
  for (const row of report.rows.filter((r) => r.sources === undefined)) lines.push(`- ${row.measure}: ${cellOf(row)}${row.target === '—' ? '' : ` (target ${row.target})`}`);
  return lines.join('\n') + '\n';
}
