import type { SourceLibrary } from '../sources/library';
import type { Paragraph } from '../sources/source';
import { detectLang } from '../text/detectLang';
import type { Lang, Span } from '../types';
import { rankPassages, type RankedPassage } from './rankPassages';
import { sentenceBefore } from './sentenceBefore';

export interface CitationCompletion {
  kind: 'source' | 'passage';
  /** What the list shows first: the key, or the locator then the key ("¶4 en_elbe_flood"). */
  label: string;
  /** Shown after the label: a source's title, or nothing for a passage. */
  description?: string;
  /**
   * What replaces `replace`: the cited key (and locator), and the closing bracket unless a
   * locator or another key follows, so the cursor always lands after "]".
   */
  insertText: string;
  /** What typing filters on: key, title and, for passages, the passage's words. */
  filterText: string;
  /** One line: a source's outlet, date and language; a passage's opening words. */
  detail: string;
  /** The whole passage (or a source's title), with the spans of its figures to show in bold. */
  documentation: { text: string; bold: Span[] };
  /** Rank for the sentence at the cursor: shared figures, then shared words, then reading order. */
  sortText: string;
}

export interface CitationCompletions {
  /** The typed key prefix after "@" (and a closing "]" right after it), which the completion replaces. */
  replace: Span;
  items: CitationCompletion[];
  /** More items match than were returned: the editor asks again as the writer types. */
  incomplete: boolean;
}

/** At most this many items per request; the editor re-asks as the prefix grows (`incomplete`). */
export const MAX_COMPLETIONS = 100;
const OPENING_WORDS = 12;
const MAX_FILTER_WORDS = 40;
const KEY_CHARS = /^[\p{L}\p{N}_:.#$%&+?<>~/-]*/u;

/**
 * Completions for a citation key at `offset`: after "[@", or after "@" inside brackets
 * ("[see @", "[@a; @"). Offers sources and their passages ranked by the sentence before the
 * citation (shared figures first, across languages, then shared words), bounded to
 * MAX_COMPLETIONS of those that match the typed prefix. Accepting one leaves the cursor after
 * the citation's closing bracket, whether the writer typed it, the editor auto-closed it or it
 * is missing: the replaced range covers a "]" right after the key.
 */
export function citationCompletions(text: string, offset: number, library: SourceLibrary, lang?: Lang): CitationCompletions | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  const m = /\[[^\]]*@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u.exec(line);
  if (!m) return undefined;
  const bracket = lineStart + m.index;
  const prefix = m[1];
  const replace = { start: offset - prefix.length, end: offset + KEY_CHARS.exec(text.slice(offset))![0].length };
  const after = text.slice(replace.end, text.indexOf('\n', replace.end) < 0 ? text.length : text.indexOf('\n', replace.end));
  // "]" right after the key: replace it too, so the inserted text ends with the bracket.
  if (after.startsWith(']')) replace.end += 1;
  // A locator or another key follows ("[@|, para. 2]", "[@|; @b]"): complete the key only.
  const keyOnly = !after.startsWith(']') && /^[^[]*\]/.test(after);
  const close = keyOnly ? '' : ']';

  const sentence = sentenceBefore(text, bracket);
  const ranked = rankPassages(sentence, lang ?? detectLang(sentence), library);
  const items = candidates(ranked, library, close, keyOnly).filter((item) => matchesPrefix(item, prefix));
  items.sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
  return { replace, items: items.slice(0, MAX_COMPLETIONS), incomplete: items.length > MAX_COMPLETIONS };
}

/** Every source and passage as an item, with a sortText from its rank for the sentence. */
function candidates(ranked: RankedPassage[], library: SourceLibrary, close: string, keyOnly: boolean): CitationCompletion[] {
  const items: CitationCompletion[] = [];
  const bestOfSource = new Map<string, number>();
  ranked.forEach((r, rank) => {
    if (!bestOfSource.has(r.key)) bestOfSource.set(r.key, rank);
  });
  const rankOf = new Map(ranked.map((r, rank) => [`${r.key}\u0000${r.paragraph}`, rank]));
  for (const source of library.sources) {
    const title = source.meta.title ?? source.paragraphs[0]?.text.slice(0, 80) ?? source.key;
    // A source sorts just before its best passage, so the whole source is one step away.
    const best = bestOfSource.get(source.key) ?? ranked.length;
    items.push({
      kind: 'source',
      label: source.key,
      description: source.meta.title,
      insertText: source.key + close,
      filterText: `${source.key} ${title}`,
      detail: [source.meta.outlet, source.meta.date, source.lang.toUpperCase()].filter(Boolean).join(' · '),
      documentation: { text: title, bold: [] },
      sortText: `${pad(best)}-0`,
    });
    if (keyOnly) continue;
    for (const paragraph of source.paragraphs) {
      const words = paragraph.text.split(/\s+/).filter(Boolean);
      items.push({
        kind: 'passage',
        label: `¶${paragraph.index} ${source.key}`,
        insertText: `${source.key}, para. ${paragraph.index}${close}`,
        filterText: `${source.key} ${words.slice(0, MAX_FILTER_WORDS).join(' ')}`,
        detail: words.length > OPENING_WORDS ? `${words.slice(0, OPENING_WORDS).join(' ')} …` : words.join(' '),
        documentation: { text: paragraph.text, bold: figureSpans(paragraph) },
        sortText: `${pad(rankOf.get(`${source.key}\u0000${paragraph.index}`) ?? ranked.length)}-1`,
      });
    }
  }
  return items;
}

/** The typed prefix filters on the key or, for a passage, on any word of it (as the editor does). */
function matchesPrefix(item: CitationCompletion, prefix: string): boolean {
  if (!prefix) return true;
  const wanted = prefix.toLowerCase();
  return item.filterText.toLowerCase().split(/\s+/).some((word) => word.startsWith(wanted) || word.includes(wanted));
}

/** The figures' spans within the paragraph's own text. */
function figureSpans(paragraph: Paragraph): Span[] {
  return paragraph.figures.map((f) => ({ start: f.span.start - paragraph.span.start, end: f.span.end - paragraph.span.start }));
}

const pad = (n: number) => String(n).padStart(6, '0');
