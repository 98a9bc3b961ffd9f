import type { Figure, Lang } from '../types';
import { classAt, isDigitAt, isLetter, LETTER, letterRunEnd, MARK } from './chars';
import { clockFractionEnd } from './context/clockFraction';
import { clockRangeEnd } from './context/clockRange';
import { clockTimeEnd } from './context/clockTime';
import { footnoteMarkEnd } from './context/footnoteMark';
import { hoursAndMinutesTimeEnd } from './context/hoursAndMinutes';
import { isLeadingZeroCode } from './context/leadingZero';
import { isRateUnit } from './context/rate';
import { contextFigureAt, mayStartContext, nameEnd, phraseEnd, settleFigure, wordStarts as contextWordStarts } from './context/readings';
import { phoneNumberEnd } from './context/phoneNumber';
import { isPlaceCode } from './context/placeCode';
import { restatedInBrackets } from './context/restatedInBrackets';
import { slashPairEnd } from './context/slashPair';
import { rateBaseEnd } from './context/rateBase';
import { streetAddressEnd } from './context/streetAddress';
import { collect } from './context/trace';
import { dateAt } from './dateFigure';
import { packFor } from './lang';
import type { LanguagePack } from './lang/pack';
import { forgetHedge } from './hedgeBefore';
import { make } from './makeFigure';
import { measuredAt } from './measuredFigure';
import { currencyBeforeWord, isSubunit, mayNameCurrency, mayStartCurrencyBefore, subunitsAfter } from './money';
import { separatorStyle, type SeparatorStyle } from './parseNumber';
import { shareWordAt } from './shareWords';
import { withSubjects } from './subjectOf';
import { characterEnd, nextTokenStart } from './tokenStart';
import { bare, forgetWord, wordAt } from './tokens';
import { unitWithoutNumber } from './unitWithoutNumber';
import { mayStartPackWord, packWordRuns } from './wordStarts';
import { forgetRuns, mayStartListWord } from './nearWords';
import { keysOf, listRegex } from './words';

/** A figure with the names of the context rules that decided it, for `backcheck figures --explain`. */
export interface ExplainedFigure {
  figure: Figure;
  rules: string[];
}

/**
 * Every figure in a text, in its language: numbers in digits or words with their scale, unit,
 * currency or percent sign, dates and years, vague quantities, with the hedge before them and
 * the noun they count. Spans are offsets into `text`. Numbers are read in `style` when given (the
 * separator style of a document `text` is a part of), else in the text's own. One left-to-right
 * pass over token starts; each attempt reads a bounded distance ahead, so the whole is linear in
 * the input.
 */
export function extractFigures(text: string, lang: Lang, style?: SeparatorStyle): Figure[] {
  const pack = packFor(lang);
  const figures = withSubjects(text, scan(text, pack, false, style).map((e) => e.figure), pack);
  forgetRuns();
  return figures;
}

/** The figures with the rules that decided each (see context/). */
export function explainFigures(text: string, lang: Lang): ExplainedFigure[] {
  const pack = packFor(lang);
  const explained = scan(text, pack, true);
  withSubjects(text, explained.map((e) => e.figure), pack);
  forgetRuns();
  return explained;
}

/** The rules of a figure read without --explain: none asked for, one shared empty list. */
const NO_RULES: string[] = [];

