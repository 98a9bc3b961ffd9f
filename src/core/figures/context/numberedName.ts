import { isDigitAt, isLetter } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { measureAfter } from '../measureAfter';
import { scaleAfter } from '../scaleWords';
import { NONE } from '../words';
import { decided } from './trace';

/** Compiled once: the bundle builds an inline literal with Unicode classes anew at every call. */
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/**
 * numberedName: a number that is part of a name the pack lists (`numberedNames`, as written) is
 * no figure: a channel, "Fox 45", "Channel 4", "BBC Radio 4", "WDR 2", "Sat.1"; a stock index,
 * "FTSE 100", "S&P 500", "DAX 40"; a model, "Boeing 737"; "Local 218" of a union; and a North
 * American call sign with its channel, "WJZ 13" (`callSignInitials`). One to three digits, not
 * followed by a hyphen, a unit, a sign or a scale: "Fox 45 percent", "Radio 4 million listeners"
 * measure. Returns where the digits end, so the scanner steps over them; undefined for a figure.
 */
export function numberedNameEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  const whole = wholeNameEnd(text, at, pack);
  if (whole !== undefined) return whole;
  const names = pack.context.numberedNames;
  if (!names || !isDigitAt(text, at)) return undefined;
  const before = text.charCodeAt(at - 1);
  // A name and its number are one space apart ("Fox 45"), or glued after a dot ("Sat.1").
  if (before !== 32 && before !== 0xa0 && before !== 46) return undefined;
  // Most numbers follow a word in lower case ("about 300", "of 12"): a name starts with a capital.
  const word = capitalWordBefore(text, before === 46 ? at : at - 1);
  if (word === undefined) return undefined;
  let end = at;
  while (end - at < 4 && isDigitAt(text, end)) end++;
  const c = text.charCodeAt(end);
  if (end - at > 3 || c === 45 || ((c === 44 || c === 46) && isDigitAt(text, end + 1))) return undefined;
  if (!isNameBefore(word, pack, before === 46)) return undefined;
  if (measureAfter(text, end, pack) || scaleAfter(text, end, pack) !== undefined) return undefined;
  decided('numberedName');
  return end;
}

/**
 * The word ending at `end` (its letters, dots, ampersands and apostrophes: "S&P", "Sat.", "Poor's"), where it starts with
 * a capital after no letter or digit; read back in place, at most 24 characters. ASCII is read by
 * its codes (the word before most numbers is a lower-case English or German one).
 */
function capitalWordBefore(text: string, end: number): string | undefined {
  let i = end;
  for (; i > 0 && end - i < 24; i--) {
    const c = text.charCodeAt(i - 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 38 || c === 39 || c === 0x2019) continue;
    if (c < 128 || !isLetter(text[i - 1])) break;
  }
  if (i === end) return undefined;
  const first = text.charCodeAt(i);
  const capital = first < 128 ? first >= 65 && first <= 90 : text[i] !== text[i].toLowerCase();
  if (!capital || (i > 0 && LETTER_OR_DIGIT_RE.test(text[i - 1]))) return undefined;
  return text.slice(i, end);
}

/** Is `word` a name of the pack's whose number follows it, or (a space apart) a call sign? */
function isNameBefore(word: string, pack: LanguagePack, glued: boolean): boolean {
  // A name glued to its number by a dot lists the dot ("Sat."); one a space apart does not.
  if (word.endsWith('.') === glued && writtenSet(pack.context.numberedNames ?? NONE).has(word)) return true;
  return !glued && isCallSign(word) && (pack.context.callSignInitials ?? NONE).includes(word[0]) && !writtenSet(pack.context.notCallSigns ?? NONE).has(word);
}

/** Three or four capitals ("WJZ", "KTLA"). */
function isCallSign(word: string): boolean {
  if (word.length < 3 || word.length > 4) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) < 65 || word.charCodeAt(i) > 90) return false;
  return true;
}

/** A list as a set of its words as written: a name is written with its capitals ("Fox", not "a fox"). */
function writtenSet(list: readonly string[]): ReadonlySet<string> {
  let set = WRITTEN.get(list);
  if (!set) WRITTEN.set(list, (set = new Set(list)));
  return set;
}
const WRITTEN = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * A name the pack lists whole with its number (`namesWithNumbers`: clubs, "Hannover 96",
 * "Bayer 04 Leverkusen", "1860 München"), its number at `at`: where the number ends. The names
 * are looked up by the digits at `at`, so a number no name holds costs one lookup.
 */
function wholeNameEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  const list = pack.context.namesWithNumbers;
  if (!list) return undefined;
  let end = at;
  while (end - at < 5 && isDigitAt(text, end)) end++;
  if (isDigitAt(text, end) || isDigitAt(text, at - 1)) return undefined;
  for (const { name, digitsAt } of byDigits(list).get(text.slice(at, end)) ?? NO_NAMES) {
    const start = at - digitsAt;
    if (start < 0 || !text.startsWith(name, start)) continue;
    // A whole name: no letter or digit glued before or after it ("Hannover 96er" is another word).
    if ((start > 0 && LETTER_OR_DIGIT_RE.test(text[start - 1])) || LETTER_OR_DIGIT_RE.test(text[start + name.length] ?? ' ')) continue;
    decided('numberedName');
    return end;
  }
  return undefined;
}

interface NumberedName {
  name: string;
  /** Where the name's digits start in it. */
  digitsAt: number;
}
const NO_NAMES: readonly NumberedName[] = [];

/** The pack's whole names by the digits they hold: "96" → "Hannover 96". */
function byDigits(list: readonly string[]): ReadonlyMap<string, readonly NumberedName[]> {
  let map = BY_DIGITS.get(list);
  if (!map) {
    const built = new Map<string, NumberedName[]>();
    for (const name of list) {
      const m = /\d+/.exec(name);
      if (!m) continue;
      const names = built.get(m[0]) ?? [];
      names.push({ name, digitsAt: m.index });
      built.set(m[0], names);
    }
    BY_DIGITS.set(list, (map = built));
  }
  return map;
}
const BY_DIGITS = new WeakMap<readonly string[], ReadonlyMap<string, readonly NumberedName[]>>();
