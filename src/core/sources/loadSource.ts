import { extractFiguresInSegments, paragraphCuts } from '../figureSegments';
import { detectLang } from '../text/detectLang';
import { decodeText } from './decode';
import { splitParagraphs } from './paragraphs';
import type { Source, SourceFile, SourceMeta, UnreadableSource } from './source';
import { StoredFigures } from './storedFigures';
import { storedSource, type StoredParagraphsData } from './storedParagraph';
import type { Figure, Span } from '../types';
import { isLang } from '../figures/lang';
import { message } from '../messages/message';
import { reasonError, reasonOf } from '../messages/reasons';

/** A file's name without its folders, as messages name a file: its folders differ by host. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The key a file gets when its metadata has no `id`: the base name without its extension. */
export function keyFromPath(path: string): string {
  const base = baseName(path);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Turns a file into a Source, or says why it cannot be one. Never throws. */
export function loadSource(file: SourceFile): Source | UnreadableSource {
  let text: string;
  let meta: SourceMeta = {};
  const pageStarts = file.extracted?.pageStarts;
  try {
    if (file.extracted) {
      ({ text, meta } = file.extracted);
    } else {
      text = decodeText(file.bytes);
      if (/\.(md|markdown)$/i.test(file.path)) ({ text, meta } = frontMatter(text));
    }
    if (file.sidecar) meta = { ...meta, ...parseSidecar(decodeText(file.sidecar)) };
    if (text.trim() === '') throw reasonError('reason.noText');
  } catch (error) {
    return { path: file.path, ...reasonOf(error) };
  }
  const lang = meta.lang ?? detectLang(text);
  const markdown = /\.(md|markdown)$/i.test(file.path);
  // Each paragraph is read on its own, so no figure runs across a paragraph (or, in a source of
  // one paragraph a line, a line); within one, no figure runs across a table cell or heading.
  const spans = splitParagraphs(text);
  const figures: Figure[] = [];
  const ends = spans.map((span) => {
    const paragraphText = text.slice(span.start, span.end);
    for (const f of extractFiguresInSegments(paragraphText, lang, paragraphCuts(paragraphText, markdown))) {
      figures.push({
        ...f,
        span: { start: f.span.start + span.start, end: f.span.end + span.start },
        ...(f.number ? { number: { start: f.number.start + span.start, end: f.number.end + span.start } } : {}),
      });
    }
    return figures.length;
  });
  // The figures and paragraphs are kept in columns, not as objects (storedFigures.ts,
  // storedParagraph.ts): a library of 10,000 sources holds 810,000 figures in 200,000
  // paragraphs, and a lint asks for a few thousand of them.
  const store = StoredFigures.of(figures, text, lang);
  const columns: StoredParagraphsData = {
    starts: Int32Array.from(spans, (span) => span.start),
    ends: Int32Array.from(spans, (span) => span.end),
    figureEnds: Int32Array.from(ends),
    ...(pageStarts ? byPage(spans, pageStarts) : {}),
  };
  const fields = { key: meta.id ?? keyFromPath(file.path), path: file.path, lang, meta, text, ...(pageStarts ? { pages: pageStarts.length } : {}) };
  return storedSource(fields, store, columns);
}

/**
 * Each paragraph's page in a paged source (the one it starts on) and its place on that page, so
 * `[@key, p. 4, para. 2]` can be resolved; the global `index` stays as it is.
 */
function byPage(spans: readonly Span[], pageStarts: number[]): { pages: Int32Array; onPage: Int32Array } {
  const pages = new Int32Array(spans.length);
  const onPages = new Int32Array(spans.length);
  let page = 0;
  let onPage = 0;
  spans.forEach((span, p) => {
    let next = page;
    while (next < pageStarts.length && pageStarts[next] <= span.start) next++;
    if (next !== page) onPage = 0;
    page = next;
    pages[p] = Math.max(page, 1);
    onPages[p] = ++onPage;
  });
  return { pages, onPage: onPages };
}

/**
 * A Markdown source's YAML front matter (`key: value` lines between `---` fences), read for the
 * metadata fields only, and blanked out of the text so paragraph offsets stay the file's own.
 */
function frontMatter(text: string): { text: string; meta: SourceMeta } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) return { text, meta: {} };
  const meta: SourceMeta = {};
  for (const line of m[1].split(/\r?\n/)) {
    // `:\s*(.*?)\s*$` backtracked quadratically over a line of white space; trim instead.
    const kv = /^(id|title|outlet|date|url|lang|author):(.*)$/.exec(line);
    if (!kv) continue;
    const value = kv[2].trim().replace(/^(["'])(.*)\1$/, '$2');
    if (kv[1] === 'lang') {
      if (isLang(value)) meta.lang = value;
    } else meta[kv[1] as Exclude<keyof SourceMeta, 'lang'>] = value;
  }
  return { text: m[0].replace(/[^\n]/g, ' ') + text.slice(m[0].length), meta };
}

function parseSidecar(json: string): SourceMeta {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw reasonError('reason.sidecar', { reason: message('reason.notJson', { error: (error as Error).message }) });
  }
  if (typeof data !== 'object' || data === null) throw reasonError('reason.sidecar', { reason: message('reason.notJsonObject') });
  const meta: SourceMeta = {};
  const record = data as Record<string, unknown>;
  for (const field of ['id', 'title', 'outlet', 'date', 'url', 'author'] as const) {
    if (typeof record[field] === 'string') meta[field] = record[field] as string;
  }
  if (isLang(record.lang)) meta.lang = record.lang;
  return meta;
}

export function isUnreadable(loaded: Source | UnreadableSource): loaded is UnreadableSource {
  return 'reason' in loaded;
}
