import { FigureIndex, lookupValue, type LocatedFigure, type StoredBucket } from '../core/figures/figureIndex';
import { SourceDataLost } from '../core/sources/provider';
import type { Source } from '../core/sources/source';
import { figureOfParagraph } from '../core/sources/storedParagraph';

/**
 * A figure index as a cache stores it: per bucket (kind and unit), in lookup order, each entry's
 * lookup value and where its figure is (the file's place in the cache, the paragraph's place in
 * the source, the figure's place in the paragraph), as four base64 columns. 16 bytes an entry,
 * read back without making one object per figure.
 */
export type StoredIndex = Record<string, [values: string, files: string, paragraphs: string, figures: string]>;

/** The index's buckets in columns; undefined when a figure is in none of `sources` (nothing to point at). */
export function storeIndex(index: FigureIndex, sources: readonly Source[]): StoredIndex | undefined {
  const place = new Map<object, [number, number, number]>();
  sources.forEach((source, file) => source.paragraphs.forEach((paragraph, p) => paragraph.figures.forEach((figure, f) => place.set(figure, [file, p, f]))));
  const out: StoredIndex = {};
  for (const [key, bucket] of index.sortedBuckets()) {
    const values = new Float64Array(bucket.length);
    const columns = [new Uint32Array(bucket.length), new Uint32Array(bucket.length), new Uint32Array(bucket.length)];
    for (let i = 0; i < bucket.length; i++) {
      const at = place.get(bucket[i].figure);
      if (!at) return undefined;
      values[i] = lookupValue(bucket[i].figure);
      for (let c = 0; c < 3; c++) columns[c][i] = at[c];
    }
    out[key] = [base64(values), base64(columns[0]), base64(columns[1]), base64(columns[2])];
  }
  return out;
}

/**
 * The stored index over `sources` (the cache's files, in its order, as the library holds them),
 * its buckets named by `keys` and their columns read by `load` only when a lookup first needs
 * one (a run whose drafts' findings are all cached reads none): an entry's figure is looked up
 * in its source only when a lookup lands on it, so a warm run parses the sources the draft's
 * figures lead to, not all of them. Undefined when the keys are not strings (an edited cache).
 */
export function readStoredIndex(keys: readonly string[], load: () => StoredIndex, sources: readonly Source[]): FigureIndex | undefined {
  if (keys.some((key) => typeof key !== 'string')) return undefined;
  let stored: StoredIndex | undefined;
  const columnsOf = (key: string): StoredIndex[string] => {
    const columns = (stored ??= load())?.[key];
    // Columns that are not four strings mean an edited cache.
    if (!Array.isArray(columns) || columns.length !== 4 || columns.some((c) => typeof c !== 'string')) throw new CacheDamaged();
    return columns;
  };
  return FigureIndex.fromStored(new Map(keys.map((key) => [key, storedBucket(() => columnsOf(key), sources)])));
}

/**
 * One bucket, its columns decoded on first use (a run whose drafts' findings are all cached
 * decodes none). Columns that do not fit together mean an edited cache: CacheDamaged.
 */
function storedBucket(columnsOf: () => StoredIndex[string], sources: readonly Source[]): StoredBucket {
  let decoded: { values: Float64Array; files: Uint32Array; paragraphs: Uint32Array; figures: Uint32Array; made: Array<LocatedFigure | undefined> } | undefined;
  const get = () => {
    if (decoded) return decoded;
    const columns = columnsOf();
    const values = new Float64Array(bytesOf(columns[0], 8));
    const [files, paragraphs, figures] = columns.slice(1).map((c) => new Uint32Array(bytesOf(c, 4)));
    if ([files, paragraphs, figures].some((c) => c.length !== values.length) || files.some((file) => file >= sources.length)) throw new CacheDamaged();
    return (decoded = { values, files, paragraphs, figures, made: new Array(values.length) });
  };
  const at = (i: number): LocatedFigure => {
    const { files, paragraphs, figures, made } = get();
    const known = made[i];
    if (known) return known;
    const source = sources[files[i]];
    // Its text read first: a cache's lazy source is parsed by that, its columns then at hand,
    // so the figure is read from them without making the source's paragraphs.
    void source.text;
    const found = figureOfParagraph(source, paragraphs[i], figures[i]);
    if (!found) throw new CacheDamaged();
    return (made[i] = { figure: found.figure, sourceKey: source.key, paragraph: found.paragraph });
  };
  return {
    get values() {
      return get().values;
    },
    get length() {
      return get().values.length;
    },
    valueAt: (i) => get().values[i],
    at,
  };
}

/**
 * Thrown when a cached entry turns out damaged only as it is used (entries are parsed lazily):
 * the CLI then runs again without reading the cache, and rewrites it.
 */
export class CacheDamaged extends SourceDataLost {
  constructor() {
    super('an entry of it is damaged');
    this.name = 'CacheDamaged';
  }
}

function base64(array: Float64Array | Uint32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** The column's bytes in a buffer of their own, aligned for a typed array over them (cut to whole items). */
function bytesOf(column: string, itemBytes: number): ArrayBuffer {
  const whole = Buffer.from(column, 'base64');
  const bytes = whole.subarray(0, whole.byteLength - (whole.byteLength % itemBytes));
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}
