import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { keepReading, keptReadings, type Reading } from '../core/draftFigures';
import { keepProseReading, keptProseReadings } from '../core/proseBlocks';
import { judgementsOf, keepJudgements } from '../core/lint/figureVerdicts';
import { keepSuggestions, suggestionsOf } from '../core/lint/rules/figureUnmatched';
import type { SourceLibrary } from '../core/sources/library';
import { knowParagraphCount, paragraphCount } from '../core/sources/paragraphCount';
import type { LoadedSourceCache } from '../core/sources/provider';
import type { Source, SourceFile } from '../core/sources/source';
import { CachedFiles, fileColumns, type EntryAt, type FileColumns, type ListedFile, type Stamp } from './cachedFiles';
import type { ListedNames } from './listedNames';
import { sidecarPathOf } from './sourceFormats';
import { parseEntry, entryJson } from './storedEntry';
import { proseFrom, readingsFrom, storedReadings } from './storedReadings';
import { judgementsByHash, keptJudgements, storedJudgements, type StoredJudgement } from './storedJudgements';
import { keptSuggestions, storedSuggestions, suggestionsByHash, type StoredSuggestion } from './storedSuggestions';
import { CacheDamaged, readStoredIndex, storeIndex } from './storedIndex';

/** The file name used when `--cache-location` names a folder, or is not given (as ESLint's `.eslintcache`). */
export const CACHE_FILE = '.backcheckcache';
const FORMAT = 'backcheck-source-cache';
// 3: a reason a file cannot be read travels as its message (id and arguments) beside its English.
// 4: the header lists its files in columns (cachedFiles.ts), not as an object a file.
// 5: an entry holds a source's paragraphs and figures in columns (storedEntry.ts), not as objects.
// 6: a trailer line keeps the run's figure judgements beside its findings (storedJudgements.ts);
//    the index's line is its buckets' columns one after another (read a bucket at a time), not JSON.
// 7: the header lists each source's count of paragraphs (a locator is checked without its entry).
// 8: a draft's reading in the trailer keeps the blocks its Markdown was parsed in (storedReadings.ts),
//    and the trailer the unmatched figures' nearest-figure suggestions (storedSuggestions.ts).
const FORMAT_VERSION = 8;

/**
 * The first line of a cache file; one line an entry follows: `HASH JSON`. A cache the CLI wrote
 * also lists its files (with their stat) and the figure index over them, so an unchanged run
 * reads neither the sources nor the entries it does not need. The index (22 MB of columns at
 * 10,000 sources, most of the header) is a line of its own between the header and the entries,
 * `indexBytes` long: read only when a lookup needs it, not when every draft's findings are cached.
 * After the entries, lines of findings (`{"lints":{...},"judgements":[...],...}`, the last one standing: see Trailer).
 */
interface CacheHeader {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  engine: string;
  entries: number;
  files?: FileColumns;
  /** The index's bucket keys, their sizes, and the length of its line (storedIndex.ts). */
  indexKeys?: string[];
  indexSizes?: number[];
  indexBytes?: number;
}

/**
 * The lines after a listed cache's entries: each the findings of the drafts of one run against
 * exactly these files, by a hash of the draft's text and lint options (ESLint's cache keeps
 * results the same way), so an unchanged draft against unchanged sources is not linted again.
 * A run whose drafts changed but whose sources did not (CI's usual run) appends a line to the
 * file in place instead of writing its 100 MB again; the last whole line is the one read, so a
 * line cut short (a crash while appending) leaves the one before standing.
 */
interface Trailer {
  lints: Record<string, unknown[]>;
  /**
   * The figure judgements of the run that wrote the line (storedJudgements.ts), against exactly
   * these files: a draft with a line added is judged again only for the figures they do not cover.
   */
  judgements: Map<string, StoredJudgement>;
  /** The unmatched figures' suggestions of the run that wrote the line, against exactly these files, as the judgements. */
  suggestions: Map<string, StoredSuggestion>;
  /** The drafts' figure readings (storedReadings.ts): a changed draft is read again around its change. */
  readings: Reading[];
  bytes: number;
  /** Every line from the standing one on whole: a line may be appended (else the file is written anew). */
  whole: boolean;
}

