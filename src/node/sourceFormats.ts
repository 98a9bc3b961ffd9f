// What a source file is, and the HTML extraction, without Node built-ins: the extension's web
// bundle (VS Code for the Web, dist/web/extension.js) uses this module as the Node hosts do.
import { decodeText } from '../core/sources/decode';
import type { SourceFile } from '../core/sources/source';
import { htmlReader } from './htmlReaderOnDemand';
import { message, type Message } from '../core/messages/message';

export const SOURCE_EXTENSIONS = '{txt,md,markdown,html,htm,pdf,docx}';
export const DEFAULT_SOURCES_GLOB = `sources/**/*.${SOURCE_EXTENSIONS}`;

/**
 * The largest source file read (setting `backcheck.maxSourceBytes`, `maxSourceBytes` in
 * .backcheckrc.json): 5 MiB, a hundred times a long report as text. A 50 MB file took 17 s and
 * 525 MB of memory to load; one past the limit is `source-unreadable`, saying its size.
 */
export const DEFAULT_MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** Whether a path is a document whose text the host must extract before the core can read it. */
export function isBinaryDocument(path: string): boolean {
  return /\.(pdf|docx)$/i.test(path);
}

/** The sidecar of metadata beside a source: `report.pdf` → `report.meta.json`. */
export function sidecarPathOf(path: string): string {
  return path.replace(/\.[^./\\]+$/, '') + '.meta.json';
}

/** "52,428,800 bytes (50 MiB)", "5 MiB". */
export function formatBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return mib >= 1 ? `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB` : `${bytes.toLocaleString('en')} bytes`;
}

/** Why a file of `size` bytes is not read, or undefined when it is within `maxBytes`. */
export function overLimitReason(size: number, maxBytes: number, sidecar = false): Message | undefined {
  return size > maxBytes ? aboutFile(message('reason.overLimit', { size: formatBytes(size), max: formatBytes(maxBytes) }), sidecar) : undefined;
}

/** A reason about a source, or about its sidecar NAME.meta.json ("its .meta.json is ..."). */
export function aboutFile(reason: Message, sidecar: boolean): Message {
  return sidecar ? message('reason.sidecar', { reason }) : reason;
}

/**
 * For an HTML page, the article text and metadata, extracted here because it takes a DOM (the
 * HTML reader, loaded on the first page: htmlReaderOnDemand.ts). Throws (an HtmlExtractionError
 * saying why) when no article can be extracted: the page's raw markup is never loaded as its text.
 */
export function withHtmlExtracted(file: SourceFile): SourceFile {
  if (!/\.html?$/i.test(file.path)) return file;
  let html: string;
  try {
    html = decodeText(file.bytes);
  } catch {
    // Undecodable bytes: leave them to the core, which reports the file as unreadable.
    return file;
  }
  return { ...file, extracted: htmlReader().extractSourceArticle(html) };
}
