import type { SourceLibrary } from '../sources/library';
import { locatorOf, shortLocatorOf } from '../sources/locate';
import type { Paragraph, Source } from '../sources/source';
import { detectLang } from '../text/detectLang';
import type { Lang, Span } from '../types';
import { CompletionWordIndex } from './completionWords';
import { KEY_CHARS, MAX_FILTER_WORDS, itemFilterOf, itemMatches, titleOf, type ItemFilter } from './prefixMatch';
import { rankSharedPassages, type RankedPassageOf } from './rankPassages';
import { sentenceBefore } from './sentenceBefore';
import { sourceDate } from './sourceDate';

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
  /** The item Enter accepts: the passage ranked best for the sentence, when one shares a term. */
  preselect?: true;
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

/**
 * Completions for a citation key at `offset`: after "[@", or after "@" inside brackets
 * ("[see @", "[@a; @"). Offers sources and their passages ranked by the sentence before the
 * citation (shared figures first, across languages, then shared words), bounded to
 * MAX_COMPLETIONS of those that match the typed prefix. Accepting one leaves the cursor after
 * the citation's closing bracket, whether the writer typed it, the editor auto-closed it or it
 * is missing: the replaced range covers a "]" right after the key. `locale`: the UI's, for dates.
 */
export function citationCompletions(text: string, offset: number, library: SourceLibrary, lang?: Lang, locale?: string): CitationCompletions | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
  // The last "@" on the line before the cursor, inside a "[" not yet closed before it. Index
  // searches rather than a regular expression: a line of many "[" and "@" stays linear.
  const at = text.lastIndexOf('@', offset - 1);
  if (at < lineStart) return undefined;
  const bracket = text.lastIndexOf('[', at);
  if (bracket < lineStart || text.lastIndexOf(']', at) > bracket) return undefined;
  const prefix = text.slice(at + 1, offset);
  if (KEY_CHARS.exec(prefix)![0].length !== prefix.length) return undefined;
  const replace = { start: at + 1, end: offset + KEY_CHARS.exec(text.slice(offset, lineEnd))![0].length };
  const after = text.slice(replace.end, lineEnd);
  // "]" right after the key: replace it too, so the inserted text ends with the bracket.
  if (after.startsWith(']')) replace.end += 1;
  // A locator or another key follows ("[@|, para. 2]", "[@|; @b]"): complete the key only.
  const keyOnly = !after.startsWith(']') && /^[^[]*\]/.test(after);
  const close = keyOnly ? '' : ']';

  const sentence = sentenceBefore(text, bracket);
  const rank = (within?: readonly Source[]) => rankSharedPassages(sentence, lang ?? detectLang(sentence), library, within);
  const filter = prefix.toLowerCase();
  // A typed prefix is looked up in the word index first: only the sources it names can hold
  // an item the prefix matches, and the ranking is cut to theirs when they are under half the
  // library (a rare prefix would otherwise walk the ranking of the whole corpus, item by item;
  // a common one fills the list from the first passages of the ranking, uncut). Asked
  // for even without a prefix, so a library asked before any source is added keeps it as it grows.
  const words = wordIndexOf(library);
  const within = filter ? words.sourcesMatching(filter, library.sources, library.size / 2) : undefined;
  const { picked, matching } = pickInRankOrder(filter, keyOnly, rank(within), within ?? library.sources);
  const items: CitationCompletion[] = picked.map(({ source, paragraph }, rank) => ({ ...(paragraph ? passageItem(source, paragraph, close) : sourceItem(source, close, locale)), sortText: pad(rank) }));
  // A passage leads the list only from the ranking (pickInRankOrder): the writer most often cites it.
  if (items[0]?.kind === 'passage') items[0].preselect = true;
  return { replace, items, incomplete: matching > MAX_COMPLETIONS };
}

/** The library's index of word starts, built with it (the extension asks before any source is added). */
const wordIndexOf = (library: SourceLibrary) => library.sourceIndex(CompletionWordIndex, () => new CompletionWordIndex());

