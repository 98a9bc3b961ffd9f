// The readers of binary document formats, bundled apart (dist/documents.js) and loaded only
// when a workspace has a PDF or DOCX source: pdf.js alone is larger than the rest of Backcheck.
export { extractDocx } from './docxSource';
export { extractPdf } from './pdfSource';
