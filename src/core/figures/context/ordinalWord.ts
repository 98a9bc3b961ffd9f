import type { Figure } from '../../types';
import { letterRunEnd } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { make } from '../makeFigure';
import { unitSense } from '../unitsOf';
import { listRegex, NONE, wordSet } from '../words';
import { opensSentence, wordBefore } from './around';
import { decided } from './trace';

/** Patterns with Unicode classes, compiled once: the bundle builds an inline literal of them anew at every call. */
const HYPHEN_LETTER_RE = /^-\p{L}/u;
const APOSTROPHE_LETTER_RE = /^['’]\p{L}/u;
const CAPITAL_RE = /^\p{Lu}/u;
const NEXT_WORD_RE = /^[\s\u00a0]+(\p{L}+)/u;

/**
 * ordinalWord: "the first", "a sixth victim", "die zweite Runde", "Neunter": an ordinal written
 * as a word, recognized (an ordinal is not checked). A fraction word stays a fraction where a
 * whole follows ("a sixth of the vote") or a number precedes ("two thirds", "one fifth"), and
 * "second" stays a unit after a number ("a second", "one second").
 */
export function ordinalWordAt(text: string, from: number, pack: LanguagePack): Figure | undefined {
  const words = pack.context.ordinalWords;
  if (!words || /[\p{L}\p{N}'’-]/u.test(text[from - 1] ?? ' ')) return undefined;
  let at = from;
  // "A sixth victim": read from the article, the word after it decides.
  const articleEnd = letterRunEnd(text, at);
  const article = wordSet(pack.unitLead.articles).has(text.slice(at, articleEnd).toLowerCase()) && /[\s\u00a0]/.test(text[articleEnd] ?? '');
  if (article) at = articleEnd + 1;
  const end = letterRunEnd(text, at);
  const word = text.slice(at, end);
  const value = words[word.toLowerCase()];
  if (value === undefined || (text[end] === '-' && !HYPHEN_LETTER_RE.test(text.slice(end, end + 2)))) return undefined;
  if (APOSTROPHE_LETTER_RE.test(text.slice(end, end + 2))) return undefined;
  // "First, ...", "Second item": a capitalized ordinal opening an English sentence or line is an
  // adverb or a list marker; German capitalizes a rank as a noun ("Erste wurde ...").
  if (!pack.nounsCapitalized && !article && CAPITAL_RE.test(word) && opensSentence(text, at)) return undefined;
  const beforeWord = wordBefore(text, at)?.word.toLowerCase();
  const fraction = pack.fractions[word.toLowerCase()] !== undefined;
  if (fraction) {
    // "two thirds", "one fifth" (an article that is also "one", as French "une", decides below).
    const articleBefore = beforeWord !== undefined && wordSet(pack.unitLead.articles).has(beforeWord);
    if (beforeWord !== undefined && !articleBefore && (/^\d/.test(beforeWord) || pack.digitWords[beforeWord] !== undefined || wordSet(pack.unitLead.fractions).has(beforeWord))) return undefined;
    const after = listRegex(pack.context.fractionAfter ?? NONE, String.raw`^[\s\u00a0]+W(?![\p{L}])`, 'iu');
    if (after.test(text.slice(end, end + 12)) || /^[\s\u00a0]*(?:[.,;:!?)]|$)/.test(text.slice(end, end + 3))) {
      if (beforeWord === undefined || wordSet(pack.unitLead.articles).has(beforeWord) || beforeWord === pack.context.pronounOne?.word) return undefined;
    }
  }
  // "a second", "one second", "30 seconds": the unit of time, not the ordinal.
  if (unitSense(word, pack) && beforeWord !== undefined && (/^\d/.test(beforeWord) || pack.digitWords[beforeWord] !== undefined || (wordSet(pack.unitLead.articles).has(beforeWord) && !nounAfter(text, end, pack)))) return undefined;
  // "the first 18 months", "the first two phases": the ordinal picks out the count after it.
  if (/^[\s\u00a0]+\d/.test(text.slice(end, end + 3)) || (pack.digitWords[NEXT_WORD_RE.exec(text.slice(end, end + 12))?.[1].toLowerCase() ?? ''] !== undefined)) return undefined;
  // "the Second World War": a capitalized ordinal inside an English sentence is part of a name.
  if (!pack.nounsCapitalized && CAPITAL_RE.test(word)) return undefined;
  decided('ordinalWord');
  return make(text, at, end, value, 'ordinal', pack);
}

/** "a second term": a word follows that may be counted, not "a second and", "a second later". */
function nounAfter(text: string, end: number, pack: LanguagePack): boolean {
  const next = NEXT_WORD_RE.exec(text.slice(end, end + 24))?.[1].toLowerCase();
  return next !== undefined && !wordSet(pack.notNouns).has(next) && !wordSet(pack.context.fractionAfter ?? NONE).has(next);
}