/** Trailer lines are appended up to this many bytes of them; then the file is written anew, with one. */
// (The findings, judgements and reading of a 10,000-word draft make a line of about 400 KB; only the last line is parsed.)
const TRAILER_LIMIT = 8 << 20;
/** The drafts' readings kept, in characters of their texts: a few drafts' (a 10,000-word draft is 120,000). */
const READINGS_KEPT = 1_000_000;
/** At most this many judgements are kept (this run's first): drafts edited over many runs leave old ones behind. */
const JUDGEMENTS_KEPT = 20_000;
/** At most this many claims' suggestions are kept, as the judgements. */
const SUGGESTIONS_KEPT = 20_000;

/**
 * A persistent cache of loaded sources for the CLI (`--cache`, `--cache-location`), keyed by a
 * hash of each file's contents (path, bytes, sidecar, extracted text) and stamped with the
 * engine it was made by: another engine's cache is not read. Written atomically (a temporary
 * file renamed over it), so a crash leaves the old cache or the new one, never half of one; a
 * cache that cannot be parsed (truncated, edited, another format) is set aside and rebuilt.
 * One line an entry, parsed only when its source is asked for: the file is never one string.
 *
 * A file whose size, modification time and inode are as cached is taken as unchanged without
 * reading it (`unchanged`); only a changed stat costs a read and a hash. When every file is
 * unchanged, the stored figure index stands for the library's (`storedIndexFor`), and a source's
 * entry is read and parsed only when its text or paragraphs are used.
 */
export class SourceCacheFile implements LoadedSourceCache {
  /** The entries of a cache without a file list, by hash (as read: its lines are in memory). */
  private readonly lineEntries: Map<string, Buffer>;
  /** The header's file list, when the cache has one: its entries are read from the file as needed. */
  private readonly files: CachedFiles | undefined;
  /** This run's entries by hash, with their file's path: kept lines (a hit by content), new ones as JSON (a miss). */
  private readonly used = new Map<string, { path: string; entry: Buffer | EntryAt | string }>();
  /** The places in the header's list of the files `unchanged` took as cached (their stat is the list's). */
  private readonly unchangedAt: Uint8Array;
  private unchangedCount = 0;
  /** What stat said of each path this run that is not as listed, for the header the next run checks against. */
  private readonly stamps = new Map<string, { stamp: Stamp; sidecar: Stamp | null }>();
  private readonly header: CacheHeader | undefined;
  /** The sources made from the header this run, by their place in it (for the stored index). */
  private readonly lazy: Array<Source | undefined> = [];
  private fd: number | undefined;
  /** Where the index's line is in the cache file, when the header says there is one. */
  private readonly indexAt: EntryAt | undefined;
  /** The findings after the entries, when the cache lists its files. */
  private readonly trailer: Trailer | undefined;
  /** The trailer's judgements, kept for the library when the stored index stands. */
  private kept: ReturnType<typeof keptJudgements> | undefined;
  /** Whether storedIndexFor found the stored index to stand: if not, a save with the library writes a new one. */
  private indexUsed = false;
  /** The figure readings of this run's drafts (made, or kept from the run before), and their texts' length. */
  private readonly readings = new Set<Reading>();
  private readingChars = 0;
  /** The findings linted this run (or reused), by draftKey, for the header. */
  private readonly lints = new Map<string, unknown[]>();
  hits = 0;
  misses = 0;
  /** Why the cache on disk was not used, when it was there but unusable. */
  problem: string | undefined;

  constructor(
    readonly file: string,
    private readonly engine: string,
  ) {
    const read = readCache(file, engine);
    this.lineEntries = read.entries;
    this.files = read.files;
    this.problem = read.problem;
    this.header = read.header;
    this.fd = read.fd;
    this.indexAt = read.indexAt;
    this.trailer = read.trailer;
    this.unchangedAt = new Uint8Array(this.files?.count ?? 0);
  }

