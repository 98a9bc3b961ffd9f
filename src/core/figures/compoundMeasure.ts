import type { LanguagePack } from './lang/pack';
import { UNIT_FACTORS } from './lexicon/unitFactors';
import { readNumberPhrase } from './numberPhrase';
import type { SeparatorStyle } from './parseNumber';
import { unitMatch, unitSense } from './unitsOf';
import { listRegex, single } from './words';

/**
 * A measure written in parts, each unit smaller than the one before: "5 feet 2 inches",
 * "7 feet, 10 inches", "2 km and 1 meter", "10 kms, 8 metres and 6 cm". Returns the whole in the
 * first unit ("5 feet 2 inches" is 5.1667 ft) and where it ends, or undefined when no part follows.
 */
export function compoundMeasure(text: string, end: number, unit: string, pack: LanguagePack, style: SeparatorStyle): { end: number; add: number } | undefined {
  const first = UNIT_FACTORS[unit];
  if (!first) return undefined;
  let last = first[1];
  let add = 0;
  let cursor = end;
  for (let i = 0; i < 3; i++) {
    const joint = listRegex(single(pack.and), String.raw`,?[\s\u00a0]+(?:W[\s\u00a0]+)?`, 'y');
    joint.lastIndex = cursor;
    const j = joint.exec(text);
    if (!j) break;
    const from = cursor + j[0].length;
    if (!/[\d\p{L}]/u.test(text[from] ?? '')) break;
    const part = readNumberPhrase(text, from, pack, style);
    if (!part || part.scale) break;
    const u = unitMatch(text, part.end, pack);
    const sense = u ? unitSense(u[1], pack) : undefined;
    // The inch mark ("7' 10''") and a bare "in" count only as the last, smaller part.
    const partUnit = sense?.unit ?? (text[part.end] === "'" ? 'ft' : undefined);
    const base = partUnit ? UNIT_FACTORS[partUnit] : undefined;
    if (!base || base[0] !== first[0] || base[1] >= last) break;
    add += (part.value * base[1]) / first[1];
    last = base[1];
    cursor = part.end + (u ? u[0].length : 1);
  }
  return add > 0 ? { end: cursor, add } : undefined;
}
