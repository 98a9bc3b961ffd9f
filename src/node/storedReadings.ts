import type { Reading } from '../core/draftFigures';
import type { ProseReading, ReadBlock } from '../core/proseBlocks';
import type { Figure, Span } from '../core/types';

/**
 * The drafts' figure readings (draftFigures.ts) as a cache's trailer line keeps them, so the
 * next run reads a draft with a line added around the change, not whole (a fifth of a warm
 * run after a 10,000-word draft changed, profiled). A reading depends on the draft's text and
 * language alone (and the engine, which stamps the cache), not on the sources.
 */
/**
 * With the blocks its Markdown was parsed in (proseBlocks.ts), when they are of this text:
 * `[start, end, last (1 or 0), number of spans, span starts and ends...]` a block, offsets in
 * the block, so the next run parses only the blocks that changed. A block's text is the
 * reading's own text from start to end: the exact string whose parse the spans are.
 */
export type StoredReading = Reading & { prose?: number[] };

/**
 * The readings whose figures JSON keeps exactly (every value a string, a boolean or a finite
 * number, the spans plain offsets); any other is left out, and that draft read whole next time.
 * `prose`: the block readings at hand, each kept with the reading of the same text.
 */
export function storedReadings(readings: readonly Reading[], prose: readonly ProseReading[] = []): StoredReading[] {
  return readings.filter((reading) => reading.figures.every(isPlainFigure)).map((reading) => {
    const blocks = prose.find((p) => p.text === reading.text)?.blocks;
    // None at hand: a reading the cache kept keeps the blocks it came with (of the same text).
    return blocks ? { ...reading, prose: packedBlocks(blocks) } : reading;
  });
}

/** The readings of a trailer line that are readings: a text, its prose, a language and figures. */
export function readingsFrom(value: unknown): Reading[] {
  if (!Array.isArray(value)) return [];
  return value.filter((reading): reading is Reading => {
    const r = reading as Partial<Reading> | null;
    return typeof r === 'object' && r !== null && typeof r.text === 'string' && typeof r.figureText === 'string' && typeof r.lang === 'string' && Array.isArray(r.figures) && r.figures.every(isPlainFigure);
  });
}

/** The block readings a stored reading carries, when they are whole and fit its text; else undefined (the draft is parsed anew). */
export function proseFrom(reading: Reading): ProseReading | undefined {
  const packed = (reading as StoredReading).prose;
  if (!Array.isArray(packed) || !packed.every((n) => Number.isSafeInteger(n) && n >= 0)) return undefined;
  const blocks: ReadBlock[] = [];
  let at = 0;
  for (let from = 0; at < packed.length; ) {
    const [start, end, last, count] = packed.slice(at, at + 4);
    if (start !== from || !(end > start) || end > reading.text.length || last !== (end === reading.text.length ? 1 : 0) || at + 4 + 2 * count > packed.length) return undefined;
    const spans = blockSpans(packed.slice(at + 4, at + 4 + 2 * count), end - start);
    if (!spans) return undefined;
    blocks.push({ start, end, last: last === 1, spans });
    at += 4 + 2 * count;
    from = end;
  }
  return blocks.length > 0 && blocks.at(-1)!.end === reading.text.length ? { text: reading.text, blocks } : undefined;
}

function packedBlocks(blocks: readonly ReadBlock[]): number[] {
  const out: number[] = [];
  for (const b of blocks) {
    out.push(b.start, b.end, b.last ? 1 : 0, b.spans.length);
    for (const s of b.spans) out.push(s.start, s.end);
  }
  return out;
}

/** A block's spans from their packed offsets, when each lies in the block, after the one before. */
function blockSpans(offsets: number[], length: number): Span[] | undefined {
  const spans: Span[] = [];
  for (let i = 0; i < offsets.length; i += 2) {
    const [start, end] = [offsets[i], offsets[i + 1]];
    if (start > end || end > length || start < (spans.at(-1)?.end ?? 0)) return undefined;
    spans.push({ start, end });
  }
  return spans;
}

function isPlainFigure(figure: unknown): figure is Figure {
  if (typeof figure !== 'object' || figure === null || Object.getPrototypeOf(figure) !== Object.prototype) return false;
  const f = figure as Figure;
  if (!isSpan(f.span) || (f.number !== undefined && !isSpan(f.number)) || typeof f.text !== 'string' || typeof f.kind !== 'string') return false;
  return Object.entries(f).every(([key, value]) => key === 'span' || key === 'number' || isPlainValue(value));
}

function isSpan(value: unknown): value is Span {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const keys = Object.keys(value);
  const { start, end } = value as Span;
  return keys.length === 2 && keys[0] === 'start' && keys[1] === 'end' && Number.isInteger(start) && Number.isInteger(end) && !Object.is(start, -0) && !Object.is(end, -0);
}

/** A value JSON gives back as it was: not undefined (a key JSON drops), -0, NaN or an infinity. */
function isPlainValue(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0));
}
