import { EN_FRACTIONS, DE_FRACTIONS } from './lexicon/numberWords';
import { UNIT_AFTER_RE, unitSense } from './lexicon/units';
import { letterRunEnd } from './chars';
import { coinAfter, currencyAfter } from './money';
import type { FigureKind, Lang } from '../types';

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
export function unitWithoutNumber(text: string, at: number, lang: Lang): UnitAmount | undefined {
  const leadEnd = letterRunEnd(text, at);
  if (leadEnd - at > 10 || !LEAD_WORDS.has(text.slice(at, leadEnd).toLowerCase())) return undefined;
  const lead = lang === 'en' ? EN_LEAD_RE : DE_LEAD_RE;
  lead.lastIndex = at;
  const m = lead.exec(text);
  if (!m) return undefined;
  const article = m[1];
  const fractionWord = m[2]?.toLowerCase();
  let value = 1;
  if (fractionWord) {
    const fraction = lang === 'en' ? EN_FRACTIONS[fractionWord] : DE_FRACTIONS[fractionWord] ?? DE_FRACTIONS[fractionWord.replace(/[mnrs]$/, '')];
    if (fraction === undefined) return undefined;
    value = fraction;
  } else if (!article) return undefined;
  const end = at + m[0].length;
  const coin = coinAfter(text, end - 1);
  // "a dime a dozen" and "turn on a dime" are idioms, not ten cents.
  const idiom = coin && (/^\s+a\s+dozen\b/i.test(text.slice(coin.end, coin.end + 10)) || /\bon\s+$/i.test(text.slice(Math.max(0, at - 4), at)));
  if (coin && !fractionWord && !idiom) return { end: coin.end, value: coin.value, unit: coin.unit, kind: 'money' };
  if (idiom) return undefined;
  UNIT_AFTER_RE.lastIndex = end;
  const u = UNIT_AFTER_RE.exec(text);
  const sense = u && u[0] === u[1] ? unitSense(u[1]) : undefined;
  // "a pound of flesh" weighs; "a pound" alone is money.
  const weighs = sense !== undefined && /\sof$/i.test(u![1]);
  const money = weighs ? undefined : currencyAfter(text, end);
  if (money && money.scale === 1 && money.unit !== 'cent' && money.at > end + 2) return { end: money.at, value, unit: money.unit, kind: 'money' };
  if (!sense || !MEASURES_WITHOUT_NUMBER.has(sense.unit) || u![1].length < 2) return undefined;
  const trailingOf = weighs ? /\s+of$/i.exec(u![1])![0].length : 0;
  return { end: end + u![0].length - trailingOf, value, unit: sense.unit, kind: sense.kind };
}

/**
 * Units read after "a" or "half a" without digits: the metric measures and the imperial
 * abbreviations. Feet, inches, miles, tons, cups and degrees are left out, because after an
 * article they are mostly idioms ("a foot in the door", "not an inch", "a cup of tea").
 */
const MEASURES_WITHOUT_NUMBER = new Set(['tsp', 'tbsp', 'kg', 'g', 'mg', 'µg', 'l', 'ml', 'hl', 'km', 'm', 'cm', 'mm', 'ha', 'lb', 'gal', 'MW', 'GW', 'kW', 'kWh', 'MWh']);

const LEAD_WORDS = new Set([
  'a', 'an', 'half', 'third', 'quarter', 'fourth', 'fifth', 'tenth', 'hundredth', 'thousandth',
  'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'halbe', 'halber', 'halben', 'halbem', 'halbes', 'viertel', 'drittel', 'zehntel',
]);
const EN_FRACTION_WORDS = 'half|third|quarter|fourth|fifth|tenth|hundredth|thousandth';
/** "a ", "an ", "half a ", "a half ", "quarter-", "tenth of a ", "fourth of ". */
const EN_LEAD_RE = new RegExp(String.raw`(?:(an?)[\s\u00a0]+)?(?:(${EN_FRACTION_WORDS})(?:[\s\u00a0]+of)?(?:[\s\u00a0]+an?)?(?:-|[\s\u00a0]+))?(?<=[\s\u00a0-])`, 'iy');
const DE_LEAD_RE = /(?:(eine?[mnrs]?)[\s\u00a0]+)?(?:(halbe[mnrs]?|viertel|drittel|zehntel)[\s\u00a0]+)?(?<=[\s\u00a0])/iy;
