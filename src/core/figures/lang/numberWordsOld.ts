/**
 * Number words of English and German: the small numbers, tens and scales a cardinal is built
 * from, the vague quantities ("thousands", "Zehntausende") and fractions.
 */

export const EN_SMALL: Record<string, number> = {
  zero: 0, naught: 0, nought: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers inside a cardinal: "hundred" multiplies what precedes it; scales close a group. */
export const EN_HUNDRED = new Set(['hundred', 'hundreds']);
export const EN_SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
  // Indian English: a lakh is 100,000, a crore 10,000,000 ("5 lakh rupees", "three crore").
  lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, lkh: 1e5, lkhs: 1e5, crore: 1e7, crores: 1e7, cr: 1e7, koti: 1e7, krore: 1e7, krores: 1e7,
};

/** Scale words and abbreviations after digits ("1.2 million", "15k", "£2.5bn"). */
export const EN_SCALE_ABBREVIATIONS: Record<string, number> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, mm: 1e6, bn: 1e9, bln: 1e9, b: 1e9, g: 1e9, tn: 1e12, trn: 1e12, tln: 1e12,
};

export const EN_DOZEN: Record<string, number> = { dozen: 12, dozens: 12, doz: 12, dozs: 12, dz: 12, dzs: 12, score: 20 };

export const EN_FRACTIONS: Record<string, number> = {
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fourth: 1 / 4, fourths: 1 / 4,
  fifth: 1 / 5, fifths: 1 / 5, sixth: 1 / 6, sixths: 1 / 6, seventh: 1 / 7, sevenths: 1 / 7, eighth: 1 / 8, eighths: 1 / 8,
  ninth: 1 / 9, ninths: 1 / 9, tenth: 1 / 10, tenths: 1 / 10, hundredth: 1 / 100, hundredths: 1 / 100, thousandth: 1 / 1000, thousandths: 1 / 1000,
  ...Object.fromEntries(
    ([['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17],
      ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60],
      ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['millionth', 1e6], ['billionth', 1e9], ['trillionth', 1e12]] as const)
      .flatMap(([word, n]) => [[word, 1 / n], [`${word}s`, 1 / n]]),
  ),
};

/** German words that stand alone (not compounded): "eins", "elf", "zwanzig" ... */
export const DE_SMALL: Record<string, number> = {
  null: 0, eins: 1, ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eines: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
  zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

/** The unit words that can open a German compound ("ein" in "einundzwanzig", "sieben" ...). */
export const DE_UNITS: Record<string, number> = {
  ein: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
};

export const DE_SCALES: Record<string, number> = {
  million: 1e6, millionen: 1e6, mio: 1e6, 'mio.': 1e6,
  milliarde: 1e9, milliarden: 1e9, mrd: 1e9, 'mrd.': 1e9,
  // German "Billion" is 10^12, not the English billion.
  billion: 1e12, billionen: 1e12, bio: 1e12, 'bio.': 1e12, billiarde: 1e15, billiarden: 1e15,
  tausend: 1e3, tsd: 1e3, 'tsd.': 1e3,
};

export const DE_DOZEN: Record<string, number> = { dutzend: 12 };

export const DE_FRACTIONS: Record<string, number> = {
  halb: 1 / 2, halbe: 1 / 2, halben: 1 / 2, hälfte: 1 / 2, drittel: 1 / 3, viertel: 1 / 4, fünftel: 1 / 5, sechstel: 1 / 6,
  siebtel: 1 / 7, achtel: 1 / 8, neuntel: 1 / 9, zehntel: 1 / 10, hundertstel: 1 / 100, tausendstel: 1 / 1000,
};

/** Vague quantities: recognized, and matched only to the same vague expression. */
export const VAGUE: Record<string, number> = {
  dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
  'tens of thousands': 1e4, 'hundreds of thousands': 1e5, 'tens of millions': 1e7, 'hundreds of millions': 1e8,
  'tens of billions': 1e10, 'hundreds of billions': 1e11,
  dutzende: 12, hunderte: 100, tausende: 1e3, zehntausende: 1e4, hunderttausende: 1e5, millionen: 1e6, milliarden: 1e9,
};

/** Unicode vulgar fractions ("½", "2¾"). */
export const VULGAR_FRACTIONS: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8, '⅐': 1 / 7, '⅑': 1 / 9, '⅒': 1 / 10,
};
