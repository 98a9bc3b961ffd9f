import type { Hedge } from '../types';
import { isJsSpace, isLetter } from './chars';
import type { LanguagePack } from './lang/pack';
import { escapeRegex } from './words';

interface HedgeTable {
  byForm: Map<string, Hedge>;
  /**
   * The pattern of the forms that end in each run of letters ("than": "more than", "less than"),
   * lower case; '' for those that end in none ("ca.", "~"). The text before a number ends in one
   * run, and only forms ending in it can match there: a short alternation instead of all forms.
   */
  byLastRun: Map<string, RegExp>;
  /** The length and lower-case first letter of each run of `byLastRun` (see runShape): most words before a number have no hedge's. */
  shapes: Set<number>;
}
const runShape = (s: string, from: number, to: number) => (to - from) * 128 + (s.charCodeAt(from) | 32);
const TABLES = new WeakMap<LanguagePack, HedgeTable>();
const escape = (s: string) => escapeRegex(s).replace(/ /g, '\\s+');

function table(pack: LanguagePack): HedgeTable {
  let t = TABLES.get(pack);
  if (t) return t;
  const forms = pack.hedges.flatMap(([list, hedge]) => list.map((form) => [form, hedge] as const)).sort((a, b) => b[0].length - a[0].length);
  const byLastRun = new Map<string, RegExp>();
  for (const run of new Set(forms.map(([f]) => lastRun(f.toLowerCase())))) {
    const ending = forms.filter(([f]) => lastRun(f.toLowerCase()) === run);
    byLastRun.set(run, new RegExp(String.raw`(?<![\p{L}~])(${ending.map(([f]) => escape(f)).join('|')})\s*$`, 'iu'));
  }
  t = { byForm: new Map(forms), byLastRun, shapes: new Set([...byLastRun.keys()].filter((run) => run !== '').map((run) => runShape(run, 0, run.length))) };
  TABLES.set(pack, t);
  return t;
}

/** The hedge of the pack's language that ends right before `start`, if any, with where it begins. */
export function hedgeBefore(text: string, start: number, pack: LanguagePack): { hedge: Hedge; start: number } | undefined {
  // A figure asks twice (for its sign and for its hedge): the last answer is kept.
  if (text === last.text && start === last.start && pack === last.pack) return last.found;
  const found = readHedgeBefore(text, start, pack);
  last.text = text;
  last.start = start;
  last.pack = pack;
  last.found = found;
  return found;
}
const last: { text?: string; start: number; pack?: LanguagePack; found?: { hedge: Hedge; start: number } } = { start: -1 };

/** Lets go of the last text read, so a large document is not kept alive after its scan. */
export function forgetHedge(): void {
  last.text = undefined;
  last.found = undefined;
  last.start = -1;
}

function readHedgeBefore(text: string, start: number, pack: LanguagePack): { hedge: Hedge; start: number } | undefined {
  // A hedge is a word before a space; checking the space first keeps dense number runs cheap.
  const previous = text.charCodeAt(start - 1);
  if (!(previous === 32 || previous === 0xa0 || previous === 126 || (previous >= 9 && previous <= 13))) return undefined;
  // A hedge ends in a letter, a dot ("ca.") or "~" before the space: a number or a comma there
  // (dense lists, "1 000 2 000") rules one out without running the pattern.
  let before = start - 1;
  while (before > 0 && isJsSpace(text.charCodeAt(before))) before--;
  const c = text.charCodeAt(before);
  if (c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 126)) return undefined;
  const { byLastRun, byForm, shapes } = table(pack);
  // A hedge ending in letters ends in a whole word ("than"): most words before a number are none.
  const run = isLetter(text[before]) ? lastRunBefore(text, before + 1, shapes) : '';
  const re = run === undefined ? undefined : byLastRun.get(run);
  if (!re) return undefined;
  const window = text.slice(Math.max(0, start - 24), start);
  const match = re.exec(window);
  if (!match) return undefined;
  const hedge = byForm.get(match[1].toLowerCase().replace(/\s+/g, ' '));
  return hedge ? { hedge, start: start - window.length + match.index } : undefined;
}

/**
 * The run of letters that ends at `end`, lower case, as `lastRun` reads it in the lower-cased 25
 * characters before `end`: read in place where the run and the character before it are ASCII
 * (lower-casing changes neither then), else as `lastRun` does. Undefined for an ASCII run whose
 * shape no run of a hedge has (no hedge ends in it), without a lower-cased copy.
 */
function lastRunBefore(text: string, end: number, shapes: ReadonlySet<number>): string | undefined {
  const from = Math.max(0, end - 25);
  let i = end;
  for (let c = text.charCodeAt(i - 1); i > from && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)); c = text.charCodeAt(--i - 1));
  if (i === from || text.charCodeAt(i - 1) < 128) return i < end && !shapes.has(runShape(text, i, end)) ? undefined : text.slice(i, end).toLowerCase();
  return lastRun(text.slice(from, end).toLowerCase());
}

/** The run of letters a string ends with ("than" of "more than", "" of "ca."). */
function lastRun(s: string): string {
  let i = s.length;
  while (i > 0 && isLetter(s[i - 1])) i--;
  return s.slice(i);
}
