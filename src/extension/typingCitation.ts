import * as vscode from 'vscode';

import { typingRegion } from '../core/features/typingRegion';
import type { Finding } from '../core/types';
import type { DraftDiagnostics } from './draftDiagnostics';

/**
 * Holds back `citation-unknown-source` for the citation the writer is still typing: while the
 * cursor is inside it (before its "]", or at the end of an in-text "@key") and the last edit of
 * the document was there too. "[@bridges" is a key half typed, not an error; the finding shows
 * as soon as the bracket is closed or the cursor leaves. The lint itself is unchanged (status
 * bar and quick fixes see every finding); only what the Problems panel shows waits, and a
 * held finding is never shown then hidden again, so nothing flickers.
 */
export class TypingCitations implements vscode.Disposable {
  private readonly lastEdit = new Map<string, number>();
  private readonly holding = new Set<string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly diagnostics: DraftDiagnostics) {
    diagnostics.visibleFindings = (uri, findings) => this.visible(uri, findings);
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        const change = e.contentChanges[e.contentChanges.length - 1];
        if (change) this.lastEdit.set(e.document.uri.toString(), change.rangeOffset + change.text.length);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        const uri = e.textEditor.document.uri;
        // The cursor left a held citation (or closed it): show what was held, at once.
        if (this.holding.has(uri.toString()) && this.held(e.textEditor.document, this.diagnostics.findingsFor(e.textEditor.document)).length === 0) {
          this.lastEdit.delete(uri.toString());
          this.diagnostics.republish(uri);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.lastEdit.delete(doc.uri.toString());
        this.holding.delete(doc.uri.toString());
      }),
    ];
  }

  /** The findings to show for a document now: all but those of a key being typed. */
  visible(uri: vscode.Uri, findings: Finding[]): Finding[] {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const held = document ? this.held(document, findings) : [];
    if (held.length > 0) this.holding.add(uri.toString());
    else this.holding.delete(uri.toString());
    return held.length === 0 ? findings : findings.filter((f) => !held.includes(f));
  }

  private held(document: vscode.TextDocument, findings: Finding[]): Finding[] {
    const editor = vscode.window.activeTextEditor;
    const edit = this.lastEdit.get(document.uri.toString());
    if (!editor || editor.document !== document || edit === undefined || !editor.selection.isEmpty) return [];
    const cursor = document.offsetAt(editor.selection.active);
    const text = document.getText();
    return findings.filter((f) => f.ruleId === 'citation-unknown-source' && inside(typingRegion(text, f.span), cursor) && inside(typingRegion(text, f.span), edit));
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}

function inside(region: { start: number; end: number }, offset: number): boolean {
  return offset >= region.start && offset <= region.end;
}
