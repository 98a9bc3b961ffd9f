import type { Figure, Span } from '../types';
import type { Paragraph, Source } from './source';
import type { StoredFigures } from './storedFigures';

// Where a paragraph's figures are stored: hidden (non-enumerable) fields, so a paragraph reads,
// compares (deepStrictEqual), spreads and serialises as the plain object it stands for.
const STORE = Symbol('figures');
const FIRST = Symbol('first');
const END = Symbol('end');
const MADE = Symbol('made');

interface Stored {
  [STORE]: StoredFigures;
  [FIRST]: number;
  [END]: number;
  [MADE]: Figure[] | undefined;
}

/**
 * One getter for every paragraph (so all share one V8 shape): a paragraph's figures, made from
 * its source's columns on first read and kept (asked again, the same array).
 */
function figuresOf(this: Paragraph & Stored): Figure[] {
  let made = this[MADE];
  if (!made) {
    made = [];
    for (let i = this[FIRST]; i < this[END]; i++) made.push(this[STORE].at(i));
    this[MADE] = made;
  }
  return made;
}

/** Assigning a paragraph's figures makes them a plain field, as on any paragraph. */
function setFigures(this: Paragraph, figures: Figure[]): void {
  Object.defineProperty(this, 'figures', { value: figures, enumerable: true, configurable: true, writable: true });
}

const HIDDEN = { enumerable: false, configurable: true, writable: true } as const;

/**
 * A paragraph whose figures are places first..end-1 of `store`; `more` are its other fields
 * (a PDF paragraph's page and place on it), set after its figures as loadSource sets them.
 */
export function storedParagraph(index: number, span: Span, text: string, store: StoredFigures, first: number, end: number, more?: object): Paragraph {
  const paragraph = { index, span, text } as Paragraph;
  Object.defineProperty(paragraph, 'figures', { get: figuresOf, set: setFigures, enumerable: true, configurable: true });
  if (more) Object.assign(paragraph, more);
  Object.defineProperty(paragraph, STORE, { ...HIDDEN, value: store });
  Object.defineProperty(paragraph, FIRST, { ...HIDDEN, value: first });
  Object.defineProperty(paragraph, END, { ...HIDDEN, value: end });
  Object.defineProperty(paragraph, MADE, { ...HIDDEN, value: undefined });
  return paragraph;
}

/**
 * Where a paragraph's figures are stored, while they still are (not for a plain paragraph, nor
 * one whose figures were assigned since).
 */
export function storedPlace(paragraph: Paragraph): { store: StoredFigures; first: number; end: number } | undefined {
  const stored = paragraph as Paragraph & Partial<Stored>;
  const store = stored[STORE];
  if (!store || Object.getOwnPropertyDescriptor(paragraph, 'figures')?.get !== figuresOf) return undefined;
  return { store, first: stored[FIRST]!, end: stored[END]! };
}

/**
 * The one store all of a source's paragraphs' figures are in, in order from its first place to
 * its last (as loadSource makes them), with each paragraph's end; undefined for any other source.
 */
export function storeOfParagraphs(paragraphs: readonly Paragraph[]): { store: StoredFigures; ends: Int32Array } | undefined {
  const ends = new Int32Array(paragraphs.length);
  let store: StoredFigures | undefined;
  for (let p = 0; p < paragraphs.length; p++) {
    const place = storedPlace(paragraphs[p]);
    if (!place || place.first !== (p === 0 ? 0 : ends[p - 1]) || (store && place.store !== store)) return undefined;
    store = place.store;
    ends[p] = place.end;
  }
  return store && ends[ends.length - 1] === store.count ? { store, ends } : undefined;
}

/**
 * A source's paragraphs in columns (where each starts and ends in its text, where its figures
 * end, its page and place on it in a paged source): a source read only through its figure index
 * and its text (most of a library, in a lint) never makes its paragraphs' objects, about 190
 * bytes a paragraph (the object, its span, its text's slice).
 */
export interface StoredParagraphsData {
  starts: Int32Array;
  ends: Int32Array;
  figureEnds: Int32Array;
  pages?: Int32Array;
  onPage?: Int32Array;
}

/**
 * A source's columns, one hidden field (not three: a warm CLI run gives 10,000 cached sources
 * theirs, and each property defined costs).
 */
const STORED = Symbol('stored paragraphs');

