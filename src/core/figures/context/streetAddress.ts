import { digitRunEnd, isDigitAt, letterRunEnd } from '../chars';
import type { Figure } from '../../types';
import type { LanguagePack } from '../lang/pack';
import { listRegex } from '../words';
import { decided } from './trace';

/** Patterns with Unicode classes, compiled once. */
const CITY_AFTER_RE = /^[\s\u00a0]\p{Lu}/u;

/**
 * streetAddress: "au 12 rue des Lilas", "au 4 bis avenue Foch", "173, rue du Général de Gaulle
 * 59110 LA MADELEINE": the number of a building before a street's word (the pack's
 * context.streetAddress, singular as an address writes it), and the postcode after such an
 * address, name a place, no count. "3 rues fermées", "300 places de parking" count; so does a
 * number of the postcode's length anywhere else ("15000 Lyonnais"). Returns where the number
 * (and its "bis") ends, or undefined. Asked at every number the other readers leave, so it is
 * read character by character, with the pack's words looked up as written.
 */
export function streetAddressEnd(text: string, figure: Figure, pack: LanguagePack): number | undefined {
  // Only a bare count of digits is asked: a number with a unit, a currency or a scale is none.
  if (figure.kind !== 'count' || figure.unit !== undefined || figure.scale !== undefined || figure.hedge !== undefined) return undefined;
  const data = streetData(pack);
  if (!data) return undefined;
  const at = figure.span.start;
  const end = digitRunEnd(text, at);
  if (end !== figure.span.end) return undefined;
  const c = text.charCodeAt(end);
  // After the digits, a comma or a space and a letter a street's word or "bis" starts with; or a postcode's length.
  if (end - at !== data.postcodeDigits && c !== 44 && !((c === 32 || c === 0xa0) && data.first.has(pairAt(text, end + 1)))) return undefined;
  const before = text[at - 1];
  if (isDigitAt(text, at - 1) || before === '-' || before === '.' || before === ',') return undefined;
  if (end - at <= 4) {
    const numberEnd = buildingNumberEnd(text, end, data);
    if (numberEnd === undefined) return undefined;
    decided('streetAddress');
    return numberEnd;
  }
  if (end - at !== data.postcodeDigits || !CITY_AFTER_RE.test(text.slice(end, end + 2)) || !streetBefore(text, at, data.streetList)) return undefined;
  decided('streetAddress');
  return end;
}

interface StreetData {
  streetList: readonly string[];
  /** Each word lower case, capitalized and in capitals ("rue", "Rue", "RUE"): looked up as written. */
  streets: ReadonlySet<string>;
  repeats: ReadonlySet<string>;
  /** The first two code units of the words, as written (pairAt): most words after a number start otherwise. */
  first: ReadonlySet<number>;
  postcodeDigits: number;
}
const STREET_DATA = new WeakMap<LanguagePack, StreetData | null>();
function streetData(pack: LanguagePack): StreetData | null {
  let data = STREET_DATA.get(pack);
  if (data === undefined) {
    const address = pack.context.streetAddress;
    const forms = (words: readonly string[]) => new Set(words.flatMap((w) => [w.toLowerCase(), w[0].toUpperCase() + w.slice(1).toLowerCase(), w.toUpperCase()]));
    const streets = address ? forms(address.streets) : new Set<string>();
    const repeats = address ? forms(address.repeats) : new Set<string>();
    data = address ? { streetList: address.streets, streets, repeats, first: new Set([...streets, ...repeats].map((w) => pairAt(w, 0))), postcodeDigits: address.postcodeDigits } : null;
    STREET_DATA.set(pack, data);
  }
  return data;
}

/**
 * After a number's digits at `end`: its "bis" perhaps, a comma perhaps, one space and a street's
 * word ending there. Returns where the number (with its "bis") ends, or undefined.
 */
function buildingNumberEnd(text: string, end: number, data: StreetData): number | undefined {
  let numberEnd = end;
  let i = end;
  let word = isSpace(text[i]) ? wordAt(text, i + 1) : undefined;
  if (word !== undefined && data.repeats.has(word)) {
    numberEnd = i = i + 1 + word.length;
    word = undefined;
  }
  if (text[i] === ',') i++;
  if (!isSpace(text[i])) return undefined;
  word ??= wordAt(text, i + 1);
  return word !== undefined && data.streets.has(word) ? numberEnd : undefined;
}

/** The code units at `at` and after it, as one number. */
const pairAt = (text: string, at: number) => text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1);

const isSpace = (c: string | undefined) => c === ' ' || c === '\u00a0';

/** The run of letters at `at` when a space, a comma or the text's end follows it, else undefined. */
function wordAt(text: string, at: number): string | undefined {
  const end = letterRunEnd(text, at);
  if (end === at || end - at > 12) return undefined;
  const next = text[end];
  return next === undefined || next === ' ' || next === ',' || next === '\u00a0' ? text.slice(at, end) : undefined;
}

/** Does a building's number and a street's word stand before the postcode at `at`, in the same sentence and 80 characters? */
function streetBefore(text: string, at: number, streets: readonly string[]): boolean {
  const from = Math.max(0, at - 80);
  const re = listRegex(streets, String.raw`\d,?[\s\u00a0]W[\s\u00a0]`, 'giu');
  re.lastIndex = from;
  let last = -1;
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) last = m.index + m[0].length;
  if (last < 0 || last > at) return false;
  for (let i = last; i < at; i++) if (text[i] === '.' || text[i] === ';' || text[i] === '\n') return false;
  return true;
}
