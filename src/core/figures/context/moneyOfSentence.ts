import type { Figure } from '../../types';
import type { LanguagePack } from '../lang/pack';
import { hasWord, NONE } from '../words';
import { decided } from './trace';

/**
 * moneyOfSentence: "a budget of €400 billion, including 50.3 billion in net borrowing", "3
 * Milliarden Euro und weitere 20 Millionen": an amount in millions or billions that counts
 * nothing named, in a sentence that has just named a currency, is money in that currency.
 * `before` holds the figures read so far, in order.
 */
export function moneyOfSentence(text: string, figure: Figure, before: readonly { figure: Figure }[], pack: LanguagePack): void {
  // A zero in millions ("2, 0 milliards", a decimal broken apart) is no amount to take a currency.
  // A one-letter noun is an elision ("50,3 milliards d'emprunt"), no noun counted.
  if (figure.kind !== 'count' || figure.unit || (figure.noun !== undefined && figure.noun.length > 1) || !figure.scale || figure.scale < 1e6 || figure.value <= 0) return;
  // The sentence before counts too where this one opens on the amount, with no room to name
  // what it counts: "…atteindre 22,1 milliards d'euros. C'est 4,1 milliards de plus" (but not
  // "Le nombre de ménages en situation de précarité a atteint 5,6 millions").
  const ownStart = sentenceStartBefore(text, figure.span.start);
  const opensOnIt = wordsBetween(text, ownStart, figure.span.start) <= OPENING_WORDS;
  const sentenceStart = opensOnIt ? sentenceStartBefore(text, Math.max(0, ownStart - 1)) : ownStart;
  for (let i = before.length - 1; i >= 0; i--) {
    const earlier = before[i].figure;
    if (earlier.span.end <= sentenceStart) return;
    // "… 32,9 Milliarden Euro, die Zahl der Beschäftigten erreichte 2,75 Millionen": a number of
    // something named between the two is a count, whatever currency came before it.
    if (hasWord(text.slice(earlier.span.end, figure.span.start), pack.context.countWords ?? NONE)) return;
    if (earlier.kind === 'money' && earlier.unit && earlier.unit !== 'cent' && earlier.unit !== 'pence') {
      figure.kind = 'money';
      figure.unit = earlier.unit;
      decided('moneyOfSentence');
      return;
    }
  }
}

/** At most this many words before the amount, for the sentence before to lend its currency. */
const OPENING_WORDS = 4;

function wordsBetween(text: string, from: number, to: number): number {
  return text.slice(from, to).split(/[\s\u00a0]+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** Where the sentence holding `at` starts: after a full stop and a space before a capital, or a line break. */
function sentenceStartBefore(text: string, at: number): number {
  for (let i = at - 1; i > 0 && i > at - 400; i--) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '') && /\p{Lu}/u.test(text[i + 2] ?? '') && !/\d/.test(text[i - 1] ?? '')) return i + 1;
  }
  return Math.max(0, at - 400);
}
