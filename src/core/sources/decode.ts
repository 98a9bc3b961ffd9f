import { reasonError } from '../messages/reasons';

/**
 * Decodes a source file's bytes: UTF-8 with or without BOM, UTF-16 LE/BE with BOM.
 * Throws an Error whose message says why a file is unreadable (binary, invalid encoding).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 8000);
  if (sample.includes(0)) throw reasonError('reason.binary');
  try {
    // TextDecoder drops a UTF-8 BOM by default.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw reasonError('reason.notUtf8');
  }
}