  /**
   * The source at `path` without reading the file, when stat says it is the one cached (and
   * within `maxBytes`); else undefined, and the caller reads it (a changed stat falls back to
   * the content hash in lookup). `names`: what listing the sources showed of their sidecars; a
   * source listed without one is not asked of the disk for it.
   */
  unchanged(path: string, maxBytes: number, names?: ListedNames): Source | undefined {
    const stamp = stampOf(path, maxBytes);
    if (!stamp) return undefined;
    // A sidecar listed (or a folder not listed) is asked of the disk: it may be a dangling link, which existsSync calls none.
    const sidecar = names?.hasNoSidecar(path) ? null : sidecarStampOf(path, maxBytes);
    if (sidecar === undefined) return undefined;
    const place = this.files?.placeOf(path);
    if (place === undefined || this.unchangedAt[place] || !this.files!.sameStat(place, stamp, sidecar)) {
      this.stamps.set(path, { stamp, sidecar });
      return undefined;
    }
    this.hits++;
    this.unchangedCount++;
    this.unchangedAt[place] = 1;
    const source = lazySource(this.files!.sourceFields(place), (into) => this.entry(this.files!.entryAt(place), into));
    knowParagraphCount(source, this.files!.paragraphCount(place));
    return (this.lazy[place] = source);
  }

  lookup(file: SourceFile): Source | undefined {
    const hash = contentHash(file);
    const at = this.entryOf(hash);
    const stored = at && parseEntry(this.bytesOf(at));
    if (at && !stored) this.problem = 'an entry of it is damaged';
    if (!stored || stored.path !== file.path) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.used.set(hash, { path: file.path, entry: at! });
    return stored;
  }

  store(file: SourceFile, source: Source): void {
    this.used.set(contentHash(file), { path: file.path, entry: entryJson(source) });
  }

  /**
   * The cached figure index, when the library holds exactly the sources `unchanged` made, in
   * the cache's order: then it is the index a build would give, without building it.
   */
  storedIndexFor(library: SourceLibrary): boolean {
    const sources = library.inLoadOrder;
    const keys = this.header?.indexKeys;
    if (!this.files || !keys || !this.indexAt || this.misses > 0 || sources.length !== this.files.count || sources.some((s, i) => s !== this.lazy[i])) return false;
    const at = this.indexAt;
    const index = readStoredIndex(keys, this.header?.indexSizes, at.length, (offset, length) => this.bytesOf({ offset: at.offset + offset, length }), sources);
    if (!index) return false;
    library.useFigureIndex(index);
    this.indexUsed = true;
    this.kept = keptJudgements(this.trailer?.judgements ?? new Map(), sources);
    keepJudgements(library, this.kept);
    keepSuggestions(library, keptSuggestions(this.trailer?.suggestions ?? new Map()));
    return true;
  }

  /**
   * The cached findings of a draft, when the library is the one they were found against (every
   * file unchanged, the stored index standing) and the draft's text and options are the same.
   */
  cachedLint<T>(text: string, options: object): T[] | undefined {
    if (!this.indexUsed) return undefined;
    const key = draftKey(text, options);
    const findings = this.trailer?.lints[key];
    if (!Array.isArray(findings)) return undefined;
    this.lints.set(key, findings);
    this.keepReadingOf(text, this.trailer?.readings ?? []);
    return findings as T[];
  }

  /**
   * Gives the drafts' figure readings the cache kept to the draft reader (draftFigures.ts), and
   * the blocks their Markdown was parsed in to the prose reader (proseBlocks.ts), after any of this run's.
   */
  keepReadings(): void {
    for (const reading of this.trailer?.readings ?? []) {
      keepReading(reading);
      const prose = proseFrom(reading);
      if (prose) keepProseReading(prose);
    }
  }

  storeLint(text: string, options: object, findings: readonly unknown[]): void {
    this.lints.set(draftKey(text, options), [...findings]);
    this.keepReadingOf(text, keptReadings());
  }

  /** The reading of this draft's text among `readings`, to keep: one a draft of this run, in all at most READINGS_KEPT characters. */
  private keepReadingOf(text: string, readings: readonly Reading[]): void {
    const reading = readings.find((r) => r.text === text);
    if (!reading || this.readings.has(reading) || this.readingChars + reading.text.length + reading.figureText.length > READINGS_KEPT) return;
    this.readings.add(reading);
    this.readingChars += reading.text.length + reading.figureText.length;
  }

