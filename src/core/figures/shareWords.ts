import type { Figure, Lang } from '../types';
import { letterRunEnd } from './chars';
import { hedgeBefore } from './lexicon/hedges';
import { UNIT_AFTER_RE, unitSense } from './lexicon/units';
import { make } from './makeFigure';
import { measureAfter } from './measureAfter';
import { parseGermanNumberWord } from './germanNumberWord';
import { readNumberPhrase } from './numberPhrase';
import type { SeparatorStyle } from './parseNumber';

/**
 * Shares written in words, as news writes them, each a figure of its value (0.5 for half, 0.2 for
 * one in five), so they match each other across languages and percentages as shares:
 * - "half" on its own: "half of voters", "half the town", "nearly half were children", "fell by
 *   half", "mehr als die Hälfte der Wähler"; and half a duration: "half an hour". A half that
 *   names a part of something is none: "the second half of 2024", "the other half", "cut in
 *   half", "half-time", "in der ersten Hälfte";
 * - German one in N: "jeder Fünfte", "einer von zehn".
 * Ratios with a number on both sides ("one in five", "zwei von drei") are read with the number.
 */
export function shareWordAt(text: string, at: number, lang: Lang, style: SeparatorStyle): Figure | undefined {
  return lang === 'en' ? englishHalf(text, at, lang) : germanHalf(text, at, lang) ?? everyNth(text, at) ?? oneOf(text, at, style);
}

function englishHalf(text: string, at: number, lang: Lang): Figure | undefined {
  const end = letterRunEnd(text, at);
  if (end - at !== 4 || text.slice(at, end).toLowerCase() !== 'half' || text[end] === '-') return undefined;
  if (PART_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return undefined;
  // "half an hour", "half a year": half of a duration.
  const article = /[\s\u00a0]+an?[\s\u00a0]+/iy;
  article.lastIndex = end;
  if (article.exec(text)) {
    UNIT_AFTER_RE.lastIndex = article.lastIndex - 1;
    const u = UNIT_AFTER_RE.exec(text);
    const sense = u ? unitSense(u[1]) : undefined;
    if (u && sense?.kind === 'duration' && u[1].length >= 3) return make(text, at, UNIT_AFTER_RE.lastIndex, 0.5, 'duration', lang, sense.unit);
    return undefined;
  }
  SHARE_AFTER.lastIndex = end;
  if (SHARE_AFTER.test(text) || hedgeBefore(text, at) || BY_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return make(text, at, end, 0.5, 'count', lang);
  return undefined;
}

function germanHalf(text: string, at: number, lang: Lang): Figure | undefined {
  const c = text[at];
  if (c !== 'd' && c !== 'D' && c !== 'z') return undefined;
  DIE_HAELFTE.lastIndex = at;
  const m = DIE_HAELFTE.exec(text);
  return m ? make(text, at, at + m[0].length, 0.5, 'count', lang) : undefined;
}

/**
 * "jeder Fünfte", "jede dritte Frau", "jeden zehnten Euro": a share of one in N, as German news
 * writes "one in five". "jeden zweiten Tag" is a frequency, not a share.
 */
function everyNth(text: string, at: number): Figure | undefined {
  const c = text[at];
  if (c !== 'j' && c !== 'J') return undefined;
  EVERY_NTH.lastIndex = at;
  const m = EVERY_NTH.exec(text);
  const n = m ? germanOrdinal(m[1]) : undefined;
  if (!m || n === undefined || n < 2 || n > 1000) return undefined;
  TIME_AFTER.lastIndex = at + m[0].length;
  if (TIME_AFTER.test(text)) return undefined;
  return make(text, at, at + m[0].length, 1 / n, 'count', 'de');
}

/** "einer von zehn", "eine von fünf Frauen": one of N, where N measures nothing. */
function oneOf(text: string, at: number, style: SeparatorStyle): Figure | undefined {
  const c = text[at];
  if (c !== 'e' && c !== 'E') return undefined;
  ONE_OF.lastIndex = at;
  const m = ONE_OF.exec(text);
  if (!m) return undefined;
  const of = readNumberPhrase(text, at + m[0].length, 'de', style);
  // "eine [Strukturgröße] von 19 Nanometern" measures; "eine von 19" is one in 19.
  if (!of || !Number.isInteger(of.value) || of.value < 2 || of.value > 1000 || of.scale || measureAfter(text, of.end)) return undefined;
  return make(text, at, of.end, 1 / of.value, 'count', 'de');
}

/** The value of a German ordinal word in any case: "fünfte", "Fünften", "dritter", "zwanzigste". */
export function germanOrdinal(word: string): number | undefined {
  const w = word.toLowerCase().replace(/(?<=te)[nrsm]$/, '');
  if (!w.endsWith('te')) return undefined;
  const irregular = IRREGULAR_ORDINALS[w];
  if (irregular !== undefined) return irregular;
  // "sechste" is "sechs" and "-te"; "zwanzigste" is "zwanzig" and "-ste".
  return parseGermanNumberWord(w.slice(0, -2)) ?? (w.endsWith('ste') ? parseGermanNumberWord(w.slice(0, -3)) : undefined);
}
const IRREGULAR_ORDINALS: Record<string, number> = { erste: 1, dritte: 3, siebte: 7, siebente: 7, achte: 8 };
const EVERY_NTH = /jed(?:e[mnrs]?)[\s\u00a0]+(\p{L}+te[nrsm]?)(?![\p{L}])/iuy;
const ONE_OF = /(?:einer|eine|eines|einem)[\s\u00a0]+von[\s\u00a0]+(?=[\p{L}\d])/iuy;
/** "jeden zweiten Tag", "jedes dritte Mal": how often, not how many. */
const TIME_AFTER = /[\s\u00a0]+(?:Tag|Tage|Woche|Monat|Jahr|Mal|Stunde|Minute|Sekunde|Wochenende)(?![\p{L}])/iuy;

/** Words before "half" that make it a part, not a share: "the second half", "the other half". */
const PART_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|this|that|each|every|one|first|second|third|last|other|latter|former|final|opening|back|front|top|bottom)[\s\u00a0]+$/iu;
/** What follows a share: "half of", "half the", "half their", "half were". */
const SHARE_AFTER = /[\s\u00a0]+(?:of|the|their|its|his|her|our|my|your|these|those|all|them|us)(?![\p{L}])/iuy;
/** "fell by half", "cut by half": a change of 50 percent. */
const BY_BEFORE = /(?:^|[^\p{L}])by[\s\u00a0]+$/iu;
/** "die Hälfte", "der Hälfte", "zur Hälfte", also spelled "Haelfte". */
const DIE_HAELFTE = /(?:die|der|zur)[\s\u00a0]+(?:Hälfte|Haelfte)(?![\p{L}])/iuy;
