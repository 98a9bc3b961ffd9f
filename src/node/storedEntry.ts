import { isAscii } from 'node:buffer';

import type { Paragraph, Source } from '../core/sources/source';
import { StoredFigures, type StoredFiguresData } from '../core/sources/storedFigures';
import { storedParts, storedSource, storeParagraphs, type StoredParagraphsData } from '../core/sources/storedParagraph';
import type { Figure } from '../core/types';

/**
 * One source as a cache entry's JSON holds it. A source loadSource made (its paragraphs and
 * figures in columns, storedParagraph.ts) is stored in those columns, each typed array in
 * base64: read back, it is a few typed arrays again, not a paragraph and a figure object each
 * (a warm lint after the draft changed reads most of 10,000 sources: their objects were most
 * of its time). Any other source is stored as its objects, without the text and language that
 * are the source's own.
 */
type PlainFigure = Omit<Figure, 'text' | 'lang'> & Partial<Pick<Figure, 'text' | 'lang'>>;
type PlainSource = Omit<Source, 'paragraphs'> & { paragraphs: Array<Omit<Paragraph, 'text' | 'figures'> & { figures: PlainFigure[] }> };

/**
 * A source's columns in an entry: typed arrays as base64; in the table (strings, numbers,
 * booleans, undefined), undefined as null and a number JSON has not (NaN, an infinity) as
 * `{ "number": "NaN" }`, no other value being null or an object.
 */
interface EntryColumns {
  count: number;
  offsets: string;
  values: string;
  codes: string;
  table: unknown[];
  /** Figures the columns could not hold, by place. */
  odd?: Array<[number, PlainFigure]>;
  starts: string;
  ends: string;
  figureEnds: string;
  pages?: string;
  onPage?: string;
}

type ColumnSource = Omit<Source, 'paragraphs'> & { columns: EntryColumns };

/** A source's entry: in columns when it has them, else as objects. */
export function entryJson(source: Source): string {
  const parts = storedParts(source);
  if (!parts) return asciiJson(compact(source));
  const columns = entryColumns(parts.figures.transferable, parts.paragraphs, source);
  const fields: Record<string, unknown> = {};
  // Its fields but the paragraphs, which reading would make.
  for (const key of Object.keys(source)) if (key !== 'paragraphs') fields[key] = source[key as keyof Source];
  return asciiJson({ ...fields, columns });
}

/**
 * JSON with every character beyond ASCII escaped (`\u00e4`): an entry read back is decoded as
 * Latin-1, a tenth of the time UTF-8 takes (measured: 3.7 µs against 37 µs for a 12 KB entry).
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * One entry's source, or undefined when its line is not one (damaged). `into`: a source the
 * library holds already (sourceCache.ts's lazy one), given the entry's text and paragraphs.
 */
export function parseEntry(line: Buffer, into?: Source): Source | undefined {
  let stored: unknown;
  try {
    stored = JSON.parse(isAscii(line) ? line.toString('latin1') : line.toString('utf8'));
  } catch {
    return undefined;
  }
  if (!hasSourceFields(stored)) return undefined;
  if ('columns' in stored) return reviveColumns(stored as ColumnSource, into);
  if (!isPlainSource(stored)) return undefined;
  const source = revive(stored);
  if (!into) return source;
  setField(into, 'text', source.text);
  setField(into, 'paragraphs', source.paragraphs);
  return into;
}

function setField(source: Source, key: 'text' | 'paragraphs', value: unknown): void {
  Object.defineProperty(source, key, { value, enumerable: true, configurable: true, writable: true });
}

function entryColumns(figures: StoredFiguresData, paragraphs: StoredParagraphsData, source: Source): EntryColumns {
  const { count, offsets, values, codes, table, odd } = figures;
  return {
    count, offsets: base64(offsets), values: base64(values), codes: base64(codes), table: table.map(tableJson),
    ...(odd ? { odd: [...odd].map(([i, figure]): [number, PlainFigure] => [i, compactFigure(figure, source)]) } : {}),
    starts: base64(paragraphs.starts), ends: base64(paragraphs.ends), figureEnds: base64(paragraphs.figureEnds),
    ...(paragraphs.pages && paragraphs.onPage ? { pages: base64(paragraphs.pages), onPage: base64(paragraphs.onPage) } : {}),
  };
}

