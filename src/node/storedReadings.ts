import type { Reading } from '../core/draftFigures';
import type { Figure, Span } from '../core/types';

/**
 * The drafts' figure readings (draftFigures.ts) as a cache's trailer line keeps them, so the
 * next run reads a draft with a line added around the change, not whole (a fifth of a warm
 * run after a 10,000-word draft changed, profiled). A reading depends on the draft's text and
 * language alone (and the engine, which stamps the cache), not on the sources.
 */
export type StoredReading = Reading;

/**
 * The readings whose figures JSON keeps exactly (every value a string, a boolean or a finite
 * number, the spans plain offsets); any other is left out, and that draft read whole next time.
 */
export function storedReadings(readings: readonly Reading[]): StoredReading[] {
  return readings.filter((reading) => reading.figures.every(isPlainFigure));
}

/** The readings of a trailer line that are readings: a text, its prose, a language and figures. */
export function readingsFrom(value: unknown): Reading[] {
  if (!Array.isArray(value)) return [];
  return value.filter((reading): reading is Reading => {
    const r = reading as Partial<Reading> | null;
    return typeof r === 'object' && r !== null && typeof r.text === 'string' && typeof r.figureText === 'string' && typeof r.lang === 'string' && Array.isArray(r.figures) && r.figures.every(isPlainFigure);
  });
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
