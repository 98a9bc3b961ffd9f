/** English number words: the small numbers, tens and scales a cardinal is built from, fractions, vague quantities. */

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
/** Scales a number may start with when written alone ("hundred thousand dollars", "million"). */
export const EN_BARE_SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);

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

/** The ordinals that complete a tens word: "-fifth" after "twenty". */
export const EN_UNIT_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
};

/** Vague quantities: recognized, and matched only to the same vague expression. */
export const EN_VAGUE: Record<string, number> = {
  dozens: 12, hundreds: 100, thousands: 1e3, 'several hundred': 100, 'a few hundred': 100, 'several thousand': 1e3, 'a few thousand': 1e3, 'several million': 1e6, millions: 1e6, billions: 1e9,
  'tens of thousands': 1e4, 'hundreds of thousands': 1e5, 'tens of millions': 1e7, 'hundreds of millions': 1e8,
  'tens of billions': 1e10, 'hundreds of billions': 1e11,
  // "a couple hundred dollars", "a couple of thousand fans": as vague as "a few hundred" ("a
  // couple" alone is no 2, see docs/conformance-scope.md), not the "hundred dollars" after it.
  'a couple hundred': 100, 'a couple thousand': 1e3, 'a couple of thousand': 1e3, 'a few million': 1e6,
};
