import type { Finding } from '../../core/types';
import type { FileResult } from './fileResult';

/**
 * At most this many findings of one file are printed. 1 MB of "1-2-3-…" gave 500,000 findings and
 * 92 MB of JSON; past the cap the count is kept (for the summary, the exit code and
 * --max-warnings, as ESLint keeps it) and one `draft-over-limit` finding says how many were left out.
 */
export const MAX_FINDINGS_PER_FILE = 1000;

export function capFindings(result: FileResult, max = MAX_FINDINGS_PER_FILE): FileResult {
  if (result.findings.length <= max) return result;
  const kept = result.findings.slice(0, max);
  const rest = result.findings.slice(max);
  const omitted = {
    errors: rest.filter((f) => f.severity === 'error').length,
    warnings: rest.filter((f) => f.severity === 'warning').length,
    infos: rest.filter((f) => f.severity !== 'error' && f.severity !== 'warning').length,
  };
  const last = kept[kept.length - 1];
  const note: Finding = {
    ruleId: 'draft-over-limit',
    severity: 'information',
    message: `${rest.length.toLocaleString('en')} more findings in this file are not listed (at most ${max.toLocaleString('en')} a file): ${omitted.errors} errors, ${omitted.warnings} warnings, ${omitted.infos} info`,
    span: { start: last.span.end, end: last.span.end },
    range: { start: last.range.end, end: last.range.end },
    data: { limit: 'findings', omitted },
  };
  return { ...result, findings: [...kept, note], omitted };
}

/** Errors and warnings of a run, the listed ones and those left out by the cap. */
export function countFindings(results: FileResult[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    for (const f of r.findings) {
      if (f.data?.limit === 'findings' && f.ruleId === 'draft-over-limit') continue;
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
    }
    errors += r.omitted?.errors ?? 0;
    warnings += r.omitted?.warnings ?? 0;
    infos += r.omitted?.infos ?? 0;
  }
  return { errors, warnings, infos };
}
