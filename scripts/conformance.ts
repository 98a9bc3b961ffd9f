/**
 * Scores the figure engine on the public conformance cases (see docs/conformance-scope.md):
 * prints, per language and per kind, cases passed / in scope. Reads
 * ../shared/conformance/figures_conformance.jsonl unless a path is given.
 * Usage: npm run conformance [-- FILE] [--failures N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { extractFigures } from '../src/core/figures/extractFigures';
import { UNIT_FACTORS } from '../src/core/figures/lexicon/unitFactors';
import type { Figure, Lang } from '../src/core/types';

interface Expected { text?: string; value: number | null; unit?: string | null; start?: number; endExclusive?: number }
interface Case { id: string; lang: Lang; kind: string; block?: string; input: string; mode: 'spans' | 'whole' | 'none'; expected: Expected[] }

const IN_SCOPE = new Set([
  'NumberModel', 'Numeral', 'PercentModel', 'CurrencyModel', 'AmountOfMoney',
  'DimensionModel', 'Distance', 'Volume', 'Quantity', 'TemperatureModel', 'Temperature',
]);

const args = process.argv.slice(2);
const failuresToShow = args.includes('--failures') ? Number(args[args.indexOf('--failures') + 1]) : 0;
const file = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--failures') ?? resolve(__dirname, '../../shared/conformance/figures_conformance.jsonl'));
if (!existsSync(file)) {
  console.error(`conformance cases not found at ${file}: pass the path to figures_conformance.jsonl`);
  process.exit(2);
}

const cases: Case[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const inScope = (c: Case) => IN_SCOPE.has(c.kind) && (c.mode === 'none' || c.expected.some((e) => typeof e.value === 'number'));
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
  if (KINDS[c.kind] && c.block !== 'latent') return figures.filter((f) => KINDS[c.kind].includes(f.kind) && (!TEMPERATURE_MODELS.has(c.kind) || TEMPERATURES.has(f.unit ?? '')) && !(c.kind === 'DimensionModel' && TEMPERATURES.has(f.unit ?? '')));
  const numbers = figures.filter((f) => f.kind !== 'date' && f.kind !== 'ordinal');
  // In `whole` mode the input is the figure, whatever it holds; in `spans` mode the number is listed.
  return c.mode === 'spans' ? numbers.map((f) => (f.number ? { ...f, span: f.number } : f)) : numbers;
}
/** Temperatures have their own model; the origins' dimension models leave them out, and it lists nothing else. */
const TEMPERATURES = new Set(['°C', '°F', '°', 'K']);
const TEMPERATURE_MODELS = new Set(['TemperatureModel', 'Temperature']);
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function passes(c: Case, figures: Figure[]): boolean {
  if (c.mode === 'none') return figures.length === 0;
  if (c.mode === 'whole') {
    const start = c.input.length - c.input.trimStart().length;
    const end = c.input.trimEnd().length;
    const f = figures[0];
    // A hedge before the figure ("around 42") is the figure's `hedge`, not part of its span; what a
    // quantity measures ("of meat") is its `noun`, where the origin names it as the product.
    const product = (c.expected[0] as { product?: string | null }).product;
    const ends = f?.span.end === end || (product != null && f?.noun?.toLowerCase() === product.toLowerCase() && c.input.slice(f.span.end, end).trim().toLowerCase() === `of ${product.toLowerCase()}`);
    return figures.length === 1 && (f.span.start === start || (f.hedge !== undefined && f.span.start > start)) && ends && same(valueIn(f, c.expected[0]), c.expected[0].value ?? NaN);
  }
  const wanted = c.expected.filter((e) => typeof e.value === 'number');
  return figures.length === wanted.length && wanted.every((e) => figures.some((f) => f.span.start === e.start && f.span.end === e.endExclusive && same(valueIn(f, e), e.value!)));
}

const table = new Map<string, { passed: number; total: number }>();
const failures: string[] = [];
const started = performance.now();
for (const c of cases.filter(inScope)) {
  let figures: Figure[];
  try {
    figures = extractFigures(c.input, c.lang);
  } catch (error) {
    figures = [];
    failures.push(`${c.id}: threw ${(error as Error).message}`);
  }
  const ok = passes(c, relevant(c, figures));
  for (const key of [`${c.lang} ${c.kind}`, `${c.lang} (all)`]) {
    const row = table.get(key) ?? { passed: 0, total: 0 };
    row.total++;
    if (ok) row.passed++;
    table.set(key, row);
  }
  if (!ok) failures.push(`${c.id} [${c.mode}] ${JSON.stringify(c.input.slice(0, 80))} expected ${JSON.stringify(c.expected.map((e) => [e.text, e.value]))} got ${JSON.stringify(figures.map((f) => [f.text, f.value]))}`);
}
const ms = performance.now() - started;

console.log(`conformance: ${cases.length} cases, ${cases.filter(inScope).length} in scope (docs/conformance-scope.md)\n`);
console.log('lang kind                          passed / in scope');
for (const [key, { passed, total }] of [...table.entries()].sort()) {
  console.log(`${key.padEnd(34)} ${String(passed).padStart(5)} / ${String(total).padEnd(5)} ${((100 * passed) / total).toFixed(1)}%`);
}
console.log(`\n${cases.length} cases read in ${ms.toFixed(0)} ms`);
if (failuresToShow > 0) console.log('\nfirst failures:\n' + failures.slice(0, failuresToShow).join('\n'));
