import type { Figure } from '../../types';
import type { LanguagePack } from '../lang/pack';
import { hasWord, listRegex, single, wordSet } from '../words';
import { decided } from './trace';

/**
 * poundsWeightOrMoney: "pounds" and "Pfund" are money or weight. English news mostly pays in
 * pounds, but weighs in them where the sentence speaks of weight ("to drop 25 pounds", "a ton is
 * 2,204.62 pounds") or names what is weighed ("two pounds of meat"). German "Pfund" mostly
 * weighs ("ein Pfund Butter") and pays as "Pfund Sterling" or in millions ("2,46 Milliarden
 * Pfund"). The pack says which is the default and which words decide.
 */
export function poundIsMoney(text: string, start: number, end: number, unitWord: string, pack: LanguagePack, scale = 1, value = 0): boolean {
  decided('poundsWeightOrMoney');
  const rule = pack.pounds;
  if (listRegex(single(pack.productOf), String.raw`\sW$`, 'i').test(unitWord)) return false;
  if (scale >= rule.moneyFromScale) return true;
  if (listRegex(rule.moneyAfter, String.raw`^[\s\u00a0]*W`).test(text.slice(end, end + 20))) return true;
  const before = NEAR_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[0] ?? '';
  // Where the pound weighs by default, a word of paying just before makes it money: "zahlt 1.849 Pfund".
  // Hundreds of pounds are a price, not a weight, unless a word of weighing is near: "330 Pfund für die höchste Dosis".
  if (rule.sense === 'weight') return hasWord(before, rule.moneyWords) || (rule.moneyFromValue > 0 && value >= rule.moneyFromValue && !hasWord(before, rule.weightWords));
  // A word of paying nearer still decides for money: "lost his bet and paid 40 pounds".
  return !hasWord(before, rule.weightWords) || hasWord(before, rule.moneyWords);
}

export function isPoundWord(unitWord: string, pack: LanguagePack): boolean {
  // Asked for every unit a number has: the answer is kept by the unit as written.
  const forms = pack.pounds.forms;
  let asked = POUND_WORDS.get(forms);
  if (!asked) POUND_WORDS.set(forms, (asked = new Map()));
  let pound = asked.get(unitWord);
  if (pound === undefined) {
    pound = wordSet(forms).has(unitWord.toLowerCase().replace(/[\s\u00a0]+/g, ' '));
    if (asked.size >= MAX_ASKED) asked.clear();
    asked.set(unitWord, pound);
  }
  return pound;
}
const POUND_WORDS = new WeakMap<readonly string[], Map<string, boolean>>();
/** Unit words remembered a pack, as written: bounded for a hostile input. */
const MAX_ASKED = 10_000;

/** The five words before the number, within its sentence: "to drop", "a ton is equal to". */
const NEAR_BEFORE = /(?:[^\s.!?]+[\s\u00a0]+){0,5}$/u;

/**
 * "d'une valeur de 400 000 livres", "égale à 2 204,62 livres" after a tonne: where a currency's name is also a common word ("livres" are
 * books) and pays only after a scale, a count of it still pays where a word of paying stands just
 * before, and a count in fractions weighs where a measure of mass stands just before. The figure
 * becomes the money or the weight, its name included.
 */
export function poundsOfValue(text: string, figure: Figure, pack: LanguagePack): void {
  const names = pack.currencyNamesAfterScale;
  const noun = figure.noun?.toLowerCase();
  if (!names || figure.kind !== 'count' || figure.unit || !noun || !Object.hasOwn(names, noun) || pack.pounds.moneyWords.length === 0) return;
  const before = NEAR_BEFORE.exec(text.slice(Math.max(0, figure.span.start - 60), figure.span.start))?.[0] ?? '';
  const money = hasWord(before, pack.pounds.moneyWords);
  // "une tonne métrique est égale à 2 204,62 livres": no book is counted in fractions, and a
  // measure of mass just before makes the pounds a weight.
  const weight = !money && !Number.isInteger(figure.value) && hasWord(before, pack.pounds.weightWords);
  if (!money && !weight) return;
  // The noun as written, at most two characters after the number (a search to the text's end
  // for a noun written otherwise would make a page of such pounds quadratic).
  const at = text.slice(figure.span.end, figure.span.end + 2 + figure.noun!.length).indexOf(figure.noun!) + figure.span.end;
  if (at < figure.span.end) return;
  decided('poundsWeightOrMoney');
  figure.kind = money ? 'money' : 'quantity';
  figure.unit = money ? names[noun] : 'lb';
  figure.span = { start: figure.span.start, end: at + noun.length };
  figure.text = text.slice(figure.span.start, figure.span.end);
  delete figure.noun;
}
