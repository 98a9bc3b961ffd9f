import * as vscode from 'vscode';

import type { Backcheck } from '../core/service';
import type { Finding, SeveritySetting } from '../core/types';
import { toDiagnostic } from './convert';

const DEBOUNCE_MS = 250;

/**
 * Lints Markdown drafts into the Problems panel: on open, as the writer types (debounced) or
 * only on save (setting `backcheck.lintOn`), and all again when a source changes. Sources
 * themselves are never linted. Keeps each draft's findings for the quick fixes and status bar.
 */
export class DraftDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('backcheck');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly findings = new Map<string, Finding[]>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly linted = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidLint = this.linted.event;
  /**
   * Which findings the Problems panel shows now (TypingCitations, typingCitation.ts, holds back
   * a key still being typed); findingsFor() keeps them all.
   */
  visibleFindings: (uri: vscode.Uri, findings: Finding[]) => Finding[] = (_uri, findings) => findings;
  /** Severities from .backcheckrc.json; the `backcheck.rules` setting overrides them. */
  configSeverities: Record<string, SeveritySetting> = {};

  constructor(
    private readonly backcheck: Backcheck,
    private readonly isSource: (uri: vscode.Uri) => boolean,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.lint(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (lintOn() === 'type') this.schedule(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => this.lint(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // VS Code reuses untitled URIs and may report a close after a new document with the same
        // URI opened: keep the diagnostics of a document that is open again.
        if (vscode.workspace.textDocuments.some((d) => !d.isClosed && d.uri.toString() === doc.uri.toString())) return;
        this.collection.delete(doc.uri);
        this.findings.delete(doc.uri.toString());
      }),
    );
  }

  lintAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.lint(doc);
  }

  findingsFor(doc: vscode.TextDocument): Finding[] {
    return this.findings.get(doc.uri.toString()) ?? [];
  }

  private schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.lint(doc);
    }, DEBOUNCE_MS));
  }

  isDraft(doc: vscode.TextDocument): boolean {
    return doc.languageId === 'markdown' && !doc.isClosed && !this.isSource(doc.uri);
  }

  lint(doc: vscode.TextDocument): void {
    if (!this.isDraft(doc)) return;
    this.setFindings(doc.uri, this.backcheck.lint(doc.getText(), { severities: this.severities() }));
    this.linted.fire(doc);
  }

  /** Lints a draft that need not be open (Lint Workspace). */
  setFindings(uri: vscode.Uri, findings: Finding[]): void {
    this.findings.set(uri.toString(), findings);
    this.collection.set(uri, this.visibleFindings(uri, findings).map(toDiagnostic));
  }

  /** Shows a draft's last findings again, as visibleFindings decides now (no new lint). */
  republish(uri: vscode.Uri): void {
    const findings = this.findings.get(uri.toString());
    if (findings) this.collection.set(uri, this.visibleFindings(uri, findings).map(toDiagnostic));
  }

  severities(): Record<string, SeveritySetting> {
    return { ...this.configSeverities, ...vscode.workspace.getConfiguration('backcheck').get<Record<string, SeveritySetting>>('rules', {}) };
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.collection.dispose();
    this.linted.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}

function lintOn(): 'type' | 'save' {
  return vscode.workspace.getConfiguration('backcheck').get<'type' | 'save'>('lintOn', 'type');
}
