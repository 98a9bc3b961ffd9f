import { normalizeQuote, quoteWords } from './normalizeQuote';
import { Postings } from './postings';
import type { Source } from './source';

/**
 * Which sources contain a quotation, without normalising every source per quotation: each word
 * of a normalised source points to the sources that have it. A quotation's inner words (not
 * its first or last, which may be parts of a longer word in the source) must all be whole words
 * of any source that contains it, so only the sources of its rarest inner word are read.
 * Kept up to date one source at a time, as the library changes.
 *
 * A word's sources are a list of ids (Postings), not a set of sources: the extension builds the
 * index on its own thread as sources arrive, and a set per word cost most of that (at 10,000
 * sources, 3 of the 12 s the host spent adding sources, profiled) and four times the memory.
 */
export class QuoteIndex {
  /** One id a source, posted under each of its words. */
  private readonly sources = new Postings<Source, Source>();

  add(source: Source): void {
    const id = this.sources.add(source, [source]);
    if (id === undefined) return;
    // A word the source has twice is posted once: its id is the last in the word's list while it is added.
    for (const word of quoteWords(normalizeQuote(source.text))) this.sources.post(word, id);
  }

  remove(source: Source): void {
    this.sources.remove(source);
  }

  /** Whether some source's normalised text contains `needle` (itself normalised). */
  contains(needle: string): boolean {
    let candidates: readonly number[] | undefined;
    for (const word of quoteWords(needle).slice(1, -1)) {
      const list = this.sources.list(word);
      if (!list) return false;
      if (!candidates || list.length < candidates.length) candidates = list;
    }
    const has = (source: Source | undefined) => source !== undefined && normalizeQuote(source.text).includes(needle);
    if (!candidates) {
      for (const source of this.sources.liveItems()) if (has(source)) return true;
      return false;
    }
    return candidates.some((id) => has(this.sources.itemOf(id)));
  }
}
