import type { Figure } from '../../types';
import type { LanguagePack } from '../lang/pack';
import type { SeparatorStyle } from '../parseNumber';
import { asAge } from './age';
import { andAHalf } from './andAHalf';
import { dayRangeAt } from './dayRange';
import { decadeYearAt } from './decadeYear';
import { durationInPartsAt } from './durationInParts';
import { moneyOfSentence } from './moneyOfSentence';
import { monthYear } from './monthYear';
import { multiplierAt } from './multiplier';
import { nameNumberEnd } from './nameNumber';
import { ordinalDotAt } from './ordinalDot';
import { ordinalSuffixAt } from './ordinalSuffix';
import { ordinalWordAt } from './ordinalWord';
import { plainDegrees } from './plainDegrees';
import { asPoints } from './points';
import { poundsOfValue } from './poundsWeightOrMoney';
import { rangeUnit } from './rangeUnit';
import { seasonAt } from './season';
import { setPhraseEnd } from './setPhrase';
import { stopwatchAt } from './stopwatch';
import { superlativeCount } from './superlativeCount';

/**
 * Where the context rules meet the scanner, in this order (see index.ts): set phrases that are
 * no figure, rules that read a figure of their own at a token before the general readers, names
 * with numbers that are no figure, and rules that settle what a figure the readers found measures.
 */

/** A figure only a context rule reads: a season, a measured time, a duration in parts, a day range, an ordinal or multiple in words. */
export function contextFigureAt(text: string, at: number, pack: LanguagePack, style: SeparatorStyle): Figure | undefined {
  return seasonAt(text, at, pack) ?? stopwatchAt(text, at, pack) ?? durationInPartsAt(text, at, pack, style) ?? dayRangeAt(text, at, pack) ?? ordinalDotAt(text, at, pack) ?? ordinalWordAt(text, at, pack) ?? ordinalSuffixAt(text, at, pack) ?? decadeYearAt(text, at, pack) ?? multiplierAt(text, at, pack);
}

/** Where a number word in a set phrase ends: asked first, so no rule reads it ("every second day"). */
export function phraseEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  return setPhraseEnd(text, at, pack);
}

/** Where a number that is part of a name ends: asked after the rules that read figures of their own. */
export function nameEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  return nameNumberEnd(text, at, pack);
}

/** Settles what a figure measures from its sentence: a duration in parts or with a half after it, an age, ranked units of time, the unit of a range, money, Celsius, points, a month's year. */
export function settleFigure(text: string, figure: Figure, pack: LanguagePack, style: SeparatorStyle, before: readonly { figure: Figure }[], readAt: (at: number) => Figure | undefined): Figure {
  const whole = durationInPartsAt(text, figure.span.start, pack, style, figure) ?? andAHalf(text, figure, pack);
  if (whole) return whole;
  asAge(text, figure, pack);
  superlativeCount(text, figure, pack);
  rangeUnit(text, figure, pack, readAt);
  poundsOfValue(text, figure, pack);
  moneyOfSentence(text, figure, before);
  plainDegrees(figure, pack);
  asPoints(text, figure, pack);
  monthYear(text, figure, pack);
  return figure;
}