  /**
   * Writes the entries of this run (so files gone from the sources leave the cache too), unless
   * nothing changed. With the library, the header lists the files and the figure index too.
   * Returns whether it wrote.
   */
  save(library?: SourceLibrary): boolean {
    const complete = !library || this.indexUsed;
    const stored = this.trailer?.lints ?? {};
    const lintsKept = [...this.lints.keys()].every((key) => stored[key]) && this.lints.size === Object.keys(stored).length;
    const everyEntryUsed = this.unchangedCount + this.used.size === (this.files?.count ?? this.lineEntries.size);
    const sourcesKept = !this.problem && this.misses === 0 && everyEntryUsed && complete;
    if (sourcesKept && (!library || lintsKept)) return false;
    const kept = { lints: Object.fromEntries(this.lints), judgements: library ? this.judgementsToKeep(library) : [], suggestions: library ? this.suggestionsToKeep(library) : [], readings: storedReadings([...this.readings], keptProseReadings()) };
    const lintsLine = Buffer.from(JSON.stringify(kept) + '\n');
    // Only the drafts' findings are new: a line added to the file as it is.
    if (sourcesKept && this.trailer?.whole && this.trailer.bytes + lintsLine.length <= TRAILER_LIMIT) {
      appendFileSync(this.file, lintsLine);
      return true;
    }
    const listed = library && this.listed(library);
    const index = listed && this.bytesOf(listed.index);
    const entries = listed?.entries ?? this.usedEntries();
    const header: CacheHeader = { format: FORMAT, version: FORMAT_VERSION, engine: this.engine, entries: entries.length, ...(listed ? { files: listed.files, indexKeys: listed.indexKeys, indexSizes: listed.indexSizes, indexBytes: index!.length } : {}) };
    // Written a line at a time: the whole file is never one buffer (140 MB at 10,000 sources).
    writeAtomically(this.file, (write) => {
      write(Buffer.from(JSON.stringify(header) + '\n'));
      if (index) write(Buffer.concat([index, Buffer.from('\n')]));
      for (const [hash, entry] of entries) write(Buffer.concat([Buffer.from(`${hash} `), this.bytesOf(entry), Buffer.from('\n')]));
      if (listed) write(lintsLine);
    });
    return true;
  }

  /**
   * This run's figure judgements (and those kept from the run before, up to a bound), their
   * figures by place in the library's load order: the order the header lists the files in.
   */
  private judgementsToKeep(library: SourceLibrary): StoredJudgement[] {
    const refOf = (this.kept ?? keptJudgements(new Map(), library.inLoadOrder)).refOf;
    return storedJudgements(judgementsOf(library), refOf, this.kept ? (this.trailer?.judgements ?? new Map()) : new Map(), JUDGEMENTS_KEPT);
  }

  /** This run's suggestions, and those kept from the run before when it was against the same files (the stored index stood). */
  private suggestionsToKeep(library: SourceLibrary): StoredSuggestion[] {
    return storedSuggestions(suggestionsOf(library), this.indexUsed ? (this.trailer?.suggestions ?? new Map()) : new Map(), SUGGESTIONS_KEPT);
  }

  /** Every entry of this run, by hash with its path: those taken by stat, then those looked up or stored. */
  private usedEntries(): Array<[hash: string, entry: Buffer | EntryAt | string, path: string]> {
    const entries: Array<[string, Buffer | EntryAt | string, string]> = [];
    this.unchangedAt.forEach((taken, place) => {
      if (taken) entries.push([this.files!.hash(place), this.files!.entryAt(place), this.files!.columns.paths[place]]);
    });
    for (const [hash, { path, entry }] of this.used) entries.push([hash, entry, path]);
    return entries;
  }

  /** The header's file list and index for this run's sources, or undefined if one was not stat-ed or cached. */
  private listed(library: SourceLibrary): { files: FileColumns; indexKeys: string[]; indexSizes: number[]; index: EntryAt | string; entries: Array<[string, Buffer | EntryAt | string]> } | undefined {
    // The library is the one the header lists (the stored index stands): only the lints are new,
    // and the files and index are written as read, without parsing a source to index it again.
    if (this.indexUsed && this.files && this.header?.indexKeys && this.header.indexSizes && this.indexAt) {
      const files = this.files;
      return { files: files.columns, indexKeys: this.header.indexKeys, indexSizes: this.header.indexSizes, index: this.indexAt, entries: files.columns.paths.map((_, place) => [files.hash(place), files.entryAt(place)]) };
    }
    const byPath = new Map<string, [string, Buffer | EntryAt | string]>();
    for (const [hash, entry, path] of this.usedEntries()) byPath.set(path, [hash, entry]);
    const sources = library.inLoadOrder;
    const entries = sources.map((s) => byPath.get(s.path));
    const stamps = sources.map((s) => this.stampsOf(s.path));
    if (entries.some((e) => !e) || stamps.some((s) => !s)) return undefined;
    const files = sources.map((source, i): ListedFile => {
      const { stamp, sidecar } = stamps[i]!;
      const bytes = this.bytesOf(entries[i]![1]).length;
      return { hash: entries[i]![0], path: source.path, stamp, sidecar, bytes, key: source.key, lang: source.lang, meta: source.meta, ...(source.pages ? { pages: source.pages } : {}), paragraphs: paragraphCount(source) };
    });
    const index = storeIndex(library.figureIndex, sources);
    return index && { files: fileColumns(files), indexKeys: index.keys, indexSizes: index.sizes, index: index.line, entries: entries as Array<[string, Buffer | EntryAt | string]> };
  }

