import type { FigureKind } from '../../types';

export interface UnitSense {
  unit: string;
  kind: FigureKind;
}

/**
 * Units written after a number, in English and German, singular, plural and abbreviated, each
 * with its canonical symbol from the contract. Forms are lower case; matching is case-insensitive
 * except where a form would collide with a word (handled by requiring a number before it).
 */
const UNITS: Array<[string[], string, FigureKind]> = [
  [['%', 'percent', 'percents', 'percentage', 'per cent', 'pct', 'prozent', 'v. h.'], '%', 'percent'],
  [['percentage points', 'percentage point', 'prozentpunkte', 'prozentpunkten', 'prozentpunkt', 'pp'], 'pp', 'percent'],
  [['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'kilometern', 'kms'], 'km', 'quantity'],
  [['m', 'meter', 'meters', 'metre', 'metres', 'metern'], 'm', 'quantity'],
  [['dm', 'decimeter', 'decimeters', 'decimetre', 'decimetres', 'dezimeter', 'dezimetern'], 'dm', 'quantity'],
  [['µm', 'μm', 'micrometer', 'micrometers', 'micrometre', 'micrometres', 'mikrometer', 'mikrometern'], 'µm', 'quantity'],
  [['nm', 'nanometer', 'nanometers', 'nanometre', 'nanometres', 'nanometern'], 'nm', 'quantity'],
  [['picometer', 'picometers', 'picometre', 'picometres'], 'pm', 'quantity'],
  [['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres', 'zentimeter', 'zentimetern'], 'cm', 'quantity'],
  [['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres', 'millimetern'], 'mm', 'quantity'],
  [['mi', 'mile', 'miles', 'meile', 'meilen'], 'mi', 'quantity'],
  [['ft', 'foot', 'feet', 'fuß'], 'ft', 'quantity'],
  [['in', 'inch', 'inches', 'zoll', "''", '″'], 'in', 'quantity'],
  [['yd', 'yds', 'yard', 'yards'], 'yd', 'quantity'],
  [['km²', 'km2', 'km^2', 'sq km', 'square kilometres', 'square kilometers', 'square kilometre', 'square kilometer', 'quadratkilometer', 'quadratkilometern'], 'km²', 'quantity'],
  [['m²', 'm2', 'm^2', 'square metres', 'square meters', 'quadratmeter', 'quadratmetern'], 'm²', 'quantity'],
  [['ha', 'hectare', 'hectares', 'hektar'], 'ha', 'quantity'],
  [['acre', 'acres'], 'acre', 'quantity'],
  [['sq ft', 'square feet', 'square foot', 'ft²'], 'ft²', 'quantity'],
  [['sq mi', 'square miles', 'square mile', 'mi²'], 'mi²', 'quantity'],
  [['cubic feet', 'cubic foot', 'ft³'], 'ft³', 'quantity'],
  [['bbl', 'barrel', 'barrels', 'barrel of', 'barrels of'], 'bbl', 'quantity'],
  [['m³', 'm3', 'm^3', 'cubic metres', 'cubic meters', 'kubikmeter', 'kubikmetern'], 'm³', 'quantity'],
  [['kelvin'], 'K', 'quantity'],
  [['kg', 'kgs', 'k.g.', 'k.gs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilogramm'], 'kg', 'quantity'],
  [['g', 'gram', 'grams', 'gramme', 'grammes', 'gramm', 'gs'], 'g', 'quantity'],
  [['mg', 'milligram', 'milligrams', 'milligramm'], 'mg', 'quantity'],
  [['µg', 'μg', 'mcg', 'microgram', 'micrograms', 'microgramme', 'microgrammes', 'mikrogramm'], 'µg', 'quantity'],
  [['t', 'tonne', 'tonnes', 'ton', 'tons', 'tonnen', 'metric tons', 'metric tonnes', 'metric ton', 'metric tonne'], 't', 'quantity'],
  // "pounds" and "Pfund" also pay: pounds.ts decides which.
  [['lb', 'lbs', 'pound of', 'pounds of', 'pound', 'pounds', 'pfund'], 'lb', 'quantity'],
  [['oz', 'ounce', 'ounces', 'unze', 'unzen'], 'oz', 'quantity'],
  [['l', 'litre', 'litres', 'liter', 'liters', 'litern'], 'l', 'quantity'],
  [['ml', 'mls', 'millilitre', 'millilitres', 'milliliter', 'milliliters', 'millilitern'], 'ml', 'quantity'],
  [['gallon', 'gallons', 'gal', 'gals', 'gallone', 'gallonen'], 'gal', 'quantity'],
  [['tsp', 'teaspoon', 'teaspoons', 'teelöffel'], 'tsp', 'quantity'],
  [['tbsp', 'tablespoon', 'tablespoons', 'esslöffel'], 'tbsp', 'quantity'],
  [['cup', 'cups', 'tasse', 'tassen'], 'cup', 'quantity'],
  [['hl', 'hektoliter', 'hektolitern', 'hectolitre', 'hectolitres', 'hectoliter', 'hectoliters'], 'hl', 'quantity'],
  [['bit', 'bits'], 'bit', 'quantity'],
  [['kb', 'kilobyte', 'kilobytes'], 'kB', 'quantity'],
  [['mb', 'megabyte', 'megabytes'], 'MB', 'quantity'],
  [['gb', 'gigabyte', 'gigabytes'], 'GB', 'quantity'],
  [['tb', 'terabyte', 'terabytes'], 'TB', 'quantity'],
  [['rad', 'radian', 'radians'], 'rad', 'quantity'],
  [['km/h', 'km/hr', 'kmph', 'kph', 'kmh', 'kilometres per hour', 'kilometers per hour', 'kilometer pro stunde', 'stundenkilometer'], 'km/h', 'quantity'],
  [['mph', 'miles per hour', 'miles an hour'], 'mph', 'quantity'],
  [['m/s', 'meters per second', 'metres per second', 'meter pro sekunde', 'metern pro sekunde', 'meter je sekunde'], 'm/s', 'quantity'],
  [['°c', '° c', '°celsius', '° celsius', 'degrees celsius', 'degree celsius', 'degrees c', 'degree c', 'deg c', 'deg celsius', 'celsius', 'celcius', 'centigrade', 'centigrate', 'degrees centigrade', 'grad celsius', 'c°'], '°C', 'quantity'],
  [['°f', '° f', '° fahrenheit', '°fahrenheit', 'degrees fahrenheit', 'degree fahrenheit', 'degrees f', 'degree f', 'deg f', 'degrees farenheit', 'fahrenheit', 'farenheit', 'grad fahrenheit', 'f°'], '°F', 'quantity'],
  [['degrees', 'degree', 'deg', 'deg.', 'grad', '°'], '°', 'quantity'],
  [['kw', 'kilowatt', 'kilowatts'], 'kW', 'quantity'],
  [['mw', 'megawatt', 'megawatts'], 'MW', 'quantity'],
  [['gw', 'gigawatt', 'gigawatts'], 'GW', 'quantity'],
  [['kwh', 'kilowatt hours', 'kilowatt-hours', 'kilowattstunden'], 'kWh', 'quantity'],
  [['mwh', 'megawatt hours', 'megawatt-hours', 'megawattstunden'], 'MWh', 'quantity'],
  [['gwh', 'gigawatt hours', 'gigawattstunden'], 'GWh', 'quantity'],
  [['hours', 'hour', 'hrs', 'h', 'stunden', 'stunde'], 'hour', 'duration'],
  [['minutes', 'minute', 'mins', 'min', 'minuten'], 'minute', 'duration'],
  [['seconds', 'second', 'secs', 'sekunden', 'sekunde'], 'second', 'duration'],
  [['days', 'day', 'tage', 'tagen', 'tag'], 'day', 'duration'],
  [['weeks', 'week', 'wochen', 'woche'], 'week', 'duration'],
  [['months', 'month', 'monate', 'monaten', 'monat'], 'month', 'duration'],
  [['years', 'year', 'jahre', 'jahren', 'jahr'], 'year', 'duration'],
  // German adjectives of duration, as in "ein 24-jähriger Mann", "der 45-Jährige", "die zweitägige Konferenz".
  ...durationAdjectives([['jährig', 'year'], ['tägig', 'day'], ['stündig', 'hour'], ['minütig', 'minute'], ['wöchig', 'week'], ['monatig', 'month']]),
];

/** Every case ending of each German duration adjective ("jährig", "jährige", "jährigen" ...). */
function durationAdjectives(stems: Array<[string, string]>): Array<[string[], string, FigureKind]> {
  return stems.map(([stem, unit]) => [['', 'e', 'er', 'en', 'em', 'es'].map((ending) => stem + ending), unit, 'duration']);
}

function senses(): Map<string, UnitSense> {
  const map = new Map<string, UnitSense>();
  for (const [forms, unit, kind] of UNITS) for (const form of forms) if (!map.has(form)) map.set(form, { unit, kind });
  return map;
}

export const UNIT_AFTER = senses();

/** What a unit as matched by UNIT_AFTER_RE means, whatever its case and spacing ("Square  Kilometres"). */
export function unitSense(form: string): UnitSense | undefined {
  return UNIT_AFTER.get(form.toLowerCase().replace(/\s+/g, ' '));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
/**
 * Matches a unit right after a number (optional space, or a hyphen as in "20-kilometre"). Longest
 * forms first, so "km/h" wins over "km" and "degrees celsius" over "degrees". A unit must not run
 * on into a word ("12 min" is a unit; "12 minister" is not).
 */
export const UNIT_AFTER_RE = new RegExp(
  String.raw`[\s\u00a0\u202f\u2009-]?(${[...UNIT_AFTER.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\p{L}\p{N}])`,
  'iuy',
);
