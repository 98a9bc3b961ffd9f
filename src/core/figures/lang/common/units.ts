import type { UnitEntry } from '../pack';

/**
 * Unit symbols every language writes the same way after a number ("5 km", "20 %", "3 kWh"). A
 * pack lists these and its own words for units; forms are lower case, matched case-insensitively.
 */
export const SYMBOL_UNITS: UnitEntry[] = [
  [['%'], '%', 'percent'],
  [['pp'], 'pp', 'percent'],
  // Basis points, hundredths of a percentage point: "a cut of 25 bp", "75bps".
  [['bp', 'bps'], 'bp', 'percent'],
  // Per mille, a tenth of a percent: blood alcohol ("2,65 ‰"), rates per thousand.
  [['‰'], '‰', 'percent'],
  [['km', 'kms'], 'km', 'quantity'],
  [['m'], 'm', 'quantity'],
  [['dm'], 'dm', 'quantity'],
  [['µm', 'μm'], 'µm', 'quantity'],
  [['nm'], 'nm', 'quantity'],
  [['cm'], 'cm', 'quantity'],
  [['mm'], 'mm', 'quantity'],
  [['mi'], 'mi', 'quantity'],
  [['ft'], 'ft', 'quantity'],
  [['in', "''", '″'], 'in', 'quantity'],
  [['yd', 'yds'], 'yd', 'quantity'],
  [['km²', 'km2', 'km^2'], 'km²', 'quantity'],
  [['m²', 'm2', 'm^2'], 'm²', 'quantity'],
  [['ha'], 'ha', 'quantity'],
  [['ft²'], 'ft²', 'quantity'],
  [['mi²'], 'mi²', 'quantity'],
  [['ft³'], 'ft³', 'quantity'],
  [['bbl'], 'bbl', 'quantity'],
  [['m³', 'm3', 'm^3'], 'm³', 'quantity'],
  [['kg', 'kgs', 'k.g.', 'k.gs'], 'kg', 'quantity'],
  [['g', 'gs'], 'g', 'quantity'],
  [['mg'], 'mg', 'quantity'],
  [['µg', 'μg', 'mcg'], 'µg', 'quantity'],
  [['t'], 't', 'quantity'],
  [['lb', 'lbs'], 'lb', 'quantity'],
  [['oz'], 'oz', 'quantity'],
  [['l'], 'l', 'quantity'],
  [['ml', 'mls'], 'ml', 'quantity'],
  [['gal', 'gals'], 'gal', 'quantity'],
  [['tsp'], 'tsp', 'quantity'],
  [['tbsp'], 'tbsp', 'quantity'],
  [['hl'], 'hl', 'quantity'],
  [['kb'], 'kB', 'quantity'],
  [['mb'], 'MB', 'quantity'],
  [['gb'], 'GB', 'quantity'],
  [['tb'], 'TB', 'quantity'],
  [['rad'], 'rad', 'quantity'],
  [['km/h', 'km/hr', 'kmph', 'kph', 'kmh'], 'km/h', 'quantity'],
  [['mph'], 'mph', 'quantity'],
  [['m/s'], 'm/s', 'quantity'],
  [['°c', '° c', '°celsius', '° celsius', 'celsius', 'c°'], '°C', 'quantity'],
  [['°f', '° f', '° fahrenheit', '°fahrenheit', 'fahrenheit', 'f°'], '°F', 'quantity'],
  [['°'], '°', 'quantity'],
  [['kw'], 'kW', 'quantity'],
  [['mw'], 'MW', 'quantity'],
  [['gw'], 'GW', 'quantity'],
  [['kwh'], 'kWh', 'quantity'],
  [['mwh'], 'MWh', 'quantity'],
  [['gwh'], 'GWh', 'quantity'],
  [['twh'], 'TWh', 'quantity'],
  [['ppm'], 'ppm', 'quantity'],
  [['l/m²', 'l/m2'], 'l/m²', 'quantity'],
  [['h'], 'hour', 'duration'],
  [['min'], 'minute', 'duration'],
];

/** Unit symbols so short that they are units only right after digits, never after number words. */
export const DIGITS_ONLY_UNITS: ReadonlySet<string> = new Set(['in', 'ha', 'mi', 'pp', 'bp', 'bps', 'rs', 'rm', 'gs']);

/**
 * Units read after "a" or "half a" without digits ("half a percentage point"): the metric measures and the imperial
 * abbreviations. Feet, inches, miles, tons, cups and degrees are left out, because after an
 * article they are mostly idioms ("a foot in the door", "not an inch", "a cup of tea").
 */
export const MEASURES_WITHOUT_NUMBER = new Set<string>(['pp', 'tsp', 'tbsp', 'kg', 'g', 'mg', 'µg', 'l', 'ml', 'hl', 'km', 'm', 'cm', 'mm', 'ha', 'lb', 'gal', 'MW', 'GW', 'kW', 'kWh', 'MWh']);
