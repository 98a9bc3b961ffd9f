import type { SourceIndex } from '../sources/library';
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
 * swept once they outnumber the live ones, so a change costs its own size, not the corpus's.
 */
export class PassageTermIndex implements SourceIndex {
  /** Passage ids by term, in arrays of small integers: read in one pass, no object per posting. */
  private readonly byWord = new Map<string, number[]>();
  private readonly byFigure = new Map<string, number[]>();
  private readonly refs = new Map<Source, PassageRef[]>();
  /** Every passage ever added, by id (dead ones until the next sweep). */
  private byId: PassageRef[] = [];
  /** By id, 1 while the passage's source is in the index: read in the counting loop instead of the ref. */
  private alive = new Uint8Array(64);
  private live = 0;
  private dead = 0;
  /** Each passage's place in reading order, by id; dropped at every change. */
  private ranks: Int32Array | undefined;

  constructor(
    private readonly wordsOf: (text: string) => Set<string>,
    private readonly figureKeysOf: (paragraph: Paragraph) => Set<string>,
  ) {}

  add(source: Source): void {
    const refs = source.paragraphs.map((paragraph) => {
      const ref = { source, paragraph, live: true, id: this.byId.length };
      this.byId.push(ref);
      return ref;
    });
    this.growAlive();
    for (const ref of refs) {
      this.alive[ref.id] = 1;
      for (const word of this.wordsOf(ref.paragraph.text)) push(this.byWord, word, ref.id);
      for (const key of this.figureKeysOf(ref.paragraph)) push(this.byFigure, key, ref.id);
    }
    this.refs.set(source, refs);
    this.live += refs.length;
    this.ranks = undefined;
  }

  remove(source: Source): void {
    const refs = this.refs.get(source);
    if (!refs) return;
    for (const ref of refs) {
      ref.live = false;
      this.alive[ref.id] = 0;
    }
    this.refs.delete(source);
    this.live -= refs.length;
    this.dead += refs.length;
    this.ranks = undefined;
    if (this.dead > this.live) this.sweep();
  }

  /** The passage with this id (as shared() and readingRanks() name them). */
  refOf(id: number): PassageRef {
    return this.byId[id];
  }

  /** The passages sharing a figure key or a word with the sentence, with how many of each. */
  shared(words: Set<string>, figureKeys: string[]): SharedCounts {
    // Counted in typed arrays by passage id, from posting lists of ids: a common word shares
    // tens of thousands of passages, and an object per posting cost a cache miss each.
    const size = this.byId.length;
    const figures = new Uint16Array(size);
    const counts = new Uint16Array(size);
    const seen = new Uint8Array(size);
    let ids = new Int32Array(64);
    let count = 0;
    const alive = this.alive;
    const tally = (list: number[] | undefined, into: Uint16Array) => {
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
    for (const key of figureKeys) tally(this.byFigure.get(key), figures);
    for (const word of words) tally(this.byWord.get(word), counts);
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
    const ranks = new Int32Array(this.byId.length);
    let rank = 0;
    for (const source of sources) {
      for (const ref of this.refs.get(source) ?? []) ranks[ref.id] = ++rank;
    }
    return (this.ranks = ranks);
  }

  /** By id, 1 for the passages of these sources: what ranking may keep when a prefix narrows the list. */
  passagesOf(sources: readonly Source[]): Uint8Array {
    const flags = new Uint8Array(this.byId.length);
    for (const source of sources) for (const ref of this.refs.get(source) ?? []) flags[ref.id] = 1;
    return flags;
  }

  private growAlive(): void {
    if (this.alive.length >= this.byId.length) return;
    const grown = new Uint8Array(Math.max(this.byId.length, this.alive.length * 2));
    grown.set(this.alive);
    this.alive = grown;
  }

  private sweep(): void {
    this.byId = this.byId.filter((r) => r.live);
    const newId = new Int32Array(this.alive.length).fill(-1);
    this.byId.forEach((r, id) => {
      newId[r.id] = id;
      r.id = id;
    });
    for (const postings of [this.byWord, this.byFigure]) {
      for (const [term, list] of postings) {
        let kept = 0;
        for (let i = 0; i < list.length; i++) {
          const id = newId[list[i]];
          if (id >= 0) list[kept++] = id;
        }
        list.length = kept;
        if (kept === 0) postings.delete(term);
      }
    }
    this.alive = new Uint8Array(Math.max(64, this.byId.length)).fill(1, 0, this.byId.length);
    this.dead = 0;
    this.ranks = undefined;
  }
}

function push(postings: Map<string, number[]>, term: string, id: number): void {
  const list = postings.get(term);
  if (list) list.push(id);
  else postings.set(term, [id]);
}
