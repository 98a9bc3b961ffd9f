import JSZip from 'jszip';
import mammoth from 'mammoth';

import type { ExtractedText, SourceMeta } from '../core/sources/source';
import { reasonError } from '../core/messages/reasons';
// linkedom through the HTML reader: in the Node bundles that is dist/html.js, so its one copy serves both.
import { parseHTML } from './htmlReader';

// As in htmlSource.ts: the project compiles without the DOM library, so the DOM members used are typed here.
interface Element {
  tagName: string;
  textContent: string | null;
  parentElement: Element | null;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
  remove(): void;
}

/**
 * A Word document's text: mammoth turns its body into HTML (paragraphs, headings, lists, tables,
 * footnotes), read here as blocks: each paragraph, heading or list item one paragraph, each table
 * row one paragraph with its cells separated by " | ", the footnotes last, without their reference
 * marks (a "[1]" would be read as a figure). Metadata from docProps/core.xml.
 */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractedText> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    // A password-protected .docx is an encrypted OLE container, not a zip.
    throw reasonError('reason.docxInvalid', { error: (error as Error).message });
  }
  if (!zip.file('word/document.xml')) throw reasonError('reason.docxNoBody');
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const { document } = parseHTML(`<html><body>${html}</body></html>`) as unknown as { document: { body: Element } };
  for (const mark of document.body.querySelectorAll('a[href^="#footnote-"], a[href^="#endnote-"]')) mark.remove();
  const blocks: string[] = [];
  for (const el of document.body.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, tr')) {
    if (el.tagName === 'TR') {
      blocks.push([...el.querySelectorAll('td, th')].map((cell) => clean(cell.textContent)).join(' | '));
      continue;
    }
    // A paragraph inside a table cell is its row's; a list item holding paragraphs is read through them.
    if (within(el, 'TD') || within(el, 'TH') || (el.tagName === 'LI' && el.querySelector('p, li'))) continue;
    blocks.push(clean(el.textContent));
  }
  const text = blocks.filter((b) => b.replace(/[|\s]/g, '') !== '').join('\n\n');
  return { text: text ? text + '\n' : '', meta: await coreProperties(zip) };
}

function within(el: Element, tagName: string): boolean {
  for (let parent = el.parentElement; parent; parent = parent.parentElement) if (parent.tagName === tagName) return true;
  return false;
}

function clean(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Title, author, date and language from docProps/core.xml (Dublin Core), where Word keeps them. */
async function coreProperties(zip: JSZip): Promise<SourceMeta> {
  const xml = await zip.file('docProps/core.xml')?.async('string');
  const meta: SourceMeta = {};
  if (!xml) return meta;
  const read = (tag: string) => {
    const inner = elementText(xml, tag);
    const value = inner === undefined ? '' : decodeXml(inner).trim();
    return value || undefined;
  };
  const title = read('dc:title');
  const author = read('dc:creator');
  const date = read('dcterms:created') ?? read('dcterms:modified');
  const lang = read('dc:language')?.slice(0, 2).toLowerCase();
  if (title) meta.title = title;
  if (author) meta.author = author;
  if (date) meta.date = date;
  if (lang === 'en' || lang === 'de') meta.lang = lang;
  return meta;
}

/**
 * The text of the first `<tag>` or `<tag …>` element, found with indexOf: a regex of
 * `<tag[^>]*>([\s\S]*?)</tag>` is quadratic on a core.xml of many unclosed `<tag>`s, and the
 * file is whatever the document's sender put there.
 */
function elementText(xml: string, tag: string): string | undefined {
  const close = `</${tag}>`;
  for (let at = xml.indexOf(`<${tag}`); at >= 0; at = xml.indexOf(`<${tag}`, at + 1)) {
    const next = xml[at + tag.length + 1];
    if (next !== '>' && !/\s/.test(next ?? '')) continue;
    const open = xml.indexOf('>', at);
    if (open < 0) return undefined;
    const end = xml.indexOf(close, open + 1);
    // No closing tag after this one: none after a later one either.
    return end < 0 ? undefined : xml.slice(open + 1, end);
  }
  return undefined;
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()];
    return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}
