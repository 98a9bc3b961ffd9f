import type { Draft } from '../draft';
import { citationInsertPoint } from '../text/sentences';
import type { Span } from '../types';

export interface CitationPlacement {
  /** The sentence the citation is for: passages are ranked by it. */
  sentence: Span;
  /** What the citation replaces (empty where it is inserted). */
  span: Span;
  /** Text before the citation ("" or " "), so it never sticks to the word before it. */
  before: string;
}

/**
 * Where Insert Citation puts a citation for a cursor (or selection) in a draft. Invoked just
 * after a sentence's end ("dikes.|" or "dikes. |"), the citation is for that sentence and goes
 * before its closing punctuation ("dikes [@…]."); elsewhere it goes at the cursor, for the
 * sentence there. A space goes before it unless the text already has one (or an opening bracket).
 */
export function citationPlacement(draft: Draft, selection: Span): CitationPlacement {
  const { text } = draft;
  const after = selection.start === selection.end ? endedSentence(draft, selection.start) : undefined;
  if (after) {
    const at = citationInsertPoint(text, after);
    return { sentence: after, span: { start: at, end: at }, before: needsSpace(text, at) ? ' ' : '' };
  }
  const sentence = sentenceAround(draft.sentences, selection.start);
  return { sentence, span: selection, before: needsSpace(text, selection.start) ? ' ' : '' };
}

/** The sentence that ends with closing punctuation right before `offset` (white space between). */
function endedSentence(draft: Draft, offset: number): Span | undefined {
  let at = offset;
  while (at > 0 && /[ \t]/.test(draft.text[at - 1])) at--;
  const sentence = draft.sentences.find((s) => s.end === at);
  return sentence && /[.!?]["'”»)]*$/.test(draft.text.slice(sentence.start, sentence.end)) ? sentence : undefined;
}

/** The sentence holding `offset`, or the one ending right at it (cursor at the end of the text). */
function sentenceAround(sentences: Span[], offset: number): Span {
  return sentences.find((s) => offset >= s.start && offset < s.end) ?? sentences.find((s) => s.end === offset) ?? { start: offset, end: offset };
}

function needsSpace(text: string, at: number): boolean {
  return at > 0 && !/[\s([{]/.test(text[at - 1]);
}
