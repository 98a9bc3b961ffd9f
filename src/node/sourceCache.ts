import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import type { LoadedSourceCache } from '../core/sources/provider';
import type { Paragraph, Source, SourceFile } from '../core/sources/source';
import type { Figure } from '../core/types';

/** The file name used when `--cache-location` names a folder, or is not given (as ESLint's `.eslintcache`). */
export const CACHE_FILE = '.backcheckcache';
const FORMAT = 'backcheck-source-cache';
// 3: a reason a file cannot be read travels as its message (id and arguments) beside its English.
const FORMAT_VERSION = 3;

/**
 * A source as stored: its paragraphs without their text, and its figures without their text and
 * language where those are the source's own (its text's slice, its language): 12.5 MB instead of
 * 14.8 MB for the 1,000-source bench corpus.
 */
type StoredFigure = Omit<Figure, 'text' | 'lang'> & Partial<Pick<Figure, 'text' | 'lang'>>;
type StoredSource = Omit<Source, 'paragraphs'> & { paragraphs: Array<Omit<Paragraph, 'text' | 'figures'> & { figures: StoredFigure[] }> };

/** The first line of a cache file; one line an entry follows: `HASH JSON`. */
interface CacheHeader {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  engine: string;
  entries: number;
}

/**
 * A persistent cache of loaded sources for the CLI (`--cache`, `--cache-location`), keyed by a
 * hash of each file's contents (path, bytes, sidecar, extracted text) and stamped with the
 * engine it was made by: another engine's cache is not read. Written atomically (a temporary
 * file renamed over it), so a crash leaves the old cache or the new one, never half of one; a
 * cache that cannot be parsed (truncated, edited, another format) is set aside and rebuilt.
 * One line an entry, parsed only when its source is asked for: the file is never one string.
 */
export class SourceCacheFile implements LoadedSourceCache {
  private readonly known: Map<string, Buffer>;
  /** This run's entries: kept lines as read (a hit), new ones as JSON (a miss). */
  private readonly used = new Map<string, Buffer | string>();
  hits = 0;
  misses = 0;
  /** Why the cache on disk was not used, when it was there but unusable. */
  problem: string | undefined;

  constructor(
    readonly file: string,
    private readonly engine: string,
  ) {
    const read = readCache(file, engine);
    this.known = read.entries;
    this.problem = read.problem;
  }

  lookup(file: SourceFile): Source | undefined {
    const hash = contentHash(file);
    const line = this.known.get(hash);
    const stored = line && parseEntry(line);
    if (line && !stored) this.problem = 'an entry of it is damaged';
    if (!stored || stored.path !== file.path) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.used.set(hash, line!);
    return revive(stored);
  }

  store(file: SourceFile, source: Source): void {
    this.used.set(contentHash(file), JSON.stringify(compact(source)));
  }

  /**
   * Writes the entries of this run (so files gone from the sources leave the cache too), unless
   * nothing changed. Returns whether it wrote.
   */
  save(): boolean {
    const unchanged = !this.problem && this.misses === 0 && this.used.size === this.known.size;
    if (unchanged) return false;
    const header: CacheHeader = { format: FORMAT, version: FORMAT_VERSION, engine: this.engine, entries: this.used.size };
    const parts: Array<Buffer | string> = [JSON.stringify(header) + '\n'];
    for (const [hash, entry] of this.used) parts.push(`${hash} `, entry, '\n');
    writeAtomically(this.file, Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))));
    return true;
  }
}

/** Where the cache file is: `location` (a file, or a folder to hold `.backcheckcache`), else `cwd/.backcheckcache`. */
export function cacheFileAt(location: string | undefined, cwd: string): string {
  if (!location) return join(cwd, CACHE_FILE);
  const path = resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (existsSync(path) && statSync(path).isDirectory());
  return isFolder ? join(path, CACHE_FILE) : path;
}

/**
 * The engine a cache was made by: the tool's version and a hash of the running code, so a
 * changed figure engine (a new build, even of the same version) never reads an old cache.
 */
