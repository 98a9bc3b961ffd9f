import type { Figure } from '../../types';
import type { LanguagePack } from '../lang/pack';
import { hasWord, listRegex, NONE, single, wordSet } from '../words';
import { decided } from './trace';

/** Patterns with Unicode classes, compiled once: the bundle builds an inline literal of them anew at every call. */
const LETTER_RE = /\p{L}/u;
const UPPER_RE = /\p{Lu}/u;

/**
 * moneyOfSentence: "a budget of €400 billion, including 50.3 billion in net borrowing", "3
 * Milliarden Euro und weitere 20 Millionen": an amount in millions or billions that counts
 * nothing named, in a sentence that has just named a currency, is money in that currency.
 * `before` holds the figures read so far, in order.
 */
export function moneyOfSentence(text: string, figure: Figure, before: readonly { figure: Figure }[], pack: LanguagePack): void {
  if (!bareAmount(figure)) {
    lendCurrencyBack(text, figure, before, pack);
    return;
  }
  // The sentence before counts too where this one opens on the amount, with no room to name
  // what it counts: "…atteindre 22,1 milliards d'euros. C'est 4,1 milliards de plus" (but not
  // "Le nombre de ménages en situation de précarité a atteint 5,6 millions").
  const ownStart = sentenceStartBefore(text, figure.span.start);
  const opensOnIt = wordsBetween(text, ownStart, figure.span.start) <= OPENING_WORDS;
  const sentenceStart = opensOnIt ? sentenceStartBefore(text, Math.max(0, ownStart - 1)) : ownStart;
  // Further back in the paragraph, only money in the same scale: "…3 500 milliards d'euros. La
  // charge d'intérêts dépasserait les 60 milliards" (not "…5,9 milliards. … 17,2 millions" of pensioners).
  // A paragraph as far back as news runs one (bounded, so a page-long one stays linear).
  const paragraphStart = lineStartWithin(text, figure.span.start, PARAGRAPH_REACH);
  const countWords = pack.context.countWords ?? NONE;
  // The text between an earlier figure and this one is read piece by piece, each gap between
  // two figures once (no figure's span ends inside a word), not anew from every earlier figure.
  let readFrom = figure.span.start;
  for (let i = before.length - 1; i >= 0; i--) {
    const earlier = before[i].figure;
    if (earlier.span.end <= paragraphStart) return;
    // "… 32,9 Milliarden Euro, die Zahl der Beschäftigten erreichte 2,75 Millionen": a number of
    // something named between the two is a count, whatever currency came before it.
    if (countWords.length > 0 && earlier.span.end < readFrom && hasWord(text.slice(earlier.span.end, readFrom), countWords)) return;
    readFrom = Math.min(readFrom, earlier.span.end);
    if (lendsCurrency(earlier) && (earlier.span.end > sentenceStart || earlier.scale === figure.scale)) {
      takeCurrency(figure, earlier);
      return;
    }
  }
}

/**
 * An amount in millions or billions that counts nothing named. A zero ("2, 0 milliards", a decimal
 * broken apart) is none; a one-letter noun is an elision ("50,3 milliards d'emprunt"), no noun counted.
 */
function bareAmount(figure: Figure): boolean {
  return figure.kind === 'count' && !figure.unit && (figure.noun === undefined || figure.noun.length <= 1) && figure.scale !== undefined && figure.scale >= 1e6 && figure.value > 0;
}

const lendsCurrency = (figure: Figure) => figure.kind === 'money' && figure.unit !== undefined && figure.unit !== 'cent' && figure.unit !== 'pence';

function takeCurrency(figure: Figure, money: Figure): void {
  figure.kind = 'money';
  figure.unit = money.unit;
  decided('moneyOfSentence');
}

/**
 * "progresse de 3,2 milliards pour atteindre 57,1 milliards d'euros": money in a scale lends its
 * currency back to the bare amount in the same scale just before it in its sentence, across words
 * (not along a list: "1.2 million, 1.2M, 120 MEUR" are three notations).
 */
function lendCurrencyBack(text: string, money: Figure, before: readonly { figure: Figure }[], pack: LanguagePack): void {
  const earlier = before.at(-1)?.figure;
  if (!earlier || !lendsCurrency(money) || !money.scale || !bareAmount(earlier) || earlier.scale !== money.scale) return;
  if (namesWhatItCounts(text, earlier, pack)) return;
  if (earlier.span.end <= sentenceStartBefore(text, money.span.start) || wordsBetween(text, earlier.span.end, money.span.start) === 0) return;
  takeCurrency(earlier, money);
}

/**
 * "3 millions de vues": the joint of a product and a noun after the amount name what it counts,
 * which the noun reader (one word after the number) does not see, so no currency is lent back.
 */
function namesWhatItCounts(text: string, figure: Figure, pack: LanguagePack): boolean {
  if (!pack.productOf) return false;
  const after = text.slice(figure.span.end, figure.span.end + 40);
  const noun = listRegex(single(pack.productOf), String.raw`^[\s\u00a0]+W[\s\u00a0]+(\p{L}+)`, 'iu').exec(after)?.[1];
  return noun !== undefined && !wordSet(pack.notNouns).has(noun.toLowerCase());
}

/** How far back (characters) a paragraph lends its currency: a long news paragraph runs to about 1,000. */
const PARAGRAPH_REACH = 2_000;

/** At most this many words before the amount, for the sentence before to lend its currency. */
const OPENING_WORDS = 4;

/** Where the line holding `at` starts, looking back at most `reach` characters (lastIndexOf would search to the text's start). */
function lineStartWithin(text: string, at: number, reach: number): number {
  const floor = Math.max(0, at - reach);
  for (let i = at - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor;
}

function wordsBetween(text: string, from: number, to: number): number {
  return text.slice(from, to).split(/[\s\u00a0]+/).filter((w) => LETTER_RE.test(w)).length;
}

/** Where the sentence holding `at` starts: after a full stop and a space before a capital, or a line break. */
function sentenceStartBefore(text: string, at: number): number {
  for (let i = at - 1; i > 0 && i > at - 400; i--) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '') && UPPER_RE.test(text[i + 2] ?? '') && !/\d/.test(text[i - 1] ?? '')) return i + 1;
  }
  return Math.max(0, at - 400);
}
