import { classAt, isDigitCode, isJsSpace, isLetter, LETTER, NUMBER } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { unitAfter } from '../unitsOf';
import { escapeRegex, listRegex, NONE, wordSet } from '../words';
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
  if (!markerMayFollow(text, at, pack)) return undefined;
  const marked = hourMarkTimeEnd(text, at, pack);
  if (marked !== undefined) return marked;
  const previous = wordBefore(text, at);
  const words = pack.clockAfterWords;
  const afterDateAndComma = words.words.length > 0 && endsWithDate(text, at, pack, true) && !endsWithDate(text, at, pack, false);
  const scheduled = afterScheduledThing(text, at, previous, pack);
  const afterTimeWord = endsWithWordOf(text, at, words.words) || (words.wordsAsWritten ?? NONE).includes(previous) || (words.words.length > 0 && endsWithDate(text, at, pack, false)) || scheduled || afterDateAndComma;
  const opensSpan = hasWordOf(words.spanOpeners ?? NONE, previous);
  const afterWord = afterTimeWord || opensSpan || (hasWordOf(words.spanJoints ?? NONE, previous) && clockBeforeJoint(text, at, previous.length, pack));
  const clock = clockRegex(pack, afterWord);
  clock.lastIndex = at;
  const m = clock.exec(text);
  if (!m) return undefined;
  // "17 h 30": minutes after the marker, where the language writes them so (its hour marks).
  const tail = m[3] !== undefined && afterWord ? minutesAfterMark(text, at + m[0].length, pack) : undefined;
  const end = tail?.end ?? at + m[0].length;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? tail?.minutes ?? 0);
  if (hours > 24 || minutes > 59) return undefined;
  const rest = text.slice(end, end + 16);
  // "de 20 h à 8 h": the opener makes a time only where a joint and a second time follow.
  if (opensSpan && !afterTimeWord && !startsWithJointAndClock(rest, pack)) return undefined;
  // "dès 18 heures dimanche" is a time; "de 4 heures et 43 minutes", "après 18 heures de route" last.
  if (m[3] !== undefined && (words.spelledMarkers ?? []).includes(m[3].toLowerCase()) && (!afterTimeWord || (lastsOn(rest, pack) && !(scheduled && ofAName(rest, pack))))) return undefined;
  // "lundi 26 décembre, 8h" is the date's time; "le 3 mars, 10 heures après" and "le 3 mars, 3 h de retard" last.
  if (afterDateAndComma && !opensSpan && (lastsOn(rest, pack) || (words.spelledMarkers ?? NONE).includes(m[3]?.toLowerCase() ?? ''))) return undefined;
  // "10:30" alone is a time; "5" or "17.30" only with a marker after ("5 p.m.", "17.30 Uhr").
  if (m[3] === undefined && (m[2] === undefined || m[0][m[1].length] !== ':')) return undefined;
  // "zur Pause mit 15:13": after a word of the game, two numbers and a colon are a score.
  if (m[3] === undefined && hasWordOf(pack.scoreBefore, previous)) return undefined;
  decided('clockTime');
  return end;
}

/**
 * Could a time of day be read at `at`: a colon and two digits after the hours, or a marker's
 * first character (as written) right after the hours and their minutes, or after one space?
 * Every reading below needs one of these, and most numbers in a text have neither ("20
 * schools", "10.5 per cent"), so they are turned away before the words and patterns are read.
 */
function markerMayFollow(text: string, at: number, pack: LanguagePack): boolean {
  const first = markerFirsts(pack);
  if (!first) return true;
  let i = isDigitCode(text.charCodeAt(at + 1)) ? at + 2 : at + 1;
  const c = text.charCodeAt(i);
  if (first.has(c) || (isJsSpace(c) && first.has(text.charCodeAt(i + 1)))) return true;
  if ((c === 58 || c === 46) && isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2))) {
    if (c === 58) return true;
    i += 3;
    if (text.charCodeAt(i) === 58 && isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2))) i += 3;
  }
  return first.has(text.charCodeAt(i)) || (isJsSpace(text.charCodeAt(i)) && first.has(text.charCodeAt(i + 1)));
}

