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

export interface SharedTerms {
  ref: PassageRef;
  sharedFigures: number;
  sharedWords: number;
}

/**
 * Every passage by the words and figure keys it has, so ranking passages for a sentence reads
 * only the passages that share something with it, not every passage of every source per
 * keystroke. Updated per source (SourceIndex): a removed source's entries are marked dead and
 * swept once they outnumber the live ones, so a change costs its own size, not the corpus's.
 */
export class PassageTermIndex implements SourceIndex {
  private readonly byWord = new Map<string, PassageRef[]>();
  private readonly byFigure = new Map<string, PassageRef[]>();
  private readonly refs = new Map<Source, PassageRef[]>();
  /** Every passage ever added, by id (dead ones until the next sweep). */
  private byId: PassageRef[] = [];
  private live = 0;
  private dead = 0;

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
    for (const ref of refs) {
      for (const word of this.wordsOf(ref.paragraph.text)) push(this.byWord, word, ref);
      for (const key of this.figureKeysOf(ref.paragraph)) push(this.byFigure, key, ref);
    }
    this.refs.set(source, refs);
    this.live += refs.length;
  }

  remove(source: Source): void {
    const refs = this.refs.get(source);
    if (!refs) return;
    for (const ref of refs) ref.live = false;
    this.refs.delete(source);
    this.live -= refs.length;
    this.dead += refs.length;
    if (this.dead > this.live) this.sweep();
  }

  /** The passages sharing a figure key or a word with the sentence, with how many of each. */
  shared(words: Set<string>, figureKeys: string[]): SharedTerms[] {
    // Counted in typed arrays by passage id: a common word shares tens of thousands of passages.
    const figures = new Uint16Array(this.byId.length);
    const counts = new Uint16Array(this.byId.length);
    const touched: number[] = [];
    const count = (ref: PassageRef, into: Uint16Array) => {
      if (!ref.live) return;
      if (figures[ref.id] === 0 && counts[ref.id] === 0) touched.push(ref.id);
      into[ref.id]++;
    };
    // A figure the sentence names twice counts twice, as the sentence's list of figures does.
    for (const key of figureKeys) for (const ref of this.byFigure.get(key) ?? []) count(ref, figures);
    for (const word of words) for (const ref of this.byWord.get(word) ?? []) count(ref, counts);
    return touched.map((id) => ({ ref: this.byId[id], sharedFigures: figures[id], sharedWords: counts[id] }));
  }

  private sweep(): void {
    for (const postings of [this.byWord, this.byFigure]) {
      for (const [term, refs] of postings) {
        const kept = refs.filter((r) => r.live);
        if (kept.length > 0) postings.set(term, kept);
        else postings.delete(term);
      }
    }
    this.dead = 0;
    this.byId = this.byId.filter((r) => r.live);
    this.byId.forEach((r, id) => (r.id = id));
  }
}

function push(postings: Map<string, PassageRef[]>, term: string, ref: PassageRef): void {
  const refs = postings.get(term);
  if (refs) refs.push(ref);
  else postings.set(term, [ref]);
}
