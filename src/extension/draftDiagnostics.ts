import * as vscode from 'vscode';

import { CancellationSource } from '../core/cancellation';
import type { Draft } from '../core/draft';
import type { Source } from '../core/sources/source';
import { figureVerdicts } from '../core/lint/figureVerdicts';
import type { SourceLoader } from '../node/inThreadLoader';
import type { Backcheck } from '../core/service';
import { LineIndex } from '../core/text/lineIndex';
import type { Finding, Lang, SeveritySetting } from '../core/types';
import { toDiagnostic, toVsRange } from './convert';
import { nextTask, runInSlices } from './slices';
import { sourceDocumentUri } from './openSource';
import type { SourceWorkspace } from './sourceWorkspace';

const DEBOUNCE_MS = 250;
/**
 * Figures judged between two looks at the clock: one. Most take well under a millisecond, but
 * the first judgement of a common value at 10,000 sources makes the source figures of its
 * window into objects (they are kept in columns until asked for), some tens of milliseconds:
 * four in one step held the event loop 57-134 ms at the load's end (measured in VS Code).
 */
const FIGURES_PER_STEP = 1;
/**
 * Figures a lint step runs the figure rules over: the lint yields to the event loop between
 * steps (runInSlices), and a step of an unmatched figure's nearest source figures costs most.
 */
const FIGURES_PER_LINT_STEP = 16;

/** What a lint read: a lint of the same text against the same library with the same settings finds the same. */
interface LintInput {
  text: string;
  libraryVersion: number;
  settings: string;
}