/** A source in columns as stored (or `into` with them), or undefined when they do not fit together (an edited cache). */
function reviveColumns(stored: ColumnSource, into: Source | undefined): Source | undefined {
  const { columns: c, ...fields } = stored;
  if (typeof c !== 'object' || c === null || !Array.isArray(c.table) || (c.odd !== undefined && !Array.isArray(c.odd))) return undefined;
  const figures: StoredFiguresData = {
    count: c.count, offsets: typed(c.offsets, Int32Array), values: typed(c.values, Float64Array), codes: typed(c.codes, Uint16Array),
    table: c.table.map(tableValue),
  };
  if (c.odd) figures.odd = new Map(c.odd.map(([i, f]) => [i, reviveFigure(f, stored)]));
  const paragraphs: StoredParagraphsData = { starts: typed(c.starts, Int32Array), ends: typed(c.ends, Int32Array), figureEnds: typed(c.figureEnds, Int32Array) };
  if (c.pages !== undefined || c.onPage !== undefined) Object.assign(paragraphs, { pages: typed(c.pages, Int32Array), onPage: typed(c.onPage, Int32Array) });
  if (!StoredFigures.fits(figures) || !paragraphsFit(paragraphs, figures.count)) return undefined;
  const store = StoredFigures.from(figures, fields.text, fields.lang);
  if (!into) return storedSource(fields, store, paragraphs);
  setField(into, 'text', fields.text);
  storeParagraphs(into, store, paragraphs);
  return into;
}

/** Every column as long as the paragraphs, their figures' ends rising to the last figure. */
function paragraphsFit({ starts, ends, figureEnds, pages, onPage }: StoredParagraphsData, count: number): boolean {
  const n = starts.length;
  if (ends.length !== n || figureEnds.length !== n || (pages && (pages.length !== n || onPage?.length !== n))) return false;
  for (let p = 0; p < n; p++) if (figureEnds[p] < (p === 0 ? 0 : figureEnds[p - 1])) return false;
  return (n === 0 ? 0 : figureEnds[n - 1]) === count;
}

function tableJson(value: unknown): unknown {
  if (value === undefined) return null;
  return typeof value === 'number' && !Number.isFinite(value) ? { number: String(value) } : value;
}

function tableValue(value: unknown): unknown {
  if (value === null) return undefined;
  return typeof value === 'object' ? Number((value as { number: unknown }).number) : value;
}

type TypedArrayOf = Int32Array | Float64Array | Uint16Array;

/**
 * A base64 column decoded straight into a typed array's own bytes (aligned, unlike a small
 * Buffer, a view into a shared pool); an empty one when it is not a string of whole items.
 */
function typed<T extends TypedArrayOf>(column: unknown, Kind: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number }): T {
  if (typeof column !== 'string') return new Kind(new ArrayBuffer(0));
  const padding = column.endsWith('==') ? 2 : column.endsWith('=') ? 1 : 0;
  const length = Math.floor((column.length * 3) / 4) - padding;
  // A length that is no whole number of items is an edited cache: a column of none, which then does not fit.
  if (length < 0 || length % Kind.BYTES_PER_ELEMENT !== 0) return new Kind(new ArrayBuffer(0));
  const bytes = new ArrayBuffer(length);
  if (Buffer.from(bytes).write(column, 'base64') !== length) return new Kind(new ArrayBuffer(0));
  return new Kind(bytes);
}

function base64(array: TypedArrayOf): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function hasSourceFields(value: unknown): value is Omit<Source, 'paragraphs'> {
  const s = value as Source;
  return typeof s === 'object' && s !== null && typeof s.key === 'string' && typeof s.path === 'string' && typeof s.text === 'string';
}

function isPlainSource(s: Omit<Source, 'paragraphs'>): s is PlainSource {
  const paragraphs = (s as PlainSource).paragraphs;
  return Array.isArray(paragraphs) && paragraphs.every((p) => p && typeof p.index === 'number' && p.span && Array.isArray(p.figures));
}

/** A figure without its text and language where those are its source's (its span's slice, the source's language). */
function compactFigure({ text, lang, ...rest }: Figure, source: Omit<Source, 'paragraphs'>): PlainFigure {
  return { ...rest, ...(text !== source.text.slice(rest.span.start, rest.span.end) ? { text } : {}), ...(lang !== source.lang ? { lang } : {}) };
}

function reviveFigure(f: PlainFigure, source: Omit<Source, 'paragraphs'>): Figure {
  return { ...f, text: f.text ?? source.text.slice(f.span.start, f.span.end), lang: f.lang ?? source.lang };
}

function compact(source: Source): PlainSource {
  return { ...source, paragraphs: source.paragraphs.map(({ text: _text, figures, ...rest }) => ({ ...rest, figures: figures.map((f) => compactFigure(f, source)) })) };
}

/** A stored source as the library holds it: text and language filled in where compact() left them out. */
function revive(stored: PlainSource): Source {
  return { ...stored, paragraphs: stored.paragraphs.map((p) => ({ ...p, text: stored.text.slice(p.span.start, p.span.end), figures: p.figures.map((f) => reviveFigure(f, stored)) })) };
}
