import type { Loaded } from './inThreadLoader';
import type { Paragraph } from '../core/sources/source';

/**
 * A loaded source as a worker thread posts it: each paragraph's `text`, a slice of the
 * source's text, left out when it is exactly that slice. Structured cloning would otherwise
 * copy every paragraph's text as a string of its own, so each source's text crossed the thread
 * boundary twice and was held twice (measured: the paragraphs' copies are as large as all the
 * sources' text, 40-80 MB at 10,000 sources).
 */
export function packForTransfer(loaded: Loaded): Loaded {
  if ('reason' in loaded) return loaded;
  const { text } = loaded;
  const paragraphs = loaded.paragraphs.map((paragraph): Paragraph => {
    if (paragraph.text !== text.slice(paragraph.span.start, paragraph.span.end)) return paragraph;
    const { text: _sliced, ...rest } = paragraph;
    return rest as Paragraph;
  });
  return { ...loaded, paragraphs };
}

/**
 * The source as it was before packForTransfer: each paragraph left without its text gets it
 * back as a slice of the source's text (which the engine keeps as a view into that one string).
 */
export function unpackTransferred(loaded: Loaded): Loaded {
  if ('reason' in loaded) return loaded;
  for (const paragraph of loaded.paragraphs) {
    if (paragraph.text === undefined) paragraph.text = loaded.text.slice(paragraph.span.start, paragraph.span.end);
  }
  return loaded;
}
