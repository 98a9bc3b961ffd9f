import type { SourceLibrary } from '../sources/library';
import { message, type Message } from '../messages/message';
import { locatorIn } from '../sources/locate';

/**
 * A place in a source with the locator a writer cites it by: `p. 4, para. 2` in a PDF, whose
 * paragraphs are counted per page, else `para. 7`. Findings name it in their messages and keep it
 * in their data, where quick fixes (which see the draft, not the library) read it.
 */
export function withLocator<T extends { sourceKey: string; paragraph: number }>(at: T, library: SourceLibrary): T & { locator: string } {
  return { ...at, locator: locatorIn(library.byKey(at.sourceKey), at.paragraph) };
}

/**
 * The same place as prose names it, in the writer's language: "para. 7", "p. 4, para. 2" in
 * English (as the locator), "Abs. 7", "S. 4, Abs. 2" in German. Citations keep the locator itself.
 */
export function placeOf(at: { sourceKey: string; paragraph: number }, library: SourceLibrary): Message {
  const source = library.byKey(at.sourceKey);
  // Only a paged source's paragraphs have pages (see locatorIn): no other's is read for its place.
  const paragraph = source?.pages === undefined ? undefined : source.paragraphs[at.paragraph - 1];
  if (paragraph?.index === at.paragraph && paragraph.page !== undefined) return message('place.pageParagraph', { page: paragraph.page, paragraph: paragraph.indexOnPage ?? at.paragraph });
  return message('place.paragraph', { paragraph: at.paragraph });
}
