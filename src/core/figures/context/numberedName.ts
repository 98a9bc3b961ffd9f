import { isDigitAt, isLetter } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { measureAfter } from '../measureAfter';
import { scaleAfter } from '../scaleWords';
import { NONE } from '../words';
import { decided } from './trace';

/** The capitals of a call sign ("WJZ", "KTLA"), and what must not stand before them (a letter or digit). */
const CALL_SIGN_RE = /(?:^|[^\p{L}\p{N}])(\p{Lu}{3,4}) $/u;
const WORD_BEFORE_RE = /(?:^|[^\p{L}\p{N}&])(\p{Lu}[\p{L}.&]*)[ \u00a0]?$/u;

/**
 * numberedName: a number that is part of a name the pack lists (`numberedNames`, as written) is
 * no figure: a channel, "Fox 45", "Channel 4", "BBC Radio 4", "WDR 2", "Sat.1"; a stock index,
 * "FTSE 100", "S&P 500", "DAX 40"; a model, "Boeing 737"; "Local 218" of a union; and a North
 * American call sign with its channel, "WJZ 13" (`callSignInitials`). One to three digits, not
 * followed by a hyphen, a unit, a sign or a scale: "Fox 45 percent", "Radio 4 million listeners"
 * measure. Returns where the digits end, so the scanner steps over them; undefined for a figure.
 */
export function numberedNameEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  const names = pack.context.numberedNames;
  if (!names || !isDigitAt(text, at)) return undefined;
  const before = text.charCodeAt(at - 1);
  // A name and its number are one space apart ("Fox 45"), or glued after a dot ("Sat.1").
  if (before !== 32 && before !== 0xa0 && before !== 46) return undefined;
  let end = at;
  while (end - at < 4 && isDigitAt(text, end)) end++;
  if (end - at > 3 || isDigitAt(text, end) || text[end] === '-' || /^[.,]\d/.test(text.slice(end, end + 2))) return undefined;
  // Most numbers follow a word in lower case ("about 300", "of 12"): a name starts with a capital.
  if (!capitalWordBefore(text, before === 46 ? at : at - 1) || !isStationBefore(text, at, pack, before === 46)) return undefined;
  if (measureAfter(text, end, pack) || scaleAfter(text, end, pack) !== undefined) return undefined;
  decided('numberedName');
  return end;
}

/** Does the word ending at `end` (its letters, dots and ampersands: "S&P") start with a capital? */
function capitalWordBefore(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && end - i < 24 && (isLetter(text[i - 1]) || text[i - 1] === '.' || text[i - 1] === '&')) i--;
  const first = text[i];
  return i < end && first !== first.toLowerCase();
}

/** Is a station's name written just before `at`: a listed name, or (after a space) a call sign? */
function isStationBefore(text: string, at: number, pack: LanguagePack, glued: boolean): boolean {
  const window = text.slice(Math.max(0, at - 24), at);
  const word = WORD_BEFORE_RE.exec(window)?.[1];
  // A name glued to its number by a dot lists the dot ("Sat."); one a space apart does not.
  if (word && word.endsWith('.') === glued && writtenSet(pack.context.numberedNames ?? NONE).has(word)) return true;
  if (glued) return false;
  const sign = CALL_SIGN_RE.exec(window)?.[1];
  return sign !== undefined && (pack.context.callSignInitials ?? NONE).includes(sign[0]) && !writtenSet(pack.context.notCallSigns ?? NONE).has(sign);
}

/** A list as a set of its words as written: a name is written with its capitals ("Fox", not "a fox"). */
function writtenSet(list: readonly string[]): ReadonlySet<string> {
  let set = WRITTEN.get(list);
  if (!set) WRITTEN.set(list, (set = new Set(list)));
  return set;
}
const WRITTEN = new WeakMap<readonly string[], ReadonlySet<string>>();
