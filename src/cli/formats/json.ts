import type { FileResult } from './fileResult';
import { safeJson } from './terminalText';

const SEVERITY_NUMBER = { error: 2, warning: 1, information: 1, hint: 1 } as const;

/** ESLint's JSON formatter shape: 1-based lines and columns, `endColumn` exclusive. */
export function formatJson(results: FileResult[]): string {
  return safeJson(
    results.map(({ filePath, findings, omitted }) => {
      const messages = findings.map((f) => ({
        ruleId: f.ruleId,
        severity: SEVERITY_NUMBER[f.severity],
        message: f.message,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
      }));
      return {
        filePath,
        messages,
        // Counted as listed, plus what the per-file cap left out (capFindings.ts).
        errorCount: findings.filter((f) => f.severity === 'error').length + (omitted?.errors ?? 0),
        warningCount: findings.filter((f) => f.severity !== 'error' && !(f.ruleId === 'draft-over-limit' && f.data?.limit === 'findings')).length + (omitted?.warnings ?? 0) + (omitted?.infos ?? 0),
      };
    }),
  );
}
