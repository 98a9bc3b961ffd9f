import { analyzeDraft, type Draft, type DraftOptions } from './draft';
import { extractFigures } from './figures/extractFigures';
import { figureVerdicts, type FigureVerdict } from './lint/figureVerdicts';
import { lintDraft, type SeverityOverrides } from './lint/lint';
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
 * The facade that the CLI and the extension both call: a library of sources, updated per file
 * by the host, and the operations over drafts. It holds no I/O; hosts pass bytes and text in.
 */
export class Backcheck {
  readonly library = new SourceLibrary();

  analyze(text: string, options: DraftOptions = {}): Draft {
    return analyzeDraft(text, options);
  }

  lint(text: string, options: LintOptions = {}): Finding[] {
    const draft = analyzeDraft(text, options);
    return lintDraft(draft, this.library, RULES, options.severities);
  }

  /** What the sources say of each figure in a draft (matched, cited, uncited ...). */
  verdicts(text: string, options: DraftOptions = {}): { draft: Draft; verdicts: FigureVerdict[] } {
    const draft = analyzeDraft(text, options);
    return { draft, verdicts: figureVerdicts(draft, this.library) };
  }

  /** The figures of any document: a Markdown draft's prose, or a plain text's every line. */
  figures(text: string, options: { lang?: Lang; markdown?: boolean } = {}): FigureReport[] {
    const lines = new LineIndex(text);
    const figures = options.markdown === false
      ? extractFigures(text, options.lang ?? detectLang(text))
      : analyzeDraft(text, options).figures;
    return figures.map((figure) => ({ ...figure, range: lines.rangeOf(figure.span) }));
  }
}

export type { Draft, Figure, FigureVerdict, Finding, Lang };
