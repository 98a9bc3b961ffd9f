import type { ExtractedText } from './source';

/** One run of text as a PDF's text layer places it (pdf.js's text content, in PDF points). */
export interface PdfTextItem {
  str: string;
  /** Left end of the baseline, y growing upwards as in PDF space. */
  x: number;
  y: number;
  width: number;
  /** The font size. */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** A line, or the part of one within a column: runs on one baseline with no wide gap between them. */
interface Line {
  x: number;
  right: number;
  y: number;
  size: number;
  text: string;
  /** Which band and column of the page it belongs to, for reading order and paragraph breaks. */
  block: number;
}

/**
 * Turns a PDF's text layer into text a reader would read, page by page: runs become lines, a page
 * with two columns is read column by column (a heading across both stays where it is), lines that
 * repeat at the top or bottom of the pages (running heads, page numbers) are left out, lines
 * become paragraphs at a wider gap, and a word hyphenated at a line end is joined. Paragraphs are
 * separated by blank lines; `pageStarts` says where each page's first paragraph starts. A paragraph
 * that runs on to the next page (it ends without closing punctuation and the next page begins in
 * lower case) stays one paragraph, on the page it starts on.
 */
export function layoutPdfText(pages: PdfPage[], meta: ExtractedText['meta'] = {}): ExtractedText {
  const linesByPage = pages.map(readingOrder);
  // The line spacing of the whole document (a page of one-line paragraphs has none of its own): the
  // lower quartile of the gaps, as lines within paragraphs outnumber the gaps between them; with
  // few lines to go by, no more than the usual 1.3 em.
  const gaps = linesByPage.flatMap(lineGaps);
  const usual = 1.3 * (lowerQuartile(linesByPage.flat().map((l) => l.size)) ?? 10);
  const spacing = gaps.length >= 6 ? lowerQuartile(gaps)! : Math.min(lowerQuartile(gaps) ?? usual, usual);
  const edges = linesByPage.map((lines) => edgeLines(lines, spacing));
  const repeated = repeatedEdgeLines(edges);
  const paragraphs: string[] = [];
  const pageStarts: number[] = [];
  let length = 0;
  linesByPage.forEach((lines, p) => {
    const body = lines.filter((line) => !edges[p].has(line) || !(isPageNumber(line.text) || edgeKeys(line.text, p + 1).some((key) => repeated.has(key))));
    const own = toParagraphs(body, spacing);
    const last = paragraphs.length - 1;
    if (own.length > 0 && last >= 0 && runsOn(paragraphs[last], own[0])) {
      paragraphs[last] = joinLines(paragraphs[last], own.shift()!);
      length = paragraphs.reduce((n, t) => n + t.length + 2, 0);
    }
    pageStarts[p] = length;
    for (const text of own) {
      paragraphs.push(text);
      length += text.length + 2;
    }
  });
  return { text: paragraphs.join('\n\n') + '\n', meta, pageStarts };
}

/** A page's lines in reading order: bands from top to bottom, in a band the left column first. */
function readingOrder(page: PdfPage): Line[] {
  const lines = toLines(page.items);
  const gutter = findGutter(lines, page.width);
  const sorted = [...lines].sort((a, b) => b.y - a.y || a.x - b.x);
  if (gutter === undefined) return sorted.map((line) => ({ ...line, block: 0 }));
  const ordered: Line[] = [];
  let band: Line[] = [];
  let block = 0;
  const flush = () => {
    ordered.push(...band.filter((l) => l.x < gutter).map((l) => ({ ...l, block })));
    ordered.push(...band.filter((l) => l.x >= gutter).map((l) => ({ ...l, block: block + 1 })));
    block += 2;
    band = [];
  };
  for (const line of sorted) {
    if (line.x < gutter && line.right > gutter + 1) {
      flush();
      ordered.push({ ...line, block: block++ });
    } else band.push(line);
  }
  flush();
  return ordered;
}

/** Groups runs on one baseline into lines, split where the gap is wider than 1.5 em (a gutter). */
function toLines(items: PdfTextItem[]): Line[] {
  const runs = items.filter((item) => item.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let baseline: PdfTextItem[] = [];
  const flush = () => {
    baseline.sort((a, b) => a.x - b.x);
    let line: Line | undefined;
    for (const run of baseline) {
      const gap = line ? run.x - line.right : 0;
      if (!line || gap > 1.5 * run.size) {
        line = { x: run.x, right: run.x + run.width, y: run.y, size: run.size, text: run.str, block: 0 };
        lines.push(line);
        continue;
      }
      const space = gap > 0.15 * run.size && !/\s$/.test(line.text) && !/^\s/.test(run.str) ? ' ' : '';
      line.text += space + run.str;
      line.right = Math.max(line.right, run.x + run.width);
      line.size = Math.max(line.size, run.size);
    }
    baseline = [];
  };
  for (const item of runs) {
    if (baseline.length > 0 && Math.abs(baseline[0].y - item.y) > 0.4 * Math.max(item.size, baseline[0].size)) flush();
    baseline.push(item);
  }
  flush();
  for (const line of lines) line.text = line.text.replace(/\s+/g, ' ').trim();
  return lines;
}

/**
 * The x of a column gutter: a left edge in the middle half of the page where at least two lines
 * start, with at least two lines ending before it and (nearly) none running across it.
 */
function findGutter(lines: Line[], width: number): number | undefined {
  let best: { x: number; score: number } | undefined;
  const edges = new Set(lines.map((l) => Math.round(l.x)).filter((x) => x > width * 0.25 && x < width * 0.75));
  for (const x of edges) {
    const starting = lines.filter((l) => Math.abs(l.x - x) <= 2).length;
    const before = lines.filter((l) => l.right <= x).length;
    const across = lines.filter((l) => l.x < x - 2 && l.right > x + 1).length;
    if (starting < 2 || before < 2 || across > Math.max(1, lines.length * 0.1)) continue;
    if (!best || starting > best.score) best = { x: x - 2, score: starting };
  }
  return best?.x;
}

/** The vertical distances between consecutive lines of one block. */
function lineGaps(lines: Line[]): number[] {
  return lines.slice(1).map((l, i) => (l.block === lines[i].block ? lines[i].y - l.y : 0)).filter((g) => g > 0);
}

/** Lines grouped into paragraphs: a new one at a new block, a gap wider than the spacing, or another font size. */
function toParagraphs(lines: Line[], spacing: number): string[] {
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    // A column's last paragraph may run on at the top of the next column.
    const newBlock = prev && line.block !== prev.block && !runsOn(current, line.text);
    const breaks = !prev || newBlock || (line.block === prev.block && (prev.y - line.y > spacing * 1.4 || prev.y < line.y)) || Math.abs(line.size - prev.size) > 0.1 * prev.size;
    if (breaks && current) {
      paragraphs.push(current);
      current = '';
    }
    current = current ? joinLines(current, line.text) : line.text;
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

/**
 * Joins a line to the text before it: a word hyphenated at the line end ("Hoch-" + "wasser") is
 * joined without the hyphen; before a capital the hyphen is a compound's ("Elbe-" + "Pegel") and
 * stays; a soft hyphen always goes.
 */
export function joinLines(before: string, next: string): string {
  if (/\u00ad$/.test(before)) return before.slice(0, -1) + next;
  if (/\p{L}-$/u.test(before)) return /^\p{Ll}/u.test(next) ? before.slice(0, -1) + next : before + next;
  return `${before} ${next}`;
}

/** Whether a page's first paragraph continues the last one of the page before. */
function runsOn(before: string, next: string): boolean {
  return !/[.!?:;"“”»«)]$/.test(before) && /^\p{Ll}/u.test(next);
}

/**
 * Where running heads and footers stand: up to two lines at the top and two at the bottom of a
 * page, set off from the body by more than a paragraph's gap (a body line that merely happens to
 * open or close a page is not one).
 */
function edgeLines(lines: Line[], spacing: number): Set<Line> {
  const ys = [...new Set(lines.map((l) => l.y))].sort((a, b) => b - a);
  const apart = (i: number, j: number) => i >= 0 && j >= 0 && i < ys.length && j < ys.length && Math.abs(ys[i] - ys[j]) > spacing * 1.4;
  const edgeYs = new Set<number>();
  const last = ys.length - 1;
  if (ys.length === 1) edgeYs.add(ys[0]);
  if (apart(0, 1)) edgeYs.add(ys[0]);
  else if (apart(1, 2)) [ys[0], ys[1]].forEach((y) => edgeYs.add(y));
  if (apart(last, last - 1)) edgeYs.add(ys[last]);
  else if (apart(last - 1, last - 2)) [ys[last], ys[last - 1]].forEach((y) => edgeYs.add(y));
  return new Set(lines.filter((l) => edgeYs.has(l.y)));
}

/** Edge lines that recur (a page number aside) on at least half the pages, and on two at least. */
function repeatedEdgeLines(edges: Array<Set<Line>>): Set<string> {
  const pagesWith = new Map<string, number>();
  for (const [p, lines] of edges.entries()) {
    const keys = new Set([...lines].flatMap((line) => edgeKeys(line.text, p + 1)));
    for (const key of keys) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(edges.length / 2));
  return new Set([...pagesWith.entries()].filter(([, n]) => n >= needed).map(([key]) => key));
}

/**
 * A line as compared across pages: as it is, and with each of its numbers as an offset from the
 * page number, so "Page 2 of 3" on page 2 and "Page 3 of 3" on page 3 agree ("page #0 of 3"), and
 * so does a printed number that runs ahead of the page's ("- 12 -" on page 2: "#10"), while
 * "with 100 homes" on page 1 and "with 200 homes" on page 2 do not.
 */
function edgeKeys(text: string, page: number): string[] {
  const line = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const keys = [line];
  for (const m of line.matchAll(/\d+/g)) keys.push(line.slice(0, m.index) + `#${Number(m[0]) - page}` + line.slice(m.index! + m[0].length));
  return keys;
}

/** "7", "- 7 -", "Page 7", "Seite 7 von 12", "7 / 12": a page number alone on its line. */
function isPageNumber(text: string): boolean {
  // A page number line is short; the length check keeps the pattern off long runs of spaces.
  return text.length <= 40 && /^(?:(?:page|seite|s\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|von|\/)\s*\d{1,4})?$/i.test(text.trim());
}

function lowerQuartile(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 4)];
}
