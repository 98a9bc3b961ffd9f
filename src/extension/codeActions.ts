import * as vscode from 'vscode';

import { quickFixes } from '../core/features/quickFixes';
import type { Backcheck } from '../core/service';
import type { Finding } from '../core/types';
import { ruleIdOf, toVsRange } from './convert';
import type { DraftDiagnostics } from './draftDiagnostics';
import { translate } from './localize';

/**
 * Quick fixes for Backcheck's diagnostics. Each fix is one WorkspaceEdit, so one undo reverts
 * it; the edits themselves are computed by the core from the finding's data.
 */
export class BackcheckCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly backcheck: Backcheck,
    private readonly diagnostics: DraftDiagnostics,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === 'backcheck');
    if (ours.length === 0) return [];
    const draft = this.diagnostics.draftOf(document);
    const findings = this.diagnostics.findingsFor(document);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const finding = findings.find((f: Finding) => f.ruleId === ruleIdOf(diagnostic) && toVsRange(f.range).isEqual(diagnostic.range));
      if (!finding) continue;
      for (const fix of quickFixes(finding, draft, translate)) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred;
        action.edit = new vscode.WorkspaceEdit();
        for (const edit of fix.edits) action.edit.replace(document.uri, toVsRange(draft.lines.rangeOf(edit.span)), edit.newText);
        actions.push(action);
      }
    }
    return actions;
  }
}
