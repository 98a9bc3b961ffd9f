import type { Figure } from '../../types';
import { classAt, digitRunEnd, isDigitCode, isJsSpace, LETTER, NUMBER } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { make } from '../makeFigure';
import { mayEndListWordBefore, mayStartListWord } from '../nearWords';
import { unitAfter } from '../unitsOf';
import { listRegex, NONE, wordSet } from '../words';
import { decided } from './trace';

/** Hours, a spelled hour marker and bare minutes, as read at one place. */
interface HoursAndMinutes {
  hours: number;
  minutes: number;
  end: number;
  /** Written with the pack's hour mark ("4h19"), not the marker in words. */
  marked?: boolean;
}

/**
 * hoursAndMinutes: "10 heures 30", hours in digits, the language's hour marker in words and two
 * digits of minutes with no unit after them. Read as two figures, they are hours and a count of
 * 30, and neither is in any source. Where the words around make it last ("la séance a duré 3
 * heures 30", "3 heures 30 de débat") it is one duration, 3.5 hours; anywhere else ("la séance de
 * 10 heures 30", "il est 10 heures 30") a time of day, which is no figure and is stepped over.
 * With the pack's hour mark, "4h19 de jeu", "en 2 h 05", it lasts in the same words, in minutes
 * as "2 h 30 min" is (rule durationInParts); elsewhere it is the time of day rule clockTime reads.
 */
export function hoursAndMinutesDuration(text: string, at: number, pack: LanguagePack): Figure | undefined {
  const read = hoursAndMinutesAt(text, at, pack) ?? hourMarkAndMinutesAt(text, at, pack);
  if (!read || !lasts(text, at, read.end, pack)) return undefined;
  decided('hoursAndMinutes');
  if (read.marked) return make(text, at, read.end, read.hours * 60 + read.minutes, 'duration', pack, 'minute');
  return make(text, at, read.end, Number((read.hours + read.minutes / 60).toFixed(3)), 'duration', pack, 'hour');
}

/** Where a time of day of this shape ends ("Séance de 10 heures 30"), when nothing makes it last. */
export function hoursAndMinutesTimeEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  const read = hoursAndMinutesAt(text, at, pack);
  if (!read || read.hours > 24 || lasts(text, at, read.end, pack)) return undefined;
  decided('hoursAndMinutes');
  return read.end;
}

/** "10 heures 30" at `at`: one or two digits, a spelled hour marker, one space, two digits of minutes, and no unit or further digits after them. */
function hoursAndMinutesAt(text: string, at: number, pack: LanguagePack): HoursAndMinutes | undefined {
  const markers = pack.clockAfterWords.spelledMarkers ?? NONE;
  if (markers.length === 0) return undefined;
  // Most numbers are turned away by a look: one or two digits, not inside a longer number, then a space and a marker's first letter.
  const digits = hoursEnd(text, at);
  if (digits === undefined) return undefined;
  if (!isJsSpace(text.charCodeAt(digits)) || !mayStartListWord(text, digits + 1, markers)) return undefined;
  const re = listRegex(markers, String.raw`(\d{1,2})[\s\u00a0](?:W)[\s\u00a0](\d{2})(?![\p{L}\p{N}]|[.,]\d)`, 'iuy');
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[2]);
  const end = at + m[0].length;
  // "3 heures 30 minutes" is a duration in parts (rule durationInParts); "10 heures 30 000" no minutes.
  if (minutes > 59 || classAt(text, end) & (LETTER | NUMBER)) return undefined;
  const unit = unitAfter(text, end, pack);
  if (unit !== undefined) return undefined;
  return { hours: Number(m[1]), minutes, end };
}

/** "4h19", "2 h 05": hours, the pack's hour mark, two digits of minutes, nothing after them but a space or punctuation. */
function hourMarkAndMinutesAt(text: string, at: number, pack: LanguagePack): HoursAndMinutes | undefined {
  const marks = pack.clockHourMarks ?? NONE;
  if (marks.length === 0) return undefined;
  const digits = hoursEnd(text, at);
  if (digits === undefined) return undefined;
  if (!mayStartListWord(text, digits, marks) && !(isJsSpace(text.charCodeAt(digits)) && mayStartListWord(text, digits + 1, marks))) return undefined;
  const re = listRegex(marks, String.raw`(\d{1,2})[\s\u00a0]?(?:W)[\s\u00a0]?(\d{2})(?![\p{L}\p{N}]|[.,]\d)`, 'uy');
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m || Number(m[2]) > 59) return undefined;
  const end = at + m[0].length;
  if (unitAfter(text, end, pack) !== undefined) return undefined;
  return { hours: Number(m[1]), minutes: Number(m[2]), end, marked: true };
}

/** Where one or two digits of hours end, not inside a longer number ("1,10 heures", "110"); undefined for other digits. */
function hoursEnd(text: string, at: number): number | undefined {
  const digits = digitRunEnd(text, at);
  if (digits === at || digits - at > 2 || (at > 0 && (isDigitCode(text.charCodeAt(at - 1)) || text[at - 1] === ',' || text[at - 1] === '.'))) return undefined;
  return digits;
}

/** Do the words before ("a duré", "pendant") or after ("de débat") make it last? */
function lasts(text: string, at: number, end: number, pack: LanguagePack): boolean {
  const before = pack.context.lastingBefore ?? NONE;
  const from = Math.max(0, at - 30);
  if (before.length > 0 && mayEndListWordBefore(text, at, from, before) && listRegex(before, String.raw`(?:^|[^\p{L}])W[\s\u00a0]+$`, 'iu').test(text.slice(from, at))) return true;
  const after = pack.clockAfterWords.lastsAfter ?? NONE;
  // "de débat", "d'attente": a word of the list, whole, or one that ends in its apostrophe.
  const of = after.length > 0 ? listRegex(after, String.raw`^[\s\u00a0]+(?:W)(?:(?<=['’])|(?![\p{L}]))`, 'iu').exec(text.slice(end, end + 24)) : null;
  if (!of) return false;
  // "la séance de 15h30 de mardi": a day after "de" dates the time, as the words of a time do.
  const next = /^[\s\u00a0]*([\p{L}]+)/u.exec(text.slice(end + of[0].length, end + of[0].length + 16))?.[1];
  return next === undefined || !wordSet(pack.clockAfterWords.words).has(next.toLowerCase());
}
