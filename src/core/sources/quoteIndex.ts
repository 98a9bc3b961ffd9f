import { normalizeQuote, quoteWords } from './normalizeQuote';
import type { Source } from './source';

/**
 * Which sources contain a quotation, without normalising every source per quotation: each word
 * of a normalised source points to the sources that have it. A quotation's inner words (not
 * its first or last, which may be parts of a longer word in the source) must all be whole words
 * of any source that contains it, so only the sources of its rarest inner word are read.
 * Kept up to date one source at a time, as the library changes.
 */
export class QuoteIndex {
  private readonly postings = new Map<string, Set<Source>>();
  private readonly all = new Set<Source>();

  add(source: Source): void {
    this.all.add(source);
    for (const word of new Set(quoteWords(normalizeQuote(source.text)))) {
      let sources = this.postings.get(word);
      if (!sources) this.postings.set(word, (sources = new Set()));
      sources.add(source);
    }
  }

  remove(source: Source): void {
    if (!this.all.delete(source)) return;
    for (const word of new Set(quoteWords(normalizeQuote(source.text)))) {
      const sources = this.postings.get(word);
      sources?.delete(source);
      if (sources?.size === 0) this.postings.delete(word);
    }
  }

  /** Whether some source's normalised text contains `needle` (itself normalised). */
  contains(needle: string): boolean {
    const inner = quoteWords(needle).slice(1, -1);
    let candidates: Set<Source> = this.all;
    for (const word of inner) {
      const sources = this.postings.get(word);
      if (!sources) return false;
      if (sources.size < candidates.size) candidates = sources;
    }
    for (const source of candidates) if (normalizeQuote(source.text).includes(needle)) return true;
    return false;
  }
}
