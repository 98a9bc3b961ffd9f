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
  // French "billion" is 10^12, as German "Billion"; "trillion" 10^18 (the long scale). A draft that
  // writes "trillion" for an English 10^12 is then read as French readers read it.
  billion: 1e12, billions: 1e12, trillion: 1e18, trillions: 1e18,
  // Indian figures quoted as written ("2 crore de roupies"); the words are no French words otherwise.
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

export const FR_DOZEN: Record<string, number> = { douzaine: 12, douzaines: 12 };

/**
 * "une dizaine de blessés", "une quarantaine de proches": a round number, about so many, read with
 * "une" before and "de" after it ("en quarantaine" is an isolation, no count).
 */
export const FR_ROUND_NUMBERS: Record<string, number> = {
  dizaine: 10, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100,
};

/** The four spellings of an ordinal ending: with and without accent, singular and plural. */
const ORDINAL_ENDINGS = ['ième', 'ieme', 'ièmes', 'iemes'];

/**
 * Ordinals in words by the cardinal word they are made from ("cinquième" is "cinq"), as the
 * denominators of fractions: "un vingt-cinquième" is 1/25, "trois millièmes" 3/1000.
 */
export const FR_ORDINAL_CARDINALS: Record<string, string> = Object.fromEntries(
  ([
    ['un', 'un'], ['deux', 'deux'], ['trois', 'trois'], ['quatr', 'quatre'], ['cinqu', 'cinq'], ['six', 'six'], ['sept', 'sept'],
    ['huit', 'huit'], ['neuv', 'neuf'], ['dix', 'dix'], ['onz', 'onze'], ['douz', 'douze'], ['treiz', 'treize'], ['quatorz', 'quatorze'],
    ['quinz', 'quinze'], ['seiz', 'seize'], ['vingt', 'vingt'], ['trent', 'trente'], ['quarant', 'quarante'], ['cinquant', 'cinquante'],
    ['soixant', 'soixante'], ['cent', 'cent'], ['mill', 'mille'], ['million', 'million'], ['milliard', 'milliard'], ['billion', 'billion'],
  ] as const).flatMap(([stem, cardinal]) => ORDINAL_ENDINGS.map((ending) => [stem + ending, cardinal])),
);

/**
 * Fraction words: "un tiers", "trois quarts", "un cinquième", "un millionième" (also written without
 * accent). "deuxième" and "troisième" are left out: French says "demi" and "tiers", and "un
 * troisième mandat" is a third term. The other ordinals count as fractions only after a count.
 */
export const FR_FRACTIONS: Record<string, number> = {
  demi: 1 / 2, demie: 1 / 2, tiers: 1 / 3, quart: 1 / 4, quarts: 1 / 4,
  ...Object.fromEntries(
    ([['quatr', 4], ['cinqu', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuv', 9], ['dix', 10], ['onz', 11], ['douz', 12], ['vingt', 20], ['cent', 100], ['mill', 1000], ['million', 1e6], ['milliard', 1e9], ['billion', 1e12]] as const)
      .flatMap(([stem, n]) => ORDINAL_ENDINGS.map((ending) => [stem + ending, 1 / n])),
  ),
};

/**
 * What may follow "un cinquième" for it to be a fraction ("un cinquième des voix", "un millième de
 * seconde"); any other word after it is the noun of an ordinal: "un cinquième mandat", "une
 * sixième victime".
 */
export const FR_FRACTION_FOLLOWERS: readonly string[] = ['de', 'des', 'du', "d'", 'd’', 'en', 'et', 'ou', 'à', 'au', 'aux', 'sur', 'seulement', 'environ'];

/** A fraction word before these names a round of a tournament, not a share: "un quart de finale", "les huitièmes de finale". */
export const FR_ROUNDS_AFTER: readonly string[] = ['de finale', 'de finales'];

/** Vague quantities: recognized, and matched only to the same vague expression. */
export const FR_VAGUE: Record<string, number> = {
  dizaines: 10, centaines: 100, 'plusieurs centaines': 100, 'plusieurs milliers': 1e3, milliers: 1e3, 'dizaines de milliers': 1e4, 'centaines de milliers': 1e5, millions: 1e6, milliards: 1e9,
};
