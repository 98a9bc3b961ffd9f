import type { CitedKey } from '../citations/citation';
import type { Draft } from '../draft';
import type { FigureMatch, LocatedFigure } from '../figures/figureIndex';
import { figureVerdicts, type Verdict } from '../lint/figureVerdicts';
import { matchFigure } from '../figures/matchFigure';
import { suggestedFigures } from '../figures/suggestedFigures';
import type { SourceLibrary } from '../sources/library';
import { locate } from '../sources/locate';
import type { Paragraph, Source, UnreadableSource } from '../sources/source';
import { sentenceAt } from '../text/sentences';
import type { Figure, Span } from '../types';
import { message, type Message } from '../messages/message';

/** One cited key under the cursor: the source and the paragraphs its locator names. */
export interface CitationHoverSection {
  key: string;
  source?: Source;
  /** Set when no source has the key but a file that would have it cannot be read. */
  unreadable?: UnreadableSource;
  paragraphs: Paragraph[];
  /** Set when the locator points past the source's paragraphs or pages: what does not exist. */
  outOfRange?: { from: number; to: number; message: string; problem: Message };
}

export type HoverInfo =
  | { kind: 'citation'; span: Span; sections: CitationHoverSection[]; figuresInSentence: Figure[] }
  | FigureHover;

/**
 * The card on a figure, from the lint's own verdict of it (figureVerdicts.ts, cached on the
 * draft), so the card and the diagnostic never disagree: `match` is the one the verdict names (in
 * the cited passage, else the cited source, else any source), `cited` the keys the sentence cites.
 * An ordinal has no verdict (the lint does not check it): its card reads the whole library.
 */
export interface FigureHover {
  kind: 'figure';
  span: Span;
  figure: Figure;
  verdict?: Verdict;
  cited: string[];
  match?: FigureMatch;
  nearest: LocatedFigure[];
  /** For `subject-mismatch`: the source figures with the number, counting something else. */
  otherSubjects?: LocatedFigure[];
}

/**
 * What a hover at `offset` in a draft should show: for a citation key, the cited passages (all
 * keys of that citation, one section each); for a figure, where it matches or the nearest source
 * figures. Only the key's or figure's own range triggers a hover.
 */
export function hoverAt(draft: Draft, library: SourceLibrary, offset: number): HoverInfo | undefined {
  for (const citation of draft.citations) {
    const hit = citation.keys.find((k) => offset >= k.span.start && offset <= k.span.end);
    if (!hit) continue;
    const sentence = sentenceAt(draft.sentences, citation.span.start);
    const figuresInSentence = draft.figures.filter((f) => f.span.start >= sentence.start && f.span.end <= sentence.end);
    return { kind: 'citation', span: hit.span, sections: citation.keys.map((k) => section(k, library)), figuresInSentence };
  }
  const figure = draft.figures.find((f) => offset >= f.span.start && offset <= f.span.end);
  if (!figure) return undefined;
  return figureHover(draft, library, figure);
}

function figureHover(draft: Draft, library: SourceLibrary, figure: Figure): FigureHover {
  const judged = figure.kind === 'ordinal' ? undefined : figureVerdicts(draft, library).find((v) => v.figure === figure);
  const match = judged ? judged.match : matchFigure(figure, library.figureIndex);
  const base = { kind: 'figure' as const, span: figure.span, figure, verdict: judged?.verdict, cited: [...new Set(judged?.cited.map((k) => k.key))], match };
  if (judged?.verdict === 'subject-mismatch') return { ...base, nearest: [], otherSubjects: judged.otherSubjects?.slice(0, 3) };
  return { ...base, nearest: match ? [] : suggestedFigures(figure, library.figureIndex) };
}

function section(cited: CitedKey, library: SourceLibrary): CitationHoverSection {
  const source = library.byKey(cited.key);
  if (!source) {
    const unreadable = library.unreadableWithKey(cited.key);
    return unreadable ? { key: cited.key, paragraphs: [], unreadable } : { key: cited.key, paragraphs: [] };
  }
  const located = locate(source, cited.locator);
  if (!located) return { key: cited.key, source, paragraphs: source.paragraphs.slice(0, 1) };
  if ('outOfRange' in located) return { key: cited.key, source, paragraphs: [], outOfRange: { from: cited.locator!.from, to: cited.locator!.to, message: `The source ${located.outOfRange}.`, problem: message('hover.outOfRange', { problem: located.problem }) } };
  return { key: cited.key, source, paragraphs: located.paragraphs };
}
