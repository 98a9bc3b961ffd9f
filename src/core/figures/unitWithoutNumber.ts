import type { FigureKind } from '../types';
import { letterRunEnd } from './chars';
import { halfAfterUnitEnd } from './context/andAHalf';
import type { LanguagePack } from './lang/pack';
import { MEASURES_WITHOUT_NUMBER } from './lang/common/units';
import { coinAfter, currencyAfter } from './money';
import { unitMatch, unitSense } from './unitsOf';
import { mayStartListWord } from './nearWords';
import { listRegex, single, trailingWordLength, wordSet } from './words';

export interface UnitAmount {
  end: number;
  value: number;
  unit: string;
  kind: FigureKind;
}

/**
 * One of a unit, or a fraction of it, written without digits: "a kilogram", "a dollar", "a grand",
 * "half a litre", "quarter-litre", "tenth of a gallon", "einen Euro", "ein halber Liter". Durations
 * and percentages are left out on purpose: "a year ago" and "a day" are no figures a reporter
 * checks. Returns undefined unless the words at `at` are such an amount.
 */
export function unitWithoutNumber(text: string, at: number, pack: LanguagePack): UnitAmount | undefined {
  const { articles, fractions } = pack.unitLead;
  if (!mayStartListWord(text, at, articles) && !mayStartListWord(text, at, fractions)) return undefined;
  const leadEnd = letterRunEnd(text, at);
  if (leadEnd - at > 10) return undefined;
  const first = text.slice(at, leadEnd).toLowerCase();
  if (!wordSet(articles).has(first) && !wordSet(fractions).has(first)) return undefined;
  const lead = leadRegex(pack);
  lead.lastIndex = at;
  const m = lead.exec(text);
  if (!m) return undefined;
  const article = m[1];
  const fractionWord = m[2]?.toLowerCase();
  let value = 1;
  if (fractionWord) {
    const fraction = pack.fractions[fractionWord] ?? pack.fractions[fractionWord.replace(/[mnrs]$/, '')];
    if (fraction === undefined) return undefined;
    value = fraction;
  } else if (!article) return undefined;
  const end = at + m[0].length;
  const coin = coinAfter(text, end - 1, pack);
  // "a dime a dozen" and "turn on a dime" are idioms, not ten cents.
  const idiom = coin && (listRegex(pack.coinIdioms.after, String.raw`^\s+W\b`, 'i').test(text.slice(coin.end, coin.end + 10)) || listRegex(pack.coinIdioms.before, String.raw`\bW\s+$`, 'i').test(text.slice(Math.max(0, at - 4), at)));
  if (coin && !fractionWord && !idiom) return { end: coin.end, value: coin.value, unit: coin.unit, kind: 'money' };
  if (idiom) return undefined;
  const u = unitMatch(text, end, pack);
  const sense = u && u[0] === u[1] ? unitSense(u[1], pack) : undefined;
  // "a pound of flesh" weighs; "a pound" alone is money.
  const trailingOf = sense !== undefined && pack.unitLead.of ? trailingWordLength(u![1], single(pack.unitLead.of)) : 0;
  const weighs = trailingOf > 0;
  const money = weighs ? undefined : currencyAfter(text, end, pack);
  if (money && money.scale === 1 && money.unit !== 'cent' && money.at > end + 2) return { end: money.at, value, unit: money.unit, kind: 'money' };
  if (sense?.kind === 'duration' && article && !fractionWord) return andAHalf(text, end + u![0].length, sense.unit, pack);
  if (!sense || !MEASURES_WITHOUT_NUMBER.has(sense.unit) || u![1].length < 2) return undefined;
  return { end: end + u![0].length - trailingOf, value, unit: sense.unit, kind: sense.kind };
}

/** "a year and a half", "un an et demi": one and a half of the duration; undefined for "a year" alone. */
function andAHalf(text: string, unitEnd: number, unit: string, pack: LanguagePack): UnitAmount | undefined {
  const end = halfAfterUnitEnd(text, unitEnd, pack);
  return end === undefined ? undefined : { end, value: 1.5, unit, kind: 'duration' };
}

const LEADS = new WeakMap<LanguagePack, RegExp>();
/**
 * "a ", "an ", "half a ", "a half ", "quarter-", "tenth of a ", "fourth of ", "ein halber ":
 * an article, a fraction word, or both, with what the language lets follow the fraction.
 */
function leadRegex(pack: LanguagePack): RegExp {
  let re = LEADS.get(pack);
  if (re) return re;
  const { articles, fractions, of, articleAfterFraction } = pack.unitLead;
  const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
  const s = String.raw`[\s\u00a0]`;
  const afterFraction = (of ? String.raw`(?:${s}+${of})?` : '') + (articleAfterFraction ? String.raw`(?:${s}+(?:${alt(articles)}))?(?:-|${s}+)` : `${s}+`);
  re = new RegExp(String.raw`(?:(${alt(articles)})${s}+)?(?:(${alt(fractions)})${afterFraction})?(?<=[\s\u00a0${articleAfterFraction ? '-' : ''}])`, 'iy');
  LEADS.set(pack, re);
  return re;
}
