import type { Figure } from '../types';
import { classAt, classBefore, isAsciiLetter, isDigitCode, isHighSurrogate, isJsSpace, isLowSurrogate, LETTER } from './chars';
import { AGE, conceptChain, DAY, PERSON } from './lang/common/concepts';
import type { ConceptWords, LanguagePack } from './lang/pack';
import { letterLength, mayEndListWordBefore } from './nearWords';
import { characterEnd } from './tokenStart';
import { collapseSpaces } from './words';

/** Patterns with Unicode classes, compiled once: the bundle builds an inline literal of them anew at every call. */
const SHORT_WORD_RE = /^\p{L}{1,4}$/u;

/**
 * What a figure counts or measures, read from the words around it, in any language: a pack's
 * concept words after the figure ("76,000 people", "six new reactors", "40 percent of voters",
 * "8 months after the attack"), an age lead before it ("aged 75", "im Alter von 28, 56 und 78
 * Jahren", "âgé de 45 ans") or after it ("a 17-year-old"), and a fall ("fell 3.8 percent",
 * "um 3,8 Prozent gesunken"). It reads only a figure's span and the text around it, so it
 * holds whatever reads the figures.
 */
export function withSubjects(text: string, figures: Figure[], pack: LanguagePack): Figure[] {
  const words = pack.concepts;
  let previous: Figure | undefined;
  for (const figure of figures) {
    // Days counted (context/daysCounted) are days whatever follows them ("96 days of hearings").
    if (countsSomething(figure.kind) && figure.subject !== DAY) {
      // An age lead decides; then a noun after the figure; then the age of a list it is in.
      const age = isAge(text, figure, words) || personOfYears(text, figure, pack);
      const named = age ? undefined : namedAfter(text, figure.span.end, pack) ?? (figure.kind === 'percent' ? namedBefore(text, figure.span.start, pack) : undefined);
      if (named) [figure.subject, figure.subjectWord] = named;
      else if (age || (previous?.subject === AGE && listedAfter(text, previous, figure))) figure.subject = AGE;
    }
    if (figure.kind !== 'date' && figure.kind !== 'year' && figure.kind !== 'ordinal' && isFall(text, figure, pack)) figure.change = 'fall';
    previous = figure;
  }
  return figures;
}

/**
 * The kinds of figure that count something a noun names. A money sum or a measure says what it
 * measures by its unit; the words after it name what it is for ("€2 billion for defence", "8,400
 * kWh a year"), which a translation words freely.
 */
function countsSomething(kind: Figure['kind']): boolean {
  switch (kind) {
    case 'count':
    case 'percent':
    case 'duration':
    case 'vague':
      return true;
    default:
      return false;
  }
}

/** How far around a figure its words are read: a few words, never past its sentence. */
const READ_AHEAD = 64;
const MAX_WORDS = 3;

/** The concept the words after `end` name, if any ("von drei Wählern" -> "voter"). */
export function conceptAfter(text: string, end: number, pack: LanguagePack): string | undefined {
  return namedAfter(text, end, pack)?.[0];
}

/**
 * The concept the first few words after `end` name, and its word; undefined at a clause's end.
 * English and French put a noun's modifiers before it as nouns too ("House seats", "power
 * plants"): the last of a run of concept words is the one counted.
 */
