import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

import type { SourceMeta } from '../core/sources/source';
import { isLang } from '../core/figures/lang/codes';
import { htmlShape, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, MAX_HTML_LEVELS } from './htmlDepth';
import { message } from '../core/messages/message';
import { ReasonError } from '../core/messages/reasons';

/**
 * A saved web page's article: Mozilla's Readability (Firefox's reader view) picks the article
 * text out of navigation, scripts, styles and footers, on a DOM from linkedom; metadata comes from
 * the page's <title>, <html lang>, <link rel=canonical> and meta tags. Paragraphs are joined with
 * blank lines so the core numbers them as a reader sees them. This needs a DOM, so it lives in the
 * Node host rather than the core; the core receives plain text and metadata.
 *
 * Bounded: a page nested deeper than MAX_HTML_DEPTH, with more than MAX_HTML_ELEMENTS elements,
 * or with more than MAX_HTML_LEVELS levels of nesting in all (htmlDepth.ts), is not extracted, and a page with no article text is not either; each throws an
 * Error saying why, which the host reports as `source-unreadable`. Raw markup is never a source's text.
 */
// The project compiles without the DOM library (the core must not use it), so the few DOM
// members used here are typed by hand.
interface Element {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): Element | null;
}
interface HtmlDocument {
  title: string;
  documentElement: Element | null;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
}
const parse = (html: string) => (parseHTML(html) as unknown as { document: HtmlDocument }).document;

/** Why no article could be extracted from a page, as a catalogue message (its `message` the English). */
export class HtmlExtractionError extends ReasonError {}

export function extractHtmlArticle(html: string): { text: string; meta: SourceMeta } {
  const shape = htmlShape(html);
  if (shape.depth > MAX_HTML_DEPTH) throw new HtmlExtractionError(message('reason.htmlDepth', { max: MAX_HTML_DEPTH }));
  if (shape.elements > MAX_HTML_ELEMENTS) throw new HtmlExtractionError(message('reason.htmlElements', { max: MAX_HTML_ELEMENTS.toLocaleString('en') }));
  if (shape.levels > MAX_HTML_LEVELS) throw new HtmlExtractionError(message('reason.htmlLevels', { max: MAX_HTML_LEVELS.toLocaleString('en') }));
  const document = parse(html);
  const meta: SourceMeta = {};
  const metaContent = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const lang = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase();
  if (isLang(lang)) meta.lang = lang;
  meta.url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent('meta[property="og:url"]');
  meta.outlet = metaContent('meta[property="og:site_name"]');
  meta.date = metaContent('meta[property="article:published_time"]') ?? metaContent('meta[name="date"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  // Readability works on (and changes) the document, so metadata is read first.
  const article = readArticle(document);
  meta.title = metaContent('meta[property="og:title"]') ?? article.title ?? document.title ?? undefined;
  meta.outlet ??= article.siteName ?? undefined;
  const container = parse(`<html><body>${article.content}</body></html>`);
  const blocks = [...container.querySelectorAll('p, h1, h2, h3, h4, li, blockquote')]
    .filter((el) => !el.querySelector('p, li'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (blocks.length === 0) throw new HtmlExtractionError(message('reason.htmlNoText'));
  for (const key of Object.keys(meta) as Array<keyof SourceMeta>) if (meta[key] === undefined) delete meta[key];
  return { text: blocks.join('\n\n') + '\n', meta };
}

function readArticle(document: HtmlDocument): { title?: string | null; siteName?: string | null; content: string } {
  let article;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch (error) {
    throw new HtmlExtractionError(message('reason.htmlFailed', { error: (error as Error).message }));
  }
  if (!article?.content) throw new HtmlExtractionError(message('reason.htmlNone'));
  return { title: article.title, siteName: article.siteName, content: article.content };
}

/**
 * A source's article, as extractHtmlArticle gives it, where any other failure (linkedom's,
 * Readability's own) is an HtmlExtractionError too, saying so. Checked here, beside the class:
 * the Node hosts load this module as a bundle of its own (dist/html.js), whose error class is not
 * theirs, so an `instanceof` over there would take every error for an unexpected one.
 */
export function extractSourceArticle(html: string): { text: string; meta: SourceMeta } {
  try {
    return extractHtmlArticle(html);
  } catch (error) {
    if (error instanceof HtmlExtractionError) throw error;
    throw new HtmlExtractionError(message('reason.htmlFailed', { error: (error as Error).message }));
  }
}
