import type { SourceFile } from '../core/sources/source';
import { isBinaryDocument } from './sourceFormats';

export { isBinaryDocument } from './sourceFormats';

/**
 * For a PDF or Word file, the text (by page, for a PDF) and metadata, extracted here because it
 * takes pdf.js or mammoth; other files are returned as they are. Throws with the reason when the
 * document cannot be read (no text layer, a password), which the host reports as unreadable.
 */
export async function withDocumentExtracted(file: SourceFile): Promise<SourceFile> {
  if (!isBinaryDocument(file.path)) return file;
  const { extractDocx, extractPdf } = await import('./documentReaders');
  const extracted = /\.pdf$/i.test(file.path) ? await extractPdf(file.bytes) : await extractDocx(file.bytes);
  return { ...file, extracted };
}
