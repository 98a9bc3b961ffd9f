import * as vscode from 'vscode';

import type { Backcheck } from '../core/service';
import { toDiagnostic } from './convert';

const DEBOUNCE_MS = 250;

/**
 * Lints open Markdown drafts into the Problems panel: on open, as the writer types (debounced),
 * and all again when a source changes. Sources themselves are never linted.
 */
export class DraftDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('backcheck');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly backcheck: Backcheck,
    private readonly isSource: (uri: vscode.Uri) => boolean,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.lint(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.collection.delete(doc.uri)),
    );
  }

  lintAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.lint(doc);
  }

  private schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.lint(doc);
    }, DEBOUNCE_MS));
  }

  private lint(doc: vscode.TextDocument): void {
    if (doc.languageId !== 'markdown' || doc.isClosed || this.isSource(doc.uri)) return;
    const findings = this.backcheck.lint(doc.getText());
    this.collection.set(doc.uri, findings.map(toDiagnostic));
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.collection.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
