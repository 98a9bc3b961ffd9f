import { layoutPdfText, type PdfPage, type PdfTextItem } from '../core/sources/pdfLayout';
import type { ExtractedText, SourceMeta } from '../core/sources/source';
import { reasonError } from '../core/messages/reasons';
import { providePdfDomMatrix } from './pdfDomMatrix';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

let loading: Promise<Pdfjs> | undefined;

/**
 * pdf.js, loaded on the first PDF only (it is large). Its legacy build runs on Node 20; its worker
 * runs in this thread ("fake worker"), handed over through `globalThis.pdfjsWorker` so that no
 * worker file has to be found at run time. On load it tries the optional `@napi-rs/canvas` (for
 * rendering, which text extraction does not need) and prints polyfill warnings with console.log:
 * those are held back, as they would land in the CLI's stdout (`backcheck bib` prints JSON there).
 * The DOMMatrix it cannot load without that native package (the VSIX has none) is ours, given first.
 */
function pdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const log = console.log;
    const warn = console.warn;
    console.log = console.warn = () => {};
    try {
      providePdfDomMatrix();
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
      console.warn = warn;
    }
  })();
  return loading;
}

/**
 * A PDF's text by page and paragraph (see layoutPdfText) and its metadata (XMP, else the info
 * dictionary). Throws with the reason a writer can act on when the PDF has no text layer (a scan)
 * or opens only with a password.
 */
export async function extractPdf(bytes: Uint8Array): Promise<ExtractedText> {
  const { getDocument, VerbosityLevel } = await pdfjs();
  let document: PdfDocument;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy, the source stays as read.
    const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: VerbosityLevel.ERRORS });
    document = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw reasonError('reason.pdfEncrypted');
    if (name === 'InvalidPDFException') throw reasonError('reason.pdfInvalid', { error: (error as Error).message });
    throw error;
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= document.numPages; n++) pages.push(await readPage(document, n));
    if (!pages.some((page) => page.items.some((item) => /\S/.test(item.str)))) throw reasonError('reason.pdfNoText');
    return layoutPdfText(pages, await readMeta(document));
  } finally {
    await document.destroy();
  }
}

async function readPage(document: PdfDocument, n: number): Promise<PdfPage> {
  const page = await document.getPage(n);
  const [x0, y0, x1, y1] = page.view;
  const content = await page.getTextContent();
  const items: PdfTextItem[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [, , c, d, e, f] = item.transform as number[];
    items.push({ str: item.str, x: e - x0, y: f - y0, width: item.width, size: Math.hypot(c, d) || item.height });
  }
  page.cleanup();
  return { width: x1 - x0, height: y1 - y0, items };
}

/** Title, author, date and language: XMP (the newer, richer record) first, then the info dictionary. */
async function readMeta(document: PdfDocument): Promise<SourceMeta> {
  const { info, metadata } = await document.getMetadata();
  const record = info as Record<string, unknown>;
  const xmp = (name: string): string | undefined => {
    const value = metadata?.get(name) as unknown;
    const first = Array.isArray(value) ? value.join('; ') : value;
    return typeof first === 'string' && first.trim() ? first.trim() : undefined;
  };
  const field = (name: string): string | undefined => (typeof record[name] === 'string' && (record[name] as string).trim() ? (record[name] as string).trim() : undefined);
  const meta: SourceMeta = {};
  const title = xmp('dc:title') ?? field('Title');
  const author = xmp('dc:creator') ?? field('Author');
  const date = xmp('xmp:createdate') ?? xmp('dc:date') ?? pdfDate(field('CreationDate'));
  const lang = (xmp('dc:language') ?? field('Language'))?.slice(0, 2).toLowerCase();
  if (title) meta.title = title;
  if (author) meta.author = author;
  if (date) meta.date = date;
  if (lang === 'en' || lang === 'de') meta.lang = lang;
  return meta;
}

/** A PDF date string (`D:20240315101500+01'00'`) as an ISO date (`2024-03-15`). */
function pdfDate(value: string | undefined): string | undefined {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value ?? '');
  return m ? [m[1], m[2], m[3]].filter(Boolean).join('-') : undefined;
}