/** The first code units of every marker and hour mark of the pack; undefined when one starts with a digit or space (then no shortcut). */
const MARKER_FIRSTS = new WeakMap<LanguagePack, ReadonlySet<number> | null>();
function markerFirsts(pack: LanguagePack): ReadonlySet<number> | undefined {
  let first = MARKER_FIRSTS.get(pack);
  if (first === undefined) {
    const words = pack.clockAfterWords;
    const markers = [...pack.clockMarkers, ...ZONES, ...words.markers, ...(words.spelledMarkers ?? []), ...(pack.clockHourMarks ?? [])];
    const codes = markers.map((m) => m.charCodeAt(0));
    first = codes.some((c) => Number.isNaN(c) || isDigitCode(c) || isJsSpace(c)) ? null : new Set(codes);
    MARKER_FIRSTS.set(pack, first);
  }
  return first ?? undefined;
}

/**
 * "15h30", "à 8 h 05": hours, the pack's hour mark and two-digit minutes, a time of day as "15:30"
 * is; unless a unit of duration follows ("2 h 30 min" is a duration in parts). Hours with a
 * leading zero, "06h", are a time without minutes too.
 */
function hourMarkTimeEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  if (!pack.clockHourMarks) return undefined;
  const re = listRegex(pack.clockHourMarks, String.raw`(\d{1,2})[\s\u00a0]?W`, 'uy');
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m || Number(m[1]) > 24) return undefined;
  const after = minutesAfterMark(text, at + m[0].length, pack);
  // "A 06h", "jusqu'à 08 h": hours with a leading zero are a clock's, never a length of time.
  if (!after && m[1].length === 2 && m[1][0] === '0' && !(classAt(text, at + m[0].length) & (LETTER | NUMBER))) {
    decided('clockTime');
    return at + m[0].length;
  }
  // Minutes of a time, not a decimal run on ("15h30,5").
  if (!after || after.minutes > 59 || ((text[after.end] === '.' || text[after.end] === ',') && isDigitCode(text.charCodeAt(after.end + 1)))) return undefined;
  const end = after.end;
  const unit = unitAfter(text, end, pack);
  if (unit !== undefined && unit.sense.kind === 'duration') return undefined;
  decided('clockTime');
  return end;
}

/**
 * "30" of "15h30", "17 h 30": two-digit minutes after a time's marker, one space at most between,
 * in a language with hour marks (the one place it says that minutes follow the marker). Returns
 * the minutes and where they end, or undefined.
 */
function minutesAfterMark(text: string, markEnd: number, pack: LanguagePack): { minutes: number; end: number } | undefined {
  if (!pack.clockHourMarks) return undefined;
  const from = isJsSpace(text.charCodeAt(markEnd)) ? markEnd + 1 : markEnd;
  if (!isDigitCode(text.charCodeAt(from)) || !isDigitCode(text.charCodeAt(from + 1)) || classAt(text, from + 2) & (LETTER | NUMBER)) return undefined;
  return { minutes: Number(text.slice(from, from + 2)), end: from + 2 };
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

/** Whether the text before `at` ends with one of the words, a word of its own: "à partir de" in "à partir de 16 h". */
function endsWithWordOf(text: string, at: number, words: readonly string[]): boolean {
  const before = text.slice(Math.max(0, at - 40), at).trimEnd().toLowerCase();
  return words.some((w) => {
    const word = w.toLowerCase();
    return before.endsWith(word) && !WORD_CHAR.test(before[before.length - word.length - 1] ?? ' ');
  });
}

/**
 * "du mercredi 25 janvier 2023 19 heures au jeudi": hours right after a date (a day, its month,
 * perhaps its year) are its time, as after the words of a time.
 */
function endsWithDate(text: string, at: number, pack: LanguagePack, comma: boolean): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (!isJsSpace(before.charCodeAt(before.length - 1))) return false;
  return dateBeforeRegex(pack, comma).test(before);
}
const DATES_BEFORE = new WeakMap<LanguagePack, RegExp>();
const DATES_AND_COMMA_BEFORE = new WeakMap<LanguagePack, RegExp>();
/** A date right before the hours; with `comma`, a date and a comma: "lundi 26 décembre, 8h". */
function dateBeforeRegex(pack: LanguagePack, comma: boolean): RegExp {
  const cache = comma ? DATES_AND_COMMA_BEFORE : DATES_BEFORE;
  let re = cache.get(pack);
  if (!re) {
    const suffixes = pack.daySuffixes.map(escapeRegex).join('|');
    re = listRegex(Object.keys(pack.months), String.raw`(?:^|[^\p{L}\p{N}])\d{1,2}${suffixes ? `(?:${suffixes})?` : ''}[\s\u00a0]+(?:W)(?:[\s\u00a0]+\d{4})?${comma ? ',' : ''}[\s\u00a0]+$`, 'iu');
    cache.set(pack, re);
  }
  return re;
}

