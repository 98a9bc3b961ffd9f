import { readFrenchOrdinal } from './cardinals';

/**
 * "la moitié des électeurs", "plus de la moitié": half as a share, as French news writes it; and
 * the ordinals in words that no count reads ("une sixième victime"), as ordinals.
 */
export function readFrenchShare(text: string, at: number) {
  const c = text[at];
  if (c !== 'l' && c !== 'L') {
    const ordinal = readFrenchOrdinal(text, at);
    return ordinal ? { ...ordinal, kind: 'ordinal' as const } : undefined;
  }
  HALF.lastIndex = at;
  const m = HALF.exec(text);
  return m ? { end: at + m[0].length, value: 0.5, kind: 'count' as const } : undefined;
}
const HALF = /la[\s\u00a0]+moiti[ée](?![\p{L}])/iuy;
