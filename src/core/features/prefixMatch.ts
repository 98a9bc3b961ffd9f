import type { Paragraph, Source } from '../sources/source';

/**
 * What a typed citation-key prefix matches in a completion item's filter text: anywhere in the
 * key, and at the start of a word in the rest (a title, a passage's first words), as Pandoc
 * Citer, Foam and VS Code's own suggest match. One definition, used by the item check in
 * completions.ts and by the word index (completionWords.ts), so the index finds every source
 * the check would keep.
 */

/** An item's filter, lower case: what itemMatches reads. */
export function itemFilterOf(source: Source, paragraph?: Paragraph): ItemFilter {
  const key = source.key.toLowerCase();
  return { text: `${key} ${filterWordsOf(source, paragraph).toLowerCase()}`, keyLength: key.length };
}

/** The characters a citation key is made of: a typed prefix holds only these, never white space. */
export const KEY_CHARS = /^[\p{L}\p{N}_:.#$%&+?<>~/-]*/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The word index keeps at most this many characters of a word start: a longer prefix is
 * looked up by its first ones, and the item check decides. Under 13 characters, V8 copies a
 * substring instead of pointing into the paragraph's lower-cased text, which would keep that
 * text alive as long as the index.
 */
export const WORD_START_CHARS = 12;

/** A passage's filter text holds its first words only: what the editor filters the list by too. */
export const MAX_FILTER_WORDS = 40;

/** What a source's item shows and filters by when the source has no title: its opening. */
export const titleOf = (source: Source) => source.meta.title ?? source.paragraphs[0]?.text.slice(0, 80) ?? source.key;

/** The words of an item's filter text after its key: a source's title, a passage's first words. */
export const filterWordsOf = (source: Source, paragraph?: Paragraph) => (paragraph ? paragraph.text.split(/\s+/, MAX_FILTER_WORDS).join(' ') : titleOf(source));

/** The lower-cased text of an item's filter: its key, a space, then its words. */
export interface ItemFilter {
  text: string;
  /** The lower-cased key's length: a match starting before it is in the key. */
  keyLength: number;
}

/**
 * Whether `prefix` (lower case) matches the item: in the key anywhere, or at a word start of
 * the rest. A prefix has no white space, so a match starting in the key ends in it.
 */
export function itemMatches(filter: ItemFilter, prefix: string): boolean {
  for (let at = filter.text.indexOf(prefix); at >= 0; at = filter.text.indexOf(prefix, at + 1)) {
    if (at < filter.keyLength || !followsWordChar(filter.text, at)) return true;
  }
  return false;
}

/** Whether a letter or digit stands just before `at` (so `at` is inside a word, not at its start). */
function followsWordChar(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const before = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.codePointAt(at - 2)! : low;
  return WORD_CHAR.test(String.fromCodePoint(before));
}

/**
 * Each place in `text` (lower case) where a typed prefix can match by itemMatches' word rule,
 * as the run of key characters from there, cut to WORD_START_CHARS: a prefix matches there
 * exactly when that run starts with it. A run of key characters starts a word (a letter or
 * digit before it would belong to the run), and so does each place inside it after one of the
 * punctuation a key may hold ("covid-19" has "covid-19" and "19"). One pass over character
 * codes: the index reads every source's text with it, and a regular expression's matches
 * cost three times as much.
 */
export function forEachWordStart(text: string, visit: (start: string) => void): void {
  let runStart = -1;
  let previous = OTHER;
  const starts: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    const raw = i < text.length ? kindAt(text, i) : OTHER;
    const kind = raw === ASTRAL_WORD ? WORD : raw;
    if (kind === OTHER) {
      if (runStart >= 0) for (const start of starts) visit(text.slice(start, Math.min(i, start + WORD_START_CHARS)));
      runStart = -1;
      starts.length = 0;
    } else {
      if (runStart < 0) runStart = i;
      if (previous !== WORD) starts.push(i);
    }
    previous = kind;
    // The low half of a letter beyond the BMP belongs to the letter.
    if (raw === ASTRAL_WORD) i++;
  }
}

/**
 * Where the first `words` words of `text` end, at most: what filterWordsOf keeps of a passage
 * (its split on white space counts at least these; a rare space it knows and this does not
 * only makes the part longer).
 */
export function endOfWords(text: string, words: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
    if (space && inWord && ++count === words) return i;
    inWord = !space;
  }
  return text.length;
}

const OTHER = 0;
const WORD = 1;
const PUNCTUATION = 2;
const ASTRAL_WORD = 3;

/** Each BMP code unit's kind, looked up once (0 unknown, else kind + 1). */
const KINDS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) KINDS[c] = 1 + (/[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? WORD : '_:.#$%&+?<>~/-'.includes(String.fromCharCode(c)) ? PUNCTUATION : OTHER);

/** Whether the code unit at `i` is a letter or digit, a key's punctuation, or neither. */
function kindAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!)) ? ASTRAL_WORD : OTHER;
  let kind = KINDS[code];
  if (kind === 0) KINDS[code] = kind = 1 + (WORD_CHAR.test(String.fromCharCode(code)) ? WORD : OTHER);
  return kind - 1;
}
