import type { SourceIndex } from '../sources/library';
import { Postings } from '../sources/postings';
import type { Paragraph, Source } from '../sources/source';

/** One passage as the index holds it; `live` turns false when its source changes or goes. */
export interface PassageRef {
  source: Source;
  paragraph: Paragraph;
  live: boolean;
  /** Its place in the index's list of passages, where shared() counts its terms. */
  id: number;
}

/**
 * The passages sharing something with a sentence, as parallel arrays: `ids` (the first `count`
 * entries) are the passages' ids, and the counts are read by id. Arrays rather than an object
 * per passage: a common word shares tens of thousands of passages, and ranking reads them all.
 */
export interface SharedCounts {
  ids: Int32Array;
  count: number;
  /** By passage id: how many of the sentence's figure keys and words it has. */
  figures: Uint16Array;
  words: Uint16Array;
}

/**
 * Every passage by the words and figure keys it has, so ranking passages for a sentence reads
 * only the passages that share something with it, not every passage of every source per
 * keystroke. Updated per source (SourceIndex): a removed source's entries are marked dead and
 * swept once they outnumber the live ones (Postings), so a change costs its own size, not the corpus's.
 */
export class PassageTermIndex implements SourceIndex {
  /**
   * An id a passage, a source's passages in a run, posted under each of its words and figure
   * keys (two kinds of term): arrays of small integers, read in one pass, no object per posting.
   */
  private readonly passages = new Postings<Source, PassageRef>(2, (refs) => this.renumbered(refs));
  /** Each passage's place in reading order, by id; dropped at every change. */
  private ranks: Int32Array | undefined;

  constructor(
    private readonly wordsOf: (text: string) => Set<string>,
    private readonly figureKeysOf: (paragraph: Paragraph) => Set<string>,
  ) {}

  add(source: Source): void {
    const refs = source.paragraphs.map((paragraph): PassageRef => ({ source, paragraph, live: true, id: -1 }));
    const first = this.passages.add(source, refs);
    if (first === undefined) return;
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      ref.id = first + i;
      this.passages.postEach(this.wordsOf(ref.paragraph.text), ref.id, WORDS);
      this.passages.postEach(this.figureKeysOf(ref.paragraph), ref.id, FIGURES);
    }
    this.ranks = undefined;
  }

  remove(source: Source): void {
    for (const ref of this.passages.remove(source)) ref.live = false;
    this.ranks = undefined;
  }

  /** The live passage with this id (as shared() and readingRanks() name them). */
  refOf(id: number): PassageRef {
    return this.passages.itemOf(id)!;
  }

  /** The passages sharing a figure key or a word with the sentence, with how many of each. */
  shared(words: Set<string>, figureKeys: string[]): SharedCounts {
    // Counted in typed arrays by passage id, from posting lists of ids: a common word shares
    // tens of thousands of passages, and an object per posting cost a cache miss each.
    const size = this.passages.size;
    const figures = new Uint16Array(size);
    const counts = new Uint16Array(size);
    const seen = new Uint8Array(size);
    let ids = new Int32Array(64);
    let count = 0;
    const alive = this.passages.alive;
    const tally = (list: readonly number[] | undefined, into: Uint16Array) => {
      if (!list) return;
      for (let i = 0; i < list.length; i++) {
        const id = list[i];
        if (alive[id] === 0) continue;
        if (seen[id] === 0) {
          seen[id] = 1;
          if (count === ids.length) {
            const grown = new Int32Array(ids.length * 4);
            grown.set(ids);
            ids = grown;
          }
          ids[count++] = id;
        }
        into[id]++;
      }
    };
    // A figure the sentence names twice counts twice, as the sentence's list of figures does.
    for (const key of figureKeys) tally(this.passages.list(key, FIGURES), figures);
    for (const word of words) tally(this.passages.list(word, WORDS), counts);
    return { ids, count, figures, words: counts };
  }

  /**
   * Each live passage's place in reading order (its source's place in `sources`, then its
   * paragraph's), by id: computed once per change to the index, so ties in a ranking are put
   * in reading order by one array read instead of a map lookup per comparison.
   */
  readingRanks(sources: readonly Source[]): Int32Array {
    if (this.ranks) return this.ranks;
    // A passage whose source is not in `sources` comes first, as a source of unknown place did.
    const ranks = new Int32Array(this.passages.size);
    let rank = 0;
    for (const source of sources) {
      const first = this.passages.firstId(source) ?? 0;
      const end = first + this.passages.idCount(source);
      for (let id = first; id < end; id++) ranks[id] = ++rank;
    }
    return (this.ranks = ranks);
  }

  /** By id, 1 for the passages of these sources: what ranking may keep when a prefix narrows the list. */
  passagesOf(sources: readonly Source[]): Uint8Array {
    const flags = new Uint8Array(this.passages.size);
    for (const source of sources) {
      const first = this.passages.firstId(source) ?? 0;
      flags.fill(1, first, first + this.passages.idCount(source));
    }
    return flags;
  }

  /** After a sweep: each passage learns its new id, its place in `refs`. */
  private renumbered(refs: readonly PassageRef[]): void {
    for (let id = 0; id < refs.length; id++) refs[id].id = id;
    this.ranks = undefined;
  }
}

/** The two kinds of term a passage is posted under. */
const WORDS = 0;
const FIGURES = 1;