export function engineStamp(version: string, codeFile: string | undefined): string {
  let code = 'unknown';
  try {
    if (codeFile) code = createHash('sha256').update(readFileSync(codeFile)).digest('hex').slice(0, 16);
  } catch {
    // No code file to hash (an unusual loader): the version alone stamps the cache.
  }
  return `${version}+${code}`;
}

export function contentHash(file: SourceFile): string {
  const hash = createHash('sha256');
  hash.update(file.path).update('\0').update(file.bytes).update('\0');
  if (file.sidecar) hash.update(file.sidecar);
  hash.update('\0');
  if (file.extracted) hash.update(JSON.stringify(file.extracted));
  return hash.digest('hex');
}

function readCache(file: string, engine: string): { entries: Map<string, Buffer>; problem?: string } {
  if (!existsSync(file)) return { entries: new Map() };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { entries: new Map(), problem: `it could not be read (${(error as Error).message})` };
  }
  const firstEnd = bytes.indexOf(0x0a);
  let header: Partial<CacheHeader> | null = null;
  try {
    header = JSON.parse(bytes.subarray(0, firstEnd < 0 ? bytes.length : firstEnd).toString('utf8'));
  } catch {
    // Not even a header: handled below with the other shapes that are no cache of ours.
  }
  if (!header || header.format !== FORMAT || header.version !== FORMAT_VERSION || typeof header.entries !== 'number') {
    return { entries: new Map(), problem: 'it is not a Backcheck source cache of this format' };
  }
  // Another engine's results may differ: start afresh, quietly (a new build is no problem).
  if (header.engine !== engine) return { entries: new Map() };
  const entries = new Map<string, Buffer>();
  let at = firstEnd + 1;
  while (at < bytes.length) {
    const end = bytes.indexOf(0x0a, at);
    // Every entry ends its line: a last line without one was cut short.
    if (end < 0) return { entries: new Map(), problem: 'it is incomplete (its last entry is cut short)' };
    const space = bytes.indexOf(0x20, at);
    if (space < 0 || space > end) return { entries: new Map(), problem: 'an entry of it is damaged' };
    entries.set(bytes.subarray(at, space).toString('latin1'), bytes.subarray(space + 1, end));
    at = end + 1;
  }
  if (entries.size !== header.entries) return { entries: new Map(), problem: `it is incomplete (${entries.size} of ${header.entries} entries)` };
  return { entries };
}

/** One entry's source, or undefined when its line is not one (damaged). */
function parseEntry(line: Buffer): StoredSource | undefined {
  try {
    const stored: unknown = JSON.parse(line.toString('utf8'));
    return isStoredSource(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function isStoredSource(value: unknown): value is StoredSource {
  const s = value as StoredSource;
  return typeof s === 'object' && s !== null && typeof s.key === 'string' && typeof s.path === 'string' && typeof s.text === 'string'
    && Array.isArray(s.paragraphs) && s.paragraphs.every((p) => p && typeof p.index === 'number' && p.span && Array.isArray(p.figures));
}

function compact(source: Source): StoredSource {
  const figure = ({ text, lang, ...rest }: Figure): StoredFigure => ({
    ...rest,
    ...(text !== source.text.slice(rest.span.start, rest.span.end) ? { text } : {}),
    ...(lang !== source.lang ? { lang } : {}),
  });
  return { ...source, paragraphs: source.paragraphs.map(({ text: _text, figures, ...rest }) => ({ ...rest, figures: figures.map(figure) })) };
}

/** A stored source as the library holds it: text and language filled in where compact() left them out. */
function revive(stored: StoredSource): Source {
  const figure = (f: StoredFigure): Figure => ({ ...f, text: f.text ?? stored.text.slice(f.span.start, f.span.end), lang: f.lang ?? stored.lang });
  return { ...stored, paragraphs: stored.paragraphs.map((p) => ({ ...p, text: stored.text.slice(p.span.start, p.span.end), figures: p.figures.map(figure) })) };
}

/** Writes `text` (bytes) to a temporary file beside `file`, then renames it over `file` in one step. */
function writeAtomically(file: string, text: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
