import * as vscode from 'vscode';

import type { Finding, Range, Severity } from '../core/types';

/** The one place where core types become vscode types. */

export function toVsRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** A diagnostic that keeps the finding's data, so code actions can read it back. */
export interface BackcheckDiagnostic extends vscode.Diagnostic {
  data?: Record<string, unknown>;
}

export function toDiagnostic(finding: Finding): BackcheckDiagnostic {
  const diagnostic: BackcheckDiagnostic = new vscode.Diagnostic(toVsRange(finding.range), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = 'backcheck';
  diagnostic.code = finding.ruleId;
  diagnostic.data = finding.data;
  return diagnostic;
}
