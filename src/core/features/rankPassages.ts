import { extractFigures } from '../figures/extractFigures';
import { lookupValue } from '../figures/figureIndex';
import type { SourceLibrary } from '../sources/library';
import type { Paragraph, Source } from '../sources/source';
import type { Figure, Lang } from '../types';
import { PassageTermIndex, type SharedTerms } from './passageTerms';

export interface RankedPassage {
  key: string;
  paragraph: number;
  text: string;
  sharedFigures: number;
  sharedWords: number;
}

/** A ranked passage with the objects it came from, for callers that build on them (completion). */
export interface RankedPassageOf extends RankedPassage {
  source: Source;
  passage: Paragraph;
}

const STOP = new Set(['the', 'and', 'that', 'with', 'from', 'have', 'were', 'this', 'said', 'der', 'die', 'das', 'und', 'mit', 'von', 'eine', 'einer', 'wurden', 'dass', 'nach']);

const wordsOf = (text: string) => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)));
const figureKey = (f: Figure) => `${f.kind}|${f.unit ?? ''}|${lookupValue(f)}`;
const figureKeysOf = (paragraph: Paragraph) => new Set(paragraph.figures.map(figureKey));

/** The library's passage index, kept up to date by the library per changed source. */
const termIndexOf = (library: SourceLibrary) => library.sourceIndex(PassageTermIndex, () => new PassageTermIndex(wordsOf, figureKeysOf));

/** Where each source stands in reading order (sorted by key), computed once per library version. */
const readingOrders = new WeakMap<SourceLibrary, { version: number; order: Map<Source, number> }>();
function readingOrderOf(library: SourceLibrary): Map<Source, number> {
  let cached = readingOrders.get(library);
  if (!cached || cached.version !== library.version) {
    readingOrders.set(library, (cached = { version: library.version, order: new Map(library.sources.map((s, i) => [s, i])) }));
  }
  return cached.order;
}

/**
 * The passages that share a figure or a word with a sentence, best first: shared figures first
 * — compared by kind, unit and value, so they cross languages ("120,000" and "120.000") — then
 * shared words; ties keep reading order. Read from the library's index of passage terms, so a
 * keystroke's completion costs the passages that share something, not the whole corpus.
 */
export function* rankSharedPassages(sentence: string, lang: Lang, library: SourceLibrary): Generator<RankedPassageOf> {
  const figures = extractFigures(sentence, lang).map(figureKey);
  const shared = termIndexOf(library).shared(wordsOf(sentence), figures);
  // Scores are small whole numbers: group by score, best first, and put a group in reading order
  // only when the caller reads that far (completion stops after 100 items; a common word's
  // group of tens of thousands is then never sorted).
  const byScore = new Map<number, SharedTerms[]>();
  for (const s of shared) {
    const score = s.sharedFigures * 65536 + s.sharedWords;
    const group = byScore.get(score);
    if (group) group.push(s);
    else byScore.set(score, [s]);
  }
  const order = readingOrderOf(library);
  for (const score of [...byScore.keys()].sort((a, b) => b - a)) {
    for (const { ref, sharedFigures, sharedWords } of inReadingOrder(byScore.get(score)!, order)) {
      yield { key: ref.source.key, paragraph: ref.paragraph.index, text: ref.paragraph.text, sharedFigures, sharedWords, source: ref.source, passage: ref.paragraph };
    }
  }
}

/** Below this many passages a group is sorted by comparison; above, by its sources' places. */
const SMALL_GROUP = 64;

/**
 * A group of passages in reading order: by their source's place, then by paragraph, ties in
 * the group's order. A large group is bucketed by source place first, in one pass: sorted by
 * comparison, the group of passages sharing one common word (37,000 at 10,000 sources) cost
 * every completion two map lookups per comparison.
 */
function inReadingOrder(group: SharedTerms[], order: Map<Source, number>): SharedTerms[] {
  const byParagraph = (a: SharedTerms, b: SharedTerms) => a.ref.paragraph.index - b.ref.paragraph.index;
  const placeOf = (s: SharedTerms) => order.get(s.ref.source) ?? 0;
  if (group.length < SMALL_GROUP) return group.sort((a, b) => placeOf(a) - placeOf(b) || byParagraph(a, b));
  const buckets: Array<SharedTerms[] | undefined> = new Array(order.size);
  for (const s of group) (buckets[placeOf(s)] ??= []).push(s);
  const sorted: SharedTerms[] = [];
  for (const bucket of buckets) {
    if (!bucket) continue;
    if (bucket.length > 1) bucket.sort(byParagraph);
    for (const s of bucket) sorted.push(s);
  }
  return sorted;
}

/** Every passage of every source, ranked as rankSharedPassages ranks, the rest in reading order. */
export function rankPassages(sentence: string, lang: Lang, library: SourceLibrary): RankedPassage[] {
  const shared = [...rankSharedPassages(sentence, lang, library)];
  const seen = new Set(shared.map((r) => r.passage));
  const rest: RankedPassage[] = [];
  for (const source of library.sources) {
    for (const paragraph of source.paragraphs) {
      if (!seen.has(paragraph)) rest.push({ key: source.key, paragraph: paragraph.index, text: paragraph.text, sharedFigures: 0, sharedWords: 0 });
    }
  }
  return [...shared, ...rest];
}
