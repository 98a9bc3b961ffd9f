import { extractFigures } from '../figures/extractFigures';
import { lookupValueOf } from '../figures/figureIndex';
import type { SourceLibrary } from '../sources/library';
import type { Paragraph, Source } from '../sources/source';
import { storedPlace } from '../sources/storedParagraph';
import type { Figure, Lang } from '../types';
import { PassageTermIndex, type SharedCounts } from './passageTerms';

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
/** What a figure is compared by across passages: kind, unit and lookup value (one key, whether read from an object or from columns). */
const termKey = (kind: Figure['kind'], unit: string | undefined, value: number) => `${kind}|${unit ?? ''}|${lookupValueOf(kind, value)}`;
const figureKey = (f: Figure) => termKey(f.kind, f.unit, f.value);
/**
 * A passage's figure keys. A stored paragraph's are read from its source's columns: asking for
 * its figures would make and keep an object for each (at 10,000 sources, most of the extension's
 * memory), where the index needs only their keys.
 */
function figureKeysOf(paragraph: Paragraph): Set<string> {
  const place = storedPlace(paragraph);
  if (!place) return new Set(paragraph.figures.map(figureKey));
  const { store, first, end } = place;
  const keys = new Set<string>();
  for (let i = first; i < end; i++) keys.add(termKey(store.kindAt(i), store.unitAt(i), store.valueAt(i)));
  return keys;
}

/** The library's passage index, kept up to date by the library per changed source. */
const termIndexOf = (library: SourceLibrary) => library.sourceIndex(PassageTermIndex, () => new PassageTermIndex(wordsOf, figureKeysOf));

/**
 * The passages that share a figure or a word with a sentence, best first: shared figures first
 * — compared by kind, unit and value, so they cross languages ("120,000" and "120.000") — then
 * shared words; ties keep reading order. Read from the library's index of passage terms, so a
 * keystroke's completion costs the passages that share something, not the whole corpus.
 * `within`: only the passages of these sources (those a typed prefix can match).
 */
export function* rankSharedPassages(sentence: string, lang: Lang, library: SourceLibrary, within?: readonly Source[]): Generator<RankedPassageOf> {
  const index = termIndexOf(library);
  const shared = index.shared(wordsOf(sentence), extractFigures(sentence, lang).map(figureKey));
  if (within) keepOnly(shared, index.passagesOf(within));
  const ranks = index.readingRanks(library.sources);
  const { figures, words } = shared;
  // Negative when passage a ranks before passage b; ids break ties of passages of unknown place.
  const before = (a: number, b: number) => figures[b] - figures[a] || words[b] - words[a] || ranks[a] - ranks[b] || a - b;
  // Only the best few are put in order, in one pass over the passages with a heap: completion
  // stops after 100 items, and a common word shares tens of thousands of passages that it would
  // otherwise sort. A caller that reads on (a typed prefix that few match, Insert Citation)
  // gets the next, larger batch, until every passage is in order.
  let yielded = 0;
  for (let batch = FIRST_BATCH; yielded < shared.count; batch *= 8) {
    const best = bestOf(shared.ids.subarray(0, shared.count), batch, before);
    for (let i = yielded; i < best.length; i++) {
      const ref = index.refOf(best[i]);
      yield { key: ref.source.key, paragraph: ref.paragraph.index, text: ref.paragraph.text, sharedFigures: figures[best[i]], sharedWords: words[best[i]], source: ref.source, passage: ref.paragraph };
    }
    yielded = best.length;
  }
}

/** Drops from `shared` the passages not flagged in `kept`, in place. */
function keepOnly(shared: SharedCounts, kept: Uint8Array): void {
  let count = 0;
  for (let i = 0; i < shared.count; i++) if (kept[shared.ids[i]] === 1) shared.ids[count++] = shared.ids[i];
  shared.count = count;
}

/** The first batch of passages put in order: enough for a completion list of sources and passages. */
const FIRST_BATCH = 128;

/**
 * The `k` first of `ids` by `before`, in order: a heap of the k best so far, whose root is the
 * worst of them, so a passage that cannot enter costs one comparison. All of them, sorted, when
 * k covers them.
 */
function bestOf(ids: Int32Array, k: number, before: (a: number, b: number) => number): Int32Array {
  if (k >= ids.length) return ids.slice().sort(before);
  const heap = new Int32Array(k);
  let size = 0;
  // A max-heap by `before`: heap[0] ranks last of the k.
  const after = (i: number, j: number) => before(heap[i], heap[j]) > 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  for (const id of ids) {
    if (size < k) {
      heap[size] = id;
      for (let i = size++; i > 0 && after(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (before(id, heap[0]) < 0) {
      heap[0] = id;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let top = i;
        if (l < k && after(l, top)) top = l;
        if (r < k && after(r, top)) top = r;
        if (top === i) break;
        swap(i, top);
        i = top;
      }
    }
  }
  return heap.sort(before);
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
