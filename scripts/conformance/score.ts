/**
 * Scores figure extraction on the public conformance cases, with the scope rules of
 * docs/conformance-scope.md: per language and origin model (`kind`), cases passed / in scope.
 * The same rules for every language; a case file is one JSON object a line.
 */
import { packFor } from '../../src/core/figures/lang';
import { UNIT_FACTORS } from '../../src/core/figures/lexicon/unitFactors';
import type { Figure, Lang } from '../../src/core/types';

export interface Expected { text?: string; value: number | null; unit?: string | null; start?: number; endExclusive?: number; product?: string | null }
export interface Case { id: string; lang: string; kind: string; block?: string; input: string; mode: 'spans' | 'whole' | 'none'; expected: Expected[] }
export interface Tally { passed: number; inScope: number }
/** lang -> kind -> tally; `(all)` sums a language's kinds. */
export type Table = Record<string, Record<string, Tally>>;
export type Extract = (text: string, lang: Lang) => Figure[];

export const ALL = '(all)';

const IN_SCOPE = new Set([
  'NumberModel', 'Numeral', 'PercentModel', 'CurrencyModel', 'AmountOfMoney',
  'DimensionModel', 'Distance', 'Volume', 'Quantity', 'TemperatureModel', 'Temperature',
]);

export const inScope = (c: Case) => IN_SCOPE.has(c.kind) && (c.mode === 'none' || c.expected.some((e) => typeof e.value === 'number'));

/**
 * A typed origin model lists only figures of its own type; the engine reads every figure. So for
 * those models only the engine's figures of the matching kind are compared (docs/conformance-scope.md).
 */
const KINDS: Record<string, string[]> = {
  CurrencyModel: ['money'], AmountOfMoney: ['money'],
  PercentModel: ['percent'],
  DimensionModel: ['quantity'], Distance: ['quantity'], Volume: ['quantity'], Quantity: ['quantity'],
  TemperatureModel: ['quantity'], Temperature: ['quantity'],
};
/** The units the origins name, as the engine's unit symbols (whose factors the core keeps). */
const ORIGIN_UNITS: Record<string, string> = {
  gram: 'g', kilogram: 'kg', milligram: 'mg', pound: 'lb', ounce: 'oz', metre: 'm', meter: 'm', kilometre: 'km', kilometer: 'km',
  centimetre: 'cm', centimeter: 'cm', millimetre: 'mm', millimeter: 'mm', inch: 'in', foot: 'ft', yard: 'yd', mile: 'mi',
  litre: 'l', liter: 'l', millilitre: 'ml', milliliter: 'ml', hectolitre: 'hl', hectoliter: 'hl', gallon: 'gal',
};
/** Temperatures have their own model; the origins' dimension models leave them out, and it lists nothing else. */
const TEMPERATURES = new Set(['°C', '°F', '°', 'K']);
const TEMPERATURE_MODELS = new Set(['TemperatureModel', 'Temperature']);
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/**
 * The engine keeps values as written ("0.5 kg" is 0.5 kg); an origin may report them in another
 * unit of the same dimension (Duckling: 500 Gram). Then the engine's value is read in the origin's unit.
 */
function valueIn(f: Figure, e: Expected): number {
  const from = f.unit ? UNIT_FACTORS[f.unit] : undefined;
  const to = e.unit ? UNIT_FACTORS[ORIGIN_UNITS[e.unit.toLowerCase()] ?? ''] : undefined;
  return from && to && from[0] === to[0] ? (f.value * from[1]) / to[1] : f.value;
}

/**
 * Which of the engine's figures a case compares, and by which span (docs/conformance-scope.md):
 * - a typed model lists only its own type, so only figures of the matching kind count; its latent
 *   cases (Duckling's bare numbers, unit "Unnamed") are numbers and compare as a number model;
 * - a number model lists the number inside each figure ("$20" -> "20") and has no dates or
 *   ordinals (the origins have separate models for those).
 */
function relevant(c: Case, figures: Figure[]): Figure[] {
  if (KINDS[c.kind] && c.block !== 'latent') {
    const isTemperature = (f: Figure) => TEMPERATURES.has(f.unit ?? '');
    return figures.filter((f) => KINDS[c.kind].includes(f.kind) && (!TEMPERATURE_MODELS.has(c.kind) || isTemperature(f)) && !(c.kind === 'DimensionModel' && isTemperature(f)));
  }
  const numbers = figures.filter((f) => f.kind !== 'date' && f.kind !== 'ordinal');
  // In `whole` mode the input is the figure, whatever it holds; in `spans` mode the number is listed.
  return c.mode === 'spans' ? numbers.map((f) => (f.number ? { ...f, span: f.number } : f)) : numbers;
}

function passesWhole(c: Case, figures: Figure[]): boolean {
  const start = c.input.length - c.input.trimStart().length;
  const end = c.input.trimEnd().length;
  const f = figures[0];
  if (figures.length !== 1) return false;
  // A hedge before the figure ("around 42") is the figure's `hedge`, not part of its span; what a
  // quantity measures ("of meat") is its `noun`, where the origin names it as the product.
  const product = c.expected[0].product?.toLowerCase();
  // "of" in the case's own language: "2 tasses de café".
  const of = packFor(c.lang as Lang).productOf ?? 'of';
  const ends = f.span.end === end || (product != null && f.noun?.toLowerCase() === product && c.input.slice(f.span.end, end).trim().toLowerCase() === `${of} ${product}`);
  return (f.span.start === start || (f.hedge !== undefined && f.span.start > start)) && ends && same(valueIn(f, c.expected[0]), c.expected[0].value ?? NaN);
}

/** Whether the figures read from a case's input are what the case expects (mode by mode). */
export function passes(c: Case, figures: Figure[]): boolean {
  if (c.mode === 'none') return figures.length === 0;
  if (c.mode === 'whole') return passesWhole(c, figures);
  const wanted = c.expected.filter((e) => typeof e.value === 'number');
  return figures.length === wanted.length && wanted.every((e) => figures.some((f) => f.span.start === e.start && f.span.end === e.endExclusive && same(valueIn(f, e), e.value!)));
}

export function parseCases(jsonl: string): Case[] {
  return jsonl.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Case);
}

/** The table of passed / in-scope counts, and a line for every failing case. */
export function score(cases: Case[], extract: Extract): { table: Table; failures: string[] } {
  const table: Table = {};
  const failures: string[] = [];
  for (const c of cases.filter(inScope)) {
    let figures: Figure[] = [];
    try {
      figures = extract(c.input, c.lang as Lang);
    } catch (error) {
      failures.push(`${c.id}: threw ${(error as Error).message}`);
    }
    const ok = passes(c, relevant(c, figures));
    const kinds = (table[c.lang] ??= {});
    for (const kind of [c.kind, ALL]) {
      const tally = (kinds[kind] ??= { passed: 0, inScope: 0 });
      tally.inScope++;
      if (ok) tally.passed++;
    }
    if (!ok) failures.push(`${c.id} [${c.mode}] ${JSON.stringify(c.input.slice(0, 80))} expected ${JSON.stringify(c.expected.map((e) => [e.text, e.value]))} got ${JSON.stringify(figures.map((f) => [f.text, f.value]))}`);
  }
  return { table, failures };
}
