import type { SourceLibrary } from '../sources/library';
import { locatorIn } from '../sources/locate';

/**
 * A place in a source with the locator a writer cites it by: `p. 4, para. 2` in a PDF, whose
 * paragraphs are counted per page, else `para. 7`. Findings name it in their messages and keep it
 * in their data, where quick fixes (which see the draft, not the library) read it.
 */
export function withLocator<T extends { sourceKey: string; paragraph: number }>(at: T, library: SourceLibrary): T & { locator: string } {
  return { ...at, locator: locatorIn(library.byKey(at.sourceKey), at.paragraph) };
}
