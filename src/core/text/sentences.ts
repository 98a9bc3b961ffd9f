import type { Span } from '../types';

// Words after which a full stop does not end a sentence, in English and German.
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep', 'inc', 'corp', 'co', 'ltd', 'approx', 'u.s', 'u.k',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'para', 'paras', 'p', 'pp', 'l', 'ch', 'vol', 'fig', 'nr', 'z', 'b', 'bzw', 'ca', 'vgl', 'usw', 'evtl', 'ggf', 'hr', 'fr', 'abs', 'str', 'mio', 'mrd', 'tsd', 'jh', 'okt', 'dez', 'u', 'a', 'd', 'h', 's', 'o',
]);
const MONTH_AFTER = /^\s+(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December)\b/;

/**
 * Splits prose into sentences: a sentence ends at ".", "!" or "?" (with closing quotes or
 * brackets) followed by white space, or at a blank line / line break between blocks. A full stop
 * after an abbreviation ("Dr.", "z. B.", "Nr.", "Aug.") or after an ordinal day before a month
 * ("6. August") does not end one. Spans exclude surrounding white space.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(text[from])) from++;
    while (to > from && /\s/.test(text[to - 1])) to--;
    if (to > from) spans.push({ start: from, end: to });
  };
  const end = /[.!?]+["'”“»«’)\]]*(?=\s)|\n/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const at = m.index;
    if (m[0] !== '\n' && m[0][0] === '.' && !endsSentence(text, at)) continue;
    // A single line break inside a paragraph does not end a sentence; a blank line does.
    if (m[0] === '\n' && !/^\s*\n/.test(text.slice(at + 1)) && !/^\s*(?:[-*+]|\d+\.|#)\s/.test(text.slice(at + 1))) continue;
    push(start, at + m[0].length);
    start = at + m[0].length;
  }
  push(start, text.length);
  return spans;
}

function endsSentence(text: string, dot: number): boolean {
  const word = /([\p{L}.]+|\d+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (/^\d+$/.test(word)) return !MONTH_AFTER.test(text.slice(dot + 1, dot + 14));
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initials and dotted abbreviations: "U.S.", "z.B."
  if (/^(\p{L}\.)+\p{L}?$/u.test(word) || /^\p{Lu}$/u.test(word)) return false;
  return true;
}

/** The sentence containing `offset`, or an empty span there. */
export function sentenceAt(sentences: Span[], offset: number): Span {
  return sentences.find((s) => offset >= s.start && offset < s.end) ?? { start: offset, end: offset };
}

/** Where a citation goes in a sentence: before its closing punctuation ("... 19 hours [@a]."). */
export function citationInsertPoint(text: string, sentence: Span): number {
  const trailing = /[.!?]+["'”»)]*$/.exec(text.slice(sentence.start, sentence.end))?.[0].length ?? 0;
  return sentence.end - trailing;
}
