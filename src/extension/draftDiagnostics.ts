import * as vscode from 'vscode';

import type { Draft } from '../core/draft';
import type { Source } from '../core/sources/source';
import { figureVerdicts } from '../core/lint/figureVerdicts';
import type { SourceLoader } from '../node/inThreadLoader';
import type { Backcheck } from '../core/service';
import { LineIndex } from '../core/text/lineIndex';
import type { Finding, Lang, SeveritySetting } from '../core/types';
import { toDiagnostic, toVsRange } from './convert';
import { sourceUri } from './sourceUri';
import type { SourceWorkspace } from './sourceWorkspace';

const DEBOUNCE_MS = 250;
/** How long judging the open drafts ahead of the load's lint holds the event loop before it yields. */
const SLICE_MS = 8;
/** Figures judged between two looks at the clock (one takes well under a millisecond). */
const FIGURES_PER_STEP = 4;

/**
 * Lints Markdown drafts into the Problems panel: on open, as the writer types (debounced) or
 * only on save (setting `backcheck.lintOn`), and all again when the sources change. Only drafts
 * are linted: Markdown files matching the drafts setting, outside the sources, in a Backcheck
 * workspace (or a file the writer asked to check). Nothing is published while the library does
 * not yet answer for the sources location in force: those lints wait for it, then run once.
 */
