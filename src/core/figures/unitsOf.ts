import type { FigureKind } from '../types';
import type { LanguagePack } from './lang/pack';
import { escapeRegex } from './words';

export interface UnitSense {
  unit: string;
  kind: FigureKind;
}

interface UnitTable {
  senses: Map<string, UnitSense>;
  /** The sense of each form asked, as written (null: none). */
  asked: Map<string, UnitSense | null>;
  /**
   * A unit right after a number (optional space, or a hyphen as in "20-kilometre"). Longest forms
   * first, so "km/h" wins over "km" and "degrees celsius" over "degrees". A unit must not run on
   * into a word ("12 min" is a unit; "12 minister" is not).
   */
  re: RegExp;
  /** The cheap first test before `re` (see mayStartUnit); undefined where it cannot be exact. */
  lead?: UnitLead;
  /** The forms, longest first, escaped: `re` over some of them is `byRun`'s. */
  forms: string[];
  /**
   * `re` over only the forms whose leading run of ASCII letters is a run (lower case): where the
   * text has that run, ended by an ASCII character, no other form can match (see mayStartUnit), so
   * the short alternation finds what the long one would, and irregexp tries each alternative.
   */
  byRun: Map<string, RegExp>;
}

/**
 * What a unit form can start with, to rule most words after a number out without running the
 * long alternation: the leading runs of ASCII letters of the forms, lower case ("km" of "km/h",
 * "degrees" of "degrees celsius"), and, for forms that start with no ASCII letter ("%", "°C",
 * "µg"), which ASCII characters their first character matches under the pattern's flags.
 */
interface UnitLead {
  runs: ReadonlySet<string>;
  otherFirst: Uint8Array;
}

const TABLES = new WeakMap<LanguagePack, UnitTable>();
const escape = (s: string) => escapeRegex(s).replace(/ /g, '\\s+');

function table(pack: LanguagePack): UnitTable {
  let t = TABLES.get(pack);
  if (t) return t;
  const senses = new Map<string, UnitSense>();
  for (const [forms, unit, kind] of pack.units) for (const form of forms) if (!senses.has(form)) senses.set(form, { unit, kind });
  const forms = [...senses.keys()].sort((a, b) => b.length - a.length);
  t = { senses, asked: new Map(), re: unitRegex(forms), lead: leadOf([...senses.keys()]), forms, byRun: new Map() };
  TABLES.set(pack, t);
  return t;
}

/** The pattern of a unit after a number, over `forms` in their order. */
function unitRegex(forms: readonly string[]): RegExp {
  // A letter before an apostrophe is an elided word, no unit: "7 l'an dernier", "5 m'a dit".
  return new RegExp(String.raw`[\s\u00a0\u202f\u2009-]?(${forms.map(escape).join('|') || '(?!)'})(?![\p{L}\p{N}]|['’]\p{L})`, 'iuy');
}

/** `re` over the forms that lead with the run of ASCII letters from `from` to `end` (see UnitTable.byRun). */
function runRegex(t: UnitTable, text: string, from: number, end: number): RegExp {
  const run = text.slice(from, end).toLowerCase();
  let re = t.byRun.get(run);
  if (!re) {
    re = unitRegex(t.forms.filter((f) => f.slice(0, asciiLetterRunEnd(f, 0)).toLowerCase() === run));
    // The runs are the pack's own (mayStartUnit let only those through): the map stays small.
    t.byRun.set(run, re);
  }
  return re;
}

function leadOf(forms: string[]): UnitLead | undefined {
  // The Kelvin sign and the long s match ASCII letters under case folding: the test would not be exact.
  if (forms.some((f) => /[\u212a\u017f]/.test(f))) return undefined;
  const runs = new Set<string>();
  const firsts: string[] = [];
  for (const form of forms) {
    const run = asciiLetterRunEnd(form, 0);
    if (run > 0) runs.add(form.slice(0, run).toLowerCase());
    else firsts.push(escape(String.fromCodePoint(form.codePointAt(0)!)));
  }
  const first = new RegExp(`^(?:${firsts.join('|') || '(?!)'})`, 'iu');
  const otherFirst = new Uint8Array(128);
  for (let c = 0; c < 128; c++) otherFirst[c] = first.test(String.fromCharCode(c)) ? 1 : 0;
  return { runs, otherFirst };
}

