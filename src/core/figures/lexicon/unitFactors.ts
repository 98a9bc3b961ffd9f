/**
 * Units of one dimension in one base unit each (metres, grams, litres, seconds), so a measure can
 * be read in another unit of its dimension: parts of a measure ("5 feet 2 inches"), conversions
 * between a draft and a source, and the conformance runner's reading of origin units.
 */
export const UNIT_FACTORS: Record<string, [dimension: string, factor: number]> = {
  km: ['length', 1000], m: ['length', 1], dm: ['length', 0.1], cm: ['length', 0.01], mm: ['length', 0.001],
  mi: ['length', 1609.344], yd: ['length', 0.9144], ft: ['length', 0.3048], in: ['length', 0.0254],
  t: ['mass', 1e6], kg: ['mass', 1000], g: ['mass', 1], mg: ['mass', 0.001], lb: ['mass', 453.59237], oz: ['mass', 28.349523125],
  l: ['volume', 1], ml: ['volume', 0.001], hl: ['volume', 100], Mhl: ['volume', 1e8], gal: ['volume', 3.785411784],
  week: ['time', 604800], day: ['time', 86400], hour: ['time', 3600], minute: ['time', 60], second: ['time', 1],
};
