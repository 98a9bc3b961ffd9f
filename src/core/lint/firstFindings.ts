import { message, says } from '../messages/message';
import type { Finding } from '../types';

/** At most this many findings of one draft are listed; the rest are counted (firstFindings.ts). */
export const MAX_FINDINGS_PER_FILE = 1000;

export interface OmittedCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** The order findings are listed in: by where they start, then by rule. */
export const byPosition = (a: Finding, b: Finding) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId);

/**
 * The first `max` findings of a draft in listing order, fed batch by batch, and a count by
 * severity of those past them. 1 MB of "1-2-3-…" has 500,000 findings: holding them all took
 * hundreds of megabytes, so the collection is trimmed back to `max` whenever a batch pushes it
 * past `max` plus the slack, and what the trim cuts is only counted. A cut finding can never
 * come back: `max` findings that precede it are already held.
 */
export class FirstFindings {
  private kept: Finding[] = [];
  private readonly omitted: OmittedCounts = { errors: 0, warnings: 0, infos: 0 };

  constructor(
    private readonly max: number,
    /** How far past `max` the collection grows before a trim: trims stay few, each sorts little. */
    private readonly slack = Math.max(max, 1000),
  ) {}

  add(findings: readonly Finding[]): void {
    // A loop, not push(...findings): spreading 100,000 arguments overflows the stack.
    for (const f of findings) this.kept.push(f);
    if (this.kept.length > this.max + this.slack) this.trim();
  }

  /** The findings to list, in order; past the cap, one `draft-over-limit` note says how many were left out. */
  result(): Finding[] {
    this.trim();
    const left = this.omitted.errors + this.omitted.warnings + this.omitted.infos;
    return left === 0 ? this.kept : [...this.kept, this.note(left)];
  }

  private trim(): void {
    this.kept.sort(byPosition);
    if (this.kept.length <= this.max) return;
    for (let i = this.max; i < this.kept.length; i++) {
      const severity = this.kept[i].severity;
      if (severity === 'error') this.omitted.errors++;
      else if (severity === 'warning') this.omitted.warnings++;
      else this.omitted.infos++;
    }
    this.kept.length = this.max;
  }

  private note(left: number): Finding {
    const last = this.kept[this.kept.length - 1];
    const at = last ? last.span.end : 0;
    const range = last ? { start: last.range.end, end: last.range.end } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const { errors, warnings, infos } = this.omitted;
    return {
      ruleId: 'draft-over-limit',
      severity: 'information',
      ...says(message('draft-over-limit.findings', { left: grouped(left), max: grouped(this.max), errors, warnings, infos })),
      span: { start: at, end: at },
      range,
      data: { limit: 'findings', omitted: { ...this.omitted } },
    };
  }
}

/** 500000 as "500,000": digits grouped by three with commas, as the CLI's messages write counts. */
function grouped(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return out;
}
