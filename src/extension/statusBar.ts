import * as vscode from 'vscode';

import type { Finding } from '../core/types';

/** "Backcheck: 14 figures, 2 unmatched" for the active draft; a click opens the Sources view. */
export class DraftStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('backcheck.status', vscode.StatusBarAlignment.Left, 50);
  private visible = false;

  constructor() {
    this.item.name = 'Backcheck';
    this.item.command = 'workbench.view.extension.backcheck';
  }

  show(figures: number, findings: Finding[]): void {
    const unmatched = findings.filter((f) => f.ruleId === 'figure-unmatched').length;
    const problems = findings.length - unmatched;
    this.item.text = `$(checklist) ${figures === 1 ? vscode.l10n.t('Backcheck: 1 figure, {0} unmatched', unmatched) : vscode.l10n.t('Backcheck: {0} figures, {1} unmatched', figures, unmatched)}`;
    this.item.tooltip = vscode.l10n.t('{0} figures in this draft; {1} in no source; {2} other findings. Click to open the Backcheck view.', figures, unmatched, problems);
    this.item.show();
    this.visible = true;
  }

  /** "Backcheck: loading 812 of 1,204 sources", while the library is being built. */
  showLoading(text: string): void {
    this.item.text = `$(sync~spin) Backcheck: ${text}`;
    this.item.tooltip = vscode.l10n.t('Backcheck is reading the sources; drafts are checked once every source is loaded.');
    this.item.show();
    this.visible = true;
  }

  hide(): void {
    this.item.hide();
    this.visible = false;
  }

  /** What the item says, or '' while it is hidden (tests read it). */
  get text(): string {
    return this.visible ? this.item.text : '';
  }

  get isVisible(): boolean {
    return this.visible;
  }

  dispose(): void {
    this.item.dispose();
  }
}
