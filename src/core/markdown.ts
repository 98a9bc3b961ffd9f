import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

import { flattenDenseParagraphs, MAX_MARKS_PER_PARAGRAPH } from './markdownDensity';
import { cutDeepNesting, MAX_NESTING } from './markdownNesting';
import { proseByBlocks } from './proseBlocks';
import type { Span } from './types';
import { message, render, type Message } from './messages/message';

interface UnistNode {
  type: string;
  value?: string;
  children?: UnistNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/** Block types whose text is prose a writer wrote; headings and list items count too. */
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'image', 'imageReference']);

/** A part of a draft that Backcheck did not read, and why (reported as `draft-over-limit`). */
export interface ReadLimit {
  span: Span;
  kind: 'nesting' | 'marks';
  message: string;
  /** The same as `message`, as a catalogue message a host renders in its language. */
  problem: Message;
}

const limitMessage = (problem: Message) => ({ message: render(problem), problem });

export interface Prose {
  /** Spans of the document's prose text nodes. */
  spans: Span[];
  /** Parts left unread because a limit was reached. */
  limits: ReadLimit[];
}

/**
 * The prose of a Markdown document as spans of its text nodes. This is the one place where
 * remark's positions become core offsets. Code, HTML (and so HTML comments), front matter,
 * link destinations, list markers and heading markers are not text nodes, so they are left out.
 * Containers nested deeper than `MAX_NESTING` are cut first (see markdownNesting.ts). The text
 * is parsed a block at a time, a block read before taken as it was read (proseBlocks.ts).
 */
export function readProse(markdown: string): Prose {
  const { text, limits } = withinLimits(markdown);
  return { spans: proseByBlocks(text, parseTextNodes), limits };
}

/** The same reading as readProse, from one parse of the whole document (what the block reading must equal). */
export function readProseWhole(markdown: string): Prose {
  const { text, limits } = withinLimits(markdown);
  return { spans: parseTextNodes(text).spans, limits };
}

/** The document with its over-deep nesting and over-dense paragraphs cut (offsets kept), and where. */
function withinLimits(markdown: string): { text: string; limits: ReadLimit[] } {
  const { text: shallow, cuts } = cutDeepNesting(markdown);
  const { text, flattened } = flattenDenseParagraphs(shallow);
  const limits: ReadLimit[] = [
    ...cuts.map((cut) => ({
      span: cut.span,
      kind: 'nesting' as const,
      ...limitMessage(message('draft-over-limit.nesting', { depth: cut.depth, max: MAX_NESTING })),
    })),
    ...flattened.map((block) => ({
      span: block.span,
      kind: 'marks' as const,
      ...limitMessage(message('draft-over-limit.marks', { marks: block.marks, max: MAX_MARKS_PER_PARAGRAPH })),
    })),
  ].sort((a, b) => a.span.start - b.span.start);
  return { text, limits };
}

/**
 * The spans of the text nodes of `text` parsed as a document, and where its top-level
 * paragraphs start (proseBlocks.ts sees from them where the parse started afresh).
 */
export function parseTextNodes(text: string): { spans: Span[]; paragraphStarts: number[] } {
  const tree = parser.parse(text) as UnistNode;
  const spans: Span[] = [];
  // An explicit stack: inline nesting (emphasis in emphasis ...) can be as deep as the text is long.
  const stack: Array<{ node: UnistNode; inHeading: boolean }> = [{ node: tree, inHeading: false }];
  while (stack.length > 0) {
    const { node, inHeading } = stack.pop()!;
    if (SKIPPED.has(node.type)) continue;
    if (node.type === 'text') {
      let start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      // "## 3.2 Results": the heading's numbering is structure, not a figure the writer claims.
      if (inHeading) start += /^\s*\d+(?:\.\d+)*\.?\s+/.exec(text.slice(start, end))?.[0].length ?? 0;
      spans.push(...withoutUrls(text, start, end));
      continue;
    }
    const children = node.children ?? [];
    const heading = node.type === 'heading';
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], inHeading: heading && i === 0 });
  }
  const paragraphStarts: number[] = [];
  for (const block of tree.children ?? []) {
    const at = block.position?.start.offset;
    if (block.type === 'paragraph' && at !== undefined) paragraphStarts.push(at);
  }
  return { spans, paragraphStarts };
}

/** The prose spans alone (see readProse). */
export function proseSpans(markdown: string): Span[] {
  return readProse(markdown).spans;
}

/**
 * The document with everything that is not prose blanked to spaces (line ends, CR and LF, kept),
 * so that figure and citation scanners see only prose while every offset stays the document's own.
 */
export function proseMask(markdown: string): string {
  return maskOf(markdown, readProse(markdown).spans);
}

/** `markdown` with everything outside `spans` blanked, line ends kept. */
export function maskOf(markdown: string, spans: Span[]): string {
  const chars = markdown.replace(/[^\n\r]/g, ' ').split('');
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) chars[i] = markdown[i];
  }
  return chars.join('');
}

// `(?<!\w)` is `\b` before the scheme's first (word) character, checked against the character
// before the text node; the search runs over the node's own text only, so the whole document is
// swept once however many text nodes it has.
const URL = /(?<!\w)(?:https?:\/\/|www\.)[^\s<>()]+/gi;

/** Bare URLs in prose ("see https://example.org/2024/report") hold digits that are no figures. */
function withoutUrls(text: string, start: number, end: number): Span[] {
  const from0 = Math.max(0, start - 1);
  const slice = text.slice(from0, end);
  const spans: Span[] = [];
  let from = start;
  URL.lastIndex = start - from0;
  for (let m = URL.exec(slice); m; m = URL.exec(slice)) {
    const at = from0 + m.index;
    if (at > from) spans.push({ start: from, end: at });
    from = Math.min(end, at + m[0].length);
  }
  if (from < end) spans.push({ start: from, end });
  return spans;
}
