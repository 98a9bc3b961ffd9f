import { extractFigures } from '../figures/extractFigures';
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
    text = decodeText(file.bytes);
    if (file.sidecar) meta = parseSidecar(decodeText(file.sidecar));
  } catch (error) {
    return { path: file.path, reason: (error as Error).message };
  }
  const lang = meta.lang ?? detectLang(text);
  const paragraphs = splitParagraphs(text).map((span, i) => {
    const paragraphText = text.slice(span.start, span.end);
    const figures = extractFigures(paragraphText, lang).map((f) => ({
      ...f,
      span: { start: f.span.start + span.start, end: f.span.end + span.start },
    }));
    return { index: i + 1, span, text: paragraphText, figures };
  });
  return { key: meta.id ?? keyFromPath(file.path), path: file.path, lang, meta, text, paragraphs };
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
