import { normalizeQuote, quoteWords } from './normalizeQuote';
import type { Source } from './source';

/**
 * Which sources contain a quotation, without normalising every source per quotation: each word
 * of a normalised source points to the sources that have it. A quotation's inner words (not
 * its first or last, which may be parts of a longer word in the source) must all be whole words
 * of any source that contains it, so only the sources of its rarest inner word are read.
 * Kept up to date one source at a time, as the library changes.
 *
 * A word's sources are a list of ids, not a set of sources: the extension builds the index on
 * its own thread as sources arrive, and a set per word cost most of that (at 10,000 sources, 3 of
 * the 12 s the host spent adding sources, profiled) and four times the memory. A removed source's
 * id is left dead in the lists and swept once the dead outnumber the live.
 */
export class QuoteIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly ids = new Map<Source, number>();
  /** By id: the source, or undefined once removed (until the next sweep). */
  private sources: Array<Source | undefined> = [];

  add(source: Source): void {
    if (this.ids.has(source)) return;
    const id = this.sources.push(source) - 1;
    this.ids.set(source, id);
    for (const word of new Set(quoteWords(normalizeQuote(source.text)))) {
      const list = this.postings.get(word);
      if (list) list.push(id);
      else this.postings.set(word, [id]);
    }
  }

  remove(source: Source): void {
    const id = this.ids.get(source);
    if (id === undefined) return;
    this.ids.delete(source);
    this.sources[id] = undefined;
    if (this.sources.length - this.ids.size > this.ids.size + 64) this.sweep();
  }

  /** Whether some source's normalised text contains `needle` (itself normalised). */
  contains(needle: string): boolean {
    let candidates: number[] | undefined;
    for (const word of quoteWords(needle).slice(1, -1)) {
      const list = this.postings.get(word);
      if (!list) return false;
      if (!candidates || list.length < candidates.length) candidates = list;
    }
    const has = (source: Source | undefined) => source !== undefined && normalizeQuote(source.text).includes(needle);
    if (!candidates) return this.sources.some(has);
    return candidates.some((id) => has(this.sources[id]));
  }

  /** Drops the removed sources' ids: the live ones are numbered again, in the order they came. */
  private sweep(): void {
    const renumbered = new Int32Array(this.sources.length).fill(-1);
    const live: Source[] = [];
    this.sources.forEach((source, id) => {
      if (!source) return;
      renumbered[id] = live.push(source) - 1;
      this.ids.set(source, renumbered[id]);
    });
    this.sources = live;
    for (const [word, list] of this.postings) {
      let kept = 0;
      for (const id of list) if (renumbered[id] >= 0) list[kept++] = renumbered[id];
      list.length = kept;
      if (kept === 0) this.postings.delete(word);
    }
  }
}
