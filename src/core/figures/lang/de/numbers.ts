/** German number words: the words compounds are built from, scales, fractions, vague quantities. */

/** German words that stand alone (not compounded): "eins", "elf", "zwanzig" ... */
export const DE_SMALL: Record<string, number> = {
  null: 0, eins: 1, ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eines: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
  zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

/** The unit words that can open a German compound ("ein" in "einundzwanzig", "sieben" ...). */
export const DE_UNIT_WORDS: Record<string, number> = {
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

export const DE_DIGIT_WORDS: Record<string, number> = { null: 0, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };

/** Vague quantities: recognized, and matched only to the same vague expression. */
export const DE_VAGUE: Record<string, number> = {
  dutzende: 12, hunderte: 100, 'mehrere hundert': 100, 'einige hundert': 100, 'mehrere tausend': 1e3, 'einige tausend': 1e3, 'mehrere millionen': 1e6, tausende: 1e3, zehntausende: 1e4, hunderttausende: 1e5, millionen: 1e6, milliarden: 1e9,
};
