import type { FigureKind } from '../types';
import type { LanguagePack } from './lang/pack';

export interface UnitSense {
  unit: string;
  kind: FigureKind;
}

interface UnitTable {
  senses: Map<string, UnitSense>;
  /**
   * A unit right after a number (optional space, or a hyphen as in "20-kilometre"). Longest forms
   * first, so "km/h" wins over "km" and "degrees celsius" over "degrees". A unit must not run on
   * into a word ("12 min" is a unit; "12 minister" is not).
   */
  re: RegExp;
}

const TABLES = new WeakMap<LanguagePack, UnitTable>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');

function table(pack: LanguagePack): UnitTable {
  let t = TABLES.get(pack);
  if (t) return t;
  const senses = new Map<string, UnitSense>();
  for (const [forms, unit, kind] of pack.units) for (const form of forms) if (!senses.has(form)) senses.set(form, { unit, kind });
  const forms = [...senses.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  // A letter before an apostrophe is an elided word, no unit: "7 l'an dernier", "5 m'a dit".
  t = { senses, re: new RegExp(String.raw`[\s\u00a0\u202f\u2009-]?(${forms})(?![\p{L}\p{N}]|['’]\p{L})`, 'iuy') };
  TABLES.set(pack, t);
  return t;
}

/** The unit written right at `at` in the pack's language: [whole match, form]. */
export function unitMatch(text: string, at: number, pack: LanguagePack): RegExpExecArray | null {
  const re = table(pack).re;
  re.lastIndex = at;
  return re.exec(text);
}

/** What a unit form means, whatever its case and spacing ("Square  Kilometres"). */
export function unitSense(form: string, pack: LanguagePack): UnitSense | undefined {
  return table(pack).senses.get(form.toLowerCase().replace(/\s+/g, ' '));
}

/** The unit at `at` with its sense and where it ends. */
export function unitAfter(text: string, at: number, pack: LanguagePack): { form: string; whole: string; end: number; sense: UnitSense } | undefined {
  const u = unitMatch(text, at, pack);
  const sense = u ? unitSense(u[1], pack) : undefined;
  return u && sense ? { form: u[1], whole: u[0], end: at + u[0].length, sense } : undefined;
}
