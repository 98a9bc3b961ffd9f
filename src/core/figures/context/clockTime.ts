import { isDigitCode } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { unitAfter } from '../unitsOf';
import { listRegex, wordSet } from '../words';
import { decided } from './trace';

/** Time zones written after a time of day, alike in every language. */
const ZONES = ['GMT', 'UTC', 'CET', 'CEST', 'MEZ', 'MESZ', 'EST', 'EDT', 'PST', 'PDT', 'BST'];

/**
 * clockTime: a time of day, "5 p.m.", "10:30 a.m.", "5pm", "17:00 GMT", "17 Uhr", "17.30 Uhr",
 * is no figure a reporter checks against a source (a count of 17, or 17.3, would be a false one),
 * so the reader steps over it. Returns where the time ends, or undefined. A score such as "2:1"
 * is no time: minutes have two digits.
 */
export function clockTimeEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  if (!isDigitCode(text.charCodeAt(at)) || (at > 0 && (isDigitCode(text.charCodeAt(at - 1)) || text[at - 1] === ':' || text[at - 1] === '.'))) return undefined;
  // After the hours comes ":", ".", a space or a marker's letter; "1-2" or "1,5" is no time.
  const after = text.charCodeAt(isDigitCode(text.charCodeAt(at + 1)) ? at + 2 : at + 1);
  if (!(after === 58 || after === 46 || after === 32 || after === 0xa0 || (after >= 65 && after <= 90) || (after >= 97 && after <= 122))) return undefined;
  const marked = hourMarkTimeEnd(text, at, pack);
  if (marked !== undefined) return marked;
  const previous = wordBefore(text, at);
  const afterWord = hasWordOf(pack.clockAfterWords.words, previous);
  const clock = clockRegex(pack, afterWord);
  clock.lastIndex = at;
  const m = clock.exec(text);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hours > 24 || minutes > 59) return undefined;
  // "10:30" alone is a time; "5" or "17.30" only with a marker after ("5 p.m.", "17.30 Uhr").
  if (m[3] === undefined && (m[2] === undefined || m[0][m[1].length] !== ':')) return undefined;
  // "zur Pause mit 15:13": after a word of the game, two numbers and a colon are a score.
  if (m[3] === undefined && hasWordOf(pack.scoreBefore, previous)) return undefined;
  decided('clockTime');
  return at + m[0].length;
}

/**
 * "15h30", "à 8 h 05": hours, the pack's hour mark and two-digit minutes, a time of day as "15:30"
 * is; unless a unit of duration follows ("2 h 30 min" is a duration in parts).
 */
function hourMarkTimeEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  if (!pack.clockHourMarks) return undefined;
  const re = listRegex(pack.clockHourMarks, String.raw`(\d{1,2})[\s\u00a0]?W[\s\u00a0]?([0-5]\d)(?![\p{L}\p{N}]|[.,]\d)`, 'uy');
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m || Number(m[1]) > 24) return undefined;
  const end = at + m[0].length;
  const unit = unitAfter(text, end, pack);
  if (unit !== undefined && unit.sense.kind === 'duration') return undefined;
  decided('clockTime');
  return end;
}

/** The word just before `at`, across spaces: "à" in "à 17 h", "mit" in "mit 15:13". */
function wordBefore(text: string, at: number): string {
  // A walk back rather than a pattern anchored at the end, which backtracks on long runs.
  let end = at;
  while (end > 0 && at - end < 30 && /[\s\u00a0]/.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && end - start < 30 && WORD_CHAR.test(text[start - 1])) start--;
  return text.slice(start, end);
}
const WORD_CHAR = /[\p{L}’']/u;

function hasWordOf(words: readonly string[], word: string): boolean {
  if (word === '') return false;
  return wordSet(words).has(word.toLowerCase());
}

/**
 * Hours, then minutes after ":" or "." (and seconds after ":"), then a marker: the language's
 * (a.m./p.m., Uhr) or a time zone ("3 h" is three hours, not a time). The marker must not run
 * on into a word ("5 amendments", "17 Uhren"). Markers match as written: "AM", not "am" in German.
 */
const CLOCKS = new WeakMap<LanguagePack, RegExp>();
const CLOCKS_AFTER_WORD = new WeakMap<LanguagePack, RegExp>();
function clockRegex(pack: LanguagePack, afterWord: boolean): RegExp {
  const cache = afterWord ? CLOCKS_AFTER_WORD : CLOCKS;
  let clock = cache.get(pack);
  if (!clock) {
    const markers = [...pack.clockMarkers, ...ZONES, ...(afterWord ? pack.clockAfterWords.markers : [])];
    clock = listRegex(markers, String.raw`(\d{1,2})(?:[:.](\d{2})(?::\d{2})?)?(?:[\s\u00a0]?((?:W)(?![\p{L}\p{N}])))?`, 'uy');
    cache.set(pack, clock);
  }
  return clock;
}
