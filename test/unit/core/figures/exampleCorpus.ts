/**
 * Inline-expectation example corpora for the figure engine, in the manner of Duckling's corpora and
 * markdownlint's inline expectations. One example a line; `#` starts a comment line; blank lines
 * are ignored. Every figure the engine must read is marked where it is written:
 *
 *     She wanted to drop [25 pounds]{25 lb quantity} before the race.
 *     Mehr als [120.000]{120000 count hedge=more-than} Zivilisten.
 *
 * Inside the braces: the value first (a number, or `a/b`, or `a+b/c` for fractions), then the
 * unit and the kind (either may be left out; a lone word that is a kind is the kind; `unit=` and
 * `kind=` say it outright), then `key=value` tokens. The bracketed text must be the figure's
 * `text`, at the same place. A line without marks asserts that it holds no figure. What is
 * asserted, so that a wrong extra reading fails as surely as a missing one:
 * - every figure the engine reads is marked, and every mark is read: none missing, none extra;
 * - value and unit always (no unit given: the figure has none);
 * - the hedge always (`hedge=more-than`; none given: the figure has none);
 * - the kind, `noun=`, `scale=` and `subject=` when given (`noun=-`, `scale=-`, `subject=-` assert there
 *   is none); `subject=` is the concept the figure counts, shared across languages (`person`, `age`).
 */
import type { Figure, FigureKind } from '../../../../src/core/types';

export const KINDS: ReadonlySet<string> = new Set<FigureKind>(['count', 'percent', 'money', 'quantity', 'duration', 'date', 'year', 'ordinal', 'vague']);
const KEYS = new Set(['unit', 'kind', 'hedge', 'noun', 'scale', 'subject']);

/** One expected figure: where it is written in the plain line, and what it must read as. */
export interface Mark {
  text: string;
  start: number;
  value: number;
  /** The expectation as written between the braces, for messages. */
  spec: string;
  unit?: string;
  kind?: string;
  hedge?: string;
  /** `null` when `noun=-` asserts there is none. */
  noun?: string | null;
  scale?: number | null;
  /** The concept counted; `null` when `subject=-` asserts there is none. */
  subject?: string | null;
}

export interface Example {
  /** The line with the marks taken out: what the engine reads. */
  plain: string;
  marks: Mark[];
}

const MARK_RE = /\[([^\]]+)\]\{([^}]*)\}/g;

/** The example a line holds, or undefined for a comment or a blank line. Throws on a malformed mark. */
export function parseExampleLine(line: string): Example | undefined {
  if (line.trim() === '' || line.trimStart().startsWith('#')) return undefined;
  const marks: Mark[] = [];
  let plain = '';
  let last = 0;
  for (const m of line.matchAll(MARK_RE)) {
    plain += line.slice(last, m.index);
    marks.push(parseMark(m[1], m[2], plain.length));
    plain += m[1];
    last = m.index + m[0].length;
  }
  plain += line.slice(last);
  if (/\]\{/.test(plain)) throw new Error(`a mark that is not "[text]{value unit kind}": ${line}`);
  return { plain, marks };
}

function parseMark(text: string, spec: string, start: number): Mark {
  const [valueToken, ...rest] = spec.trim().split(/\s+/);
  const mark: Mark = { text, start, value: parseValue(valueToken, spec), spec };
  const positional: string[] = [];
  for (const token of rest) {
    const eq = token.indexOf('=');
    if (eq < 0) {
      positional.push(token);
      continue;
    }
    const key = token.slice(0, eq);
    const value = token.slice(eq + 1);
    if (!KEYS.has(key)) throw new Error(`unknown key "${key}" in {${spec}}`);
    if (key === 'scale') mark.scale = value === '-' ? null : parseValue(value, spec);
    else if (key === 'noun') mark.noun = value === '-' ? null : value;
    else if (key === 'subject') mark.subject = value === '-' ? null : value;
    else if (key === 'hedge') mark.hedge = value === '-' ? undefined : value;
    else mark[key as 'unit' | 'kind'] = value;
  }
  if (positional.length > 2) throw new Error(`more than a unit and a kind in {${spec}}`);
  // "{2022 year}" is the kind year; "{2 year duration}" the unit year of a duration.
  if (positional.length === 2) [mark.unit, mark.kind] = positional;
  else if (positional.length === 1 && KINDS.has(positional[0])) mark.kind = positional[0];
  else if (positional.length === 1) mark.unit = positional[0];
  if (mark.kind !== undefined && !KINDS.has(mark.kind)) throw new Error(`unknown kind "${mark.kind}" in {${spec}}`);
  return mark;
}

/** "12.5", "-2", "1.3e6", "2/3", "5+2/12": a number, or a sum of fractions, as rows of the old tables wrote them. */
function parseValue(token: string | undefined, spec: string): number {
  if (!token) throw new Error(`no value in {${spec}}`);
  const value = token.split(/(?<=\d)\+/).reduce((sum, term) => {
    const [num, den] = term.split('/');
    return sum + Number(num) / (den === undefined ? 1 : Number(den));
  }, 0);
  if (!Number.isFinite(value)) throw new Error(`value "${token}" is no number in {${spec}}`);
  return value;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** A figure as a mark, so a message shows what to write (or what was read instead). */
export function asMark(f: Figure): string {
  const parts = [String(f.value), f.unit, f.kind, f.hedge && `hedge=${f.hedge}`].filter(Boolean);
  return `[${f.text}]{${parts.join(' ')}}`;
}

/** What is wrong with the figures read from an example: one message per missing, extra or misread figure. */
export function checkExample(example: Example, figures: Figure[]): string[] {
  const problems: string[] = [];
  const matched = new Set<Figure>();
  for (const mark of example.marks) {
    const figure = figures.find((f) => f.span.start === mark.start && f.text === mark.text);
    if (!figure) {
      problems.push(`missing [${mark.text}]{${mark.spec}} (read: ${figures.map(asMark).join(' ') || 'no figure'})`);
      continue;
    }
    matched.add(figure);
    const wrong = misread(mark, figure);
    if (wrong.length > 0) problems.push(`[${mark.text}]{${mark.spec}} read as ${asMark(figure)}: ${wrong.join(', ')}`);
  }
  for (const f of figures) if (!matched.has(f)) problems.push(`extra figure ${asMark(f)} at ${f.span.start}`);
  return problems;
}

function misread(mark: Mark, f: Figure): string[] {
  const wrong: string[] = [];
  if (!same(f.value, mark.value)) wrong.push(`value ${f.value}, expected ${mark.value}`);
  if (f.unit !== mark.unit) wrong.push(`unit ${f.unit ?? 'none'}, expected ${mark.unit ?? 'none'}`);
  if (mark.kind !== undefined && f.kind !== mark.kind) wrong.push(`kind ${f.kind}, expected ${mark.kind}`);
  if (f.hedge !== mark.hedge) wrong.push(`hedge ${f.hedge ?? 'none'}, expected ${mark.hedge ?? 'none'}`);
  if (mark.noun !== undefined && (f.noun ?? null) !== mark.noun) wrong.push(`noun ${f.noun ?? 'none'}, expected ${mark.noun ?? 'none'}`);
  if (mark.scale !== undefined && (f.scale ?? null) !== mark.scale) wrong.push(`scale ${f.scale ?? 'none'}, expected ${mark.scale ?? 'none'}`);
  if (mark.subject !== undefined && (f.subject ?? null) !== mark.subject) wrong.push(`subject ${f.subject ?? 'none'}, expected ${mark.subject ?? 'none'}`);
  return wrong;
}
