import type { Span } from './types';

/**
 * A draft's prose read block by block, each block's reading kept by the exact text it was read
 * from, so a draft with a line added parses only the blocks that changed (the whole parse was
 * 130-210 ms of a warm CLI run at 10,000 words, and of every keystroke's lint in the editor).
 *
 * A block starts at a line that begins with a letter after a blank line. Such a line starts a
 * paragraph at the top level whatever came before (it closes every list and blockquote, ends an
 * indented code block, and no construct but a paragraph starts with a letter), unless a fenced
 * code block or an HTML block of CommonMark's kinds 1-5 (`<script`, `<!--`, `<?`, `<!X`,
 * `<![CDATA[`) is still open: those run across blank lines. So what matters is checked, not
 * assumed: where the parse of a stretch of blocks (with a letter after it, `stretch + "Z"`, when
 * it is not the draft's end) has a top-level paragraph start at a block's first letter, the
 * text before that letter left nothing open, and the blocks on either side parse alone as they
 * do in the whole. Front matter (`---` on the first line) runs to its closing fence whatever is
 * between, so no block starts before that; a first line that opens front matter never closed
 * leaves the parser reading no list or blockquote in the rest of the document (remark-frontmatter
 * 5, found by the fuzz test), and link reference definitions (`[x]: url`) reach across the whole
 * document: those drafts are read whole.
 *
 * A reading is kept by the string that was parsed for it (the block, with the "Z" when it is
 * not the draft's last): the same string parses the same way, so a kept reading is never stale.
 */

/** The letter parsed after a stretch of blocks to see that it leaves nothing open. */
const PROBE = 'Z';
/** A blank line (spaces and tabs only, CommonMark's blank) after a line end, then a letter: a block starts at the letter. */
// (A CR before an LF is that line's end, never a line of its own.)
const BLOCK_START = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r|\n)(?=\p{L})/gu;

/** A whole-document parse: the spans of its text nodes, and where its top-level paragraphs start (in order). */
export type ParseProse = (markdown: string) => { spans: Span[]; paragraphStarts: number[] };

/** A block of one document's reading: where it is in the text, whether it was parsed as the last, its spans (offsets in the block). */
export interface ReadBlock {
  start: number;
  end: number;
  last: boolean;
  spans: Span[];
}

/** The blocks a document was read in: kept to read the next version of it (and by a cache across runs). */
export interface ProseReading {
  text: string;
  blocks: ReadBlock[];
}

/** Documents whose blocks are kept: the open drafts a writer switches between (draftFigures keeps as many). */
const KEPT_DOCUMENTS = 4;
const recent: ProseReading[] = [];
/**
 * The kept documents' block readings by the string parsed, each with how many kept blocks hold
 * it: blocks parsed with the probe after them, and blocks parsed as a draft's last (apart: the
 * same string read as a draft's end says nothing of what it leaves open).
 */
const byParsed = { probed: new Map<string, Held>(), last: new Map<string, Held>() };
interface Held {
  spans: Span[];
  holders: number;
}

/**
 * The blank-line bounds where a block may start (each a letter's offset), in order, none inside
 * front matter; undefined when the text is to be read whole.
 */
export function blockStarts(text: string): number[] | undefined {
  const after = frontMatterEnd(text);
  if (after === undefined || text.includes(']:')) return undefined;
  const starts: number[] = [];
  for (const m of text.matchAll(BLOCK_START)) {
    const start = m.index! + m[0].length;
    if (start >= after) starts.push(start);
  }
  return starts;
}

