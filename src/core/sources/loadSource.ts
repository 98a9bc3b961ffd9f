import { extractFiguresInSegments, paragraphCuts } from '../figureSegments';
import { detectLang } from '../text/detectLang';
import { decodeText } from './decode';
import { splitParagraphs } from './paragraphs';
import type { Source, SourceFile, SourceMeta, UnreadableSource } from './source';

/** The key a file gets when its metadata has no `id`: the base name without its extension. */
export function keyFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Turns a file into a Source, or says why it cannot be one. Never throws. */
export function loadSource(file: SourceFile): Source | UnreadableSource {
  let text: string;
  let meta: SourceMeta = {};
  try {
    if (file.extracted) {
      ({ text, meta } = file.extracted);
    } else {
      text = decodeText(file.bytes);
      if (/\.(md|markdown)$/i.test(file.path)) ({ text, meta } = frontMatter(text));
    }
    if (file.sidecar) meta = { ...meta, ...parseSidecar(decodeText(file.sidecar)) };
    if (text.trim() === '') throw new Error('it has no text');
  } catch (error) {
    return { path: file.path, reason: (error as Error).message };
  }
  const lang = meta.lang ?? detectLang(text);
  const markdown = /\.(md|markdown)$/i.test(file.path);
  // Each paragraph is read on its own, so no figure runs across a paragraph (or, in a source of
  // one paragraph a line, a line); within one, no figure runs across a table cell or heading.
  const paragraphs = splitParagraphs(text).map((span, i) => {
    const paragraphText = text.slice(span.start, span.end);
    const figures = extractFiguresInSegments(paragraphText, lang, paragraphCuts(paragraphText, markdown)).map((f) => ({
      ...f,
      span: { start: f.span.start + span.start, end: f.span.end + span.start },
      ...(f.number ? { number: { start: f.number.start + span.start, end: f.number.end + span.start } } : {}),
    }));
    return { index: i + 1, span, text: paragraphText, figures };
  });
  return { key: meta.id ?? keyFromPath(file.path), path: file.path, lang, meta, text, paragraphs };
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
    const kv = /^(id|title|outlet|date|url|lang):\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    const value = kv[2].replace(/^(["'])(.*)\1$/, '$2');
    if (kv[1] === 'lang') {
      if (value === 'en' || value === 'de') meta.lang = value;
    } else meta[kv[1] as Exclude<keyof SourceMeta, 'lang'>] = value;
  }
  return { text: m[0].replace(/[^\n]/g, ' ') + text.slice(m[0].length), meta };
}

function parseSidecar(json: string): SourceMeta {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`its .meta.json is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null) throw new Error('its .meta.json is not a JSON object');
  const meta: SourceMeta = {};
  const record = data as Record<string, unknown>;
  for (const field of ['id', 'title', 'outlet', 'date', 'url'] as const) {
    if (typeof record[field] === 'string') meta[field] = record[field] as string;
  }
  if (record.lang === 'en' || record.lang === 'de') meta.lang = record.lang;
  return meta;
}

export function isUnreadable(loaded: Source | UnreadableSource): loaded is UnreadableSource {
  return 'reason' in loaded;
}
