import type { Figure, Lang } from '../types';

/**
 * Every key a figure may have besides its spans and its value: each is stored as a code, a place
 * in the source's table of values. A figure with a key not listed here (or a span that is not
 * two offsets) is kept as the object it is, so no figure is ever stored other than it was made.
 */
const CODED_KEYS = ['text', 'lang', 'unit', 'kind', 'hedge', 'noun', 'subject', 'subjectWord', 'change', 'scale', 'strictBound', 'requirement', 'eitherOrder'] as const;
type CodedKey = (typeof CODED_KEYS)[number];
const SLOT = new Map<string, number>(CODED_KEYS.map((key, i) => [key, i + 1]));
/** Codes a figure: its shape (its keys in their order, a string in the table), then one per coded key. */
const WIDTH = 1 + CODED_KEYS.length;
/** Offsets a figure: its span's start and end, its number's start and end. */
const OFFSETS = 4;
/** Code 0 of `text` and `lang`: the figure's span of the source's text, the source's language. */
const DERIVED = 0;
/** Codes are 16-bit: a source with more distinct values keeps its further figures as objects. */
const MAX_CODES = 0xffff;

/**
 * What crosses a thread boundary: typed arrays and a table of plain values, a few objects a
 * source instead of several per figure (structured cloning copies each object on its own).
 */
export interface StoredFiguresData {
  count: number;
  offsets: Int32Array;
  values: Float64Array;
  codes: Uint16Array;
  table: unknown[];
  /** Figures kept as objects, by their place (shapes the columns cannot hold). */
  odd?: Map<number, Figure>;
}

/**
 * One source's figures in columns: about 50 bytes a figure instead of about 280 as objects (a
 * figure, its spans, its strings, its place in the index; measured on the bench corpus, 810,000
 * figures at 10,000 sources). A figure is made as an object only when it is asked for (a
 * lookup's candidates, a hover, a paragraph's figures), once: asked again it is the same object,
 * so a figure found by the index is the one its paragraph lists.
 */
export class StoredFigures {
  private made: Array<Figure | undefined> | undefined;

  private constructor(
    private readonly data: StoredFiguresData,
    /** The source's text and language, which most figures' text and language are derived from. */
    private readonly text: string,
    private readonly lang: Lang,
  ) {}

  /** The figures in columns, in the order given (a source's paragraphs' figures, one after another). */
  static of(figures: readonly Figure[], text: string, lang: Lang): StoredFigures {
    const count = figures.length;
    const data: StoredFiguresData = { count, offsets: new Int32Array(count * OFFSETS), values: new Float64Array(count), codes: new Uint16Array(count * WIDTH), table: [undefined] };
    const codeOf = new Map<unknown, number>();
    for (let i = 0; i < count; i++) {
      if (!encode(figures[i], i, data, codeOf, text, lang)) (data.odd ??= new Map()).set(i, figures[i]);
    }
    return new StoredFigures(data, text, lang);
  }

  /** The figures as a worker posted them (`data`), over the source's text and language. */
  static from(data: StoredFiguresData, text: string, lang: Lang): StoredFigures {
    return new StoredFigures(data, text, lang);
  }

  /**
   * Whether columns read back from storage fit together (an edited cache's may not): each as
   * long as `count` says, every code a place in the table, every shape a string of it.
   */
  static fits(data: StoredFiguresData): boolean {
    const { count, offsets, values, codes, table } = data;
    if (!Number.isSafeInteger(count) || offsets.length !== count * OFFSETS || values.length !== count || codes.length !== count * WIDTH) return false;
    for (let i = 0; i < codes.length; i++) if (codes[i] >= table.length) return false;
    for (let i = 0; i < count; i++) if (!data.odd?.has(i) && typeof table[codes[i * WIDTH]] !== 'string') return false;
    return true;
  }

  /** The columns, to post to another thread (read only: the columns are shared, not copied). */
  get transferable(): StoredFiguresData {
    return this.data;
  }

  get count(): number {
    return this.data.count;
  }

  /** The figure at place `i`, made on first request and the same object after. */
  at(i: number): Figure {
    const odd = this.data.odd?.get(i);
    if (odd) return odd;
    const known = this.made?.[i];
    if (known) return known;
    const figure: Record<string, unknown> = {};
    for (const key of shapeOf(this.data.table[this.data.codes[i * WIDTH]] as string).keys) figure[key] = this.field(i, key);
    (this.made ??= new Array<Figure | undefined>(this.data.count))[i] = figure as unknown as Figure;
    return figure as unknown as Figure;
  }

  /** A figure's kind, without making it. */
  kindAt(i: number): Figure['kind'] {
    return this.coded(i, 'kind') as Figure['kind'];
  }

  /** A figure's unit, without making it. */
  unitAt(i: number): string | undefined {
    return this.coded(i, 'unit') as string | undefined;
  }

  /** A figure's value, without making it. */
  valueAt(i: number): number {
    const odd = this.data.odd?.get(i);
    return odd ? odd.value : this.data.values[i];
  }

  private coded(i: number, key: CodedKey): unknown {
    const odd = this.data.odd?.get(i);
    if (odd) return odd[key];
    return shapeOf(this.data.table[this.data.codes[i * WIDTH]] as string).has.has(key) ? this.field(i, key) : undefined;
  }

