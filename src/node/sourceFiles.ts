import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';

import { decodeText } from '../core/sources/decode';
import type { SourceFile } from '../core/sources/source';
import { withDocumentExtracted } from './documentSources';
import { extractHtmlArticle } from './htmlSource';

export const SOURCE_EXTENSIONS = '{txt,md,markdown,html,htm,pdf,docx}';
export const DEFAULT_SOURCES_GLOB = `sources/**/*.${SOURCE_EXTENSIONS}`;

/**
 * The source files a list of `--sources` arguments names: a directory means every source file
 * below it; anything else is a glob relative to `cwd`. Sidecars (`*.meta.json`) are not sources.
 */
export async function findSourceFiles(patterns: string[], cwd: string): Promise<string[]> {
  const globs = patterns.map((pattern) => {
    const absolute = resolve(cwd, pattern);
    if (existsSync(absolute) && statSync(absolute).isDirectory()) {
      return `${toGlobPath(relative(cwd, absolute)) || '.'}/**/*.${SOURCE_EXTENSIONS}`;
    }
    return isAbsolute(pattern) ? toGlobPath(relative(cwd, pattern)) : pattern;
  });
  const files = await glob(globs, { cwd, absolute: true, dot: false, expandDirectories: false });
  return files.filter((file) => !file.endsWith('.meta.json')).sort();
}

/** Reads a source's bytes and its sidecar's, if any. Never decodes: that is the core's job. */
export async function readSourceFile(path: string): Promise<SourceFile> {
  const bytes = await readFile(path);
  const sidecarPath = path.replace(/\.[^./\\]+$/, '') + '.meta.json';
  const sidecar = existsSync(sidecarPath) ? await readFile(sidecarPath) : undefined;
  return withDocumentExtracted(withHtmlExtracted({ path, bytes, sidecar }));
}

/** For an HTML page, the article text and metadata, extracted here because it takes a DOM. */
export function withHtmlExtracted(file: SourceFile): SourceFile {
  if (!/\.html?$/i.test(file.path)) return file;
  try {
    return { ...file, extracted: extractHtmlArticle(decodeText(file.bytes)) };
  } catch {
    // Undecodable bytes: leave them to the core, which reports the file as unreadable.
    return file;
  }
}

function toGlobPath(path: string): string {
  return path.split('\\').join('/');
}
