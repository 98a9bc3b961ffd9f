import type { LanguagePack } from '../lang/pack';
import { listRegex } from '../words';
import { decided } from './trace';

/**
 * rate: "20 cents a litre", "$3 a gallon", "2 Euro pro Liter": a rate's unit is no amount of its
 * own, so "a litre" after a number, a currency or a money word is no figure "1 l".
 */
export function isRateUnit(text: string, at: number, pack: LanguagePack): boolean {
  const re = listRegex(pack.rateMoneyWords, String.raw`(?:[\d%\p{Sc}]|(?<![\p{L}])W)[\s\u00a0]+$`, 'iu');
  const rate = re.test(text.slice(Math.max(0, at - 12), at));
  if (rate) decided('rate');
  return rate;
}
