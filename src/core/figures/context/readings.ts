import type { Figure } from '../../types';
import { isDigitAt, letterRunEnd } from '../chars';
import type { LanguagePack } from '../lang/pack';
import type { SeparatorStyle } from '../parseNumber';
import { asAge } from './age';
import { andAHalf } from './andAHalf';
import { dayAfterDate, dayRangeAt } from './dayRange';
import { daysCounted } from './daysCounted';
import { decadeYearAt } from './decadeYear';
import { durationInPartsAt } from './durationInParts';
import { hoursAndMinutesDuration } from './hoursAndMinutes';
import { fileNumberEnd } from './fileNumber';
import { levelNameEnd } from './levelName';
import { moneyOfSentence } from './moneyOfSentence';
import { monthYear } from './monthYear';
import { multiplierAt } from './multiplier';
import { nameNumberEnd } from './nameNumber';
import { numberedNameEnd } from './numberedName';
import { ordinalDotAt } from './ordinalDot';
import { ordinalSuffixAt, spacedOrdinal } from './ordinalSuffix';
import { ordinalWordAt } from './ordinalWord';
import { plainDegrees } from './plainDegrees';
import { asPoints } from './points';
import { asRequirement } from './requirement';
import { poundsOfValue } from './poundsWeightOrMoney';
import { rangeUnit } from './rangeUnit';
import { seasonAt } from './season';
import { setPhraseEnd } from './setPhrase';
import { setPhraseWords } from './setPhrase';
import { stopwatchAt } from './stopwatch';
import { yearOrCount } from './yearOrCount';
import { superlativeCount } from './superlativeCount';

/**
 * Where the context rules meet the scanner, in this order (see index.ts): set phrases that are
 * no figure, rules that read a figure of their own at a token before the general readers, names
 * with numbers that are no figure, and rules that settle what a figure the readers found measures.
 */

/**
 * The words a rule read at a word starts at (a set phrase's number word, an article, an ordinal, a
 * multiple), lower case: the scanner asks the word rules only at these, as most words are none.
 */
const WORD_STARTS = new WeakMap<LanguagePack, ReadonlySet<string>>();
export function wordStarts(pack: LanguagePack): ReadonlySet<string> {
  let starts = WORD_STARTS.get(pack);
  if (!starts) {
    const c = pack.context;
    const words = [...setPhraseWords(pack), ...pack.unitLead.articles, ...Object.keys(c.ordinalWords ?? {}), ...Object.keys(c.multipliers ?? {})];
    WORD_STARTS.set(pack, (starts = new Set(words.map((w) => w.toLowerCase()))));
  }
  return starts;
}

/**
 * Could a rule of `contextFigureAt` or `phraseEnd` read at `at`? The rules at digits all start
 * at an ASCII digit; the rules at words all look up the run of letters at `at`, lower case.
 */
export function mayStartContext(text: string, at: number, pack: LanguagePack): 'digit' | 'word' | undefined {
  if (isDigitAt(text, at)) return 'digit';
  const end = letterRunEnd(text, at);
  return end > at && wordStarts(pack).has(text.slice(at, end).toLowerCase()) ? 'word' : undefined;
}

/** A figure only a context rule reads: a season, a measured time, a duration in parts, a day range, an ordinal or multiple in words. */
export function contextFigureAt(text: string, at: number, pack: LanguagePack, style: SeparatorStyle, start: 'digit' | 'word'): Figure | undefined {
  if (start === 'digit') return seasonAt(text, at, pack) ?? stopwatchAt(text, at, pack) ?? dayRangeAt(text, at, pack) ?? ordinalDotAt(text, at, pack) ?? ordinalSuffixAt(text, at, pack) ?? decadeYearAt(text, at, pack) ?? hoursAndMinutesDuration(text, at, pack);
  return durationInPartsAt(text, at, pack, style) ?? ordinalWordAt(text, at, pack) ?? multiplierAt(text, at, pack);
}

/** Where a number word in a set phrase ends: asked first, so no rule reads it ("every second day"). */
export function phraseEnd(text: string, at: number, pack: LanguagePack, start: 'digit' | 'word'): number | undefined {
  return start === 'word' ? setPhraseEnd(text, at, pack) : undefined;
}

/** Where a number that is part of a name (a listed one's, "Fox 45", a court's file, "4 KLs 10/20", or a level's, "Bac +5") ends: asked after the rules that read figures of their own. */
export function nameEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  // Each reader starts at a digit: a word is turned away here once.
  if (!isDigitAt(text, at)) return undefined;
  return numberedNameEnd(text, at, pack) ?? fileNumberEnd(text, at, pack) ?? nameNumberEnd(text, at, pack) ?? levelNameEnd(text, at, pack);
}

/** Settles what a figure measures from its sentence: a duration in parts or with a half after it, an age, ranked units of time, the unit of a range, days counted, money, Celsius, points, a month's year, a year that counts. */
export function settleFigure(text: string, figure: Figure, pack: LanguagePack, style: SeparatorStyle, before: readonly { figure: Figure }[], readAt: (at: number) => Figure | undefined): Figure {
  const whole = durationInPartsAt(text, figure.span.start, pack, style, figure) ?? andAHalf(text, figure, pack);
  if (whole) return whole;
  // "July 13-19": the day after a date and a joint is a date of its month.
  const day = dayAfterDate(text, figure, before, pack);
  if (day !== figure) return day;
  spacedOrdinal(text, figure, pack);
  asAge(text, figure, pack);
  superlativeCount(text, figure, pack);
  rangeUnit(text, figure, pack, readAt);
  daysCounted(text, figure, pack);
  poundsOfValue(text, figure, pack);
  moneyOfSentence(text, figure, before, pack);
  plainDegrees(figure, pack);
  asPoints(text, figure, pack);
  monthYear(text, figure, pack);
  yearOrCount(text, figure, pack);
  asRequirement(text, figure, pack);
  return figure;
}
