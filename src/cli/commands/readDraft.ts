import { decodeText } from '../../core/sources/decode';
import { readRegularFile } from '../../node/sourceFiles';
import { message, type Message } from '../../core/messages/message';
import { reasonOf, ReasonError, type Reason } from '../../core/messages/reasons';

/**
 * The largest draft read: 20 MiB, far past any article (the lint is linear; a 7.5 MB draft is
 * read in seconds), and a bound for a draft that is /dev/zero or a FIFO by mistake.
 */
export const MAX_DRAFT_BYTES = 20 * 1024 * 1024;

/** The operating system's codes a writer meets reading a draft, said in the catalogue's words. */
const BY_CODE: Record<string, Message> = {
  EISDIR: message('reason.notRegular', { kind: message('reason.kind.directory') }),
  EACCES: message('reason.notReadable'),
  ENOENT: message('reason.missing'),
};

/**
 * A draft's text, decoded as sources are (UTF-8 with or without BOM, UTF-16 with BOM), or why it
 * cannot be read: not a regular file (a directory, a FIFO, a device), too large, permissions,
 * binary or undecodable. Never throws.
 */
export async function readDraft(path: string): Promise<{ text: string } | Reason> {
  try {
    return { text: decodeText(await readRegularFile(path, MAX_DRAFT_BYTES)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code && BY_CODE[code] ? reasonOf(new ReasonError(BY_CODE[code])) : reasonOf(error);
    // The reader states a source's limit (maxSourceBytes); a draft has its own, fixed one.
    if (why.said?.id !== 'reason.overLimit') return why;
    return reasonOf(new ReasonError(message('reason.overDraftLimit', { size: why.said.args.size, max: MAX_DRAFT_BYTES / 1024 / 1024 })));
  }
}
