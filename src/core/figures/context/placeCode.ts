import type { Figure } from '../../types';
import type { LanguagePack } from '../lang/pack';
import { NONE, wordSet } from '../words';
import { decided } from './trace';

/** Patterns with Unicode classes, compiled once. */
// The last word before the bracket, as a place is written: capitalized, maybe elided ("l'Aube"),
// hyphened ("Seine-Saint-Denis", "Val-d'Oise"), with a lower-case letter (no acronym: "RN (88)").
const PLACE_BEFORE_RE = /(?:^|[\s\u00a0(])(?:\p{L}['’])?(\p{Lu}[\p{L}\p{M}'’-]*\p{Ll})[\s\u00a0]\($/u;

/**
 * placeCode: "dans l'Aube (10)", "le Nord (59)", "à Trappes (78)": a number alone in brackets
 * after a place's name, within the codes the pack lists (context.placeCodes: French départements),
 * is the place's code, no count. With a leading zero ("l'Allier (03)") it is leadingZero's.
 * Not a number with anything else in its brackets ("(10 %)", "(10 morts)", "(+10)"), nor one after
 * a word in lower case ("communes (10)") or an acronym, nor one after a name the pack says is no
 * place (context.notPlaces: parties and groups, whose seats stand so: "Renaissance (45)"), nor a
 * number restated in brackets, which the figure before has taken (restatedInBrackets).
 */
export function isPlaceCode(text: string, figure: Figure, pack: LanguagePack): boolean {
  const codes = pack.context.placeCodes;
  const { start, end } = figure.span;
  if (!codes || text[start - 1] !== '(' || text[end] !== ')' || figure.kind !== 'count' || figure.unit !== undefined || figure.hedge !== undefined) return false;
  if (!/^[1-9]\d{0,2}$/.test(figure.text) || !codes.some(([low, high]) => figure.value >= low && figure.value <= high)) return false;
  const place = PLACE_BEFORE_RE.exec(text.slice(Math.max(0, start - 40), start));
  if (!place || wordSet(pack.context.notPlaces ?? NONE).has(place[1].toLowerCase())) return false;
  decided('placeCode');
  return true;
}
