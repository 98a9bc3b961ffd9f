import { readNumberPhrase } from '../../numberPhrase';
import { measureAfter } from '../../measureAfter';
import type { LanguagePack } from '../pack';
import { parseGermanNumberWord } from './compound';

/**
 * Shares German writes in words: "die Hälfte", "mehr als die Hälfte der Wähler"; one in N:
 * "jeder Fünfte", "einer von zehn".
 */
export function readGermanShare(text: string, at: number, pack: LanguagePack) {
  const found = germanHalf(text, at) ?? everyNth(text, at) ?? oneOf(text, at, pack);
  return found ? { ...found, kind: 'count' as const } : undefined;
}

function germanHalf(text: string, at: number) {
  const c = text[at];
  if (c !== 'd' && c !== 'D' && c !== 'z') return undefined;
  DIE_HAELFTE.lastIndex = at;
  const m = DIE_HAELFTE.exec(text);
  return m ? { end: at + m[0].length, value: 0.5 } : undefined;
}

/**
 * "jeder Fünfte", "jede dritte Frau", "jeden zehnten Euro": a share of one in N, as German news
 * writes "one in five". "jeden zweiten Tag" is a frequency, not a share.
 */
function everyNth(text: string, at: number) {
  const c = text[at];
  if (c !== 'j' && c !== 'J') return undefined;
  EVERY_NTH.lastIndex = at;
  const m = EVERY_NTH.exec(text);
  const n = m ? germanOrdinal(m[1]) : undefined;
  if (!m || n === undefined || n < 2 || n > 1000) return undefined;
  TIME_AFTER.lastIndex = at + m[0].length;
  if (TIME_AFTER.test(text)) return undefined;
  return { end: at + m[0].length, value: 1 / n };
}

/** "einer von zehn", "eine von fünf Frauen": one of N, where N measures nothing. */
function oneOf(text: string, at: number, pack: LanguagePack) {
  const c = text[at];
  if (c !== 'e' && c !== 'E') return undefined;
  ONE_OF.lastIndex = at;
  const m = ONE_OF.exec(text);
  if (!m) return undefined;
  const of = readNumberPhrase(text, at + m[0].length, pack, pack.decimalMark);
  // "eine [Strukturgröße] von 19 Nanometern" measures; "eine von 19" is one in 19.
  if (!of || !Number.isInteger(of.value) || of.value < 2 || of.value > 1000 || of.scale || measureAfter(text, of.end, pack)) return undefined;
  return { end: of.end, value: 1 / of.value };
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
/** "die Hälfte", "der Hälfte", "zur Hälfte", also spelled "Haelfte". */
const DIE_HAELFTE = /(?:die|der|zur)[\s\u00a0]+(?:Hälfte|Haelfte)(?![\p{L}])/iuy;
