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
  // `require`, not `import()`: the installed CLI runs its bundle through node:vm from V8's code
  // cache (src/cli/codeCache.ts), where a dynamic import has no loader and throws
  // ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING; the readers' bundle (dist/documents.js) is CommonJS.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { extractDocx, extractPdf } = require('./documentReaders') as typeof import('./documentReaders');
  const extracted = /\.pdf$/i.test(file.path) ? await extractPdf(file.bytes) : await extractDocx(file.bytes);
  return { ...file, extracted };
}
