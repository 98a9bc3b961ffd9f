import type { Citation } from './citations/citation';
import { parseCitations } from './citations/parseCitations';
import { draftFigures } from './draftFigures';
import { markdownCuts } from './figureSegments';
import { maskOf, readProse, type ReadLimit } from './markdown';
import { detectLang } from './text/detectLang';
import { LineIndex } from './text/lineIndex';
import { splitSentences } from './text/sentences';
import type { Figure, Lang, Span } from './types';

/** A Markdown draft as the rules see it: its prose, figures and citations, with one line index. */
export interface Draft {
  text: string;
  lang: Lang;
  lines: LineIndex;
  figures: Figure[];
  citations: Citation[];
  /** Sentence spans of the prose; a citation covers the sentence it stands in. */
  sentences: Span[];
  /** Parts of the draft left unread because a reading limit was reached (`draft-over-limit`). */
  limits: ReadLimit[];
}

export interface DraftOptions {
  /** The draft's language; detected from its prose when absent. */
  lang?: Lang;
}

export function analyzeDraft(text: string, options: DraftOptions = {}): Draft {
  const { spans, limits } = readProse(text);
  const prose = proseOf(text, spans);
  const citations = parseCitations(prose);
  // Citation keys and locators ("para. 3") are not figures: blank them before extracting.
  const figureText = withoutCitations(prose, citations);
  const lang = options.lang ?? detectLang(figureText);
  return { text, lang, lines: new LineIndex(text), figures: draftFigures(text, figureText, lang, markdownCuts(text, figureText)), citations, sentences: splitSentences(prose), limits };
}

/**
 * `maskOf(text, spans)`, built from slices: the text between prose spans blanked, line ends kept.
 * Spans come in order and apart; were they ever not, `maskOf` itself does it a character at a time.
 */
function proseOf(text: string, spans: Span[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const span of spans) {
    if (span.start < from) return maskOf(text, spans);
    if (span.end <= span.start) continue;
    parts.push(text.slice(from, span.start).replace(/[^\n\r]/g, ' '), text.slice(span.start, span.end));
    from = span.end;
  }
  parts.push(text.slice(from).replace(/[^\n\r]/g, ' '));
  return parts.join('');
}

/** The prose with each citation's characters blanked to spaces, its line ends (LF) kept. */
function withoutCitations(prose: string, citations: Citation[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const { span } of citations) {
    // Citations are sorted and apart; were two ever to overlap, blank them one character at a time.
    if (span.start < from) return blankedByChar(prose, citations);
    parts.push(prose.slice(from, span.start), prose.slice(span.start, span.end).replace(/[^\n]/g, ' '));
    from = span.end;
  }
  parts.push(prose.slice(from));
  return parts.join('');
}

function blankedByChar(prose: string, citations: Citation[]): string {
  const chars = prose.split('');
  for (const citation of citations) {
    for (let i = citation.span.start; i < citation.span.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  }
  return chars.join('');
}