/** `style`: the separator style of the text this one is part of, when it is a part (see figureSegments.ts). */
function scan(text: string, pack: LanguagePack, explain = false, style = separatorStyle(text, pack.decimalMark)): ExplainedFigure[] {
  const out: ExplainedFigure[] = [];
  const urls = urlSpans(text);
  let url = 0;
  const quiet = quietWords(pack);
  const outer = collect(undefined);
  try {
    for (let at = nextTokenStart(text, 0), next: number; at < text.length; at = nextTokenStart(text, next)) {
      next = characterEnd(text, at);
      // Nothing inside a web address is a figure ("?q=30%25", "/2024/06/").
      while (url < urls.length && urls[url].end <= at) url++;
      if (url < urls.length && urls[url].start <= at) {
        next = urls[url].end;
        continue;
      }
      // Most tokens are words no reader starts at: step over them whole before asking the readers
      // (no token starts inside a run of letters).
      const quietEnd = quietWordEnd(text, at, pack, quiet);
      if (quietEnd > at) {
        next = quietEnd;
        continue;
      }
      const rules: string[] | undefined = explain ? [] : undefined;
      collect(rules);
      // A time of day, a phone number or a slashed pair that is no fraction ("9/11", "24/7") is
      // no figure: step over it whole, so its later numbers are none either.
      const start = mayStartContext(text, at, pack);
      const phrase = start && phraseEnd(text, at, pack, start);
      const own = start && phrase === undefined ? contextFigureAt(text, at, pack, style, start) : undefined;
      const atDigit = isDigitAt(text, at);
      const skip = phrase ?? (own ? undefined : ((atDigit ? phoneNumberEnd(text, at) ?? clockTimeEnd(text, at, pack) ?? hoursAndMinutesTimeEnd(text, at, pack) ?? clockRangeEnd(text, at, pack) ?? slashPairEnd(text, at) ?? footnoteMarkEnd(text, at) : undefined) ?? nameEnd(text, at, pack)));
      if (skip !== undefined) {
        next = skip;
        continue;
      }
      const read = own ?? figureAt(text, at, pack, style);
      const figure = read && !own ? settleFigure(text, read, pack, style, out, (from) => figureAt(text, from, pack, style)) : read;
      // "semaine 09", "(03)": a count with a leading zero is a code, as "l'Aube (10)" is; stepped over whole.
      if (figure && (isLeadingZeroCode(text, figure) || isPlaceCode(text, figure, pack))) {
        next = figure.span.end;
        continue;
      }
      // "a quarter to eight" (a time of day), "au 12 rue des Lilas" (an address, with its "bis"),
      // "per million" (a rate's base):
      // the figure is part of something that counts nothing, stepped over whole.
      const whole = figure && (clockFractionEnd(text, figure, pack) ?? streetAddressEnd(text, figure, pack) ?? rateBaseEnd(text, figure, pack));
      if (whole !== undefined) {
        next = whole;
        continue;
      }
      if (figure) {
        restatedInBrackets(text, figure, (from) => measuredAt(text, from, pack, style));
        out.push({ figure, rules: rules ?? NO_RULES });
        next = Math.max(figure.span.end, at + 1);
      }
    }
  } finally {
    collect(outer);
    forgetWord();
    forgetHedge();
  }
  return out;
}

/** A word remembered as quiet or not, as written; words whose letters hash alike are chained. */
interface QuietWord {
  word: string;
  quiet: boolean;
  /** mayNameCurrency of the word: most quiet words before digits ("than 41,900") are none. */
  named: boolean;
  next: QuietWord | undefined;
}
/** Per pack, the words remembered (see quietWordEnd), by a hash of their letters. */
interface QuietWords {
  byHash: Map<number, QuietWord>;
  size: number;
}
const QUIET = new WeakMap<LanguagePack, QuietWords>();
/** Words remembered a pack: a newsroom's vocabulary, bounded for a hostile input. */
const MAX_QUIET = 50_000;

/**
 * Is the token at `at` a word at which no reader can find anything? That holds for a word of
 * letters (a combining mark or an astral letter after its run, or an astral letter first, is
 * left to the readers) that no context rule starts at, no pack word starts with (months, vague
 * quantities, units' articles) and the number and share readers do not start at (`startsWords`),
 * unless a currency stands before digits there ("EUR 15", "US$"): the readers would each look
 * and find nothing, so the answer is the same, at the cost of one lookup (and, before digits or
 * a dollar sign, of the currency reader). Returns where the quiet word ends, or -1.
 */
function quietWordEnd(text: string, at: number, pack: LanguagePack, quiet: QuietWords): number {
  if (!pack.startsWords) return -1;
  const end = letterRunEnd(text, at);
  if (end === at || classAt(text, end) & (LETTER | MARK)) return -1;
  // Remembered as written, found by the hash of its letters in place: most tokens are words seen
  // before, and a copy of each would be made only to be looked up.
  let hash = end - at;
  for (let i = at; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  let known = quiet.byHash.get(hash);
  while (known && !isWrittenAt(text, at, end, known.word)) known = known.next;
  if (!known) known = remember(quiet, hash, text.slice(at, end), pack);
  // Before digits ("than 41,900", "about 61"), the word is quiet unless it is a currency ("EUR 15").
  return known.quiet && !currencyBeforeWord(text, at, end, pack, known.named) ? end : -1;
}

/** Is `word` the text from `at` to `end`, as written? Compared by code: a word is a few letters. */
function isWrittenAt(text: string, at: number, end: number, word: string): boolean {
  if (word.length !== end - at) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(at + i)) return false;
  return true;
}

