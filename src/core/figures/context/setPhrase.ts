import type { LanguagePack } from '../lang/pack';
import { letterRunEnd } from '../chars';
import { NONE } from '../words';
import { decided } from './trace';

/** Patterns with Unicode classes, compiled once: the bundle builds an inline literal of them anew at every call. */
const LETTER_RE = /\p{L}/u;

/**
 * A set phrase split at its number word: "at {one} point" is the words before ("at"), the word
 * ("one") and the words after ("point"); `*` stands for letters ("the *est" holds "the worst").
 * A word glued to the number by a hyphen ("net-{zero}", "{one}-off") keeps its hyphen.
 */
interface Phrase {
  before: string[];
  word: string;
  after: string[];
}
const PHRASES = new WeakMap<readonly string[], Phrase[]>();
const WORDS = new WeakMap<readonly string[], ReadonlyMap<string, Phrase[]>>();
const words = (s: string) => s.toLowerCase().split(/(?<=-)|(?=-)|\s+/).filter((w) => w !== '');
function phrasesOf(list: readonly string[]): Phrase[] {
  let phrases = PHRASES.get(list);
  if (!phrases) {
    phrases = list.map((p) => ({ before: words(p.slice(0, p.indexOf('{'))), word: p.slice(p.indexOf('{') + 1, p.indexOf('}')).toLowerCase(), after: words(p.slice(p.indexOf('}') + 1)) }));
    PHRASES.set(list, phrases);
  }
  return phrases;
}
/** The phrases by their number word: a word is asked only of its own phrases (the clock phrases alone are a hundred). */
function wordsOf(list: readonly string[]): ReadonlyMap<string, Phrase[]> {
  let byWord = WORDS.get(list);
  if (!byWord) {
    const map = new Map<string, Phrase[]>();
    for (const p of phrasesOf(list)) map.set(p.word, [...(map.get(p.word) ?? []), p]);
    WORDS.set(list, (byWord = map));
  }
  return byWord;
}

/**
 * Could a phrase of `word` fit the lower-cased text before and after it? Each of its words (a
 * `*` word: what follows the `*`) must be in that text: a word of the split text is one of the
 * lower-cased text, as lower-casing an ASCII word's letters depends on nothing around them. A
 * phrase with a word beyond ASCII is not ruled out.
 */
function mayHoldPhrase(phrases: readonly Phrase[], before: string, after: string): boolean {
  const inText = (w: string, lower: string) => !isAscii(w) || lower.includes(w.startsWith('*') ? w.slice(1) : w);
  return phrases.some((p) => p.before.every((w) => inText(w, before)) && p.after.every((w) => inText(w, after)));
}
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** The number words of the pack's set phrases, lower case: the scanner asks the rule only at these. */
export function setPhraseWords(pack: LanguagePack): ReadonlySet<string> {
  return new Set(wordsOf(pack.context.setPhrases ?? NONE).keys());
}

/** The words of a stretch of text, as the phrases are split (hyphens as words of their own). */
const textWords = (s: string) => words(s.replace(/[^\p{L}\p{N}\s'’-]/gu, ' '));
const fits = (pattern: string, word: string | undefined) => word !== undefined && (pattern.startsWith('*') ? word.endsWith(pattern.slice(1)) : word === pattern);

/**
 * setPhrase: a number word inside a set phrase counts nothing: "one of the worst", "at one point",
 * "net-zero", "a one-off payment", "einer der größten". Returns where the number word ends, so the
 * scanner steps over it; undefined when no phrase of the pack holds the word at `at`.
 */
export function setPhraseEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  const list = pack.context.setPhrases;
  if (!list || list.length === 0 || /[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && text[at - 1] !== '-') return undefined;
  // Most tokens are no number word of any phrase: one look at the word decides.
  const word = text.slice(at, letterRunEnd(text, at)).toLowerCase();
  const phrases = wordsOf(list).get(word);
  if (!phrases) return undefined;
  const end = at + word.length;
  if (/[\p{L}\p{N}]/u.test(text[end] ?? ' ')) return undefined;
  const beforeText = text.slice(Math.max(0, at - 30), at);
  const afterText = text.slice(end, end + 40);
  // Splitting the text around into words costs more than all else here: first rule out, by a
  // look for its words in the lower-cased text, every phrase of the word ("the second quarter").
  if (!mayHoldPhrase(phrases, beforeText.toLowerCase(), afterText.toLowerCase())) return undefined;
  const before = textWords(beforeText);
  const after = textWords(afterText);
  // The slice before may cut a word in two: only whole words count, so drop a cut first one.
  if (at - 30 > 0 && LETTER_RE.test(text[at - 31] ?? ' ')) before.shift();
  for (const p of phrases) {
    if (p.before.length > before.length || p.after.length > after.length) continue;
    if (!p.before.every((w, i) => fits(w, before[before.length - p.before.length + i]))) continue;
    if (!p.after.every((w, i) => fits(w, after[i]))) continue;
    decided('setPhrase');
    return end;
  }
  return undefined;
}