/** A first line that may open front matter (remark-frontmatter's yaml and toml fences). */
const FRONT_MATTER = /^\ufeff?(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/;
const LINE_END = /\r\n|\r|\n/g;
/** The line that closes front matter: its fence alone, trailing spaces and tabs allowed. */
const CLOSING = { '---': /---[ \t]*(?:\r|\n|$)/y, '+++': /\+\+\+[ \t]*(?:\r|\n|$)/y };

/**
 * Where front matter that the first line may open ends: at the end of the first line after it
 * that is its fence alone (trailing spaces and tabs allowed), as micromark closes it; 0 when
 * the text opens none, undefined when it opens one that never closes.
 */
function frontMatterEnd(text: string): number | undefined {
  const open = FRONT_MATTER.exec(text);
  if (!open) return 0;
  const closing = CLOSING[open[1] as keyof typeof CLOSING];
  for (let at = open[0].length; at < text.length; ) {
    closing.lastIndex = at;
    if (closing.test(text)) return closing.lastIndex;
    LINE_END.lastIndex = at;
    if (!LINE_END.exec(text)) break;
    at = LINE_END.lastIndex;
  }
  return undefined;
}

/**
 * The prose spans of `text`, read block by block through `parse`: each block's reading taken
 * from the kept ones when its text was read before, each stretch of blocks not read before
 * parsed as one (the whole draft, the first time).
 */
export function proseByBlocks(text: string, parse: ParseProse): Span[] {
  const bounds = blockStarts(text);
  if (!bounds) return parse(text).spans;
  const starts = [0, ...bounds, text.length];
  const count = starts.length - 1;
  const keptAt = Array.from({ length: count }, (_, i) => keptBlock(text, starts[i], starts[i + 1], i === count - 1));
  const blocks: ReadBlock[] = [];
  for (let i = 0; i < count; ) {
    const kept = keptAt[i];
    if (kept) {
      blocks.push(kept);
      i++;
      continue;
    }
    let next = i + 1;
    while (next < count && !keptAt[next]) next++;
    const read = readStretch(text, starts, i, next, parse);
    blocks.push(...read.blocks);
    i = read.next;
  }
  remember({ text, blocks });
  const spans: Span[] = [];
  for (const block of blocks) for (const s of block.spans) spans.push({ start: s.start + block.start, end: s.end + block.start });
  return spans;
}

/** The kept reading of the block from `start` to `end`, if its text (as parsed) was read before. */
function keptBlock(text: string, start: number, end: number, last: boolean): ReadBlock | undefined {
  const block = text.slice(start, end);
  const spans = last ? byParsed.last.get(block)?.spans : byParsed.probed.get(block + PROBE)?.spans;
  return spans && { start, end, last, spans };
}

/**
 * The blocks `from` to `to` (exclusive; indices into `starts`) parsed as one stretch, with the
 * probe after it unless it ends the draft, and cut into blocks where the parse has a top-level
 * paragraph at a block's start. When the probe is not such a paragraph (something stays open),
 * the rest of the draft is parsed instead. Returns the blocks and the index after them.
 */
function readStretch(text: string, starts: number[], from: number, to: number, parse: ParseProse): { blocks: ReadBlock[]; next: number } {
  const count = starts.length - 1;
  const start = starts[from];
  const last = to === count;
  const stretch = text.slice(start, starts[to]);
  const { spans, paragraphStarts } = parse(last ? stretch : stretch + PROBE);
  const fresh = new Set(paragraphStarts);
  if (!last && !fresh.has(stretch.length)) return readStretch(text, starts, from, count, parse);
  const blocks: ReadBlock[] = [];
  let at = 0;
  let blockFrom = from;
  for (let i = from + 1; i <= to; i++) {
    if (i < to && !fresh.has(starts[i] - start)) continue;
    const end = starts[i] - start;
    const within: Span[] = [];
    for (; at < spans.length && spans[at].start < end; at++) within.push({ start: spans[at].start - (starts[blockFrom] - start), end: spans[at].end - (starts[blockFrom] - start) });
    blocks.push({ start: starts[blockFrom], end: starts[i], last: last && i === to, spans: within });
    blockFrom = i;
  }
  return { blocks, next: to };
}

function remember(reading: ProseReading): void {
  recent.unshift(reading);
  holdBlocks(reading, 1);
  if (recent.length > KEPT_DOCUMENTS) holdBlocks(recent.pop()!, -1);
}

/** Counts a document's blocks in (`change` 1) or out (-1) of the kept readings; one no block holds is let go. */
function holdBlocks({ text, blocks }: ProseReading, change: 1 | -1): void {
  for (const b of blocks) {
    const block = text.slice(b.start, b.end);
    const parsed = b.last ? block : block + PROBE;
    const readings = b.last ? byParsed.last : byParsed.probed;
    const kept = readings.get(parsed);
    if (change > 0) {
      if (kept) kept.holders++;
      else readings.set(parsed, { spans: b.spans, holders: 1 });
    } else if (kept && --kept.holders === 0) readings.delete(parsed);
  }
}

/** The documents' block readings kept, latest first: for a cache to keep across runs (the CLI's `--cache`). */
export function keptProseReadings(): readonly ProseReading[] {
  return recent;
}

/** Takes in a reading an earlier run kept, after this run's own (while there is room). */
export function keepProseReading(reading: ProseReading): void {
  if (recent.length >= KEPT_DOCUMENTS) return;
  recent.push(reading);
  holdBlocks(reading, 1);
}

/** Forgets the kept block readings (tests that compare a reading from scratch). */
export function forgetProseReadings(): void {
  recent.length = 0;
  byParsed.probed.clear();
  byParsed.last.clear();
}
