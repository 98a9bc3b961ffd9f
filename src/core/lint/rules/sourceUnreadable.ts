import type { SourceLibrary } from '../../sources/library';
import { message, render, type Message } from '../../messages/message';
import { reasonMessage } from '../../messages/reasons';

export const SOURCE_UNREADABLE = { id: 'source-unreadable', defaultSeverity: 'error' as const, description: 'A source file cannot be read or decoded (reported once per file).' };

/**
 * `source-unreadable`: one finding per source file that could not be read or decoded, and per
 * file whose key another file already has. It is about sources, not drafts, so hosts report it
 * once against the source file (the CLI as its own result, the extension in the Sources view).
 * data: { path, reason }
 */
export function unreadableSources(library: SourceLibrary): Array<{ path: string; message: string; problem: Message; data: { path: string; reason: string } }> {
  const unreadable = library.unreadable.map((u) => ({ path: u.path, ...said(message('source-unreadable', { reason: reasonMessage(u.reason) })), data: { path: u.path, reason: u.reason } }));
  const duplicates = library.duplicateKeys.flatMap(({ key, paths }) =>
    paths.slice(1).map((path) => ({ path, ...said(message('source-unreadable.duplicate', { key, other: paths[0] })), data: { path, reason: render(message('reason.duplicateKey', { key })) } })),
  );
  return [...unreadable, ...duplicates];
}

/** The English text and the message it renders, as a host names the file before it. */
const said = (problem: Message) => ({ message: render(problem), problem });
