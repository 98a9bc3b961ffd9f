import type { SourceMeta } from '../core/sources/source';
import type { Lang } from '../core/types';

/** What a file's stat said when it was cached: size, modification time, inode (ESLint's "metadata" check). */
export type Stamp = [size: number, mtimeMs: number, ino: number];

/**
 * One cached file as a header lists it, in the order of the entry lines: enough to tell without
 * reading it that the file is unchanged, and to hold its source in the library until its text
 * or paragraphs are wanted (`bytes`: the length of its entry's JSON).
 */
export interface ListedFile {
  hash: string;
  path: string;
  stamp: Stamp;
  sidecar: Stamp | null;
  bytes: number;
  key: string;
  lang: Lang;
  meta: SourceMeta;
  pages?: number;
  /** How many paragraphs its source has: a citation's locator is checked against it without reading the entry. */
  paragraphs: number;
}

/**
 * The header's file list, one array a field (in the order of the entry lines), not one object a
 * file: at 10,000 sources the header's JSON is half the size and parses in a third of the time
 * (no 10,000 objects with their arrays to make). The rare fields are kept by a file's place.
 */
export interface FileColumns {
  paths: string[];
  /** Each file's content hash (HASH_LENGTH hex digits), one after the other. */
  hashes: string;
  sizes: number[];
  mtimes: number[];
  inodes: number[];
  bytes: number[];
  keys: string[];
  langs: Lang[];
  /** The stat of the sidecar, by the place of each file that has one. */
  sidecars: Record<string, Stamp>;
  /** The metadata, by the place of each file that has any (every other file's is `{}`). */
  metas: Record<string, SourceMeta>;
  pages: Record<string, number>;
  paragraphs: number[];
}

/** Where an entry's JSON is in the cache file. */
export interface EntryAt {
  offset: number;
  length: number;
}

/** A content hash's length: SHA-256 in hex. */
const HASH_LENGTH = 64;

/** The columns of `files`, for a header. */
export function fileColumns(files: readonly ListedFile[]): FileColumns {
  const columns: FileColumns = { paths: [], hashes: '', sizes: [], mtimes: [], inodes: [], bytes: [], keys: [], langs: [], sidecars: {}, metas: {}, pages: {}, paragraphs: [] };
  const hashes: string[] = [];
  files.forEach((file, i) => {
    columns.paths.push(file.path);
    hashes.push(file.hash);
    columns.sizes.push(file.stamp[0]);
    columns.mtimes.push(file.stamp[1]);
    columns.inodes.push(file.stamp[2]);
    columns.bytes.push(file.bytes);
    columns.keys.push(file.key);
    columns.langs.push(file.lang);
    columns.paragraphs.push(file.paragraphs);
    if (file.sidecar) columns.sidecars[i] = file.sidecar;
    if (Object.keys(file.meta).length > 0) columns.metas[i] = file.meta;
    if (file.pages) columns.pages[i] = file.pages;
  });
  columns.hashes = hashes.join('');
  return columns;
}

/**
 * A header's file list as read, asked by a file's place. Checked once when read (every column
 * there, as long as the list, of the right kind where a wrong one would go unnoticed); where
 * each entry's line is follows from the lengths. Sources are listed in the order they were
 * cached, so a path is looked for at the place after the last one found before any map is made.
 */
export class CachedFiles {
  private readonly offsets: Float64Array;
  /** Where the last entry's line ends: the cache file's size, if it is whole. */
  readonly end: number;
  private next = 0;
  private byPath: Map<string, number> | undefined;
  private byHash: Map<string, number> | undefined;

  private constructor(
    readonly columns: FileColumns,
    readonly count: number,
    start: number,
  ) {
    this.offsets = new Float64Array(count);
    let at = start;
    for (let i = 0; i < count; i++) {
      this.offsets[i] = at + HASH_LENGTH + 1;
      at += HASH_LENGTH + 1 + columns.bytes[i] + 1;
    }
    this.end = at;
  }

  /** The list in a header, its first entry's line at `start`; undefined when it is damaged (an edited cache). */
  static read(value: unknown, start: number): CachedFiles | undefined {
    const columns = value as FileColumns;
    if (typeof columns !== 'object' || columns === null || !Array.isArray(columns.paths)) return undefined;
    const count = columns.paths.length;
    const lists = [columns.paths, columns.sizes, columns.mtimes, columns.inodes, columns.bytes, columns.keys, columns.langs, columns.paragraphs];
    if (lists.some((list) => !Array.isArray(list) || list.length !== count) || typeof columns.hashes !== 'string' || columns.hashes.length !== count * HASH_LENGTH) return undefined;
    if ([columns.sidecars, columns.metas, columns.pages].some((byPlace) => typeof byPlace !== 'object' || byPlace === null)) return undefined;
    // A path or key of another kind would be a source of that kind; a length that is no number would misplace every entry after it.
    if (!columns.paths.every(isString) || !columns.keys.every(isString) || !columns.langs.every(isString) || !columns.bytes.every(Number.isSafeInteger) || !columns.paragraphs.every(Number.isSafeInteger)) return undefined;
    return new CachedFiles(columns, count, start);
  }

  /** The place of `path` in the list, if it is there. */
  placeOf(path: string): number | undefined {
    let place: number | undefined = this.next;
    if (this.columns.paths[place] !== path) {
      this.byPath ??= new Map(this.columns.paths.map((p, i) => [p, i]));
      place = this.byPath.get(path);
    }
    if (place !== undefined) this.next = place + 1;
    return place;
  }

  /** The place of the file whose contents have `hash`, if one has. */
  placeOfHash(hash: string): number | undefined {
    this.byHash ??= new Map(this.columns.paths.map((_, i) => [this.hash(i), i]));
    return this.byHash.get(hash);
  }

  /** Whether the stat of a file and of its sidecar (null: none) are those cached at `place`. */
  sameStat(place: number, stamp: Stamp, sidecar: Stamp | null): boolean {
    const { sizes, mtimes, inodes } = this.columns;
    return sizes[place] === stamp[0] && mtimes[place] === stamp[1] && inodes[place] === stamp[2] && sameStamp(this.columns.sidecars[place] ?? null, sidecar);
  }

  hash(place: number): string {
    return this.columns.hashes.slice(place * HASH_LENGTH, (place + 1) * HASH_LENGTH);
  }

  entryAt(place: number): EntryAt {
    return { offset: this.offsets[place], length: this.columns.bytes[place] };
  }

  /** What the library holds of the file at `place` before its entry is read. */
  sourceFields(place: number): { key: string; path: string; lang: Lang; meta: SourceMeta; pages?: number } {
    const { keys, paths, langs, metas, pages } = this.columns;
    const fields = { key: keys[place], path: paths[place], lang: langs[place], meta: metas[place] ?? {} };
    return pages[place] ? { ...fields, pages: pages[place] } : fields;
  }

  /** How many paragraphs the source at `place` has. */
  paragraphCount(place: number): number {
    return this.columns.paragraphs[place];
  }
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

export function sameStamp(a: Stamp | null, b: Stamp | null): boolean {
  return a === null || b === null ? a === b : a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}