function asciiLetterRunEnd(s: string, at: number): number {
  let i = at;
  for (let c = s.charCodeAt(i); (c >= 65 && c <= 90) || (c >= 97 && c <= 122); c = s.charCodeAt(++i));
  return i;
}

/**
 * Could a unit form start at `from`? No, when the run of ASCII letters there, ended by an ASCII
 * character, is the leading run of no form: a form that matched would have to read exactly that
 * run (an ASCII letter of a form matches only ASCII letters, and a form ending inside the run
 * fails the pattern's look-ahead). A run ended by a character beyond ASCII, or none, is left to the pattern.
 */
function mayStartUnit(text: string, from: number, lead: UnitLead): boolean {
  const end = asciiLetterRunEnd(text, from);
  const after = text.charCodeAt(end);
  if (after > 127) return true;
  if (end > from) return lead.runs.has(text.slice(from, end).toLowerCase());
  // No letter there: a form starting with a sign or a letter beyond ASCII; the end of the text starts none.
  return end < text.length && lead.otherFirst[after] === 1;
}

/** The unit written right at `at` in the pack's language: [whole match, form]. */
export function unitMatch(text: string, at: number, pack: LanguagePack): RegExpExecArray | null {
  const t = table(pack);
  if (t.lead && !mayStartAt(text, at, t.lead)) return null;
  const re = t.lead ? narrowed(t, text, at, t.lead) : t.re;
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * The pattern to run at `at`: over the forms of one leading run where only those can match
 * there, a run of ASCII letters ended by an ASCII character right at `at` (a letter), or right
 * after an ASCII space or hyphen at `at` with which no form starts; else the whole pattern.
 */
function narrowed(t: UnitTable, text: string, at: number, lead: UnitLead): RegExp {
  const c = text.charCodeAt(at);
  const separator = c === 32 || (c >= 9 && c <= 13) || c === 45;
  if (separator && lead.otherFirst[c] === 1) return t.re;
  const from = separator ? at + 1 : at;
  const end = asciiLetterRunEnd(text, from);
  if (end === from || text.charCodeAt(end) > 127) return t.re;
  return runRegex(t, text, from, end);
}

/** The pattern starts with an optional space or hyphen: a form may start right after it, or at `at`. */
function mayStartAt(text: string, at: number, lead: UnitLead): boolean {
  const c = text.charCodeAt(at);
  if (c > 127 && c !== 0xa0 && c !== 0x202f && c !== 0x2009) return true;
  const separator = c === 32 || (c >= 9 && c <= 13) || c === 45 || c > 127;
  return (separator && mayStartUnit(text, at + 1, lead)) || mayStartUnit(text, at, lead);
}

/** What a unit form means, whatever its case and spacing ("Square  Kilometres"). */
export function unitSense(form: string, pack: LanguagePack): UnitSense | undefined {
  // Each figure's unit is asked several times (its kind, pounds, rates, ranges): the answer is kept by the form as written.
  const t = table(pack);
  let sense = t.asked.get(form);
  if (sense === undefined) {
    sense = t.senses.get(form.toLowerCase().replace(/\s+/g, ' ')) ?? null;
    if (t.asked.size >= MAX_ASKED) t.asked.clear();
    t.asked.set(form, sense);
  }
  return sense ?? undefined;
}
/** Unit forms remembered a pack, as written: the forms and their cases in use, bounded for a hostile input. */
const MAX_ASKED = 10_000;

/** The unit at `at` with its sense and where it ends. */
export function unitAfter(text: string, at: number, pack: LanguagePack): { form: string; whole: string; end: number; sense: UnitSense } | undefined {
  const u = unitMatch(text, at, pack);
  const sense = u ? unitSense(u[1], pack) : undefined;
  return u && sense ? { form: u[1], whole: u[0], end: at + u[0].length, sense } : undefined;
}
