import { FigureIndex, lookupValue, type LocatedFigure, type StoredBucket } from '../core/figures/figureIndex';
import { SourceDataLost } from '../core/sources/provider';
import type { Source } from '../core/sources/source';
import { figureOfParagraph } from '../core/sources/storedParagraph';

/**
 * A figure index as a cache stores it: per bucket (kind and unit), in lookup order, each entry's
 * lookup value and where its figure is (the file's place in the cache, the paragraph's place in
 * the source, the figure's place in the paragraph), as four base64 columns. 16 bytes an entry,
 * read back without making one object per figure. The buckets' columns are one line, one after
 * another without separators: where each is follows from the buckets' sizes, so a lookup reads
 * and decodes its bucket's bytes alone, not the line (22 MB at 10,000 sources) as JSON.
 */
export interface StoredIndex {
  keys: string[];
  /** Each bucket's number of entries. */
  sizes: number[];
  line: string;
}

/** The index's buckets in columns; undefined when a figure is in none of `sources` (nothing to point at). */
export function storeIndex(index: FigureIndex, sources: readonly Source[]): StoredIndex | undefined {
  const place = new Map<object, [number, number, number]>();
  sources.forEach((source, file) => source.paragraphs.forEach((paragraph, p) => paragraph.figures.forEach((figure, f) => place.set(figure, [file, p, f]))));
  const out: StoredIndex = { keys: [], sizes: [], line: '' };
  const columnsText: string[] = [];
  for (const [key, bucket] of index.sortedBuckets()) {
    const values = new Float64Array(bucket.length);
    const columns = [new Uint32Array(bucket.length), new Uint32Array(bucket.length), new Uint32Array(bucket.length)];
    for (let i = 0; i < bucket.length; i++) {
      const at = place.get(bucket[i].figure);
      if (!at) return undefined;
      values[i] = lookupValue(bucket[i].figure);
      for (let c = 0; c < 3; c++) columns[c][i] = at[c];
    }
    out.keys.push(key);
    out.sizes.push(bucket.length);
    columnsText.push(base64(values), base64(columns[0]), base64(columns[1]), base64(columns[2]));
  }
  out.line = columnsText.join('');
  return out;
}

/** The length of a column of `bytes` bytes in base64 (padded). */
const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3);

/** The length of a bucket of `size` entries in the line: its values (8 bytes each), then three columns of 4. */
const bucketLength = (size: number) => base64Length(size * 8) + 3 * base64Length(size * 4);

/**
 * The stored index over `sources` (the cache's files, in its order, as the library holds them),
 * its buckets named by `keys`, of `sizes` entries, in a line `lineBytes` long whose bytes `read`
 * gives (from an offset in the line) when a lookup first needs a bucket: a run whose drafts'
 * findings are all cached reads none. An entry's figure is looked up in its source only when a
 * lookup lands on it, so a warm run parses the sources the draft's figures lead to, not all of
 * them. Undefined when the keys and sizes do not describe the line (an edited cache).
 */
export function readStoredIndex(keys: unknown, sizes: unknown, lineBytes: number, read: (offset: number, length: number) => Buffer, sources: readonly Source[]): FigureIndex | undefined {
  if (!Array.isArray(keys) || !Array.isArray(sizes) || keys.length !== sizes.length) return undefined;
  if (keys.some((key) => typeof key !== 'string') || sizes.some((size) => !Number.isSafeInteger(size) || size < 0)) return undefined;
  const buckets = new Map<string, StoredBucket>();
  let offset = 0;
  keys.forEach((key: string, b) => {
    const size = sizes[b] as number;
    const at = offset;
    buckets.set(key, storedBucket(size, () => columnsOf(read(at, bucketLength(size)), size), sources));
    offset += bucketLength(size);
  });
  return offset === lineBytes ? FigureIndex.fromStored(buckets) : undefined;
}

/** A bucket's four columns from its bytes in the line; CacheDamaged when they are not base64 of that size. */
function columnsOf(bytes: Buffer, size: number): { values: Float64Array; files: Uint32Array; paragraphs: Uint32Array; figures: Uint32Array } {
  const text = bytes.toString('latin1');
  let at = 0;
  const column = (itemBytes: number) => {
    const length = base64Length(size * itemBytes);
    const decoded = decodeInto(new ArrayBuffer(size * itemBytes), text.slice(at, at + length));
    at += length;
    return decoded;
  };
  const values = new Float64Array(column(8));
  const [files, paragraphs, figures] = [column(4), column(4), column(4)].map((c) => new Uint32Array(c));
  return { values, files, paragraphs, figures };
}

/** Base64 decoded straight into `into` (aligned for a typed array over it); CacheDamaged when it does not fill it exactly. */
function decodeInto(into: ArrayBuffer, column: string): ArrayBuffer {
  if (Buffer.from(into).write(column, 'base64') !== into.byteLength) throw new CacheDamaged();
  return into;
}

/**
 * One bucket, its columns decoded on first use (a run whose drafts' findings are all cached
 * decodes none). Columns that do not fit together mean an edited cache: CacheDamaged.
 */
function storedBucket(size: number, load: () => ReturnType<typeof columnsOf>, sources: readonly Source[]): StoredBucket {
  let decoded: (ReturnType<typeof columnsOf> & { made: Array<LocatedFigure | undefined> }) | undefined;
  const get = () => {
    if (decoded) return decoded;
    const columns = load();
    if (columns.files.some((file) => file >= sources.length)) throw new CacheDamaged();
    return (decoded = { ...columns, made: new Array(columns.values.length) });
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
    // Known from the header: which units a kind has (unitsOf) reads no bucket.
    length: size,
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
