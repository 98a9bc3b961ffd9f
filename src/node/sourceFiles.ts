import { closeSync, constants, type Dirent, existsSync, fstatSync, openSync, readdir, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { glob, type GlobOptions } from 'tinyglobby';

import type { SourceFile } from '../core/sources/source';
import { withDocumentExtracted } from './documentSources';
import { walkFolder } from './folderWalk';
import { ListedNames } from './listedNames';
import { aboutFile, DEFAULT_MAX_SOURCE_BYTES, formatBytes, overLimitReason, sidecarPathOf, SOURCE_EXTENSIONS, withHtmlExtracted } from './sourceFormats';
import { message, type Message } from '../core/messages/message';
import { ReasonError } from '../core/messages/reasons';

// Defined without Node built-ins in sourceFormats.ts (the web bundle reads them there).
export { DEFAULT_MAX_SOURCE_BYTES, DEFAULT_SOURCES_GLOB, formatBytes, SOURCE_EXTENSIONS, withHtmlExtracted } from './sourceFormats';

export interface ReadOptions {
  maxBytes?: number;
}

/** The extensions of SOURCE_EXTENSIONS as names end in them: ".txt", ".md", … */
const EXTENSIONS = new Set(SOURCE_EXTENSIONS.slice(1, -1).split(',').map((extension) => `.${extension}`));
/** Characters a glob reads as more than themselves: a folder named with one is globbed, as before, not walked. */
const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/;

/**
 * The source files a list of `--sources` arguments names: a directory means every source file
 * below it; anything else is a glob relative to `cwd`. Sidecars (`*.meta.json`) are not sources.
 * A directory is walked (folderWalk.ts) unless it holds a symbolic link; the names of every
 * folder listed go to `names`, for the sidecar check of a warm cache.
 */
export async function findSourceFiles(patterns: string[], cwd: string, names = new ListedNames()): Promise<string[]> {
  let found: string[] = [];
  const globs: string[] = [];
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    if (existsSync(absolute) && statSync(absolute).isDirectory()) {
      const root = toGlobPath(relative(cwd, absolute)) || '.';
      const walked = GLOB_SYNTAX.test(root) ? undefined : walkFolder(toGlobPath(absolute), EXTENSIONS, names);
      if (walked) found = found.concat(walked);
      else globs.push(`${root}/**/*.${SOURCE_EXTENSIONS}`);
    } else {
      globs.push(isAbsolute(pattern) ? toGlobPath(relative(cwd, pattern)) : pattern);
    }
  }
  if (globs.length > 0) found = found.concat(await glob(globs, { cwd, absolute: true, dot: false, expandDirectories: false, fs: listingFs(names) }));
  // One glob lists a path once; walks and globs of overlapping folders may each list it.
  const files = patterns.length > 1 ? [...new Set(found)] : found;
  return files.filter((file) => !file.endsWith('.meta.json')).sort();
}

/** Is a directory entry something to read as a file but no regular file (a FIFO, a device, a socket)? */
const isSpecial = (entry: Dirent) => entry.isFIFO() || entry.isCharacterDevice() || entry.isBlockDevice() || entry.isSocket();

/** The entry, said to be a file when it is special, so that the glob lists it for readSourceFile to refuse. */
function listedAsFile(entry: Dirent): Dirent {
  if (isSpecial(entry)) Object.defineProperty(entry, 'isFile', { value: () => true });
  return entry;
}

/**
 * A directory reader for the glob that lists FIFOs, devices and sockets as files: the glob
 * (fdir) lists only files, directories and symlinks, so a bare FIFO among the sources was left
 * out without a word instead of being reported `source-unreadable`. Each folder's names go to
 * `names`, when given.
 */
function listingFs(names?: ListedNames): GlobOptions['fs'] {
  const listed = (path: string, entries: Dirent[]) => {
    names?.addFolder(path, entries.map((entry) => entry.name));
    return entries.map(listedAsFile);
  };
  return {
    readdir: ((path: string, options: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) =>
      readdir(path, options, (error, entries) => callback(error, error ? entries : listed(path, entries)))) as unknown as typeof readdir,
    readdirSync: ((path: string, options: { withFileTypes: true }) => listed(path, readdirSync(path, options))) as unknown as typeof readdirSync,
  };
}

