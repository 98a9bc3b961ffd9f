import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

import type { Span } from './types';

interface UnistNode {
  type: string;
  value?: string;
  children?: UnistNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/** Block types whose text is prose a writer wrote; headings and list items count too. */
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'image', 'imageReference']);

/**
 * The prose of a Markdown document as spans of its text nodes. This is the one place where
 * remark's positions become core offsets. Code, HTML (and so HTML comments), front matter,
 * link destinations, list markers and heading markers are not text nodes, so they are left out.
 */
export function proseSpans(markdown: string): Span[] {
  const tree = parser.parse(markdown) as UnistNode;
  const spans: Span[] = [];
  const visit = (node: UnistNode, inHeading: boolean) => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'text') {
      let start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      // "## 3.2 Results": the heading's numbering is structure, not a figure the writer claims.
      if (inHeading) start += /^\s*\d+(?:\.\d+)*\.?\s+/.exec(markdown.slice(start, end))?.[0].length ?? 0;
      spans.push(...withoutUrls(markdown, start, end));
      return;
    }
    const heading = node.type === 'heading';
    node.children?.forEach((child, i) => visit(child, heading && i === 0));
  };
  visit(tree, false);
  return spans;
}

/**
 * The document with everything that is not prose blanked to spaces (line breaks kept), so that
 * figure and citation scanners see only prose while every offset stays the document's own.
 */
export function proseMask(markdown: string): string {
  const chars = markdown.replace(/[^\n]/g, ' ').split('');
  for (const span of proseSpans(markdown)) {
    for (let i = span.start; i < span.end; i++) chars[i] = markdown[i];
  }
  return chars.join('');
}

/** Bare URLs in prose ("see https://example.org/2024/report") hold digits that are no figures. */
function withoutUrls(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const url = /\b(?:https?:\/\/|www\.)[^\s<>()]+/gi;
  url.lastIndex = start;
  let from = start;
  for (let m = url.exec(text); m && m.index < end; m = url.exec(text)) {
    if (m.index > from) spans.push({ start: from, end: m.index });
    from = Math.min(end, m.index + m[0].length);
  }
  if (from < end) spans.push({ start: from, end });
  return spans;
}
