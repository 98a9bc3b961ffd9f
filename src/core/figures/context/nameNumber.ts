import { hyphenatedDigitsEnd, isDigitAt } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { measureAfter } from '../measureAfter';
import { scaleAfter } from '../scaleWords';
import { DIGITS_RE } from '../parseNumber';
import { mayEndListWordBefore } from '../nearWords';
import { listRegex, NONE, single, wordSet } from '../words';
import { opensSentence } from './around';
import { isLabelled } from './label';
import { decided } from './trace';

/** Patterns with Unicode classes, compiled once: the bundle builds an inline literal of them anew at every call. */
const LETTER_NAME_RE = /(?:^|[\s(])\p{Lu} $/u;
const CAPITALIZED_BEFORE_RE = /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}]+)?) $/u;
const NEXT_WORD_RE = /^(,?)[\s\u00a0]+(\p{L}+)/u;

/**
 * nameNumber: a number that is part of a name or code counts nothing: "Isar 2", "Neckarwestheim 2",
 * "Nord Stream 1", "the A 4", "U 6", "type 2 diabetes", "junctions 38 and 39", "the number 7
 * shirt", "Bundesstraße 102", "ring 999", "Nummer 116 117". Returns where the digits end, so the
 * scanner steps over them; undefined for a figure.
 */
export function nameNumberEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  if (!isDigitAt(text, at)) return undefined;
  if (text[at - 1] === '°') return gluedToSignEnd(text, at, pack);
  if (text[at - 1] !== ' ') return undefined;
  DIGITS_RE.lastIndex = at;
  if (!DIGITS_RE.test(text)) return undefined;
  const end = DIGITS_RE.lastIndex;
  const digits = text.slice(at, end);
  // "Article 5", "Absatz 2": a label makes an ordinal (the label rule), not a name.
  if (isLabelled(text, at, pack, false)) return undefined;
  const named = numberNameEnd(text, at, pack);
  if (named !== undefined) return named;
  const name = afterNameWord(text, at, pack) || afterLetter(text, at, digits, pack) || (plain(digits) && endsCapitalizedName(text, at, end, pack));
  // A name's number has no decimals and no scale: "en France 5,7 millions d'agents" counts agents
  // (France 5 being a channel), as does "Top 14 millions". Asked only of a name: a scale is looked for at every number otherwise.
  if (!name || continuesAsAmount(text, end, pack)) return undefined;
  decided('nameNumber');
  // "la loi n° 2001-692", "décret n° 2012-1509": a name's number goes on over hyphens and digits.
  return hyphenatedDigitsEnd(text, end);
}

/**
 * "la revue n°300", "le N°5": a name word that ends in the sign of a number ("n°") names the
 * number glued to it as it does one a space apart. Not "25°" (degrees), which no such word precedes.
 */
function gluedToSignEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  let signs = SIGN_NAMES.get(pack);
  if (!signs) SIGN_NAMES.set(pack, (signs = (pack.context.namesBefore ?? NONE).filter((w) => w.endsWith('°'))));
  if (signs.length === 0 || !listRegex(signs, String.raw`(?:^|[^\p{L}])W$`, 'iu').test(text.slice(Math.max(0, at - 6), at))) return undefined;
  DIGITS_RE.lastIndex = at;
  if (!DIGITS_RE.test(text) || continuesAsAmount(text, DIGITS_RE.lastIndex, pack)) return undefined;
  decided('nameNumber');
  return hyphenatedDigitsEnd(text, DIGITS_RE.lastIndex);
}

/** Per pack, its name words that end in "°", kept one list so its pattern is compiled once. */
const SIGN_NAMES = new WeakMap<LanguagePack, readonly string[]>();

/** "recours au 49.3", "le 49-3": a number the pack lists as a name by itself, whole, ends there. */
function numberNameEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  for (const name of pack.context.numberNames ?? NONE) {
    const end = at + name.length;
    if (!text.startsWith(name, at) || /[\p{L}\p{N}]/u.test(text[end] ?? ' ') || ((text[end] === '.' || text[end] === ',') && isDigitAt(text, end + 1))) continue;
    // "49.3 %", "49.3 millions": a unit, sign or scale after it makes it an amount.
    if (measureAfter(text, end, pack) || scaleAfter(text, end, pack) !== undefined) continue;
    decided('nameNumber');
    return end;
  }
  return undefined;
}

function continuesAsAmount(text: string, end: number, pack: LanguagePack): boolean {
  const c = text.charCodeAt(end);
  return ((c === 44 || c === 46) && isDigitAt(text, end + 1)) || scaleAfter(text, end, pack) !== undefined;
}

const plain = (digits: string) => /^\d{1,3}$/.test(digits);

/** "type 2", "Rückennummer 9", "junctions 38 and 39": a word of the pack's list, or that word and a number before "and". */
function afterNameWord(text: string, at: number, pack: LanguagePack): boolean {
  const words = pack.context.namesBefore;
  if (!words) return false;
  // Most numbers follow no such word, nor a list's joint: a look at the word before decides.
  const listed = pack.and !== undefined && (text[at - 2] === ',' || mayEndListWordBefore(text, at, 0, single(pack.and)));
  if (!listed && !mayEndListWordBefore(text, at, 0, words)) return false;
  const before = text.slice(Math.max(0, at - 40), at);
  if (listRegex(words, String.raw`(?:^|[^\p{L}])W[\s\u00a0]$`, 'iu').test(before)) return true;
  return listed && listRegex(words, String.raw`(?:^|[^\p{L}])W[\s\u00a0]\d{1,3}(?:,|[\s\u00a0]${pack.and})[\s\u00a0]$`, 'iu').test(before);
}