/**
 * The source files under `base` matching `pattern` (a glob relative to it), sidecars left out,
 * listed on disk as the CLI lists them: FIFOs, devices and links to them included, for
 * readSourceFile to refuse, saying why. The extension on a local folder lists its sources here
 * rather than through VS Code's file search, which lists none of those, sends every path across
 * to the extension host at once (at 10,000 sources, one message the host's event loop decodes in
 * one go) and would be asked a second time for the special files.
 */
export async function listSourcePattern(base: string, pattern: string): Promise<string[]> {
  const files = await glob(pattern, { cwd: base, absolute: true, dot: false, expandDirectories: false, ignore: ['**/node_modules/**'], fs: listingFs() });
  return files.filter((path) => !path.endsWith('.meta.json')).sort();
}

/**
 * Reads a source's bytes and its sidecar's, if any. Never decodes: that is the core's job.
 * Throws an Error saying why when either is not a regular file (a FIFO, a device such as
 * /dev/zero, a directory) or is larger than `maxBytes`, without reading it. `blocking` reads with
 * blocking calls, for the CLI, whose thread has nothing else to do meanwhile: a file in the OS's
 * cache is read in some 20 µs, where the five trips (open, fstat, two reads, close) to libuv's
 * thread pool cost far more when every core is loading sources (measured, 10,000 files: 1.2-1.5 s
 * of this thread's time against 0.17-0.24 s, with the other core busy).
 */
export async function readSourceFile(path: string, options: ReadOptions = {}, blocking = false): Promise<SourceFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SOURCE_BYTES;
  const read = blocking ? async (file: string, max: number, sidecar?: boolean) => readRegularFileSync(file, max, sidecar) : readRegularFile;
  const bytes = await read(path, maxBytes);
  const sidecarPath = sidecarPathOf(path);
  const sidecar = existsSync(sidecarPath) ? await read(sidecarPath, maxBytes, true) : undefined;
  return withDocumentExtracted(withHtmlExtracted({ path, bytes, sidecar }));
}

/**
 * A file's bytes, if it is a regular file of at most `maxBytes`. Opened non-blocking so that a
 * FIFO cannot hang the open, and checked on the open handle (fstat), so a file swapped for a FIFO
 * or a device after a look at its path is still refused.
 */
export async function readRegularFile(path: string, maxBytes: number, sidecar = false): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const buffer = bufferFor(await handle.stat(), maxBytes, sidecar);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length = grown(length + bytesRead, maxBytes, sidecar);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** readRegularFile with blocking calls (see readSourceFile's `blocking`). */
export function readRegularFileSync(path: string, maxBytes: number, sidecar = false): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const buffer = bufferFor(fstatSync(fd), maxBytes, sidecar);
    let length = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length = grown(length + bytesRead, maxBytes, sidecar);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** A buffer for a regular file of at most `maxBytes`, one byte longer in case it grew since fstat. */
function bufferFor(stats: Stats, maxBytes: number, sidecar: boolean): Buffer {
  if (!stats.isFile()) throw new ReasonError(aboutFile(message('reason.notRegular', { kind: kindOf(stats) }), sidecar));
  const overLimit = overLimitReason(stats.size, maxBytes, sidecar);
  if (overLimit) throw new ReasonError(overLimit);
  return Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
}

/** The length read so far, unless it is past the limit (the file grew since fstat). */
function grown(length: number, maxBytes: number, sidecar: boolean): number {
  if (length > maxBytes) throw new ReasonError(aboutFile(message('reason.grew', { max: formatBytes(maxBytes) }), sidecar));
  return length;
}

function kindOf(stats: Stats): Message {
  if (stats.isFIFO()) return message('reason.kind.fifo');
  if (stats.isCharacterDevice()) return message('reason.kind.characterDevice');
  if (stats.isBlockDevice()) return message('reason.kind.blockDevice');
  if (stats.isDirectory()) return message('reason.kind.directory');
  if (stats.isSocket()) return message('reason.kind.socket');
  return message('reason.kind.other');
}

function toGlobPath(path: string): string {
  return path.split('\\').join('/');
}
