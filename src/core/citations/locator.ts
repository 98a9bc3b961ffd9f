import type { Locator } from './citation';

// Tried at one position only (sticky), after the white space and comma before it are skipped by
// hand: `\s*,?\s*` in a regex backtracks quadratically over a long run of spaces.
const LABELED = /(paras?\.|¶¶?|abs\.|z\.|s\.|lines?|l\.|pp?\.|pages?)\s*(\d+)(?:\s*[-–]\s*(\d+))?/iuy;

const LABELS: Record<string, string> = {
  'para.': 'para', 'paras.': 'para', '¶': 'para', '¶¶': 'para', 'abs.': 'para',
  'z.': 'line', line: 'line', lines: 'line', 'l.': 'line',
  'p.': 'page', 'pp.': 'page', page: 'page', pages: 'page', 's.': 'page',
};

/**
 * The locator at the start of `text` (after a key): `para. 3`, `paras. 3-4`, `¶ 3`, `Abs. 4`,
 * `Z. 12`, `p. 4`, `S. 4` (Seite), or a page and a paragraph together, `p. 4, para. 2`, which
 * gives the paragraph with its page. `offset` is where `text` starts in the document.
 */
export function parseLocator(text: string, offset: number): Locator | undefined {
  const first = labeledAt(text, afterSeparator(text, 0), offset);
  if (!first) return undefined;
  const second = labeledAt(text, afterSeparator(text, first.end), offset);
  if (!second || (first.locator.label === 'page') === (second.locator.label === 'page')) return first.locator;
  const [page, other] = first.locator.label === 'page' ? [first.locator, second.locator] : [second.locator, first.locator];
  // The span covers both parts, so a quick fix that rewrites the locator replaces all of it.
  const span = { start: first.locator.span.start, end: second.locator.span.end };
  return { ...other, page: { from: page.from, to: page.to }, span };
}

/** Skips white space, one optional comma, and white space again. */
function afterSeparator(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  if (text[i] === ',') i++;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function labeledAt(text: string, at: number, offset: number): { locator: Locator; end: number } | undefined {
  LABELED.lastIndex = at;
  const m = LABELED.exec(text);
  if (!m) return undefined;
  const from = Number(m[2]);
  const to = m[3] !== undefined ? Number(m[3]) : from;
  const label = LABELS[m[1].toLowerCase()] ?? m[1].toLowerCase();
  const end = at + m[0].length;
  return { locator: { label, from, to, span: { start: offset + at, end: offset + end } }, end };
}