  /** What stat said of `path` this run: as the header lists it when `unchanged` took it, else as recorded. */
  private stampsOf(path: string): { stamp: Stamp; sidecar: Stamp | null } | undefined {
    const recorded = this.stamps.get(path);
    if (recorded) return recorded;
    const place = this.files?.placeOf(path);
    if (place === undefined || !this.unchangedAt[place]) return undefined;
    const { sizes, mtimes, inodes, sidecars } = this.files!.columns;
    return { stamp: [sizes[place], mtimes[place], inodes[place]], sidecar: sidecars[place] ?? null };
  }

  /** The entry whose contents have `hash`: a line in memory, or where it is in the file. */
  private entryOf(hash: string): Buffer | EntryAt | undefined {
    if (!this.files) return this.lineEntries.get(hash);
    const place = this.files.placeOfHash(hash);
    return place === undefined ? undefined : this.files.entryAt(place);
  }

  /** A stored entry's text and paragraphs, parsed now into `into`; a damaged one stops the run (CacheDamaged), which then goes without the cache. */
  private entry(at: Buffer | EntryAt, into: Source): void {
    if (!parseEntry(this.bytesOf(at), into)) throw new CacheDamaged();
  }

  private bytesOf(entry: Buffer | EntryAt | string): Buffer {
    if (typeof entry === 'string') return Buffer.from(entry);
    if (Buffer.isBuffer(entry)) return entry;
    const bytes = Buffer.alloc(entry.length);
    if (this.fd === undefined || readSync(this.fd, bytes, 0, entry.length, entry.offset) !== entry.length) throw new CacheDamaged();
    return bytes;
  }

  /** Lets go of the cache file (entries not read by now are read no more). */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** Where the cache file is: `location` (a file, or a folder to hold `.backcheckcache`), else `cwd/.backcheckcache`. */
export function cacheFileAt(location: string | undefined, cwd: string): string {
  if (!location) return join(cwd, CACHE_FILE);
  const path = resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (existsSync(path) && statSync(path).isDirectory());
  return isFolder ? join(path, CACHE_FILE) : path;
}

/** The readers' bundles, beside the bundle that loads them (scripts/build.mjs): HTML; PDF and Word. */
const READER_BUNDLES = ['html.js', 'documents.js'];

/**
 * The engine a cache was made by: the tool's version and a hash of the running code, so a
 * changed figure engine (a new build, even of the same version) never reads an old cache. The
 * code is the bundle and the readers beside it (dist/html.js, dist/documents.js, bundles of their
 * own): a cached web page, PDF or Word file holds the text its reader extracted, and a new reader
 * may extract another. Hashing the readers too costs a few milliseconds a start (2 MB, measured).
 */
export function engineStamp(version: string, codeFile: string | undefined): string {
  let code = 'unknown';
  try {
    if (codeFile) {
      const hash = createHash('sha256').update(readFileSync(codeFile));
      for (const name of READER_BUNDLES) {
        const reader = join(dirname(codeFile), name);
        if (existsSync(reader)) hash.update(`\0${name}\0`).update(readFileSync(reader));
      }
      code = hash.digest('hex').slice(0, 16);
    }
  } catch {
    // No code file to hash (an unusual loader): the version alone stamps the cache.
  }
  return `${version}+${code}`;
}

/** A draft's key among a cache's lints: its text and the options it was linted with. */
function draftKey(text: string, options: object): string {
  return createHash('sha256').update(JSON.stringify(options)).update('\0').update(text).digest('hex');
}

export function contentHash(file: SourceFile): string {
  const hash = createHash('sha256');
  hash.update(file.path).update('\0').update(file.bytes).update('\0');
  if (file.sidecar) hash.update(file.sidecar);
  hash.update('\0');
  if (file.extracted) hash.update(JSON.stringify(file.extracted));
  return hash.digest('hex');
}

interface ReadCache {
  /** The entries of a cache without a file list, each line read. */
  entries: Map<string, Buffer>;
  /** A cache's file list, its entries found by their lengths. */
  files?: CachedFiles;
  problem?: string;
  header?: CacheHeader;
  /** Kept open when entries are read as needed. */
  fd?: number;
  indexAt?: EntryAt;
  trailer?: Trailer;
}

function readCache(file: string, engine: string): ReadCache {
  if (!existsSync(file)) return { entries: new Map() };
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const read = readOpenCache(fd, engine);
    // Kept open only for a cache whose entries are read as needed.
    if (read.fd === undefined) closeSync(fd);
    return read;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    return { entries: new Map(), problem: `it could not be read (${(error as Error).message})` };
  }
}

