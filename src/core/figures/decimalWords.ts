import type { LanguagePack } from './lang/pack';
import { bare, skipGap, wordAt } from './tokens';

/** "point five seven" → 0.57: digits named one by one. */
export function readDecimalWords(text: string, at: number, pack: LanguagePack): { end: number; value: number } | undefined {
  const small = pack.digitWords;
  let digits = '';
  let end = at;
  for (let i = 0; i < 12; i++) {
    const from = skipGap(text, end);
    if (from === end) break;
    const word = wordAt(text, from);
    const v = word ? small[bare(word.text)] ?? pack.parseNumberWord?.(bare(word.text)) : undefined;
    if (!word || v === undefined || !Number.isInteger(v) || v > 99) break;
    // "point eleven" is .11, "point seventy-one" .71; a word above nine ends the decimals.
    if (v > 9) {
      const unit = v >= 20 && v % 10 === 0 ? wordAt(text, skipGap(text, word.end)) : undefined;
      const u = unit && skipGap(text, word.end) > word.end ? small[bare(unit.text)] : undefined;
      digits += String(u !== undefined && u > 0 && u < 10 ? v + u : v);
      end = u !== undefined && u > 0 && u < 10 ? unit!.end : word.end;
      break;
    }
    digits += String(v);
    end = word.end;
  }
  return digits ? { end, value: Number('0.' + digits) } : undefined;
}
