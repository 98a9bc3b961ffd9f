import * as vscode from 'vscode';

import { hoverAt } from '../core/features/hoverAt';
import { citationHoverMarkdown, figureHoverMarkdown, type HoverMarkdown } from '../core/features/hoverMarkdown';
import { quickFixes, type QuickFix } from '../core/features/quickFixes';
import type { Backcheck } from '../core/service';
import { citationOf } from '../core/sources/locate';
import { toVsRange } from './convert';
import type { FixArgs } from './applyFix';
import type { DraftDiagnostics } from './draftDiagnostics';
import { translate } from './localize';

/**
 * Hover cards on citation keys (the cited passage itself) and on figures (where in the sources
 * they come from, or the nearest passages and the quick fix). The content is decided in the core
 * (hoverAt, hoverMarkdown); this file only wraps it. Everything from a source is inert text, and
 * the card trusts no command but the ones the core says its links use (Backcheck's own).
 */
export class BackcheckHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly backcheck: Backcheck,
    private readonly diagnostics?: DraftDiagnostics,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!vscode.workspace.getConfiguration('backcheck').get<boolean>('hovers', true)) return undefined;
    const draft = this.diagnostics ? this.diagnostics.draftOf(document) : this.backcheck.analyze(document.getText());
    const info = hoverAt(draft, this.backcheck.library, document.offsetAt(position));
    if (!info) return undefined;
    const range = toVsRange(draft.lines.rangeOf(info.span));
    if (info.kind === 'citation') return new vscode.Hover(trusted(citationHoverMarkdown(info, translate, vscode.env.language)), range);
    // The same fix as the light bulb's preferred one, for the finding on this figure.
    const finding = this.diagnostics?.findingsFor(document).find((f) => f.ruleId === 'figure-unmatched' && f.span.start === info.figure.span.start);
    const fix = finding ? quickFixes(finding, draft, translate).find((f) => f.preferred) : undefined;
    const args = (f: QuickFix): FixArgs => [document.uri.toString(), document.version, f.edits];
    return new vscode.Hover(trusted(figureHoverMarkdown(info, draft.lang, fix, args, (key, paragraph) => citationOf(this.backcheck.library.byKey(key), key, paragraph), translate)), range);
  }
}

/** Markdown with no HTML and no theme icons, whose links may run only the given commands. */
export function trusted(card: HoverMarkdown): vscode.MarkdownString {
  const md = new vscode.MarkdownString(card.markdown, false);
  md.supportHtml = false;
  md.isTrusted = { enabledCommands: card.commands };
  return md;
}
