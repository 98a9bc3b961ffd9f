/**
 * "pounds" and "Pfund" are money or weight. English news mostly pays in pounds, but weighs in
 * them where the sentence speaks of weight ("to drop 25 pounds", "a ton is 2,204.62 pounds") or
 * names what is weighed ("two pounds of meat"). German "Pfund" mostly weighs ("ein Pfund Butter")
 * and pays as "Pfund Sterling" or in millions ("2,46 Milliarden Pfund").
 */
export function poundIsMoney(text: string, start: number, end: number, unitWord: string, scale = 1): boolean {
  if (/\sof$/i.test(unitWord)) return false;
  if (/^pfund$/i.test(unitWord)) return scale >= 1e6 || STERLING_AFTER.test(text.slice(end, end + 20));
  if (scale > 1) return true;
  const before = NEAR_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[0] ?? '';
  return !WEIGHT_WORD.test(before) || MONEY_WORD.test(before);
}

export function isPoundWord(unitWord: string): boolean {
  return /^(?:pound|pfund)/i.test(unitWord);
}

const STERLING_AFTER = /^[\s\u00a0]+Pfund[\s\u00a0]+Sterling|^[\s\u00a0]*Sterling/i;
/** The five words before the number, within its sentence: "to drop", "a ton is equal to". */
const NEAR_BEFORE = /(?:[^\s.!?]+[\s\u00a0]+){0,5}$/u;
const WEIGHT_WORD = /(?:^|[^\p{L}])(?:weigh(?:s|ed|ing|t|ts)?|lose|loses|lost|losing|shed(?:s|ding)?|drop(?:s|ped|ping)?|gain(?:s|ed|ing)?|heav(?:y|ier|iest)|light(?:er|est)|tons?|tonnes?|kilos?|kilograms?|kg|ounces?|overweight|obese)(?![\p{L}])/iu;
/** A word of paying nearer still decides for money: "lost his bet and paid 40 pounds". */
const MONEY_WORD = /(?:^|[^\p{L}])(?:pa(?:y|ys|id|ying)|costs?|costing|price[ds]?|worth|fined?|spen[dt]|earn(?:s|ed|ing)?|raised?|salary|bills?|fees?|charged?|owe[ds]?|bought|sold|sells?|buy)(?![\p{L}])/iu;
