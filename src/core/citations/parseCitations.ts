import type { Citation, CitedKey, Locator } from './citation';

// Pandoc's citation key: starts with a letter, digit or underscore; inner punctuation allowed
// when followed by a key character.
const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*`;
const BRACKETED = /\[([^[\]]*@[^[\]]*)\](?!\()/gu;
const KEY_IN_ITEM = new RegExp(String.raw`(-?)@(${KEY})`, 'u');
const IN_TEXT = new RegExp(String.raw`(?<![\p{L}\p{N}_@.\[])@(${KEY})(?:\s*\[([^[\]]*)\])?`, 'gu');
const LOCATOR = /^\s*,?\s*(paras?\.|¶¶?|abs\.|z\.|lines?|l\.|pp?\.|pages?|s\.)\s*(\d+)(?:\s*[-–]\s*(\d+))?/iu;

const LABELS: Record<string, string> = {
  'para.': 'para', 'paras.': 'para', '¶': 'para', '¶¶': 'para', 'abs.': 'para',
  'z.': 'line', line: 'line', lines: 'line', 'l.': 'line',
  'p.': 'page', 'pp.': 'page', page: 'page', pages: 'page', 's.': 'page',
};

/**
 * Finds Pandoc citations in prose: `[@a, para. 2; see @b]`, `[-@a]`, and in-text `@a [para. 3]`.
 * Offsets are the text's own. Text should already be masked to prose (no code, no links).
 */
export function parseCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  const taken: Array<[number, number]> = [];
  for (const match of text.matchAll(BRACKETED)) {
    const open = match.index! + 1;
    const keys: CitedKey[] = [];
    let itemStart = open;
    for (const item of match[1].split(';')) {
      const found = KEY_IN_ITEM.exec(item);
      if (found) {
        const keyStart = itemStart + found.index + found[1].length + 1;
        const after = item.slice(found.index + found[0].length);
        keys.push({
          key: found[2],
          span: { start: keyStart, end: keyStart + found[2].length },
          suppressAuthor: found[1] === '-',
          locator: parseLocator(after, keyStart + found[2].length),
        });
      }
      itemStart += item.length + 1;
    }
    if (keys.length === 0) continue;
    const span = { start: match.index!, end: match.index! + match[0].length };
    citations.push({ span, keys, inText: false });
    taken.push([span.start, span.end]);
  }
  for (const match of text.matchAll(IN_TEXT)) {
    const start = match.index!;
    if (taken.some(([s, e]) => start >= s && start < e)) continue;
    const keyStart = start + 1;
    const bracket = match[2];
    const locator = bracket !== undefined ? parseLocator(bracket, start + match[0].indexOf('[') + 1) : undefined;
    citations.push({
      span: { start, end: start + match[0].length },
      keys: [{ key: match[1], span: { start: keyStart, end: keyStart + match[1].length }, suppressAuthor: false, locator }],
      inText: true,
    });
  }
  return citations.sort((a, b) => a.span.start - b.span.start);
}

function parseLocator(text: string, offset: number): Locator | undefined {
  const m = LOCATOR.exec(text);
  if (!m) return undefined;
  const from = Number(m[2]);
  const to = m[3] !== undefined ? Number(m[3]) : from;
  const label = LABELS[m[1].toLowerCase()] ?? m[1].toLowerCase();
  const start = offset + m.index + m[0].indexOf(m[1]);
  const locator: Locator = { label, from, to, span: { start, end: offset + m.index + m[0].length } };
  // A page, then a paragraph on it (`p. 4, para. 2`): the paragraph is the locator, within the page.
  const onPage = label === 'page' ? parseLocator(text.slice(m.index + m[0].length), locator.span.end) : undefined;
  if (onPage?.label === 'para' && !onPage.page) return { ...onPage, page: { from, to }, span: { start, end: onPage.span.end } };
  return locator;
}
