/** French number words: units, teens and tens, hundreds, scales, fractions, vague quantities. */

export const FR_SMALL: Record<string, number> = {
  zéro: 0, zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60,
  // Belgian and Swiss French: 70, 80, 90 in one word.
  septante: 70, huitante: 80, octante: 80, nonante: 90,
};

export const FR_HUNDRED: Record<string, number> = { cent: 100, cents: 100 };

export const FR_SCALES: Record<string, number> = {
  mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9,
  // French "billion" is 10^12, as German "Billion".
  billion: 1e12, billions: 1e12,
};

export const FR_DOZEN: Record<string, number> = { douzaine: 12, douzaines: 12 };

/** Fraction words: "un tiers", "trois quarts", "un cinquième" (also written without accent). */
export const FR_FRACTIONS: Record<string, number> = {
  demi: 1 / 2, demie: 1 / 2, tiers: 1 / 3, quart: 1 / 4, quarts: 1 / 4,
  ...Object.fromEntries(
    ([['cinqu', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuv', 9], ['dix', 10], ['onz', 11], ['douz', 12], ['vingt', 20], ['cent', 100], ['mill', 1000]] as const)
      .flatMap(([stem, n]) => ['ième', 'ieme', 'ièmes', 'iemes'].map((ending) => [stem + ending, 1 / n])),
  ),
};

/** Vague quantities: recognized, and matched only to the same vague expression. */
export const FR_VAGUE: Record<string, number> = {
  dizaines: 10, centaines: 100, 'plusieurs centaines': 100, 'plusieurs milliers': 1e3, milliers: 1e3, 'dizaines de milliers': 1e4, 'centaines de milliers': 1e5, millions: 1e6, milliards: 1e9,
};
