import { throwIfCancelled, type CancellationToken } from './cancellation';
import { analyzeDraft, type Draft, type DraftOptions } from './draft';
import { extractFigures } from './figures/extractFigures';
import { figureVerdicts, type FigureVerdict } from './lint/figureVerdicts';
import { lintDraft, lintSteps, type LintLimits, type SeverityOverrides } from './lint/lint';
import { RULES } from './lint/rules';
import { SourceLibrary } from './sources/library';
import { LineIndex } from './text/lineIndex';
import { detectLang } from './text/detectLang';
import type { Figure, Finding, Lang, Range } from './types';

export interface LintOptions extends DraftOptions {
  severities?: SeverityOverrides;
}

export interface FigureReport extends Figure {
  range: Range;
}

/**
 * How many analysed drafts are kept: one per open document version is the need (lint, hover,
 * completion, code actions, the views and the status bar all ask for the same one); a few more
 * cover split editors and a Lint Workspace run without holding every draft ever seen.
 */
const KEPT_DRAFTS = 8;

/**
 * The facade that the CLI and the extension both call: a library of sources, updated per file
 * by the host, and the operations over drafts. It holds no I/O; hosts pass bytes and text in.
 * A draft's text is analysed once: every later question about the same text (and language)
 * reads the same Draft, so the figure verdicts cached on it (figureVerdicts.ts) are shared too.
 */
export class Backcheck {
  readonly library: SourceLibrary;
  /** How many times a draft was analysed; tests read it (one analysis per document version). */
  analyses = 0;
  /** Drafts by language option, then by text; the oldest is dropped first (a Map keeps order). */
  private readonly drafts = new Map<string, Map<string, Draft>>();
  private kept = 0;

  constructor(library = new SourceLibrary()) {
    this.library = library;
  }

  /** The analysed draft of `text`: computed on the first request, then shared. */
  analyze(text: string, options: DraftOptions = {}): Draft {
    const langKey = options.lang ?? '';
    const byText = this.drafts.get(langKey);
    const known = byText?.get(text);
    if (known) {
      // Most recently used last, so the one dropped is the one longest unasked for.
      byText!.delete(text);
      byText!.set(text, known);
      return known;
    }
    const draft = analyzeDraft(text, options);
    this.analyses++;
    this.keep(langKey, text, draft);
    return draft;
  }

  private keep(langKey: string, text: string, draft: Draft): void {
    let byText = this.drafts.get(langKey);
    if (!byText) this.drafts.set(langKey, (byText = new Map()));
    byText.set(text, draft);
    if (++this.kept > KEPT_DRAFTS) this.dropOldest();
  }

  /**
   * Takes a draft analysed elsewhere (the extension's worker thread) as the analysis of `text`,
   * unless it is known already; the text and its line index are this side's own.
   */
  adopt(text: string, options: DraftOptions, analysed: Omit<Draft, 'text' | 'lines'>): Draft {
    const byText = this.drafts.get(options.lang ?? '');
    const known = byText?.get(text);
    if (known) return known;
    const draft: Draft = { ...analysed, text, lines: new LineIndex(text) };
    this.keep(options.lang ?? '', text, draft);
    return draft;
  }

  private dropOldest(): void {
    for (const [langKey, byText] of this.drafts) {
      const oldest = byText.keys().next();
      if (oldest.done) continue;
      byText.delete(oldest.value);
      if (byText.size === 0) this.drafts.delete(langKey);
      this.kept--;
      return;
    }
  }

  lint(text: string, options: LintOptions = {}, token?: CancellationToken): Finding[] {
    const draft = this.analyze(text, options);
    throwIfCancelled(token);
    return lintDraft(draft, this.library, RULES, options.severities, { token });
  }

  /**
   * `lint`, a step at a time (lint.ts lintSteps): for a host that runs the steps in slices and
   * yields to its event loop between them. The draft is analysed on the first step.
   */
  *lintSteps(text: string, options: LintOptions = {}, limits: LintLimits = {}): Generator<void, Finding[], void> {
    const draft = this.analyze(text, options);
    yield;
    return yield* lintSteps(draft, this.library, RULES, options.severities, limits);
  }

  /** What the sources say of each figure in a draft (matched, cited, uncited ...). */
  verdicts(text: string, options: DraftOptions = {}): { draft: Draft; verdicts: FigureVerdict[] } {
    const draft = this.analyze(text, options);
    return { draft, verdicts: figureVerdicts(draft, this.library) };
  }

  /** The figures of any document: a Markdown draft's prose, or a plain text's every line. */
  figures(text: string, options: { lang?: Lang; markdown?: boolean } = {}): FigureReport[] {
    const lines = new LineIndex(text);
    const figures = options.markdown === false
      ? extractFigures(text, options.lang ?? detectLang(text))
      : this.analyze(text, options).figures;
    return figures.map((figure) => ({ ...figure, range: lines.rangeOf(figure.span) }));
  }
}

export type { CancellationToken, Draft, Figure, FigureVerdict, Finding, Lang };
