/** "la moitié des électeurs", "plus de la moitié": half as a share, as French news writes it. */
export function readFrenchShare(text: string, at: number) {
  const c = text[at];
  if (c !== 'l' && c !== 'L') return undefined;
  HALF.lastIndex = at;
  const m = HALF.exec(text);
  return m ? { end: at + m[0].length, value: 0.5, kind: 'count' as const } : undefined;
}
const HALF = /la[\s\u00a0]+moiti[ée](?![\p{L}])/iuy;