function readOpenCache(fd: number, engine: string): ReadCache {
  const size = fstatSync(fd).size;
  const first = readFirstLine(fd, size);
  let header: Partial<CacheHeader> | null = null;
  try {
    header = JSON.parse(first.line.toString('utf8'));
  } catch {
    // Not even a header: handled below with the other shapes that are no cache of ours.
  }
  if (!header || header.format !== FORMAT || header.version !== FORMAT_VERSION || typeof header.entries !== 'number') {
    return { entries: new Map(), problem: 'it is not a Backcheck source cache of this format' };
  }
  // Another engine's results may differ: start afresh, quietly (a new build is no problem).
  if (header.engine !== engine) return { entries: new Map() };
  if (header.files !== undefined) return listedEntries(header as CacheHeader, first.end + 1, size, fd);
  const bytes = Buffer.alloc(size - first.end - 1);
  readSync(fd, bytes, 0, bytes.length, first.end + 1);
  return { ...lineEntries(bytes, header.entries), header: header as CacheHeader };
}

/** The header line's bytes and where its newline is (the whole file when there is none). */
function readFirstLine(fd: number, size: number): { line: Buffer; end: number } {
  const chunks: Buffer[] = [];
  let at = 0;
  while (at < size) {
    const chunk = Buffer.alloc(Math.min(1 << 20, size - at));
    readSync(fd, chunk, 0, chunk.length, at);
    const newline = chunk.indexOf(0x0a);
    chunks.push(newline < 0 ? chunk : chunk.subarray(0, newline));
    if (newline >= 0) return { line: Buffer.concat(chunks), end: at + newline };
    at += chunk.length;
  }
  return { line: Buffer.concat(chunks), end: size };
}

/**
 * The entries of a cache whose header lists its files: found by their lengths, not read. A
 * file whose size is not what the lengths add up to was cut short (or grew): not used.
 */
function listedEntries(header: CacheHeader, start: number, size: number, fd: number): ReadCache {
  const hasIndex = typeof header.indexBytes === 'number' && Array.isArray(header.indexKeys) && Array.isArray(header.indexSizes);
  const indexAt = hasIndex ? { offset: start, length: header.indexBytes! } : undefined;
  const files = CachedFiles.read(header.files, indexAt ? start + indexAt.length + 1 : start);
  if (!files) return { entries: new Map(), problem: 'an entry of it is damaged' };
  if (files.end > size || files.count !== header.entries) return { entries: new Map(), problem: `it is incomplete (${size} of ${files.end} bytes)` };
  return { entries: new Map(), files, header, fd, indexAt, trailer: readTrailer(fd, files.end, size) };
}

/** The lines after the entries, from `start` to the file's end: the last whole one's findings. */
function readTrailer(fd: number, start: number, size: number): Trailer {
  const bytes = Buffer.alloc(size - start);
  readSync(fd, bytes, 0, bytes.length, start);
  // What follows the last newline: nothing, or a line cut short (passed over, as is any line not of findings).
  let whole = bytes.length === 0 || bytes[bytes.length - 1] === 0x0a;
  // From the last line back: the first line of findings stands, and the lines before it are not parsed.
  for (let end = bytes.lastIndexOf(0x0a); end >= 0; ) {
    const start = bytes.lastIndexOf(0x0a, end - 1) + 1;
    const found = trailerLine(bytes.toString('utf8', start, end));
    if (found) return { ...found, bytes: bytes.length, whole };
    whole = false;
    end = start - 1;
  }
  return { lints: {}, judgements: new Map(), suggestions: new Map(), readings: [], bytes: bytes.length, whole };
}