  private field(i: number, key: string): unknown {
    const { offsets, codes, table } = this.data;
    if (key === 'span') return { start: offsets[i * OFFSETS], end: offsets[i * OFFSETS + 1] };
    if (key === 'number') return { start: offsets[i * OFFSETS + 2], end: offsets[i * OFFSETS + 3] };
    if (key === 'value') return this.data.values[i];
    const code = codes[i * WIDTH + SLOT.get(key)!];
    if (code === DERIVED && key === 'text') return this.text.slice(offsets[i * OFFSETS], offsets[i * OFFSETS + 1]);
    if (code === DERIVED && key === 'lang') return this.lang;
    return table[code];
  }
}

/**
 * Writes figure `i` into the columns; false when it has a shape they cannot hold (it is kept
 * whole). Run for each of a source's figures (80 a source on the bench corpus, on both threads
 * of a cold load), so it makes no arrays or closures a figure and slices no text.
 */
function encode(figure: Figure, i: number, data: StoredFiguresData, codeOf: Map<unknown, number>, text: string, lang: Lang): boolean {
  if (Object.getPrototypeOf(figure) !== Object.prototype) return false;
  const keys = Object.keys(figure);
  const record = figure as unknown as Record<string, unknown>;
  // Slots and values to code, in pairs: [slot, value, slot, value, …].
  const codes: unknown[] = [];
  for (const key of keys) {
    const value = record[key];
    if (key === 'span' || key === 'number') {
      if (!isOffsets(value)) return false;
    } else if (key === 'value') {
      if (typeof value !== 'number') return false;
    } else {
      const slot = SLOT.get(key);
      if (slot === undefined || !isPlainValue(value)) return false;
      const derived = key === 'text' ? isSpanText(figure, text) : key === 'lang' && value === lang;
      if (!derived) codes.push(slot, value);
    }
  }
  const shape = keys.join(',');
  // Every code this figure needs, before any is written: a full table leaves the figure whole.
  // Counted only near the limit: below it, even all of them new would fit.
  if (data.table.length + 1 + codes.length / 2 > MAX_CODES && data.table.length + freshCount(shape, codes, codeOf) > MAX_CODES) return false;
  const at = i * WIDTH;
  data.codes[at] = codeFor(shape, data, codeOf);
  for (let c = 0; c < codes.length; c += 2) data.codes[at + (codes[c] as number)] = codeFor(codes[c + 1], data, codeOf);
  const { span, number } = figure;
  const offsets = data.offsets;
  if (span) {
    offsets[i * OFFSETS] = span.start;
    offsets[i * OFFSETS + 1] = span.end;
  }
  if (number) {
    offsets[i * OFFSETS + 2] = number.start;
    offsets[i * OFFSETS + 3] = number.end;
  }
  data.values[i] = figure.value;
  return true;
}

/** The distinct values among a figure's shape and coded values that the table does not hold yet. */
function freshCount(shape: string, codes: unknown[], codeOf: Map<unknown, number>): number {
  const fresh = new Set<unknown>();
  if (!codeOf.has(shape)) fresh.add(shape);
  for (let c = 1; c < codes.length; c += 2) if (!codeOf.has(codes[c])) fresh.add(codes[c]);
  return fresh.size;
}

/** A value's place in the table, added at its end when it is new. */
function codeFor(value: unknown, data: StoredFiguresData, codeOf: Map<unknown, number>): number {
  let known = codeOf.get(value);
  if (known === undefined) {
    codeOf.set(value, (known = data.table.length));
    data.table.push(value);
  }
  return known;
}

/** A span the columns hold: exactly `{ start, end }`, both offsets that fit 32 bits. */
function isOffsets(value: unknown): value is { start: number; end: number } {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const keys = Object.keys(value);
  const { start, end } = value as { start: unknown; end: unknown };
  return keys.length === 2 && keys[0] === 'start' && keys[1] === 'end' && isOffset(start) && isOffset(end);
}

function isOffset(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= -0x80000000 && value <= 0x7fffffff && !Object.is(value, -0);
}

/**
 * A value the table holds as itself: a string, number, boolean or undefined. Not -0, which a
 * Map would take for 0.
 */
function isPlainValue(value: unknown): boolean {
  const type = typeof value;
  return type === 'string' || type === 'boolean' || value === undefined || (type === 'number' && !Object.is(value, -0));
}

/** Is the figure's text its span of the source's text? Compared in place: no slice is made. */
function isSpanText(figure: Figure, text: string): boolean {
  const own = figure.text;
  if (typeof own !== 'string' || !isOffsets(figure.span)) return false;
  const { start, end } = figure.span;
  return own.length === end - start && start >= 0 && end <= text.length && text.startsWith(own, start);
}

/** A shape's keys in order and as a set, read once per shape (a source has a handful). */
const shapes = new Map<string, { keys: string[]; has: Set<string> }>();

function shapeOf(shape: string): { keys: string[]; has: Set<string> } {
  let known = shapes.get(shape);
  if (!known) {
    const keys = shape === '' ? [] : shape.split(',');
    shapes.set(shape, (known = { keys, has: new Set(keys) }));
  }
  return known;
}
