import type { Source } from './source';

/**
 * How many paragraphs a source has, where a host knows it without them: a CLI cache lists each
 * source's count beside its key, so a citation's locator is checked against it without reading
 * and parsing the source's entry (at 10,000 sources, most of the sources a draft cites).
 * Hidden (a symbol, not enumerable): the source reads, compares and serialises as before.
 */
export const PARAGRAPH_COUNT = Symbol('paragraph count');

export function paragraphCount(source: Source): number {
  return (source as Source & { [PARAGRAPH_COUNT]?: number })[PARAGRAPH_COUNT] ?? source.paragraphs.length;
}

/** Records a source's count of paragraphs before its paragraphs are read. */
export function knowParagraphCount(source: Source, count: number): void {
  Object.defineProperty(source, PARAGRAPH_COUNT, { value: count, enumerable: false, configurable: true });
}
