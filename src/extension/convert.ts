import * as vscode from 'vscode';

import type { Finding, Range, Severity } from '../core/types';
import { localized } from './localize';

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

/** Each rule's section in docs/rules.md; headings there are the rule ids. */
export const RULES_DOC = 'https://github.com/backcheck/backcheck/blob/main/docs/rules.md';

/** Where a source passage is, for related information; undefined when the key has no source. */
export type LocatePassage = (sourceKey: string, paragraph?: number) => vscode.Location | undefined;

/**
 * A diagnostic that keeps the finding's data (code actions read it back), links its code to the
 * rule's documentation, and carries the source passages it names as related locations.
 */
export function toDiagnostic(finding: Finding, locate?: LocatePassage): BackcheckDiagnostic {
  const diagnostic: BackcheckDiagnostic = new vscode.Diagnostic(toVsRange(finding.range), localized(finding), SEVERITY[finding.severity]);
  diagnostic.source = 'backcheck';
  diagnostic.code = { value: finding.ruleId, target: ruleDoc(finding.ruleId) };
  diagnostic.data = finding.data;
  const related = (finding.related ?? []).flatMap((r) => {
    const location = r.sourceKey && locate?.(r.sourceKey, r.paragraph);
    return location ? [new vscode.DiagnosticRelatedInformation(location, `${localized(r)} (@${r.sourceKey})`)] : [];
  });
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

const ruleDocs = new Map<string, vscode.Uri>();

/** The link to a rule's documentation: parsed once per rule, not once per diagnostic (a URI is immutable). */
function ruleDoc(ruleId: string): vscode.Uri {
  let uri = ruleDocs.get(ruleId);
  if (!uri) ruleDocs.set(ruleId, (uri = vscode.Uri.parse(`${RULES_DOC}#${ruleId}`)));
  return uri;
}

/** The rule id of a diagnostic, whose `code` is the id with a link to its documentation. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}
