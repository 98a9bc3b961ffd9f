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
  for (const small of rows.filter((r) => r.sources === from && timeOf(r) !== undefined)) {
    const large = rows.find((r) => r.id === small.id && r.sources === to && timeOf(r) !== undefined);
    if (!large) continue;
    const a = timeOf(small)!;
    const b = timeOf(large)!;
    growth.push({ id: small.id, measure: small.measure.replace(/^[\d,]+ sources, /, ''), from: { sources: from, ms: a }, to: { sources: to, ms: b }, growth: b / a / (to / from) });
  }
  return growth;
}

const n = (x: number) => x.toLocaleString('en-US');
const cell = (text: string) => text.replace(/\|/g, '\\|');

export function markdownReport(report: Report): string {
  const m = report.machine;
  const lines = [
    `Backcheck at newsroom scale — ${report.date}`,
    `machine: ${m.nproc} × ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}; load average ${m.loadStart.join(' ')} at start, ${m.loadEnd?.join(' ') ?? '?'} at end`,
    `corpus: seed ${report.corpus.seed}; ${report.corpus.sizes.map(n).join(' / ')} sources of ${(report.corpus.meanSourceBytes / 1000).toFixed(1)} KB on average, a third German; a draft of ${n(report.corpus.draftWords)} words`,
    '',
    '| measure | sources | Backcheck | peer | ratio | target |',
    '| --- | ---: | --- | --- | ---: | --- |',
  ];
  for (const row of report.rows) {
    const peer = row.peer ? `${row.peer.text} (${row.peer.name})` : '—';
    const ratio = row.ratio === undefined ? '—' : `**${row.ratio.toFixed(row.ratio >= 10 ? 0 : 1)}×**`;
    lines.push(`| ${cell(row.measure)} | ${row.sources === undefined ? '—' : n(row.sources)} | ${cell(row.text)} | ${cell(peer)} | ${ratio} | ${cell(row.target)} |`);
  }
  if (report.growth.length) {
    const { from, to } = report.growth[0];
    lines.push('', `Growth from ${n(from.sources)} to ${n(to.sources)} sources (ratio of times / ratio of sizes: 1.0 is linear, 0 is constant):`, '');
    lines.push(`| measure | ${n(from.sources)} | ${n(to.sources)} | growth |`, '| --- | ---: | ---: | ---: |');
    for (const g of report.growth) lines.push(`| ${cell(g.measure)} | ${g.from.ms.toFixed(1)} ms | ${g.to.ms.toFixed(1)} ms | ${g.growth.toFixed(2)} |`);
  }
  return lines.join('\n') + '\n';
}
