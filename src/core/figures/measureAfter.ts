import { CURRENCY_SYMBOLS, ISO_CODES } from './lang/common/currencies';
import type { LanguagePack } from './lang/pack';
import { currencyNames } from './money';
import { unitMatch, unitSense } from './unitsOf';

const WORD_OR_SIGN_RE = /[\s\u00a0]?(\p{Sc}|\p{L}+)/uy;

/**
 * Whether a unit, a currency or a percent sign follows a number ending at `end` ("3 Prozent",
 * "3 Euro", "19 Nanometern"): then the number measures something and is no part of a ratio
 * ("2 von 3 Prozent" is no two in three).
 */
export function measureAfter(text: string, end: number, pack: LanguagePack): boolean {
  const unit = unitMatch(text, end, pack);
  if (unit && unitSense(unit[1], pack)) return true;
  WORD_OR_SIGN_RE.lastIndex = end;
  const word = WORD_OR_SIGN_RE.exec(text)?.[1];
  return word !== undefined && (CURRENCY_SYMBOLS[word] !== undefined || currencyNames(pack).has(word.toLowerCase()) || ISO_CODES.has(word));
}
