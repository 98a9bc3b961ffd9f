import type { FigureKind } from '../../../types';
import type { UnitEntry } from '../pack';

/** Units German writes in words after a number, with their case endings. */
/** The bars a percentage glued before them sets: "Fünfprozenthürde", "Dreiprozentklausel". */
export const PERCENT_BARS = ['hürde', 'klausel', 'grenze', 'marke', 'schwelle'];

export const DE_UNITS: UnitEntry[] = [
  [['prozent', 'v. h.'], '%', 'percent'],
  [['prozentpunkte', 'prozentpunkten', 'prozentpunkt'], 'pp', 'percent'],
  [['basispunkte', 'basispunkten', 'basispunkt'], 'bp', 'percent'],
  // "2,65 Promille Alkohol im Blut".
  [['promille'], '‰', 'percent'],
  [['kilometer', 'kilometern'], 'km', 'quantity'],
  [['meter', 'metern'], 'm', 'quantity'],
  // Bergauf gemessen, wie Rad- und Wanderberichte Steigungen angeben: "4.850 Höhenmeter".
  [['höhenmeter', 'höhenmetern'], 'm', 'quantity'],
  [['dezimeter', 'dezimetern'], 'dm', 'quantity'],
  [['mikrometer', 'mikrometern'], 'µm', 'quantity'],
  [['nanometer', 'nanometern'], 'nm', 'quantity'],
  [['zentimeter', 'zentimetern'], 'cm', 'quantity'],
  [['millimeter', 'millimetern'], 'mm', 'quantity'],
  [['meile', 'meilen'], 'mi', 'quantity'],
  [['fuß'], 'ft', 'quantity'],
  [['zoll'], 'in', 'quantity'],
  [['quadratkilometer', 'quadratkilometern'], 'km²', 'quantity'],
  [['quadratmeter', 'quadratmetern'], 'm²', 'quantity'],
  [['hektar'], 'ha', 'quantity'],
  [['kubikmeter', 'kubikmetern'], 'm³', 'quantity'],
  [['kilo', 'kilogramm'], 'kg', 'quantity'],
  [['gramm'], 'g', 'quantity'],
  [['milligramm'], 'mg', 'quantity'],
  [['mikrogramm'], 'µg', 'quantity'],
  [['tonnen'], 't', 'quantity'],
  // "Pfund" also pays: the poundsWeightOrMoney rule decides which.
  [['pfund'], 'lb', 'quantity'],
  [['unze', 'unzen'], 'oz', 'quantity'],
  [['liter', 'litern'], 'l', 'quantity'],
  [['milliliter', 'millilitern'], 'ml', 'quantity'],
  [['gallone', 'gallonen'], 'gal', 'quantity'],
  [['teelöffel'], 'tsp', 'quantity'],
  [['esslöffel'], 'tbsp', 'quantity'],
  [['tasse', 'tassen'], 'cup', 'quantity'],
  [['hektoliter', 'hektolitern'], 'hl', 'quantity'],
  [['kilometer pro stunde', 'kilometern pro stunde', 'kilometer je stunde', 'stundenkilometer', 'stundenkilometern'], 'km/h', 'quantity'],
  [['meilen pro stunde', 'meilen je stunde', 'stundenmeilen'], 'mph', 'quantity'],
  [['meter pro sekunde', 'metern pro sekunde', 'meter je sekunde'], 'm/s', 'quantity'],
  [['grad celsius'], '°C', 'quantity'],
  [['grad fahrenheit'], '°F', 'quantity'],
  [['grad'], '°', 'quantity'],
  [['kelvin'], 'K', 'quantity'],
  [['bit', 'bits'], 'bit', 'quantity'],
  [['kilobyte'], 'kB', 'quantity'],
  [['megabyte'], 'MB', 'quantity'],
  [['gigabyte'], 'GB', 'quantity'],
  [['terabyte'], 'TB', 'quantity'],
  [['kilowatt'], 'kW', 'quantity'],
  [['megawatt'], 'MW', 'quantity'],
  [['gigawatt'], 'GW', 'quantity'],
  [['kilowattstunden'], 'kWh', 'quantity'],
  [['megawattstunden'], 'MWh', 'quantity'],
  [['gigawattstunden'], 'GWh', 'quantity'],
  [['terawattstunden', 'terawattstunde'], 'TWh', 'quantity'],
  [['watt'], 'W', 'quantity'],
  [['ps'], 'PS', 'quantity'],
  // Konzentrationen; die deutsche Billion ist die englische "trillion" (10^12).
  [['teile pro million', 'teilen pro million'], 'ppm', 'quantity'],
  [['teile pro milliarde', 'teilen pro milliarde'], 'ppb', 'quantity'],
  [['teile pro billion', 'teilen pro billion'], 'ppt', 'quantity'],
  // Regen pro Quadratmeter, wie der Wetterbericht ihn angibt.
  [['liter pro quadratmeter', 'litern pro quadratmeter', 'liter je quadratmeter', 'liter regen pro quadratmeter', 'liter niederschlag pro quadratmeter'], 'l/m²', 'quantity'],
  [['stunden', 'stunde'], 'hour', 'duration'],
  [['minuten', 'minute'], 'minute', 'duration'],
  [['sekunden', 'sekunde'], 'second', 'duration'],
  [['tage', 'tagen', 'tag'], 'day', 'duration'],
  [['wochen', 'woche'], 'week', 'duration'],
  [['monate', 'monaten', 'monat'], 'month', 'duration'],
  [['jahre', 'jahren', 'jahr'], 'year', 'duration'],
  [['jahrzehnte', 'jahrzehnten', 'jahrzehnt'], 'decade', 'duration'],
  // Adjectives of duration, as in "ein 24-jähriger Mann", "der 45-Jährige", "die zweitägige Konferenz".
  // A percentage glued to the bar it sets, as in "an der Fünfprozenthürde" (the number word before it: cardinals.ts).
  [PERCENT_BARS.flatMap((bar) => ['prozent' + bar, 'prozent' + bar + 'n']), '%', 'percent'],
  ...durationAdjectives([['jährig', 'year'], ['tägig', 'day'], ['stündig', 'hour'], ['minütig', 'minute'], ['wöchig', 'week'], ['monatig', 'month']]),
];

/** Every case ending of each German duration adjective ("jährig", "jährige", "jährigen" ...). */
function durationAdjectives(stems: Array<[string, string]>): UnitEntry[] {
  return stems.map(([stem, unit]) => [['', 'e', 'er', 'en', 'em', 'es'].map((ending) => stem + ending), unit, 'duration' as FigureKind]);
}

/** The stems of those adjectives, for a number word glued to one ("dreijährige"). */
export const DURATION_ADJECTIVE_STEMS = ['jährig', 'tägig', 'stündig', 'minütig', 'wöchig', 'monatig'];
