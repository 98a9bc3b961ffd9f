import { UNIT_AFTER, UNIT_AFTER_RE } from './lexicon/units';
import { readNumberPhrase } from './numberPhrase';
import type { SeparatorStyle } from './parseNumber';
import type { Lang } from '../types';

/** Units that are written in descending chains ("5 feet 2 inches"), in one base unit per dimension. */
const IN_BASE: Record<string, [dimension: string, factor: number]> = {
  km: ['length', 1000], m: ['length', 1], dm: ['length', 0.1], cm: ['length', 0.01], mm: ['length', 0.001],
  mi: ['length', 1609.344], yd: ['length', 0.9144], ft: ['length', 0.3048], in: ['length', 0.0254],
  t: ['mass', 1e6], kg: ['mass', 1000], g: ['mass', 1], lb: ['mass', 453.59237], oz: ['mass', 28.349523125],
  hour: ['time', 3600], minute: ['time', 60],
};

/**
 * A measure written in parts, each unit smaller than the one before: "5 feet 2 inches",
 * "7 feet, 10 inches", "2 km and 1 meter", "10 kms, 8 metres and 6 cm". Returns the whole in the
 * first unit ("5 feet 2 inches" is 5.1667 ft) and where it ends, or undefined when no part follows.
 */
export function compoundMeasure(text: string, end: number, unit: string, lang: Lang, style: SeparatorStyle): { end: number; add: number } | undefined {
  const first = IN_BASE[unit];
  if (!first) return undefined;
  let last = first[1];
  let add = 0;
  let cursor = end;
  for (let i = 0; i < 3; i++) {
    const joint = /,?[\s\u00a0]+(?:(?:and|und)[\s\u00a0]+)?/y;
    joint.lastIndex = cursor;
    const j = joint.exec(text);
    if (!j) break;
    const from = cursor + j[0].length;
    if (!/[\d\p{L}]/u.test(text[from] ?? '')) break;
    const part = readNumberPhrase(text, from, lang, style);
    if (!part || part.scaled) break;
    UNIT_AFTER_RE.lastIndex = part.end;
    const u = UNIT_AFTER_RE.exec(text);
    const sense = u ? UNIT_AFTER.get(u[1].toLowerCase()) : undefined;
    // The inch mark ("7' 10''") and a bare "in" count only as the last, smaller part.
    const partUnit = sense?.unit ?? (text[part.end] === "'" ? 'ft' : undefined);
    const base = partUnit ? IN_BASE[partUnit] : undefined;
    if (!base || base[0] !== first[0] || base[1] >= last) break;
    add += (part.value * base[1]) / first[1];
    last = base[1];
    cursor = part.end + (u ? u[0].length : 1);
  }
  return add > 0 ? { end: cursor, add } : undefined;
}