export class DraftDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('backcheck');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly findings = new Map<string, Finding[]>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly linted = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  readonly onDidLint = this.linted.event;
  /**
   * Which findings the Problems panel shows now (TypingCitations, typingCitation.ts, holds back
   * a key still being typed); findingsFor() keeps them all.
   */
  visibleFindings: (uri: vscode.Uri, findings: Finding[]) => Finding[] = (_uri, findings) => findings;
  /**
   * Analyses a draft off this thread (the sources' worker, host.ts), where the host has one:
   * a 10,000-word draft's analysis is one block of the event loop longer than typing tolerates.
   */
  analyzeElsewhere: SourceLoader['analyze'];
  /** Files outside the drafts the writer asked to check ("Check This File Against Sources…"). */
  private readonly requested = new Set<string>();

  constructor(
    private readonly backcheck: Backcheck,
    private readonly workspace: SourceWorkspace,
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

  /** Lints this file from now on, though it is no draft of a Backcheck workspace. */
  request(doc: vscode.TextDocument): void {
    this.requested.add(doc.uri.toString());
    this.lint(doc);
  }

  isDraft(doc: vscode.TextDocument): boolean {
    if (doc.languageId !== 'markdown' || doc.isClosed) return false;
    if (this.requested.has(doc.uri.toString())) return true;
    return this.isDraftUri(doc.uri, doc);
  }

  /** A draft by location: in a Backcheck workspace, matching the drafts glob, not a source. */
  isDraftUri(uri: vscode.Uri, doc?: vscode.TextDocument): boolean {
    const settings = this.workspace.settings;
    if (!this.workspace.isBackcheckWorkspace || !settings) return false;
    if (uri.scheme === 'untitled') return true;
    if (!settings.folder || uri.scheme !== settings.folder.uri.scheme || this.backcheck.library.has(uri.fsPath)) return false;
    const target = doc ?? { uri, languageId: 'markdown' };
    const matches = (glob: string) => vscode.languages.match({ pattern: new vscode.RelativePattern(settings.folder!, glob) }, target as vscode.TextDocument) > 0;
    return !matches(settings.sourcesGlob) && matches(settings.draftsGlob);
  }

  lint(doc: vscode.TextDocument): void {
    if (!this.isDraft(doc)) {
      // No longer a draft (the drafts setting changed, the file became a source): no findings.
      if (this.findings.has(doc.uri.toString())) this.clear(doc.uri);
      return;
    }
    // The library does not answer for the sources in force yet: the load's end lints again.
    if (!this.workspace.isCurrent) return;
    this.setFindings(doc.uri, this.lintText(doc.getText()));
    this.linted.fire(doc);
  }

  /**
   * Analyses each open draft, then judges its figures against the library, each step a task of
   * its own, so the lint the load's end sets off reads both from the service's caches: done in
   * that lint, a 10,000-word draft's first check held the extension host for one long block.
   */
  async prepareOpenDrafts(): Promise<void> {
    for (const doc of vscode.workspace.textDocuments) {
      if (!this.isDraft(doc)) continue;
      const text = doc.getText();
      const analysed = await this.analyzeElsewhere?.(text, this.draftOptions());
      if (doc.isClosed) continue;
      if (analysed) this.backcheck.adopt(text, this.draftOptions(), analysed);
      else {
        await nextTask();
        this.draftOf(doc);
      }
      await nextTask();
      if (!doc.isClosed) await this.judgeInSlices(this.draftOf(doc));
    }
    await nextTask();
  }

  /**
   * Judges a draft's figures against the library a few at a time, yielding between slices: the
   * verdicts are remembered per library version by what each figure depends on (its claim and
   * covering citation, figureVerdicts.ts), so the whole draft's judgement that the lint then asks
   * for finds every one of them done. A draft holding only the slice's figures judges just those;
   * in one go, the figures of a 10,000-word draft held the host half a second at 10,000 sources.
   */
  private async judgeInSlices(draft: Draft): Promise<void> {
    const library = this.backcheck.library;
    const figures = draft.figures;
    let next = 0;
    while (next < figures.length) {
      const sliceStart = Date.now();
      while (next < figures.length && Date.now() - sliceStart < SLICE_MS) {
        figureVerdicts({ ...draft, figures: figures.slice(next, next + FIGURES_PER_STEP) }, library);
        next += FIGURES_PER_STEP;
      }
      await nextTask();
    }
    figureVerdicts(draft, library);
  }

  /** The findings for a draft's text with the settings in force. */
  lintText(text: string): Finding[] {
    return this.backcheck.lint(text, { severities: this.severities(), lang: this.lang() });
  }

  /**
   * The analysed draft of a document as it is now, with the language in force: the same object
   * the last lint of this version used (the service keeps it), so hover, code actions, the
   * status bar and the This Draft view never analyse the draft again.
   */
  draftOf(doc: vscode.TextDocument): Draft {
    return this.backcheck.analyze(doc.getText(), { lang: this.lang() });
  }

  /** The draft options in force (the language setting), for callers that pass text. */
  draftOptions(): { lang?: Lang } {
    return { lang: this.lang() };
  }

  /** Lints a draft that need not be open (Lint Workspace). */
  setFindings(uri: vscode.Uri, findings: Finding[]): void {
    this.findings.set(uri.toString(), findings);
    this.collection.set(uri, this.visibleFindings(uri, findings).map((f) => this.toDiagnostic(f)));
  }

  /** Shows a draft's last findings again, as visibleFindings decides now (no new lint). */
  republish(uri: vscode.Uri): void {
    const findings = this.findings.get(uri.toString());
    if (findings) this.collection.set(uri, this.visibleFindings(uri, findings).map((f) => this.toDiagnostic(f)));
  }

  private toDiagnostic(finding: Finding): vscode.Diagnostic {
    return toDiagnostic(finding, (key, paragraph) => this.locate(key, paragraph));
  }

  private clear(uri: vscode.Uri): void {
    this.findings.delete(uri.toString());
    this.collection.delete(uri);
    this.linted.fire(undefined);
  }

  /** The location of a source passage, for a diagnostic's related information. */
  locate(key: string, paragraph?: number): vscode.Location | undefined {
    const source = this.backcheck.library.byKey(key);
    if (!source) return undefined;
    const target = source.paragraphs.find((p) => p.index === paragraph) ?? source.paragraphs[0];
    // A saved web page's text is extracted from markup: its offsets are not the file's.
    const html = /\.html?$/i.test(source.path);
    const range = target && !html ? toVsRange(lineIndexOf(source).rangeOf(target.span)) : new vscode.Range(0, 0, 0, 0);
    return new vscode.Location(sourceUri(source.path), range);
  }

  severities(): Record<string, SeveritySetting> {
    return this.workspace.settings?.settings.rules ?? {};
  }

  private lang(): Lang | undefined {
    return this.workspace.settings?.settings.lang;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.collection.dispose();
    this.linted.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/**
 * A source's line index, made once per source object: a draft's findings point into the same
 * few sources again and again, and each index reads the whole source text.
 */
const lineIndexes = new WeakMap<Source, LineIndex>();
function lineIndexOf(source: Source): LineIndex {
  let lines = lineIndexes.get(source);
  if (!lines) lineIndexes.set(source, (lines = new LineIndex(source.text)));
  return lines;
}

/** Lets the extension host run what waits (typing, other extensions) before going on. */
function nextTask(): Promise<void> {
  return new Promise((resume) => setTimeout(resume, 0));
}

function lintOn(): 'type' | 'save' {
  return vscode.workspace.getConfiguration('backcheck').get<'type' | 'save'>('lintOn', 'type');
}
