import type { SourceLibrary } from '../../sources/library';
import { message, render, type Message } from '../../messages/message';
import { reasonArg, type Reason } from '../../messages/reasons';

export const SOURCE_UNREADABLE = { id: 'source-unreadable', defaultSeverity: 'error' as const, description: 'A source file cannot be read or decoded (reported once per file).' };

/**
 * `source-unreadable`: one finding per source file that could not be read or decoded, and per
 * file whose key another file already has. It is about sources, not drafts, so hosts report it
 * once against the source file (the CLI as its own result, the extension in the Sources view).
 * data: { path, reason } (the reason's English); `why`: the reason with its message, for a listing.
 */
export function unreadableSources(library: SourceLibrary): Array<{ path: string; message: string; problem: Message; why: Reason; data: { path: string; reason: string } }> {
  const unreadable = library.unreadable.map((u) => ({ path: u.path, ...said(message('source-unreadable', { reason: reasonArg(u) })), why: u, data: { path: u.path, reason: u.reason } }));
  const duplicates = library.duplicateKeys.flatMap(({ key, paths }) =>
    paths.slice(1).map((path) => {
      const duplicate = message('reason.duplicateKey', { key });
      return { path, ...said(message('source-unreadable.duplicate', { key, other: paths[0] })), why: { reason: render(duplicate), said: duplicate }, data: { path, reason: render(duplicate) } };
    }),
  );
  return [...unreadable, ...duplicates];
}

/** The English text and the message it renders, as a host names the file before it. */
const said = (problem: Message) => ({ message: render(problem), problem });
