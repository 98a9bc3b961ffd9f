import type { Locator } from '../citations/citation';
import { message, render, type Message } from '../messages/message';
import { paragraphCount } from './paragraphCount';
import type { Paragraph, Source } from './source';

/** What a locator names in one source: its paragraphs, or why it names none. */
export type Located =
  | { paragraphs: Paragraph[]; range: { from: number; to: number } }
  | { outOfRange: string; problem: Message };

/**
 * Resolves a citation's locator in a source. `para. N` counts paragraphs through the whole source;
 * in a paged source (PDF) `p. 4` names the paragraphs starting on page 4 and `p. 4, para. 2` the
 * second paragraph of page 4. Returns undefined when the locator does not narrow the source (no
 * locator, a line locator, or a page locator on a source without pages). `range` is the global
 * paragraph range (pages hold consecutive paragraphs), for the per-passage figure index.
 */
export function locate(source: Source, locator: Locator | undefined): Located | undefined {
  if (!locator) return undefined;
  const pages = locator.label === 'page' ? { from: locator.from, to: locator.to } : locator.page;
  if (pages && source.pages === undefined) return locator.label === 'para' ? byIndex(source, locator) : undefined;
  if (pages) {
    const pageProblem = outside(pages, source.pages!, 'pages');
    if (pageProblem) return pageProblem;
    const onPages = source.paragraphs.filter((p) => p.page! >= pages.from && p.page! <= pages.to);
    if (locator.label === 'page') return found(onPages);
    const count = onPages.filter((p) => p.page === pages.to).length;
    const problem = outside(locator, count, 'paragraphsOnPage', pages.to);
    if (problem) return problem;
    return found(onPages.filter((p) => p.indexOnPage! >= locator.from && p.indexOnPage! <= locator.to));
  }
  return locator.label === 'para' ? byIndex(source, locator) : undefined;
}

/**
 * What a locator names that does not exist in the source, if anything: as `locate` finds it,
 * but in a source without pages from its count of paragraphs alone (paragraphCount.ts), so
 * checking every citation of a draft reads no source it need not.
 */
export function locatorProblem(source: Source, locator: Locator | undefined): Message | undefined {
  if (locator?.label === 'para' && !locator.page) return outside(locator, paragraphCount(source), 'paragraphs')?.problem;
  const located = locate(source, locator);
  return located && 'outOfRange' in located ? located.problem : undefined;
}

function byIndex(source: Source, locator: Locator): Located {
  const problem = outside(locator, paragraphCount(source), 'paragraphs');
  if (problem) return problem;
  return found(source.paragraphs.filter((p) => p.index >= locator.from && p.index <= locator.to));
}

function found(paragraphs: Paragraph[]): Located {
  const range = paragraphs.length > 0 ? { from: paragraphs[0].index, to: paragraphs[paragraphs.length - 1].index } : { from: 0, to: -1 };
  return { paragraphs, range };
}

/** The catalogue's wording of a count of pages or paragraphs, by whether the count is one. */
const OUTSIDE = {
  pages: ['range.page', 'range.pages'],
  paragraphs: ['range.paragraph', 'range.paragraphs'],
  paragraphsOnPage: ['range.paragraphOnPage', 'range.paragraphsOnPage'],
} as const;

/** Says what does not exist when `range` runs outside 1..count, e.g. "has 3 pages; p. 5 does not exist". */
function outside(range: { from: number; to: number }, count: number, counted: keyof typeof OUTSIDE, page?: number): { outOfRange: string; problem: Message } | undefined {
  if (range.from >= 1 && range.from <= range.to && range.to <= count) return undefined;
  const missing = range.to > count ? range.to : range.from;
  const problem = message(OUTSIDE[counted][count === 1 ? 0 : 1], { count, missing, ...(page !== undefined ? { page } : {}) });
  return { outOfRange: render(problem), problem };
}

/** How Backcheck writes the locator of a paragraph: `p. 4, para. 2` in a paged source, else `para. 7`. */
export function locatorOf(paragraph: Paragraph): string {
  return paragraph.page !== undefined ? `p. ${paragraph.page}, para. ${paragraph.indexOnPage}` : `para. ${paragraph.index}`;
}

/** A citation's locator as messages name it: `para. 3`, `paras. 3-4`, `p. 4`, `pp. 4-5`, `p. 4, para. 2`. */
/** A paragraph as lists name it, locator first: "¶4", or "p. 4 ¶2" in a paged source. */
export function shortLocatorOf(paragraph: Paragraph): string {
  return paragraph.page !== undefined ? `p. ${paragraph.page} ¶${paragraph.indexOnPage}` : `¶${paragraph.index}`;
}

export function describeLocator(locator: Locator): string {
  const range = (one: string, many: string, r: { from: number; to: number }) => (r.from === r.to ? `${one} ${r.from}` : `${many} ${r.from}-${r.to}`);
  if (locator.label === 'page') return range('p.', 'pp.', locator);
  const para = range('para.', 'paras.', locator);
  return locator.page ? `${range('p.', 'pp.', locator.page)}, ${para}` : para;
}

/** The locator of paragraph `index` of a source: `p. 4, para. 2` in a PDF, else `para. 7`. */
export function locatorIn(source: Source | undefined, index: number): string {
  // Only a paged source has paragraphs with pages: any other's locator is its index, and reading
  // its paragraphs for it would make them all (from a cached entry: parse it) for nothing.
  if (source?.pages === undefined) return `para. ${index}`;
  const paragraph = source.paragraphs[index - 1];
  return paragraph?.index === index ? locatorOf(paragraph) : `para. ${index}`;
}

/** The citation of paragraph `index` of a source: `[@key, p. 4, para. 2]` in a PDF, else `[@key, para. 7]`. */
export function citationOf(source: Source | undefined, key: string, index: number): string {
  return `[@${key}, ${locatorIn(source, index)}]`;
}
