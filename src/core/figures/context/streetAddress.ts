import { digitRunEnd, isDigitAt } from '../chars';
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
 * (and its "bis") ends, or undefined.
 */
export function streetAddressEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  const address = pack.context.streetAddress;
  if (!address || !isDigitAt(text, at) || isDigitAt(text, at - 1) || text[at - 1] === '-' || text[at - 1] === '.' || text[at - 1] === ',') return undefined;
  const end = digitRunEnd(text, at);
  if (end - at <= 4) {
    const re = listRegex(address.streets, String.raw`((?:[\s\u00a0]+(?:${address.repeats.join('|')}))?),?[\s\u00a0]W(?![\p{L}\p{N}])`, 'iuy');
    re.lastIndex = end;
    const m = re.exec(text);
    if (!m) return undefined;
    decided('streetAddress');
    return end + m[1].length;
  }
  if (end - at !== address.postcodeDigits || !CITY_AFTER_RE.test(text.slice(end, end + 2)) || !streetBefore(text, at, address.streets)) return undefined;
  decided('streetAddress');
  return end;
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