interface Picks {
  picked: Array<{ source: Source; paragraph?: Paragraph }>;
  /** How many matched, up to one more than the list holds. */
  matching: number;
}

/**
 * Walks the ranking, keeping what matches the prefix (`filter`, lower case), then every other
 * source and passage of `sources` (every source that can match) in reading order, and stops
 * once one more than the list holds has matched: that is all `incomplete` needs, and the rest
 * of the corpus is not read.
 */
function pickInRankOrder(filter: string, keyOnly: boolean, ranked: Iterable<RankedPassageOf>, sources: readonly Source[]): Picks {
  const picked: Picks['picked'] = [];
  let matching = 0;
  const take = (source: Source, paragraph?: Paragraph) => {
    if (filter && !itemMatches(filterOf(source, paragraph), filter)) return;
    if (++matching <= MAX_COMPLETIONS) picked.push({ source, paragraph });
  };
  const done = () => matching > MAX_COMPLETIONS;
  const seen = new Set<Source>();
  const taken = new Set<Paragraph>();
  for (const r of ranked) {
    if (done()) break;
    // The best-ranked passage leads, its source one step down; after it, a source comes just
    // before its best passage, so the whole source is one step away.
    if (!keyOnly && picked.length === 0) {
      taken.add(r.passage);
      take(r.source, r.passage);
    }
    if (!seen.has(r.source)) {
      seen.add(r.source);
      take(r.source);
    }
    if (keyOnly || taken.has(r.passage)) continue;
    taken.add(r.passage);
    take(r.source, r.passage);
  }
  for (const source of sources) {
    if (done()) break;
    if (!seen.has(source)) take(source);
    if (keyOnly) continue;
    for (const paragraph of source.paragraphs) {
      if (done()) break;
      if (!taken.has(paragraph)) take(source, paragraph);
    }
  }
  return { picked, matching };
}

function sourceItem(source: Source, close: string, locale?: string): Omit<CitationCompletion, 'sortText'> {
  const title = titleOf(source);
  return {
    kind: 'source',
    label: source.key,
    description: source.meta.title,
    insertText: source.key + close,
    filterText: `${source.key} ${title}`,
    detail: [source.meta.outlet, source.meta.date && sourceDate(source.meta.date, locale), source.lang.toUpperCase()].filter(Boolean).join(' · '),
    // The whole title, or the whole first paragraph when there is none: never half a headline.
    documentation: { text: source.meta.title ?? source.paragraphs[0]?.text ?? source.key, bold: [] },
  };
}

function passageItem(source: Source, paragraph: Paragraph, close: string): Omit<CitationCompletion, 'sortText'> {
  const words = paragraph.text.split(/\s+/).filter(Boolean);
  return {
    kind: 'passage',
    label: `${shortLocatorOf(paragraph)} ${source.key}`,
    insertText: `${source.key}, ${locatorOf(paragraph)}${close}`,
    filterText: `${source.key} ${words.slice(0, MAX_FILTER_WORDS).join(' ')}`,
    detail: words.length > OPENING_WORDS ? `${words.slice(0, OPENING_WORDS).join(' ')} …` : words.join(' '),
    documentation: { text: paragraph.text, bold: figureSpans(paragraph) },
  };
}

/** What the typed prefix is matched against (lower case), computed once per source or passage. */
const filters = new WeakMap<object, ItemFilter>();
function filterOf(source: Source, paragraph?: Paragraph): ItemFilter {
  const owner = paragraph ?? source;
  let filter = filters.get(owner);
  if (filter === undefined) filters.set(owner, (filter = itemFilterOf(source, paragraph)));
  return filter;
}

/** The figures' spans within the paragraph's own text. */
function figureSpans(paragraph: Paragraph): Span[] {
  return paragraph.figures.map((f) => ({ start: f.span.start - paragraph.span.start, end: f.span.end - paragraph.span.start }));
}

const pad = (n: number) => String(n).padStart(6, '0');