/** Whether a word as written is quiet (see quietWordEnd), asked once and remembered. */
function remember(quiet: QuietWords, hash: number, written: string, pack: LanguagePack): QuietWord {
  const word = written.toLowerCase();
  const isQuiet = !contextWordStarts(pack).has(word) && !packWordRuns(pack).has(word) && !pack.startsWords!(word);
  if (quiet.size >= MAX_QUIET) {
    quiet.byHash.clear();
    quiet.size = 0;
  }
  const known: QuietWord = { word: written, quiet: isQuiet, named: isQuiet && mayNameCurrency(written), next: quiet.byHash.get(hash) };
  quiet.byHash.set(hash, known);
  quiet.size++;
  return known;
}

/** The pack's remembered quiet words (see quietWordEnd), looked up once a scan. */
function quietWords(pack: LanguagePack): QuietWords {
  let quiet = QUIET.get(pack);
  if (!quiet) QUIET.set(pack, (quiet = { byHash: new Map(), size: 0 }));
  return quiet;
}

function urlSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  if (!text.includes('://') && !text.includes('www.')) return spans;
  const re = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi;
  for (let u = re.exec(text); u; u = re.exec(text)) spans.push({ start: u.index, end: u.index + u[0].length });
  return spans;
}

function figureAt(text: string, at: number, pack: LanguagePack, style: SeparatorStyle): Figure | undefined {
  // Dates start at a digit or a month name; vague quantities and unit amounts at a word of the pack.
  const wordy = mayStartPackWord(text, at, pack);
  const date = wordy || isDigitAt(text, at) ? dateAt(text, at, pack) : undefined;
  const found = date ?? (wordy ? vagueAt(text, at, pack) ?? unitAmountAt(text, at, pack) : undefined);
  if (found || !mayStartNumberOrShare(text, at, pack)) return found;
  return measuredAt(text, at, pack, style) ?? shareWordAt(text, at, pack);
}

/** At a word: is it one the pack's number or share readers start at, or a currency before digits? Elsewhere: yes. */
function mayStartNumberOrShare(text: string, at: number, pack: LanguagePack): boolean {
  if (!pack.startsWords || !(classAt(text, at) & LETTER) || text.charCodeAt(at) > 127) return true;
  return pack.startsWords(bare(wordAt(text, at)!.text)) || mayStartCurrencyBefore(text, at);
}

/** "a kilogram", "half a litre", "a grand", "einen Euro": one of a unit, or a fraction of it. */
function unitAmountAt(text: string, at: number, pack: LanguagePack): Figure | undefined {
  const amount = unitWithoutNumber(text, at, pack);
  if (!amount || isRateUnit(text, at, pack)) return undefined;
  // "a dollar and 42 cents"
  const cents = amount.kind === 'money' && amount.value === 1 && !isSubunit(amount.unit) ? subunitsAfter(text, amount.end, pack, pack.decimalMark) : undefined;
  return make(text, at, cents ? cents.end : amount.end, amount.value + (cents ? cents.value / 100 : 0), amount.kind, pack, amount.unit);
}

/** "thousands", "tens of thousands", "Zehntausende": kind `vague`, never matched to a count. */
function vagueAt(text: string, at: number, pack: LanguagePack): Figure | undefined {
  if (!isLetter(text[at]) || !mayStartListWord(text, at, keysOf(pack.vague))) return undefined;
  // The vague quantities, longest first, so "hundreds of thousands" wins over "hundreds".
  const re = listRegex(keysOf(pack.vague), String.raw`(W)(?![\p{L}])`, 'iuy');
  re.lastIndex = at;
  const v = re.exec(text);
  if (!v) return undefined;
  return make(text, at, at + v[0].length, pack.vague[v[1].toLowerCase().replace(/\s+/g, ' ')], 'vague', pack);
}