/**
 * "A 4", "U 6", "B 12": a road or line named by a capital letter. Not a letter that opens a
 * sentence where the language has it as a word ("A 17-year-old was arrested", "A 17 percent
 * rise": the article; German has none, so "A 4 bei Chemnitz: …" is the road), nor digits joined
 * on by a hyphen ("17-year-old"): a road's number stands alone.
 */
function afterLetter(text: string, at: number, digits: string, pack: LanguagePack): boolean {
  if (!/^\d{1,3}$/.test(digits) || text[at + digits.length] === '-') return false;
  // The letter before the space is a capital: an ASCII character that is none rules the pattern out.
  const c = text.charCodeAt(at - 2);
  if (c < 128 && !(c >= 65 && c <= 90)) return false;
  if (!LETTER_NAME_RE.test(text.slice(Math.max(0, at - 3), at))) return false;
  return !opensSentence(text, at - 2) || !(pack.context.letterWords ?? NONE).includes(text[at - 2]);
}

/**
 * "Isar 2 plant", "Neckarwestheim 2 in", "Nord Stream 1 im Sommer": a capitalized word, then the
 * number, then a word of the pack's that shows a name ends there (no unit, no noun counted).
 */
function endsCapitalizedName(text: string, at: number, end: number, pack: LanguagePack): boolean {
  if (!mayEndCapitalized(text, at)) return false;
  const name = CAPITALIZED_BEFORE_RE.exec(text.slice(Math.max(0, at - 30), at));
  if (!name) return false;
  const wordStart = at - name[1].length - 1;
  // The first word of a sentence is capitalized anyway: "Yesterday 3 people died" (German
  // capitalizes every noun, so there the word after the number decides alone).
  if (!pack.nounsCapitalized && opensSentence(text, wordStart)) return false;
  if (wordSet(pack.context.boundWords).has(name[1].toLowerCase()) || pack.months[name[1].toLowerCase()] !== undefined) return false;
  // "Bayern 3 Prozent" measures; "Neckarwestheim 2 in" does not, "in" being the preposition there.
  const preposition = listRegex(pack.prepositionUnits, String.raw`^[\s\u00a0]W[\s\u00a0]+\p{L}`, 'iu').test(text.slice(end, end + 8));
  if ((!preposition && measureAfter(text, end, pack)) || /^[.,]\d/.test(text.slice(end, end + 2))) return false;
  if (listedBesideName(text, end, pack) || afterNamedThing(text, wordStart, pack)) return true;
  // A word must follow: "the Greens 16." and "Labour 412, the Conservatives 121" are counts.
  const next = NEXT_WORD_RE.exec(text.slice(end, end + 20));
  if (!next) return false;
  const word = next[2];
  if (next[1] === ',') return wordSet(pack.context.nameFollowersAfterComma ?? NONE).has(word.toLowerCase());
  // "Zwischen 10 und 20 Menschen": a range goes on after the joint; "Isar 2 und Neckarwestheim 2" does not.
  if (listRegex(pack.context.rangeJoints ?? NONE, String.raw`^[\s\u00a0]*W[\s\u00a0]+[\d\p{Ll}]`, 'u').test(text.slice(end, end + 12))) return false;
  return wordSet(pack.context.nameFollowers ?? NONE).has(word.toLowerCase());
}

/**
 * "l'incendie Cochrane 13 progresse", "le feu Dixie 2": after a noun of the pack's that things are
 * named after (a fire, a storm), the capitalized word and its number are the thing's name, whatever
 * word follows them. `wordStart` is where the capitalized word starts.
 */
function afterNamedThing(text: string, wordStart: number, pack: LanguagePack): boolean {
  const nouns = pack.context.namedThingsBefore ?? NONE;
  if (nouns.length === 0 || !mayEndListWordBefore(text, wordStart, 0, nouns)) return false;
  return listRegex(nouns, String.raw`(?:^|[^\p{L}])W[\s\u00a0]$`, 'iu').test(text.slice(Math.max(0, wordStart - 30), wordStart));
}

/**
 * Could CAPITALIZED_BEFORE_RE match before the space at `at - 1`? Its word ends in lower-case
 * letters (or marks) after a capital or a hyphen: over the ASCII lower-case letters before the
 * space, an ASCII character that is no capital nor hyphen rules it out; anything beyond ASCII may do.
 */
function mayEndCapitalized(text: string, at: number): boolean {
  let i = at - 2;
  const end = i;
  while (i >= 0 && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i--;
  if (i === end || i < 0) return i < 0 ? false : text.charCodeAt(i) >= 128;
  const c = text.charCodeAt(i);
  return c >= 128 || (c >= 65 && c <= 90) || c === 45;
}

/**
 * "Isar 2, Emsland und Neckarwestheim 2": listed before a name that has no number of its own,
 * the number is part of its name too. Not "CDU 30, SPD 25" (the next name has its number).
 */
function listedBesideName(text: string, end: number, pack: LanguagePack): boolean {
  if (pack.and === undefined) return false;
  let re = LISTED_BESIDE.get(pack);
  if (!re) LISTED_BESIDE.set(pack, (re = listRegex([pack.and], String.raw`^,[\s\u00a0]+\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?\p{Ll}+)?(?:,|[\s\u00a0]+W[\s\u00a0])`, 'u')));
  return re.test(text.slice(end, end + 40));
}

const LISTED_BESIDE = new WeakMap<LanguagePack, RegExp>();
