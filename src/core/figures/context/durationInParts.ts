import type { Figure } from '../../types';
import { digitRunEnd, isJsSpace, letterRunEnd } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { UNIT_FACTORS } from '../lexicon/unitFactors';
import { make } from '../makeFigure';
import { readNumberPhrase } from '../numberPhrase';
import type { SeparatorStyle } from '../parseNumber';
import { unitAfter } from '../unitsOf';
import { mayStartListWord } from '../nearWords';
import { keysOf, listRegex, single, wordSet } from '../words';
import { decided } from './trace';

/** Patterns with Unicode classes, compiled once: the bundle builds an inline literal of them anew at every call. */
const ARTICLE_RE = /\p{L}+(?=[\s\u00a0])/uy;

/** Seconds in each unit of time a duration may be written in parts with (weeks down to seconds). */
const SECONDS: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(UNIT_FACTORS).filter(([, [dimension]]) => dimension === 'time').map(([unit, [, factor]]) => [unit, factor]));

/**
 * durationInParts: "2 hours 15 minutes 37 seconds", "4 hours and 52 minutes", "eine Minute und
 * vier Sekunden": one duration, in its smallest unit (8137 seconds, 292 minutes, 64 seconds), so
 * it matches the same time written otherwise. Each part is smaller than the one before.
 */
export function durationInPartsAt(text: string, at: number, pack: LanguagePack, style: SeparatorStyle, read?: Figure): Figure | undefined {
  const symbols = read ? inSymbols(text, at, pack) : undefined;
  if (symbols) return symbols;
  // A duration the readers found ("2 hours"), or one of a unit without a number ("eine Minute"), which they leave out.
  if (read ? read.kind !== 'duration' || read.span.start !== at : !wordSet(pack.unitLead.articles).has(text.slice(at, letterRunEnd(text, at)).toLowerCase())) return undefined;
  const first = partAt(text, at, pack, style, true);
  if (!first) return undefined;
  let total = first.value * SECONDS[first.unit];
  let last = first.unit;
  let end = first.end;
  const joint = listRegex(single(pack.and), String.raw`,?[\s\u00a0]+(?:W[\s\u00a0]+)?`, 'iy');
  for (let parts = 1; parts < 4; parts++) {
    joint.lastIndex = end;
    const j = joint.exec(text);
    if (!j) break;
    const part = partAt(text, end + j[0].length, pack, style, false);
    if (!part || SECONDS[part.unit] >= SECONDS[last]) break;
    total += part.value * SECONDS[part.unit];
    last = part.unit;
    end = part.end;
  }
  if (end === first.end) return undefined;
  decided('durationInParts');
  return make(text, at, end, Number((total / SECONDS[last]).toFixed(3)), 'duration', pack, last);
}

/** "2 hours", "eine Minute": a number (or, first, an article) and a unit of time. */
function partAt(text: string, at: number, pack: LanguagePack, style: SeparatorStyle, first: boolean): { value: number; unit: string; end: number } | undefined {
  const article = first ? ARTICLE_RE : undefined;
  let value: number | undefined;
  let numberEnd = at;
  if (article) {
    article.lastIndex = at;
    const a = article.exec(text);
    if (a && wordSet(pack.unitLead.articles).has(a[0].toLowerCase())) {
      value = 1;
      numberEnd = at + a[0].length;
    }
  }
  if (value === undefined) {
    if (!/[\d\p{L}]/u.test(text[at] ?? '')) return undefined;
    const phrase = readNumberPhrase(text, at, pack, style);
    if (!phrase || phrase.scale) return undefined;
    value = phrase.value;
    numberEnd = phrase.end;
  }
  const u = unitAfter(text, numberEnd, pack);
  if (!u || u.sense.kind !== 'duration' || SECONDS[u.sense.unit] === undefined) return undefined;
  return { value, unit: u.sense.unit, end: u.end };
}

/**
 * "2 h 04 min 31 s", "1 min 46 s": a time measured in the pack's symbols of hours, minutes and
 * seconds, each smaller than the one before, at least two parts ("17 h" alone is hours).
 */
function inSymbols(text: string, at: number, pack: LanguagePack): Figure | undefined {
  const symbols = pack.context.durationSymbols;
  if (!symbols) return undefined;
  // The first part is one to three digits at `at`, then a symbol, after a space or none: most figures are ruled out by a look.
  const digits = digitRunEnd(text, at);
  if (digits === at || digits - at > 3) return undefined;
  const keys = keysOf(symbols);
  if (!mayStartListWord(text, digits, keys) && !(isJsSpace(text.charCodeAt(digits)) && mayStartListWord(text, digits + 1, keys))) return undefined;
  const part = listRegex(keys, String.raw`[\s\u00a0]?(\d{1,3})[\s\u00a0]?(W)(?![\p{L}\p{N}])`, 'uy');
  let total = 0;
  let last: string | undefined;
  let end = at;
  let parts = 0;
  for (; parts < 3; parts++) {
    part.lastIndex = end;
    const m = part.exec(text);
    // The first part starts at the number itself, not at a space before it.
    if (!m || (parts === 0 && m[0][0] !== m[1][0])) break;
    const unit = symbols[m[2]];
    if (last !== undefined && SECONDS[unit] >= SECONDS[last]) break;
    total += Number(m[1]) * SECONDS[unit];
    last = unit;
    end = part.lastIndex;
  }
  if (parts < 2 || last === undefined) return undefined;
  decided('durationInParts');
  return make(text, at, end, Number((total / SECONDS[last]).toFixed(3)), 'duration', pack, last);
}
