/**
 * Unit conversions a writer makes when moving between sources and readers: kilometres and
 * miles, metres and feet, kilograms and pounds, Celsius and Fahrenheit. Each entry converts a
 * value in `from` to `to`.
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

export const CONVERSIONS: Conversion[] = [
  ...linear('mi', 'km', 1.609344),
  ...linear('km', 'm', 1000),
  ...linear('ft', 'm', 0.3048),
  ...linear('lb', 'kg', 0.45359237),
  ...linear('t', 'kg', 1000),
  ...linear('mph', 'km/h', 1.609344),
  { from: '°C', to: '°F', convert: (c) => (c * 9) / 5 + 32 },
  { from: '°F', to: '°C', convert: (f) => ((f - 32) * 5) / 9 },
];

/** Conversions from any unit into `unit`. */
export function conversionsInto(unit: string): Conversion[] {
  return CONVERSIONS.filter((c) => c.to === unit);
}
