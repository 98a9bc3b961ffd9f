import type { FileResult } from './fileResult';

const SEVERITY_NUMBER = { error: 2, warning: 1, information: 1, hint: 1 } as const;

/** ESLint's JSON formatter shape: 1-based lines and columns, `endColumn` exclusive. */
export function formatJson(results: FileResult[]): string {
  return JSON.stringify(
    results.map(({ filePath, findings }) => {
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
        errorCount: messages.filter((m) => m.severity === 2).length,
        warningCount: messages.filter((m) => m.severity === 1).length,
      };
    }),
    null,
    2,
  );
}
