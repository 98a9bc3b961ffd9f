import type { Citation, CitedKey } from './citation';
import { parseLocator } from './locator';

// Pandoc's citation key: starts with a letter, digit or underscore; inner punctuation allowed
// when followed by a key character.
const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*`;
const KEY_IN_ITEM = new RegExp(String.raw`(-?)@(${KEY})`, 'u');
const IN_TEXT = new RegExp(String.raw`(?<![\p{L}\p{N}_@.\[])@(${KEY})`, 'gu');

/**
 * Finds Pandoc citations in prose: `[@a, para. 2; see @b]`, `[-@a]`, and in-text `@a [para. 3]`.
 * Offsets are the text's own. Text should already be masked to prose (no code, no links).
 * Brackets are paired by a scan, not a backtracking regex, so the work is linear in the text.
 */
export function parseCitations(text: string): Citation[] {
  const bracketed = bracketedCitations(text);
  const inText = inTextCitations(text, bracketed);
  return [...bracketed, ...inText].sort((a, b) => a.span.start - b.span.start);
}

/** `[...@key...]` with no bracket inside and no `(` after it (that would be a link). */
function bracketedCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  let open = text.indexOf('[');
  while (open >= 0) {
    let close = open + 1;
    let at = false;
    while (close < text.length && text[close] !== '[' && text[close] !== ']') {
      if (text[close] === '@') at = true;
      close++;
    }
    if (close < text.length && text[close] === ']' && at && text[close + 1] !== '(') {
      const citation = citationIn(text, open, close);
      if (citation) citations.push(citation);
      open = text.indexOf('[', close + 1);
    } else {
      open = close < text.length && text[close] === '[' ? close : text.indexOf('[', close + 1);
    }
  }
  return citations;
}

/** The citation between the brackets at `open` and `close`, if an item of it holds a key. */
function citationIn(text: string, open: number, close: number): Citation | undefined {
  const keys: CitedKey[] = [];
  let itemStart = open + 1;
  for (const item of text.slice(open + 1, close).split(';')) {
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
  return keys.length === 0 ? undefined : { span: { start: open, end: close + 1 }, keys, inText: false };
}

/** `@key`, optionally followed by `[locator]`, outside every bracketed citation. */
function inTextCitations(text: string, bracketed: Citation[]): Citation[] {
  const citations: Citation[] = [];
  const bracketStarts = new Set(bracketed.map((c) => c.span.start));
  let next = 0;
  IN_TEXT.lastIndex = 0;
  for (let match = IN_TEXT.exec(text); match; match = IN_TEXT.exec(text)) {
    const start = match.index;
    // Both lists run in text order: one pointer over the bracketed ones.
    while (next < bracketed.length && bracketed[next].span.end <= start) next++;
    if (next < bracketed.length && bracketed[next].span.start <= start) continue;
    const keyStart = start + 1;
    let end = start + match[0].length;
    let locator;
    const bracket = locatorBracket(text, end);
    // `@a [@b, para. 2]`: the bracket is a citation of its own, not a's locator.
    if (bracket && !bracketStarts.has(bracket.open)) {
      locator = parseLocator(text.slice(bracket.open + 1, bracket.close), bracket.open + 1);
      end = bracket.close + 1;
      IN_TEXT.lastIndex = end;
    }
    citations.push({
      span: { start, end },
      keys: [{ key: match[1], span: { start: keyStart, end: keyStart + match[1].length }, suppressAuthor: false, locator }],
      inText: true,
    });
  }
  return citations;
}

/** A `[...]` (no bracket inside) after optional white space at `from`. */
function locatorBracket(text: string, from: number): { open: number; close: number } | undefined {
  let open = from;
  while (open < text.length && /\s/.test(text[open])) open++;
  if (text[open] !== '[') return undefined;
  let close = open + 1;
  while (close < text.length && text[close] !== '[' && text[close] !== ']') close++;
  return text[close] === ']' ? { open, close } : undefined;
}
