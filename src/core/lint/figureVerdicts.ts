import type { CitedKey } from '../citations/citation';
import { citationsIn } from '../citations/citationsIn';
import type { Draft } from '../draft';
import type { FigureMatch } from '../figures/figureIndex';
import { matchFigure } from '../figures/matchFigure';
import type { SourceLibrary } from '../sources/library';
import { sentenceAt } from '../text/sentences';
import type { Figure, Span } from '../types';

/**
 * What the sources say of one draft figure, decided once per lint run and read by the figure
 * rules (each rule reports one verdict):
 * - `ok`: a cited source has it in a cited paragraph (or anywhere, when the citation has no locator);
 * - `locator-mismatch`: a cited source has it, but not in the cited paragraphs;
 * - `not-in-cited-source`: no cited source has it, another source does;
 * - `uncited`: a source has it and the sentence cites none;
 * - `unmatched`: no source has it.
 */
export type Verdict = 'ok' | 'locator-mismatch' | 'not-in-cited-source' | 'uncited' | 'unmatched';

export interface FigureVerdict {
  figure: Figure;
  sentence: Span;
  /** Known sources cited in the figure's sentence, with their locators. */
  cited: CitedKey[];
  verdict: Verdict;
  /** The source figure that matched (in the cited passage when there is one), if any did. */
  match?: FigureMatch;
}

const cache = new WeakMap<Draft, WeakMap<SourceLibrary, FigureVerdict[]>>();

export function figureVerdicts(draft: Draft, library: SourceLibrary): FigureVerdict[] {
  let byLibrary = cache.get(draft);
  if (!byLibrary) cache.set(draft, (byLibrary = new WeakMap()));
  let verdicts = byLibrary.get(library);
  if (!verdicts) byLibrary.set(library, (verdicts = draft.figures.filter((f) => f.kind !== 'ordinal').map((f) => judge(f, draft, library))));
  return verdicts;
}

function judge(figure: Figure, draft: Draft, library: SourceLibrary): FigureVerdict {
  const sentence = sentenceAt(draft.sentences, figure.span.start);
  const cited = citationsIn(draft.citations, sentence)
    .flatMap((c) => c.keys)
    .filter((k) => library.byKey(k.key));
  const base = { figure, sentence, cited };
  if (cited.length > 0) {
    for (const key of cited) {
      const range = key.locator?.label === 'para' ? { from: key.locator.from, to: key.locator.to } : undefined;
      const match = matchFigure(figure, library.figureIndexOf(key.key, range));
      if (match) return { ...base, verdict: 'ok', match };
    }
    for (const key of cited) {
      const match = matchFigure(figure, library.figureIndexOf(key.key));
      if (match) return { ...base, verdict: 'locator-mismatch', match };
    }
  }
  const match = matchFigure(figure, library.figureIndex);
  if (!match) return { ...base, verdict: 'unmatched' };
  return { ...base, verdict: cited.length > 0 ? 'not-in-cited-source' : 'uncited', match };
}

/** A source figure as quick fixes and messages name it. */
export function located(match: FigureMatch) {
  return { value: match.source.figure.value, text: match.source.figure.text, sourceKey: match.source.sourceKey, paragraph: match.source.paragraph, kind: match.kind };
}