const sameInput = (a: LintInput | undefined, b: LintInput) => a !== undefined && a.libraryVersion === b.libraryVersion && a.settings === b.settings && a.text === b.text;

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
  /** Each draft's lint under way, with what it reads: a newer lint or an edit cancels it. */
  private readonly running = new Map<string, { input: LintInput; cancel: CancellationSource }>();
  /** What each draft's published findings were linted from. */
  private readonly lintedFrom = new Map<string, LintInput>();

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
        this.cancelLint(doc.uri);
        this.collection.delete(doc.uri);
        this.findings.delete(doc.uri.toString());
        this.lintedFrom.delete(doc.uri.toString());
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
    // The lint under way reads a version that is stale now: the debounced lint of this one follows.
    this.cancelLint(doc.uri);
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
      this.cancelLint(doc.uri);
      if (this.findings.has(doc.uri.toString())) this.clear(doc.uri);
      return;
    }
    // The library does not answer for the sources in force yet: the load's end lints again.
    if (!this.workspace.isCurrent) return;
    const key = doc.uri.toString();
    const input: LintInput = { text: doc.getText(), libraryVersion: this.backcheck.library.version, settings: this.settingsKey() };
    // Linted already, or being linted (a save of the text just linted as it was typed): the same findings would come.
    const running = this.running.get(key);
    if (running ? sameInput(running.input, input) : sameInput(this.lintedFrom.get(key), input)) return;
    this.cancelLint(doc.uri);
    const cancel = new CancellationSource();
    this.running.set(key, { input, cancel });
    void this.lintInSlices(doc, input, cancel).finally(() => {
      if (this.running.get(key)?.cancel === cancel) this.running.delete(key);
    });
  }

  /**
   * Lints a draft's text and turns the findings into diagnostics a slice at a time (slices.ts),
   * then publishes them in one step; dropped when a newer lint of the draft starts, the draft
   * is edited (a newer version's lint is on its way) or closed. In one go, the first lint of a
   * 10,000-word draft against 10,000 sources held the extension host 270 ms, its diagnostics 130.
   */
  private async lintInSlices(doc: vscode.TextDocument, input: LintInput, cancel: CancellationSource): Promise<void> {
    // A library that moved on makes the lint stale too; its change event lints every draft again.
    const stop = () => cancel.token.isCancellationRequested || doc.isClosed || this.backcheck.library.version !== input.libraryVersion;
    const steps = this.backcheck.lintSteps(input.text, { severities: this.severities(), lang: this.lang() }, { figuresPerBatch: FIGURES_PER_LINT_STEP });
    const linted = await runInSlices(steps, stop);
    if (!linted) return;
    const findings = linted.value;
    const diagnostics = await runInSlices(this.diagnosticSteps(doc.uri, findings), stop);
    if (!diagnostics) return;
    const key = doc.uri.toString();
    this.findings.set(key, findings);
    this.collection.set(doc.uri, diagnostics.value);
    this.lintedFrom.set(key, input);
    this.linted.fire(doc);
  }

  /** Cancels the lint under way of a document, if any. */
  private cancelLint(uri: vscode.Uri): void {
    const key = uri.toString();
    this.running.get(key)?.cancel.cancel();
    this.running.delete(key);
  }

  /** The settings a lint reads, as one string to compare. */
  private settingsKey(): string {
    return JSON.stringify([this.severities(), this.lang() ?? null]);
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
    await runInSlices(judgeSteps(draft, this.backcheck.library));
    // The whole draft's judgement in a task of its own: it finds every verdict remembered.
    await nextTask();
    figureVerdicts(draft, this.backcheck.library);
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
    this.cancelLint(uri);
    this.lintedFrom.delete(uri.toString());
    this.findings.set(uri.toString(), findings);
    this.collection.set(uri, this.toDiagnostics(uri, findings));
  }

  /** Shows a draft's last findings again, as visibleFindings decides now (no new lint). */
  republish(uri: vscode.Uri): void {
    const findings = this.findings.get(uri.toString());
    if (findings) this.collection.set(uri, this.toDiagnostics(uri, findings));
  }

  private toDiagnostics(uri: vscode.Uri, findings: Finding[]): vscode.Diagnostic[] {
    const steps = this.diagnosticSteps(uri, findings);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * The diagnostics of the findings the Problems panel shows, one finding a step. Passages are
   * located once per key and paragraph: a draft's findings name the same few again and again.
   */
  private *diagnosticSteps(uri: vscode.Uri, findings: Finding[]): Generator<void, vscode.Diagnostic[], void> {
    const located = new Map<string, vscode.Location | undefined>();
    const locate = (key: string, paragraph?: number) => {
      const at = `${paragraph ?? ''} ${key}`;
      if (!located.has(at)) located.set(at, this.locate(key, paragraph));
      return located.get(at);
    };
    const diagnostics: vscode.Diagnostic[] = [];
    for (const finding of this.visibleFindings(uri, findings)) {
      diagnostics.push(toDiagnostic(finding, locate));
      yield;
    }
    return diagnostics;
  }

  private clear(uri: vscode.Uri): void {
    this.cancelLint(uri);
    this.findings.delete(uri.toString());
    this.lintedFrom.delete(uri.toString());
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
    // A PDF's or Word file's passage is in the text read from it, which the range is of.
    return new vscode.Location(sourceDocumentUri(source), range);
  }

  severities(): Record<string, SeveritySetting> {
    return this.workspace.settings?.settings.rules ?? {};
  }

  private lang(): Lang | undefined {
    return this.workspace.settings?.settings.lang;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const { cancel } of this.running.values()) cancel.cancel();
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

/** Judges a draft's figures a few at a time, a step each: a draft holding only the step's figures judges just those. */
function* judgeSteps(draft: Draft, library: Backcheck['library']): Generator<void, void, void> {
  const figures = draft.figures;
  for (let next = 0; next < figures.length; next += FIGURES_PER_STEP) {
    figureVerdicts({ ...draft, figures: figures.slice(next, next + FIGURES_PER_STEP) }, library);
    yield;
  }
}

function lintOn(): 'type' | 'save' {
  return vscode.workspace.getConfiguration('backcheck').get<'type' | 'save'>('lintOn', 'type');
}