interface StoredSourceFields {
  [STORED]: { paragraphs: StoredParagraphsData; figures: StoredFigures; made: Paragraph[] | undefined };
}

/** One getter for every source (one V8 shape): its paragraphs, made on first read and kept. */
function paragraphsOf(this: Source & StoredSourceFields): Paragraph[] {
  const stored = this[STORED];
  if (!stored.made) {
    const { starts, ends, figureEnds, pages, onPage } = stored.paragraphs;
    stored.made = Array.from(starts, (start, p) => {
      const span = { start, end: ends[p] };
      const more = pages && onPage ? { page: pages[p], indexOnPage: onPage[p] } : undefined;
      return storedParagraph(p + 1, span, this.text.slice(start, ends[p]), stored.figures, p === 0 ? 0 : figureEnds[p - 1], figureEnds[p], more);
    });
  }
  return stored.made;
}

function setParagraphs(this: Source, paragraphs: Paragraph[]): void {
  Object.defineProperty(this, 'paragraphs', { value: paragraphs, enumerable: true, configurable: true, writable: true });
}

/** A source whose paragraphs are stored in columns over `figures`; its other fields as given, in loadSource's order. */
export function storedSource(fields: Omit<Source, 'paragraphs'>, figures: StoredFigures, paragraphs: StoredParagraphsData): Source {
  const { pages, ...first } = fields;
  const source = { ...first } as Source;
  storeParagraphs(source, figures, paragraphs);
  if (pages !== undefined) source.pages = pages;
  return source;
}

/**
 * Makes `source`'s paragraphs the ones stored in these columns (over its text, which is read
 * when they are first made): for a source that exists before its columns are read (a cache's
 * lazy source, parsed when first used).
 */
export function storeParagraphs(source: Source, figures: StoredFigures, paragraphs: StoredParagraphsData): void {
  Object.defineProperty(source, 'paragraphs', { get: paragraphsOf, set: setParagraphs, enumerable: true, configurable: true });
  Object.defineProperty(source, STORED, { ...HIDDEN, value: { paragraphs, figures, made: undefined } });
}

/**
 * Figure `f` of paragraph `p` (both from 0) with its paragraph's number, read from the source's
 * columns without making its paragraphs when it has them; undefined when there is no such figure.
 */
export function figureOfParagraph(source: Source, p: number, f: number): { figure: Figure; paragraph: number } | undefined {
  const parts = storedParts(source);
  if (!parts) {
    const paragraph = source.paragraphs[p];
    const figure = paragraph?.figures[f];
    return figure && { figure, paragraph: paragraph.index };
  }
  const { figureEnds } = parts.paragraphs;
  const first = p === 0 ? 0 : figureEnds[p - 1];
  if (p >= figureEnds.length || first + f >= figureEnds[p]) return undefined;
  return { figure: parts.figures.at(first + f), paragraph: p + 1 };
}

/**
 * Where a figure of the source's paragraph numbered `paragraph` is: the paragraph's place and
 * the figure's place in it (both from 0), as figureOfParagraph takes them; undefined when that
 * paragraph does not hold this very figure object. Read from the columns when the source has them.
 */
export function placeOfFigure(source: Source, paragraph: number, figure: Figure): [p: number, f: number] | undefined {
  const parts = storedParts(source);
  if (!parts) {
    const p = source.paragraphs.findIndex((candidate) => candidate.index === paragraph);
    const f = p < 0 ? -1 : source.paragraphs[p].figures.indexOf(figure);
    return f < 0 ? undefined : [p, f];
  }
  const p = paragraph - 1;
  const { figureEnds } = parts.paragraphs;
  if (p < 0 || p >= figureEnds.length) return undefined;
  const first = p === 0 ? 0 : figureEnds[p - 1];
  for (let i = first; i < figureEnds[p]; i++) if (parts.figures.at(i) === figure) return [p, i - first];
  return undefined;
}

/** A source's stored paragraphs and figures, while its paragraphs are the stored ones (not assigned since). */
export function storedParts(source: Source): { figures: StoredFigures; paragraphs: StoredParagraphsData } | undefined {
  const stored = (source as Source & Partial<StoredSourceFields>)[STORED];
  if (!stored || Object.getOwnPropertyDescriptor(source, 'paragraphs')?.get !== paragraphsOf) return undefined;
  return { figures: stored.figures, paragraphs: stored.paragraphs };
}
