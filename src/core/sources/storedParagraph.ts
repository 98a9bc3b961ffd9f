import type { Figure, Span } from '../types';
import type { Paragraph } from './source';
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
