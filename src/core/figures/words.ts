import { isJsSpace } from './chars';
/**
 * Patterns compiled from a pack's word lists, once per list: the machinery asks whether a word
 * of a list stands just before or just after a figure, never which words those are.
 */
/** `s` as a pattern that matches it literally (the one escape of the figure engine's patterns). */
export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const escape = (s: string) => escapeRegex(s).replace(/ /g, '[\\s\\u00a0]+');
/** A list's first pattern, asked for without a map lookup by shape; other shapes of the list in `others`. */
interface Compiled {
  shape: string;
  flags: string;
  re: RegExp;
  others?: Map<string, Map<string, RegExp>>;
}
const cache = new WeakMap<readonly string[], Compiled>();

/**
 * A regex from `list` (longest first) wrapped in `shape`, where `W` stands for the alternation.
 * Compiled once per list, shape and flags: pass lists that stay the same object (a pack's, or
 * `keysOf`/`single`), or every call compiles anew. Most lists are used in one shape: that one is
 * found by comparing two strings, the hot path of every rule that asks.
 */
export function listRegex(list: readonly string[], shape: string, flags = 'iu'): RegExp {
  const first = cache.get(list);
  if (first && first.shape === shape && first.flags === flags) return first.re;
  if (!first) {
    const re = compile(list, shape, flags);
    cache.set(list, { shape, flags, re });
    return re;
  }
  first.others ??= new Map();
  let byFlags = first.others.get(shape);
  if (!byFlags) first.others.set(shape, (byFlags = new Map()));
  let re = byFlags.get(flags);
  if (!re) byFlags.set(flags, (re = compile(list, shape, flags)));
  return re;
}

function compile(list: readonly string[], shape: string, flags: string): RegExp {
  const words = list.length === 0 ? '(?!)' : [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(shape.replace('W', `(?:${words})`), flags);
}

/** Does `before` end with one of the words and a space ("... the ")? */
export function endsWithWord(before: string, list: readonly string[]): boolean {
  return listRegex(list, String.raw`(?:^|[^\p{L}])W[\s\u00a0]+$`).test(before);
}

/** Is a word of the list anywhere in `text`, as a whole word? */
export function hasWord(text: string, list: readonly string[]): boolean {
  return listRegex(list, String.raw`(?:^|[^\p{L}])W(?![\p{L}])`).test(text);
}

const sets = new WeakMap<readonly string[], ReadonlySet<string>>();
/** The list as a set of lower-case words. */
export function wordSet(list: readonly string[]): ReadonlySet<string> {
  let set = sets.get(list);
  if (!set) sets.set(list, (set = new Set(list.map((w) => w.toLowerCase()))));
  return set;
}

const keyLists = new WeakMap<object, readonly string[]>();
/** The keys of a pack's record as a list that stays the same object, so its patterns compile once. */
export function keysOf(record: Readonly<Record<string, unknown>>): readonly string[] {
  let keys = keyLists.get(record);
  if (!keys) keyLists.set(record, (keys = Object.keys(record)));
  return keys;
}

const singles = new Map<string, readonly string[]>();
/** The empty list, one object, for a pack that leaves an optional list out. */
export const NONE: readonly string[] = [];
/** One word (or none) as a list that stays the same object. */
export function single(word: string | undefined): readonly string[] {
  if (word === undefined) return NONE;
  let list = singles.get(word);
  if (!list) singles.set(word, (list = [word]));
  return list;
}

/** `s.replace(/\s+/g, ' ')`, without the pattern where there is nothing to replace (single spaces only). */
export function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isJsSpace(c) && (c !== 32 || isJsSpace(s.charCodeAt(i + 1)))) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** The length of a list's longest word, with room for case folding; undefined when one holds a space (then no shortcut). */
const LONGEST = new WeakMap<readonly string[], number | null>();
export function longestWord(words: readonly string[]): number | undefined {
  let longest = LONGEST.get(words);
  if (longest === undefined) LONGEST.set(words, (longest = words.some((w) => /\s/.test(w)) ? null : 2 * Math.max(0, ...words.map((w) => w.length)) + 2));
  return longest ?? undefined;
}

/**
 * The length of the spaces and the word of `words` that end `form` ("square metres of" → " of"),
 * or 0; the longest such ending when several words fit. Read from the end by hand: the pattern
 * `\s+(?:of)$` it replaces is polynomial on a long run of spaces (the ReDoS check says so).
 */
export function trailingWordLength(form: string, words: readonly string[]): number {
  let longest = 0;
  for (const word of words) {
    const at = form.length - word.length;
    if (at <= 0 || form.slice(at).toLowerCase() !== word.toLowerCase()) continue;
    let from = at;
    while (from > 0 && SPACE_CHAR.test(form[from - 1])) from--;
    if (from < at) longest = Math.max(longest, form.length - from);
  }
  return longest;
}
const SPACE_CHAR = /\s/;
