import type { Figure } from '../../types';
import { digitRunEnd } from '../chars';
import { dateAt } from '../dateFigure';
import type { LanguagePack } from '../lang/pack';
import { make } from '../makeFigure';
import { mayStartListWord } from '../nearWords';
import { listRegex } from '../words';
import { decided } from './trace';

/**
 * ordinalSuffix: "the 58th minute", "the 19th century", "1er": digits with the language's ordinal
 * suffix are an ordinal, unless they open a date ("6th of August"); with the minutes added to
 * it, "90e+3", a minute of a match's added time.
 */
export function ordinalSuffixAt(text: string, at: number, pack: LanguagePack): Figure | undefined {
  // At most four digits, then a suffix's first character: most numbers are turned away by that.
  const digits = digitRunEnd(text, at);
  if (pack.ordinalSuffixes.length === 0 || digits === at || digits - at > 4) return undefined;
  if (!mayStartListWord(text, digits, pack.ordinalSuffixes)) return undefined;
  if (/[\p{L}\p{N}.,]/u.test(text[at - 1] ?? ' ')) return undefined;
  const re = listRegex(pack.ordinalSuffixes, String.raw`(\d{1,4})W(?![\p{L}\p{N}])`, 'iuy');
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m || /[-+]/.test(text[at - 1] ?? ' ')) return undefined;
  const end = at + m[0].length;
  // "90e+3", "45e+2": a match's minute in added time, the ordinal and the minutes added to it
  // (read as scientific notation it was 90,000). Two or three digits, then one or two added.
  const added = ADDED_TIME_RE.exec(text.slice(end, end + 4));
  // "-12e-1" is a number in scientific notation, not the French "12e".
  if ((!added && /^[-+]?\d/.test(text.slice(end, end + 2))) || (added && (m[1].length < 2 || m[1].length > 3)) || dateAt(text, at, pack)) return undefined;
  decided('ordinalSuffix');
  return make(text, at, end + (added?.[0].length ?? 0), Number(m[1]), 'ordinal', pack);
}

/** "+3" after the ordinal: a plus and one or two digits that end the number. */
const ADDED_TIME_RE = /^\+\d{1,2}(?![\p{L}\p{N}]|[.,]\d)/u;

/**
 * "au 3 e trimestre", "la 1 ère fois": a suffix one space after the digits of a bare count, as text
 * taken from a PDF sets a superscript apart (the pack's spacedOrdinalSuffixes), makes it the same
 * ordinal; "le 1 er janvier" is a date (dates.ts). Not a suffix that runs on into a word or code
 * ("3 e-mails"). Asked of a count the readers found, so only counts pay for it.
 */
export function spacedOrdinal(text: string, figure: Figure, pack: LanguagePack): void {
  const spaced = pack.spacedOrdinalSuffixes;
  if (!spaced || figure.kind !== 'count' || figure.unit !== undefined || figure.scale !== undefined) return;
  const { start: at, end: digits } = figure.span;
  if (text[digits] !== ' ' && text[digits] !== '\u00a0') return;
  // Most words after a number start with no suffix's letter; those that do end as none ("3 euros").
  const first = text.charCodeAt(digits + 1);
  let suffix: string | undefined;
  for (const s of longestFirst(spaced)) if (s.charCodeAt(0) === first && text.startsWith(s, digits + 1)) { suffix = s; break; }
  const end = suffix === undefined ? -1 : digits + 1 + suffix.length;
  // The suffix ends the word: a letter or digit, a hyphen or an apostrophe after it is a longer word's.
  if (end < 0 || digitRunEnd(text, at) !== digits || digits - at > 4 || /[\p{L}\p{N}'’-]/u.test(text[end] ?? ' ') || /[\p{L}\p{N}.,+-]/u.test(text[at - 1] ?? ' ')) return;
  decided('ordinalSuffix');
  Object.assign(figure, make(text, at, end, figure.value, 'ordinal', pack));
  delete figure.noun;
}

/** A pack's spaced suffixes, longest first ("ème" before "e"), sorted once. */
const LONGEST_FIRST = new WeakMap<readonly string[], readonly string[]>();
function longestFirst(suffixes: readonly string[]): readonly string[] {
  let sorted = LONGEST_FIRST.get(suffixes);
  if (!sorted) LONGEST_FIRST.set(suffixes, (sorted = [...suffixes].sort((a, b) => b.length - a.length)));
  return sorted;
}
