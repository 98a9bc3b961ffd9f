import { firstIndex } from '../firstIndex';
import type { Span } from '../types';

// Words after which a full stop does not end a sentence, in English and German.
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep', 'inc', 'corp', 'co', 'ltd', 'approx', 'u.s', 'u.k',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'para', 'paras', 'p', 'pp', 'l', 'ch', 'vol', 'fig', 'nr', 'z', 'b', 'bzw', 'ca', 'vgl', 'usw', 'evtl', 'ggf', 'hr', 'fr', 'abs', 'str', 'mio', 'mrd', 'tsd', 'jh', 'okt', 'dez', 'u', 'a', 'd', 'h', 's', 'o',
]);
const MONTH_AFTER = /^\s+(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December)\b/;

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isEnd = (c: string) => c === '.' || c === '!' || c === '?';
const CLOSERS = new Set(['"', "'", '”', '“', '»', '«', '’', ')', ']']);
const INSERT_CLOSERS = new Set(['"', "'", '”', '»', ')']);
const isLineEnd = (c: string) => c === '\n' || c === '\r';

/**
 * Splits prose into sentences: a sentence ends at ".", "!" or "?" (with closing quotes or
 * brackets) followed by white space, or at a blank line / line break between blocks. A full stop
 * after an abbreviation ("Dr.", "z. B.", "Nr.", "Aug.") or after an ordinal day before a month
 * ("6. August") does not end one. Spans exclude surrounding white space. A line ends at LF, CRLF
 * or a lone CR. One pass: every character is looked at a bounded number of times.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && isSpace(text[from])) from++;
    while (to > from && isSpace(text[to - 1])) to--;
    if (to > from) spans.push({ start: from, end: to });
  };
  const blankAfter = new BlankLineScanner(text);
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (isEnd(c)) {
      let j = i;
      while (j < text.length && isEnd(text[j])) j++;
      while (j < text.length && CLOSERS.has(text[j])) j++;
      if (isSpace(text[j]) && (c !== '.' || endsSentence(text, i))) {
        push(start, j);
        start = j;
      }
      i = j;
      continue;
    }
    // CRLF ends a line at its LF; a lone CR ends one itself.
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      // A single line break inside a paragraph does not end a sentence; a blank line does, and so
      // does a list item or heading on the next line.
      if (blankAfter.blankLineAfter(i + 1) || startsBlock(text, blankAfter.nextNonSpace(i + 1))) {
        push(start, i + 1);
        start = i + 1;
      }
    }
    i++;
  }
  push(start, text.length);
  return spans;
}

/**
 * For a position, the first non-space character at or after it and whether a line end lies
 * between: remembered per run of white space, so a run of 250,000 blank lines is walked once.
 */
class BlankLineScanner {
  private runEnd = -1;
  private lastLineEnd = -1;
  private runStart = -1;

  constructor(private readonly text: string) {}

  nextNonSpace(from: number): number {
    this.scan(from);
    return this.runEnd;
  }

  blankLineAfter(from: number): boolean {
    this.scan(from);
    return this.lastLineEnd >= from;
  }

  private scan(from: number): void {
    if (from >= this.runStart && from <= this.runEnd) return;
    this.runStart = from;
    this.lastLineEnd = -1;
    let k = from;
    while (k < this.text.length && isSpace(this.text[k])) {
      if (isLineEnd(this.text[k])) this.lastLineEnd = k;
      k++;
    }
    this.runEnd = k;
  }
}

/** A list item or heading starts at `k`: `-`, `*`, `+`, `1.` or `#`, then white space. */
function startsBlock(text: string, k: number): boolean {
  const c = text[k];
  if (c === '-' || c === '*' || c === '+' || c === '#') return isSpace(text[k + 1]);
  let j = k;
  while (j < text.length && text[j] >= '0' && text[j] <= '9') j++;
  return j > k && text[j] === '.' && isSpace(text[j + 1]);
}

function endsSentence(text: string, dot: number): boolean {
  const word = /([\p{L}.]+|\d+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (/^\d+$/.test(word)) return !MONTH_AFTER.test(text.slice(dot + 1, dot + 14));
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initials and dotted abbreviations: "U.S.", "z.B."
  if (/^(\p{L}\.)+\p{L}?$/u.test(word) || /^\p{Lu}$/u.test(word)) return false;
  return true;
}

/** The sentence containing `offset`, or an empty span there. Sentences are sorted: a binary search. */
export function sentenceAt(sentences: Span[], offset: number): Span {
  const s = sentences[firstIndex(sentences.length, (i) => sentences[i].end <= offset)];
  return s && s.start <= offset ? s : { start: offset, end: offset };
}

/** Where a citation goes in a sentence: before its closing punctuation ("... 19 hours [@a]."). */
export function citationInsertPoint(text: string, sentence: Span): number {
  let i = sentence.end;
  while (i > sentence.start && INSERT_CLOSERS.has(text[i - 1])) i--;
  let dots = i;
  while (dots > sentence.start && isEnd(text[dots - 1])) dots--;
  return dots < i ? dots : sentence.end;
}
