/**
 * The benchmark's two inline formats (bench/accuracy/README.md):
 * - articles mark each figure a careful reader would check as `[text]{VALUE UNIT? KIND? subject=X}`;
 * - drafts mark each planted error with `<!-- planted: TEXT -->` right after its sentence.
 * Both are read here into plain text plus spans into that text, so the engine sees what a writer sees.
 */
import type { FigureKind, Span } from '../../src/core/types';

export const KINDS: readonly FigureKind[] = ['count', 'percent', 'money', 'quantity', 'duration', 'date', 'year', 'ordinal', 'vague'];

export interface Mark {
  /** Where the marked text stands in the stripped text. */
  span: Span;
  text: string;
  value: number;
  unit?: string;
  kind?: FigureKind;
  subject?: string;
  /** 1-based line in the file (marks never span lines, so stripped and marked files share lines). */
  line: number;
}

export interface Annotated {
  plain: string;
  marks: Mark[];
  /** Marks that could not be read, with the line and why: data errors to fix in the corpus. */
  errors: Array<{ line: number; message: string }>;
}

const MARK = /\[([^\]\n]+)\]\{([^}\n]*)\}/g;

/** Strips the marks of an annotated article, keeping what each one says about its figure. */
export function parseAnnotated(text: string): Annotated {
  const marks: Mark[] = [];
  const errors: Annotated['errors'] = [];
  let plain = '';
  let last = 0;
  let line = 1;
  for (const m of text.matchAll(MARK)) {
    const before = text.slice(last, m.index);
    line += countNewlines(before);
    plain += before;
    const start = plain.length;
    plain += m[1];
    last = m.index + m[0].length;
    const parsed = parseBody(m[2]);
    if (typeof parsed === 'string') errors.push({ line, message: `${m[0]}: ${parsed}` });
    else marks.push({ span: { start, end: plain.length }, text: m[1], line, ...parsed });
  }
  plain += text.slice(last);
  return { plain, marks, errors };
}

/**
 * `VALUE UNIT? KIND? key=value...`. Bare tokens are positional: with two, the unit then the kind
 * ("75 year duration": `year` is both a unit and a kind); with one, a kind name is the kind.
 */
function parseBody(body: string): Omit<Mark, 'span' | 'text' | 'line'> | string {
  const [first, ...rest] = body.trim().split(/\s+/);
  const value = Number(first);
  if (first === undefined || first === '' || !Number.isFinite(value)) return `the value "${first ?? ''}" is not a number`;
  const mark: Omit<Mark, 'span' | 'text' | 'line'> = { value };
  const bare: string[] = [];
  for (const token of rest) {
    const kv = /^(\w+)=(.+)$/.exec(token);
    if (!kv) bare.push(token);
    else if (kv[1] === 'subject') mark.subject = kv[2];
    else return `unknown attribute "${kv[1]}"`;
  }
  if (bare.length > 2) return `too many words (${bare.join(' ')}): VALUE UNIT? KIND? subject=X`;
  const isKind = (t: string) => (KINDS as readonly string[]).includes(t);
  if (bare.length === 2) {
    if (!isKind(bare[1])) return `"${bare[1]}" is not a kind (${KINDS.join(', ')})`;
    [mark.unit, mark.kind] = [bare[0], bare[1] as FigureKind];
  } else if (bare.length === 1) {
    if (isKind(bare[0])) mark.kind = bare[0] as FigureKind;
    else mark.unit = bare[0];
  }
  return mark;
}

export interface Planted {
  /** The wrong figure as written in the draft. */
  text: string;
  span: Span;
  line: number;
}

const PLANTED = /<!--\s*planted:\s*([\s\S]*?)\s*-->/g;

/**
 * The planted errors of a draft. Each comment names the wrong figure as written; it is the last
 * occurrence of that text before the comment (the comment follows its sentence) that stands on
 * its own: not inside a longer number or word ("13" in "2013") nor in a citation ("2" in "para. 2").
 */
export function parsePlanted(text: string): { planted: Planted[]; errors: Array<{ line: number; message: string }> } {
  const planted: Planted[] = [];
  const errors: Array<{ line: number; message: string }> = [];
  const citations = [...text.matchAll(/\[[^\]]*@[^\]]*\]/g)].map((c) => ({ start: c.index, end: c.index + c[0].length }));
  for (const m of text.matchAll(PLANTED)) {
    const line = countNewlines(text.slice(0, m.index)) + 1;
    const start = m[1] === '' ? -1 : lastStandalone(text, m[1], m.index, citations);
    if (start < 0) errors.push({ line, message: `planted "${m[1]}" is not written before its comment` });
    else planted.push({ text: m[1], span: { start, end: start + m[1].length }, line: countNewlines(text.slice(0, start)) + 1 });
  }
  return { planted, errors };
}

function lastStandalone(text: string, needle: string, before: number, citations: Span[]): number {
  const glued = /[\p{L}\p{N}]/u;
  for (let at = text.lastIndexOf(needle, before - needle.length); at >= 0; at = text.lastIndexOf(needle, at - 1)) {
    const span = { start: at, end: at + needle.length };
    const onItsOwn = !glued.test(text[at - 1] ?? '') && !glued.test(text[span.end] ?? '');
    if (onItsOwn && !citations.some((c) => overlaps(c, span))) return at;
    if (at === 0) break;
  }
  return -1;
}

/** Words a reader reads: HTML comments and citations left out. */
export function countWords(markdown: string): number {
  const prose = markdown.replace(/<!--[\s\S]*?-->/g, ' ').replace(/\[[^\]]*@[^\]]*\]/g, ' ');
  return prose.match(/[\p{L}\p{N}][\p{L}\p{N}.,'’-]*/gu)?.length ?? 0;
}

export function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
