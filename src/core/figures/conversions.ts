import { UNIT_FACTORS } from './lexicon/unitFactors';

/**
 * Unit conversions a writer makes when moving between sources and readers: kilometres and
 * miles, metres and feet, kilograms and pounds, Celsius and Fahrenheit, and the units of one
 * family (centimetres, metres and kilometres; litres and millilitres; kilograms and tonnes;
 * hours, days, weeks, months, years and decades; rain in litres a square metre and millimetres; euros or dollars and cents, pounds and pence). Each entry converts a value in `from` to `to`.
 */
export interface Conversion {
  from: string;
  to: string;
  convert: (value: number) => number;
}

const linear = (from: string, to: string, factor: number): Conversion[] => [
  { from, to, convert: (v) => v * factor },
  { from: to, to: from, convert: (v) => v / factor },
];
/** Two units of one dimension, with the factor between them from the shared table. */
const between = (from: string, to: string): Conversion[] => linear(from, to, UNIT_FACTORS[from][1] / UNIT_FACTORS[to][1]);

export const CONVERSIONS: Conversion[] = [
  ...between('mi', 'km'),
  ...between('km', 'm'),
  ...between('ft', 'm'),
  ...between('lb', 'kg'),
  ...between('t', 'kg'),
  ...between('cm', 'm'),
  ...between('mm', 'cm'),
  ...between('mm', 'm'),
  ...between('l', 'ml'),
  // French wine statistics give harvests in millions of hectolitres, "44,6 Mhl".
  ...between('Mhl', 'hl'),
  ...between('hour', 'minute'),
  ...between('minute', 'second'),
  // A month is a twelfth of an average year, as a writer counts "six months" for "26 weeks".
  ...linear('week', 'day', 7),
  ...linear('day', 'hour', 24),
  ...linear('month', 'day', 365.25 / 12),
  ...linear('month', 'week', 365.25 / 12 / 7),
  ...linear('year', 'month', 12),
  ...linear('decade', 'year', 10),
  // A basis point is a hundredth of a percentage point: "75 basis points" is "0.75 percentage points".
  ...linear('bp', 'pp', 0.01),
  // Per mille is a tenth of a percent: "2.6 ‰" is "0.26 percent".
  ...linear('‰', '%', 0.1),
  // Rain: a litre on a square metre stands a millimetre deep ("11 Liter pro Quadratmeter", "11 millimètres").
  ...linear('l/m²', 'mm', 1),
  ...linear('mph', 'km/h', 1.609344),
  // Prices a writer gives in the subunit: "25,16 Cent" for "0,2516 euro", "27p" for "£0.27".
  ...linear('EUR', 'cent', 100),
  ...linear('USD', 'cent', 100),
  ...linear('GBP', 'pence', 100),
  { from: '°C', to: '°F', convert: (c) => (c * 9) / 5 + 32 },
  { from: '°F', to: '°C', convert: (f) => ((f - 32) * 5) / 9 },
];

/** The conversion from `from` into `to`, if the two are of one family. */
export function conversionBetween(from: string, to: string): Conversion | undefined {
  return CONVERSIONS.find((c) => c.from === from && c.to === to);
}

/** Conversions from any unit into `unit`. */
export function conversionsInto(unit: string): Conversion[] {
  return CONVERSIONS.filter((c) => c.to === unit);
}