function namedAfter(text: string, end: number, pack: LanguagePack): [string, string] | undefined {
  const words = pack.concepts;
  let content = 0;
  let found: [string, string] | undefined;
  let afterLink = false;
  // The tokens of WORD in the READ_AHEAD characters after `end`, read in place (see nextToken): `[\p{L}][\p{L}'’-]*|[.,;:!?()\n\d]`.
  const bound = Math.min(text.length, end + READ_AHEAD);
  for (let t = nextToken(text, end, bound); t >= 0; t = nextToken(text, t, bound)) {
    const token = text.slice(tokenStart, t);
    // "169 of the 343 seats": a part counts what its whole counts.
    if (isDigitCode(token.charCodeAt(0)) && !found && afterLink) continue;
    // (A word that starts with a letter beyond the BMP ends the reading too, as a test of its first code unit did.)
    if (!(classAt(token[0], 0) & LETTER)) return found;
    const bare = stripElision(token, words);
    const lower = bare.toLowerCase().replace(/['’]s$/, '');
    afterLink = !found && exactSet(words.linkWords).has(lower);
    if (afterLink) continue;
    // Where nouns are lower case, a capital names something ("the 183-seat National Council").
    const name = !pack.nounsCapitalized && bare[0] !== lower[0];
    // Where nouns are capitalized, a lower-case word is none ("sieben Punkte ausgebaut").
    const notNoun = pack.nounsCapitalized && bare[0] === lower[0];
    // A possessive is no noun counted: "10 of the state's House seats".
    const possessive = lower.length < bare.length - 1 && /['’]s$/.test(bare);
    const concept = name || notNoun || possessive ? undefined : conceptOf(lower, words);
    if (concept) found = [concept, token];
    if (found && !(concept && words.modifierNounsBefore)) return found;
    if (!concept && (exactSet(pack.functionWords).has(lower) || ++content >= MAX_WORDS)) return found;
  }
  return found;
}

/**
 * The next token (`[\p{L}][\p{L}'’-]*|[.,;:!?()\n\d]`) from `i`, as it matches in the
 * text up to `bound`: its end, with its start in `tokenStart` (no pair allocated a token), or -1
 * when none is left. Other characters are stepped over, as a global match does.
 */
function nextToken(text: string, i: number, bound: number): number {
  for (; i < bound; i++) {
    let n = letterLength(text, i, bound);
    if (n > 0) {
      tokenStart = i;
      for (i += n; i < bound; i += n) {
        const c = text.charCodeAt(i);
        n = c === 39 || c === 0x2019 || c === 45 ? 1 : letterLength(text, i, bound);
        if (n === 0) break;
      }
      return i;
    }
    if (WORD_SIGNS.has(text.charCodeAt(i))) {
      tokenStart = i;
      return i + 1;
    }
  }
  return -1;
}
let tokenStart = 0;
/** The one-character tokens: clause marks, brackets, a line break and digits. */
const WORD_SIGNS: ReadonlySet<number> = new Set([...'.,;:!?()\n0123456789'].map((c) => c.charCodeAt(0)));

/**
 * The concept a noun before the figure names through "of" ("growth of 1.1 percent", "Wachstum
 * von 1,1 Prozent", "une croissance de 1,1 %", "une inflation ramenée à 1,4 %"): the word right
 * before the figure is one of the pack's `ofBefore`, and the noun is among the three words before.
 */
function namedBefore(text: string, start: number, pack: LanguagePack): [string, string] | undefined {
  const words = pack.concepts;
  // The text before ends in a space (not a line break) or in an elision ("d'"): elsewhere no noun is named before.
  const c = text.charCodeAt(start - 1);
  if (!(isJsSpace(c) && c !== 10) && !(c >= 128 || elisionEnds(words).has(String.fromCharCode(c).toLowerCase()))) return undefined;
  const before = text.slice(Math.max(0, start - READ_AHEAD), start).split(/[.;:!?()\n\d]/).pop() ?? '';
  const tokens = before.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const last = tokens[tokens.length - 1]?.toLowerCase();
  const elided = words.elisions?.find((e) => before.toLowerCase().endsWith(e));
  if (!elided && (last === undefined || !words.ofBefore.includes(last) || !/\s$/.test(before))) return undefined;
  for (const token of tokens.slice(elided ? -3 : -4, elided ? undefined : -1).reverse()) {
    const bare = stripElision(token, words);
    const lower = bare.toLowerCase();
    if ((pack.nounsCapitalized && bare[0] === lower[0]) || (!pack.nounsCapitalized && bare[0] !== lower[0])) continue;
    const concept = conceptOf(lower, words);
    if (concept) return [concept, token];
  }
  return undefined;
}

/** The last characters of a pack's elisions ("'" of "d'"), lower case. */
const ELISION_ENDS = new WeakMap<ConceptWords, ReadonlySet<string>>();
function elisionEnds(words: ConceptWords): ReadonlySet<string> {
  let ends = ELISION_ENDS.get(words);
  if (!ends) ELISION_ENDS.set(words, (ends = new Set((words.elisions ?? []).map((e) => e.slice(-1).toLowerCase()))));
  return ends;
}

/** "un homme de 69 ans", "ein Mann von 69 Jahren", "a woman of 82 years": years of a person are an age. */
function personOfYears(text: string, figure: Figure, pack: LanguagePack): boolean {
  if (figure.kind !== 'duration' || figure.unit !== 'year') return false;
  const named = namedBefore(text, figure.span.start, pack);
  return named !== undefined && conceptChain(named[0]).includes(PERSON);
}

function stripElision(word: string, words: ConceptWords): string {
  const elision = words.elisions?.find((e) => word.toLowerCase().startsWith(e) && word.length > e.length);
  return elision ? word.slice(elision.length) : word;
}

/** A list as a set of its words as written, once per list: the lists are asked at every figure. */
const exactSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function exactSet(list: readonly string[]): ReadonlySet<string> {
  let set = exactSets.get(list);
  if (!set) exactSets.set(list, (set = new Set(list)));
  return set;
}

/** A pack's concept words, by the form as listed and by stem; a stem two concepts share names neither. */
interface ConceptTable {
  forms: Map<string, string>;
  stems: Map<string, string | null>;
  /** The concept of each word asked before (null: none): stemming is most of the cost, and news repeats its nouns. */
  asked: Map<string, string | null>;
}

const tables = new WeakMap<ConceptWords, ConceptTable>();

/**
 * Built once a pack. A stemmer folds more than inflections ("Schüler" and "Schulen" both stem to
 * "schul", "Spieler" and "Spiele" to "spiel"), so a listed form wins over a stem, and a stem of
 * two concepts decides nothing.
 */
function conceptTable(words: ConceptWords): ConceptTable {
  let table = tables.get(words);
  if (!table) {
    table = { forms: new Map(), stems: new Map(), asked: new Map() };
    for (const [concept, forms] of Object.entries(words.nouns)) {
      for (const form of forms) {
        const lower = form.toLowerCase();
        if (!table.forms.has(lower)) table.forms.set(lower, concept);
        const stem = words.stem(lower);
        const known = table.stems.get(stem);
        table.stems.set(stem, known === undefined || known === concept ? concept : null);
      }
    }
    tables.set(words, table);
  }
  return table;
}

/** Shortest last part of a compound that may name a concept ("Atom|reaktoren"). */
const MIN_HEAD = 4;

/** Words remembered a pack: enough for a newsroom's vocabulary, bounded for a hostile input. */
const MAX_ASKED = 50_000;

function conceptOf(word: string, words: ConceptWords): string | undefined {
  const table = conceptTable(words);
  const asked = table.asked.get(word);
  if (asked !== undefined) return asked ?? undefined;
  const concept = conceptOfWord(word, words, table);
  if (table.asked.size >= MAX_ASKED) table.asked.clear();
  table.asked.set(word, concept ?? null);
  return concept;
}

function conceptOfWord(word: string, words: ConceptWords, table: ConceptTable): string | undefined {
  const listed = table.forms.get(word);
  if (listed) return listed;
  if (words.verbEndings?.some((e) => word.endsWith(e))) return undefined;
  const stem = words.stem(word);
  const whole = table.stems.get(stem);
  if (whole !== undefined || !words.compoundHeads) return whole ?? undefined;
  for (let i = 1; i + MIN_HEAD <= stem.length; i++) {
    const head = table.stems.get(stem.slice(i));
    if (head !== undefined) return head ?? undefined;
  }
  return undefined;
}

/** "aged 75", "im Alter von 28", "a 17-year-old", "17-Jähriger". */
function isAge(text: string, figure: Figure, words: ConceptWords): boolean {
  const from = Math.max(0, figure.span.start - 24);
  // Each lead ends in a space before the figure, after a run of letters that is the lead's last (see nearWords).
  if (mayEndListWordBefore(text, figure.span.start, from, words.ageBefore)) {
    const before = collapseSpaces(text.slice(from, figure.span.start).toLowerCase());
    if (ageLeads(words).some(([spaced, opening]) => before.endsWith(spaced) || before === opening)) return true;
  }
  const around = figure.text.toLowerCase() + text.slice(figure.span.end, figure.span.end + 16).toLowerCase();
  return words.ageAfter.some((tail) => around.includes(tail));
}

/** Each age lead as it ends the text before a figure (" aged "), and as all of it ("aged "): built once a pack. */
const leads = new WeakMap<ConceptWords, ReadonlyArray<[string, string]>>();
function ageLeads(words: ConceptWords): ReadonlyArray<[string, string]> {
  let list = leads.get(words);
  if (!list) leads.set(words, (list = words.ageBefore.map((lead) => [` ${lead} `, `${lead} `])));
  return list;
}

/** Joined to the figure before it as one list or range: "28, 56 und 78", "45 to 75". */
function listedAfter(text: string, previous: Figure, figure: Figure): boolean {
  const between = text.slice(previous.span.end, figure.span.start);
  if (between.length > 8 || /[.;:]/.test(between)) return false;
  const joint = between.replace(/[\s,–-]+/g, ' ').trim();
  return joint === '' || SHORT_WORD_RE.test(joint);
}

/** A fall word within a few words before ("fell 3.8 percent", "down 3.8%") or after ("um 3,8 Prozent gesunken"). */
function isFall(text: string, figure: Figure, pack: LanguagePack): boolean {
  const fall = pack.concepts.fallWords;
  if (fall.length === 0) return false;
  const falls = exactSet(fall);
  // The last three words of the clause before (within 32 characters), the first two of the one after.
  const from = Math.max(0, figure.span.start - 32);
  let start = figure.span.start;
  let ascii = true;
  for (let c = text.charCodeAt(start - 1); start > from && !isClauseEnd(c, false); c = text.charCodeAt(--start - 1)) if (c >= 128) ascii = false;
  if (someWord(text, start, figure.span.start, 3, true, falls, ascii)) return true;
  const to = Math.min(text.length, figure.span.end + 32);
  let end = figure.span.end;
  ascii = true;
  for (let c = text.charCodeAt(end); end < to && !isClauseEnd(c, true); c = text.charCodeAt(++end)) if (c >= 128) ascii = false;
  return someWord(text, figure.span.end, end, 2, false, falls, ascii);
}

/**
 * Is one of the first (or last) `count` runs of letters from `from` to `to`, lower case, in `set`?
 * Read in place where the text there is ASCII (lower-casing changes no letter's length or class
 * then), else from the lower-cased slice as `lettersWords` reads it.
 */
function someWord(text: string, from: number, to: number, count: number, last: boolean, set: ReadonlySet<string>, ascii: boolean): boolean {
  if (!ascii) return lettersWords(text.slice(from, to).toLowerCase(), count, last).some((w) => set.has(w));
  const shapes = shapesOf(set);
  let seen = 0;
  if (last) {
    for (let i = to; i > from && seen < count; ) {
      while (i > from && !isAsciiLetter(text.charCodeAt(i - 1))) i--;
      const end = i;
      while (i > from && isAsciiLetter(text.charCodeAt(i - 1))) i--;
      if (end > i && (seen++, shapes.has(shape(text, i, end))) && set.has(text.slice(i, end).toLowerCase())) return true;
    }
    return false;
  }
  for (let i = from; i < to && seen < count; ) {
    while (i < to && !isAsciiLetter(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isAsciiLetter(text.charCodeAt(i))) i++;
    if (i > start && (seen++, shapes.has(shape(text, start, i))) && set.has(text.slice(start, i).toLowerCase())) return true;
  }
  return false;
}
/** A word's length and lower-case first letter as one number: a word of ASCII letters whose shape no word of a set has is none of them. */
const shape = (s: string, from: number, to: number) => (to - from) * 128 + (s.charCodeAt(from) | 32);
const SHAPES = new WeakMap<ReadonlySet<string>, ReadonlySet<number>>();
function shapesOf(set: ReadonlySet<string>): ReadonlySet<number> {
  let shapes = SHAPES.get(set);
  if (!shapes) SHAPES.set(set, (shapes = new Set([...set].map((w) => shape(w.toLowerCase(), 0, w.length)))));
  return shapes;
}

/** ".;:!?" and a line break end a clause; after a figure a comma does too. */
function isClauseEnd(c: number, comma: boolean): boolean {
  return c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 10 || (comma && c === 44);
}

/** The first (or last) `count` runs of letters of `s`, as `/\p{L}+/gu` matches them, in their order. */
function lettersWords(s: string, count: number, last: boolean): string[] {
  const words: string[] = [];
  if (last) {
    for (let i = s.length; i > 0 && words.length < count; ) {
      while (i > 0 && !(classBefore(s, i) & LETTER)) i -= pairBefore(s, i);
      const end = i;
      while (i > 0 && classBefore(s, i) & LETTER) i -= pairBefore(s, i);
      if (end > i) words.unshift(s.slice(i, end));
    }
    return words;
  }
  for (let i = 0; i < s.length && words.length < count; ) {
    while (i < s.length && !(classAt(s, i) & LETTER)) i = characterEnd(s, i);
    const start = i;
    while (i < s.length && classAt(s, i) & LETTER) i = characterEnd(s, i);
    if (i > start) words.push(s.slice(start, i));
  }
  return words;
}

/** How many code units the character ending before `i` takes: two for a surrogate pair. */
function pairBefore(s: string, i: number): number {
  return i >= 2 && isLowSurrogate(s.charCodeAt(i - 1)) && isHighSurrogate(s.charCodeAt(i - 2)) ? 2 : 1;
}