/**
 * "le bulletin de 6 h", "le journal de 20 h", "prévue pour 10 h": after a word that names a
 * scheduled thing and one of its joints, the hours are when it happens ("un retard de 3 h" lasts:
 * a delay is no scheduled thing; nor does "une réunion de 2 h", after an article of the pack's
 * `measuredAfter`).
 */
function afterScheduledThing(text: string, at: number, previous: string, pack: LanguagePack): boolean {
  const scheduled = pack.clockAfterWords.scheduled;
  if (!scheduled || !hasWordOf(scheduled.joints, previous)) return false;
  let end = at;
  while (end > 0 && isJsSpace(text.charCodeAt(end - 1))) end--;
  // "l'édition de 6 h": the thing may follow an elided article, its apostrophe.
  const before = text.slice(Math.max(0, end - previous.length - 40), end - previous.length).trimEnd().toLowerCase();
  // The things lower-cased once a pack (wordSet), not at every number after "de".
  for (const word of wordSet(scheduled.things)) {
    const c = before[before.length - word.length - 1] ?? ' ';
    if (!before.endsWith(word) || (WORD_CHAR.test(c) && c !== "'" && c !== '’')) continue;
    // "une réunion de 2 h", "un vol de 10 h": a thing the text has not named yet is measured by its hours.
    const article = lastWord(before, before.length - word.length);
    if (article === '' || !hasWordOf(scheduled.measuredAfter ?? NONE, article)) return true;
  }
  return false;
}

/** The word of letters that ends at `end` of `text`, spaces after it stepped over ('' when none), read back in place. */
function lastWord(text: string, end: number): string {
  let j = end;
  while (j > 0 && isJsSpace(text.charCodeAt(j - 1))) j--;
  let i = j;
  while (i > 0 && isLetter(text[i - 1])) i--;
  return text.slice(i, j);
}

/** "18 h et" before "20 h": a time of the language's markers ends right before the joint. */
function clockBeforeJoint(text: string, at: number, jointLength: number, pack: LanguagePack): boolean {
  const before = text.slice(Math.max(0, at - 24), at).trimEnd();
  const head = before.slice(0, before.length - jointLength).trimEnd();
  return pack.clockAfterWords.markers.some((marker) => new RegExp(String.raw`\d[\s\u00a0]?${marker}(?:[\s\u00a0]?\d{2})?$`, 'u').test(head));
}

/** "18 heures de route", "6 heures et 40 minutes": what follows the hours makes them last. */
function lastsOn(rest: string, pack: LanguagePack): boolean {
  const word = firstWord(rest);
  if (hasWordOf(pack.clockAfterWords.lastsAfter ?? NONE, word)) return true;
  return pack.and !== undefined && word.toLowerCase() === pack.and && /^[\s\u00a0]+\d/.test(rest.trimStart().slice(word.length));
}

/** "de France 2" after "le journal de 13 heures": a word that makes hours last, then a capitalized name (a channel, a place), not what lasts. */
function ofAName(rest: string, pack: LanguagePack): boolean {
  const word = firstWord(rest);
  if (!hasWordOf(pack.clockAfterWords.lastsAfter ?? NONE, word)) return false;
  return /^[\s\u00a0]*\p{Lu}/u.test(rest.trimStart().slice(word.length));
}

/** "à 8 h" after "de 20 h": a joint, then hours with one of the language's markers. */
function startsWithJointAndClock(rest: string, pack: LanguagePack): boolean {
  const joint = firstWord(rest);
  const after = rest.trimStart().slice(joint.length);
  return hasWordOf(pack.clockAfterWords.spanJoints ?? NONE, joint) && pack.clockAfterWords.markers.some((marker) => new RegExp(String.raw`^[\s\u00a0]+\d{1,2}[\s\u00a0]?${marker}(?![\p{L}])`, 'u').test(after));
}

function firstWord(text: string): string {
  return /^[\s\u00a0]*([\p{L}’']+)/u.exec(text)?.[1] ?? '';
}

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
    const words = pack.clockAfterWords;
    const markers = [...pack.clockMarkers, ...ZONES, ...(afterWord ? [...words.markers, ...(words.spelledMarkers ?? [])] : [])];
    clock = listRegex(markers, String.raw`(\d{1,2})(?:[:.](\d{2})(?::\d{2})?)?(?:[\s\u00a0]?((?:W)(?![\p{L}\p{N}])))?`, 'uy');
    cache.set(pack, clock);
  }
  return clock;
}