function trailerLine(line: string): Pick<Trailer, 'lints' | 'judgements' | 'suggestions' | 'readings'> | undefined {
  try {
    const { lints, judgements, suggestions, readings } = JSON.parse(line) as { lints: unknown; judgements: unknown; suggestions: unknown; readings: unknown };
    if (typeof lints !== 'object' || lints === null || Array.isArray(lints)) return undefined;
    return { lints: lints as Record<string, unknown[]>, judgements: judgementsByHash(judgements), suggestions: suggestionsByHash(suggestions), readings: readingsFrom(readings) };
  } catch {
    return undefined;
  }
}

/** The entries of a cache without a file list: every line read (as the extension's worker writes it). */
function lineEntries(bytes: Buffer, expected: number): ReadCache {
  const entries = new Map<string, Buffer>();
  let at = 0;
  while (at < bytes.length) {
    const end = bytes.indexOf(0x0a, at);
    // Every entry ends its line: a last line without one was cut short.
    if (end < 0) return { entries: new Map(), problem: 'it is incomplete (its last entry is cut short)' };
    const space = bytes.indexOf(0x20, at);
    if (space < 0 || space > end) return { entries: new Map(), problem: 'an entry of it is damaged' };
    entries.set(bytes.subarray(at, space).toString('latin1'), bytes.subarray(space + 1, end));
    at = end + 1;
  }
  if (entries.size !== expected) return { entries: new Map(), problem: `it is incomplete (${entries.size} of ${expected} entries)` };
  return { entries };
}

/** The stat of a source's sidecar: null when it has none, undefined when it is no regular file within `maxBytes`. */
function sidecarStampOf(path: string, maxBytes: number): Stamp | null | undefined {
  const sidecar = sidecarPathOf(path);
  return existsSync(sidecar) ? stampOf(sidecar, maxBytes) : null;
}

/** A file's stat as cached, if it is a regular file within `maxBytes` (else it is read, and refused there). */
function stampOf(path: string, maxBytes: number): Stamp | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats?.isFile() && stats.size <= maxBytes ? [stats.size, stats.mtimeMs, stats.ino] : undefined;
}

/**
 * A source from the header alone: key, path, language and metadata at hand; its text and
 * paragraphs parsed from its entry the first time either is read, then kept as plain fields.
 * The getters are the same two functions for every source (finding its parse by the source),
 * not two closures and two defineProperty calls a source: a third of the cost at 10,000.
 */
function lazySource(fields: Omit<Source, 'text' | 'paragraphs'>, parse: (into: Source) => void): Source {
  // The fields are a new object (sourceFields), made the source here.
  const source = fields as Source;
  Object.defineProperty(source, 'text', LAZY_TEXT);
  Object.defineProperty(source, 'paragraphs', LAZY_PARAGRAPHS);
  PARSE_OF.set(source, parse);
  return source;
}

/** How each lazy source's entry is parsed, until it is. */
const PARSE_OF = new WeakMap<object, (into: Source) => void>();

const LAZY_TEXT: PropertyDescriptor = { enumerable: true, configurable: true, get: function (this: Source) { return parsedFields(this).text; } };
const LAZY_PARAGRAPHS: PropertyDescriptor = { enumerable: true, configurable: true, get: function (this: Source) { return parsedFields(this).paragraphs; } };

/**
 * A lazy source's entry parsed into it: its text then a plain field, and its paragraphs its
 * entry's columns (made as objects only when read, as a loaded source's) or a plain field.
 */
function parsedFields(source: Source): Source {
  PARSE_OF.get(source)!(source);
  PARSE_OF.delete(source);
  return source;
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** Writes what `fill` gives to a temporary file beside `file`, then renames it over `file` in one step. */
function writeAtomically(file: string, fill: (write: (bytes: Buffer) => void) => void): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      fill((bytes) => writeAll(fd, bytes));
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
