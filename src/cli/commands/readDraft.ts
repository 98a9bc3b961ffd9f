import { decodeText } from '../../core/sources/decode';
import { readRegularFile } from '../../node/sourceFiles';
import { message, render } from '../../core/messages/message';

/**
 * The largest draft read: 20 MiB, far past any article (the lint is linear; a 7.5 MB draft is
 * read in seconds), and a bound for a draft that is /dev/zero or a FIFO by mistake.
 */
export const MAX_DRAFT_BYTES = 20 * 1024 * 1024;

/**
 * A draft's text, decoded as sources are (UTF-8 with or without BOM, UTF-16 with BOM), or why it
 * cannot be read: not a regular file (a directory, a FIFO, a device), too large, permissions,
 * binary or undecodable. Never throws.
 */
export async function readDraft(path: string): Promise<{ text: string } | { reason: string }> {
  try {
    return { text: decodeText(await readRegularFile(path, MAX_DRAFT_BYTES, '')) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EISDIR' ? render(message('reason.notRegular', { kind: message('reason.kind.directory') })) : code === 'EACCES' ? render(message('reason.notReadable')) : code === 'ENOENT' ? render(message('reason.missing')) : (error as Error).message;
    return { reason: reason.replace(/^is ([0-9.]+ MiB), over the limit of .*$/, (_, size: string) => render(message('reason.overDraftLimit', { size, max: MAX_DRAFT_BYTES / 1024 / 1024 }))) };
  }
}
