import type { Loaded } from './inThreadLoader';
import type { Paragraph, Source } from '../core/sources/source';
import { StoredFigures, type StoredFiguresData } from '../core/sources/storedFigures';
import { storedParagraph, storedParts, storedSource, storeOfParagraphs, type StoredParagraphsData } from '../core/sources/storedParagraph';

/**
 * A loaded source as a worker thread posts it: its figures as columns (storedFigures.ts), a few
 * typed arrays instead of several objects per figure, which structured cloning would copy one
 * by one and this thread would hold as objects; each paragraph without its figures, and
 * without its `text` when that is exactly its slice of the source's text (else each source's
 * text crossed the thread boundary twice and was held twice: measured, the paragraphs' copies
 * are as large as all the sources' text, 40-80 MB at 10,000 sources).
 */
interface Posted extends Omit<Source, 'paragraphs'> {
  paragraphs: Array<Omit<Paragraph, 'figures' | 'text'> & { text?: string }>;
  figures: StoredFiguresData;
  /** Where each paragraph's figures end among the places of `figures`. */
  ends: Int32Array;
}

export function packForTransfer(loaded: Loaded): Loaded {
  if ('reason' in loaded) return loaded;
  const parts = storedParts(loaded);
  if (parts) {
    // The paragraphs are columns too: read without making them.
    const posted: Omit<Posted, 'paragraphs' | 'ends'> & { paragraphColumns: StoredParagraphsData } = { ...fieldsOf(loaded), figures: parts.figures.transferable, paragraphColumns: parts.paragraphs };
    return posted as unknown as Loaded;
  }
  const { paragraphs, ...rest } = loaded;
  // A source loadSource made has its columns; any other (read from a cache) is put in columns.
  const stored = storeOfParagraphs(paragraphs) ?? inColumns(loaded);
  const posted: Posted = { ...rest, paragraphs: paragraphs.map((p) => withoutFigures(p, loaded.text)), figures: stored.store.transferable, ends: stored.ends };
  return posted as unknown as Loaded;
}

/**
 * The source as it was before packForTransfer: each paragraph's figures read from the posted
 * columns (made as objects only when asked for), its text a slice of the source's text where
 * it was left out (which the engine keeps as a view into that one string).
 */
export function unpackTransferred(loaded: Loaded): Loaded {
  if ('reason' in loaded) return loaded;
  const posted = loaded as unknown as Posted | Source | (Omit<Posted, 'paragraphs' | 'ends'> & { paragraphColumns: StoredParagraphsData });
  if ('paragraphColumns' in posted) {
    const { figures, paragraphColumns, ...fields } = posted;
    return storedSource(fields, StoredFigures.from(sharedStrings(figures), fields.text, fields.lang), paragraphColumns);
  }
  if (!('figures' in posted)) {
    for (const paragraph of loaded.paragraphs) paragraph.text ??= loaded.text.slice(paragraph.span.start, paragraph.span.end);
    return loaded;
  }
  const { figures, ends, paragraphs, ...rest } = posted;
  const store = StoredFigures.from(sharedStrings(figures), rest.text, rest.lang);
  const source: Source = {
    ...rest,
    paragraphs: paragraphs.map(({ index, span, text, ...more }, p) => storedParagraph(index, span, text ?? rest.text.slice(span.start, span.end), store, p === 0 ? 0 : ends[p - 1], ends[p], more)),
  };
  return source;
}

/** A paragraph's fields but its figures (not read: that would make them), and its text unless it is not its slice. */
function withoutFigures(paragraph: Paragraph, text: string): Posted['paragraphs'][number] {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(paragraph)) {
    if (key === 'figures') continue;
    if (key === 'text' && paragraph.text === text.slice(paragraph.span.start, paragraph.span.end)) continue;
    out[key] = paragraph[key as keyof Paragraph];
  }
  return out as Posted['paragraphs'][number];
}

function inColumns(source: Source): { store: StoredFigures; ends: Int32Array } {
  let count = 0;
  const ends = Int32Array.from(source.paragraphs, (p) => (count += p.figures.length));
  return { store: StoredFigures.of(source.paragraphs.flatMap((p) => p.figures), source.text, source.lang), ends };
}

/**
 * Short strings of the posted tables (kinds, units, nouns, subjects: the same few hundred words
 * in every source) as one copy each on this thread, not one per source that names them.
 */
const shared = new Map<string, string>();
const SHARED_LENGTH = 40;

function sharedStrings(figures: StoredFiguresData): StoredFiguresData {
  const { table } = figures;
  for (let i = 0; i < table.length; i++) {
    const value = table[i];
    if (typeof value !== 'string' || value.length > SHARED_LENGTH) continue;
    const known = shared.get(value);
    if (known === undefined) shared.set(value, value);
    else table[i] = known;
  }
  return figures;
}

/** A source's fields but its paragraphs (not read: that would make them). */
function fieldsOf(source: Source): Omit<Source, 'paragraphs'> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) if (key !== 'paragraphs') out[key] = source[key as keyof Source];
  return out as unknown as Omit<Source, 'paragraphs'>;
}
