import type { OmittedCounts } from '../../core/lint/firstFindings';
import type { Finding } from '../../core/types';
import type { FileResult } from './fileResult';

export { MAX_FINDINGS_PER_FILE } from '../../core/lint/firstFindings';

/** The lint's note that findings past the per-file cap were left out (core/lint/firstFindings.ts). */
const isCapNote = (f: Finding) => f.ruleId === 'draft-over-limit' && f.data?.limit === 'findings';

/**
 * A file's result with the counts the per-file cap left out. The lint lists at most 1,000
 * findings of a file (1 MB of "1-2-3-…" gave 500,000 findings and 92 MB of JSON) and counts the
 * rest in its note; the count is kept for the summary, the exit code and --max-warnings, as
 * ESLint keeps it.
 */
export function capFindings(result: FileResult): FileResult {
  const note = result.findings.find(isCapNote);
  const omitted = note?.data?.omitted as OmittedCounts | undefined;
  return omitted ? { ...result, omitted } : result;
}

/** Errors and warnings of a run, the listed ones and those left out by the cap. */
export function countFindings(results: FileResult[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    for (const f of r.findings) {
      if (isCapNote(f)) continue;
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
