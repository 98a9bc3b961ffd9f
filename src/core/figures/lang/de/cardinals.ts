import { readDecimalWords } from '../../decimalWords';
import { measureAfter } from '../../measureAfter';
import { scaleAfter } from '../../scaleWords';
import { bare, skipGap, wordAt, wordEnd, type NumberPhrase } from '../../tokens';
import type { LanguagePack } from '../pack';
import { parseGermanNumberWord } from './compound';
import { DE_DOZEN, DE_FRACTIONS } from './numbers';
import { DURATION_ADJECTIVE_STEMS, PERCENT_BARS } from './units';

/**
 * German cardinals: one compound word ("einhundertzwanzig"), then an optional scale word
 * ("zwei Millionen"), fractions ("zwei Drittel"), "anderthalb"/"eineinhalb", "ein Dutzend".
 */
export function readGermanWords(text: string, at: number, pack: LanguagePack): NumberPhrase | undefined {
  const word = wordAt(text, at);
  if (!word) return undefined;
  const w = bare(word.text);
  if (w === 'anderthalb' || w === 'eineinhalb') return withScale(text, pack, { start: at, end: word.end, value: 1.5, digits: false });
  // "eine halbe Million", "ein halbes Dutzend"
  const halfNext = wordAt(text, skipGap(text, word.end));
  if (/^ein(e[mnrs]?)?$/.test(w) && halfNext && /^halbe[mnrs]?$/i.test(bare(halfNext.text))) {
    const after = wordAt(text, skipGap(text, halfNext.end));
    const n = after ? bare(after.text) : '';
    if (after && DE_DOZEN[n]) return { start: at, end: wordEnd(after), value: 6, digits: false };
    const scale = scaleAfter(text, halfNext.end, pack);
    if (scale) return { start: at, end: scale.end, value: scale.value / 2, digits: false, scale: scale.value };
  }
  let value = parseGermanNumberWord(w);
  // Articles "ein", "eine", "einen" count only before a scale, a dozen or a fraction.
  const article = /^ein(e[mnrs]?)?$/.test(w);
  if (value === undefined && !article) return gluedToDuration(w, at) ?? gluedToShare(w, at);
  if (article) value = 1;
  const end = wordEnd(word);
  const next = wordAt(text, skipGap(text, end));
  if (next && skipGap(text, end) > end) {
    const n = bare(next.text);
    if (DE_FRACTIONS[n] ?? DE_FRACTIONS[n.replace(/[mnrs]$/, '')]) return withScale(text, pack, { start: at, end: wordEnd(next), value: value! * (DE_FRACTIONS[n] ?? DE_FRACTIONS[n.replace(/[mnrs]$/, '')]), digits: false });
    // "fünf und drei Viertel Milliarde": a whole number and a fraction, then the scale.
    if (n === 'und' && !article) {
      const count = wordAt(text, skipGap(text, next.end));
      const part = count ? parseGermanNumberWord(bare(count.text)) : undefined;
      const fraction = count && part !== undefined ? wordAt(text, skipGap(text, count.end)) : undefined;
      const share = fraction ? DE_FRACTIONS[bare(fraction.text)] : undefined;
      if (fraction && share !== undefined) return withScale(text, pack, { start: at, end: wordEnd(fraction), value: value! + part! * share, digits: false });
    }
    if (DE_DOZEN[n]) return { start: at, end: wordEnd(next), value: value! * 12, digits: false };
  }
  const phrase = withDecimals(text, pack, withScale(text, pack, { start: at, end, value: value!, digits: false }));
  if (article && phrase.value === 1 && !oneCounted(text, at, end, pack)) return undefined;
  return phrase;
}

// "mindestens eine Woche": after "mindestens" the article counts ("at least one"); "mindestens ein bisschen" is a little.
const AT_LEAST_BEFORE = /(?:^|[\s\u00a0])(?:mindestens|wenigstens)[\s\u00a0]+$/iu;
const LITTLE_AFTER = /^[\s\u00a0]+(?:bisschen|wenig|paar)(?![\p{L}])/u;
// "eine Woche Zeit, Revision einzulegen": one of a unit of time given for something is a deadline a reporter checks.
const TIME_GIVEN_AFTER = /^[\s\u00a0]+\p{L}+[\s\u00a0]+Zeit(?![\p{L}])/u;

/** Whether an article counts one by the words around it: "mindestens eine Woche", "eine Woche Zeit". */
function oneCounted(text: string, at: number, end: number, pack: LanguagePack): boolean {
  const after = text.slice(end, end + 24);
  if (TIME_GIVEN_AFTER.test(after) && measureAfter(text, end, pack)) return true;
  return AT_LEAST_BEFORE.test(text.slice(Math.max(0, at - 14), at)) && !LITTLE_AFTER.test(after);
}
/**
 * The words (lower case) a German number or share in words may start at, by the readers' own first
 * tests: "anderthalb", an article ("ein", "einer von zehn"), a number word, one glued to a duration
 * ("dreijährige"); the shares' "die"/"der"/"zur" (Hälfte) and "jede" (Fünfte).
 */
export function startsGermanWords(w: string): boolean {
  if (w === 'anderthalb' || w === 'eineinhalb' || w === 'die' || w === 'der' || w === 'zur' || /^(?:ein(e[mnrs]?)?|jede[mnrs]?)$/.test(w)) return true;
  return parseGermanNumberWord(w) !== undefined || gluedToDuration(w, 0) !== undefined || gluedToShare(w, 0) !== undefined;
}

/**
 * "Fünfprozenthürde", "Zweidrittelmehrheit": a number word glued to a share in one noun. Before a
 * percentage bar the number is read alone and the bar is its unit (units.ts); a fraction glued to a
 * majority is the whole word's value.
 */
function gluedToShare(w: string, at: number): NumberPhrase | undefined {
  if (w.length < 12) return undefined;
  const percent = PERCENT_BAR_RE.exec(w);
  const p = percent ? parseGermanNumberWord(percent[1]) : undefined;
  if (p !== undefined) return { start: at, end: at + percent![1].length, value: p, digits: false };
  const fraction = FRACTION_MAJORITY_RE.exec(w);
  const count = fraction ? parseGermanNumberWord(fraction[1]) : undefined;
  return count === undefined ? undefined : { start: at, end: at + w.length, value: count * DE_FRACTIONS[fraction![2]], digits: false };
}
const PERCENT_BAR_RE = new RegExp(String.raw`^(\p{L}+?)prozent(?:${PERCENT_BARS.join('|')})n?$`, 'u');
const FRACTION_MAJORITY_RE = /^(\p{L}+?)(drittel|viertel|fünftel)(?:mehrheit|mehrheiten)$/u;

/**
 * "dreijährige", "zweitägigen": a number word glued to an adjective of duration. The number is
 * read alone, and the adjective after it is its unit, as in "3-jährige".
 */
function gluedToDuration(w: string, at: number): NumberPhrase | undefined {
  if (w.length < 8) return undefined;
  const m = DURATION_ADJECTIVE_RE.exec(w);
  const value = m ? (m[1] === 'ein' ? 1 : parseGermanNumberWord(m[1])) : undefined;
  return value === undefined ? undefined : { start: at, end: at + m![1].length, value, digits: false };
}
const DURATION_ADJECTIVE_RE = new RegExp(String.raw`^(\p{L}+?)(?:${DURATION_ADJECTIVE_STEMS.join('|')})(?:e[mnrs]?)?$`, 'u');
/** "zwei Komma drei", "tausendvierhundertsechzehn Komma fünfzehn": a decimal comma spoken. */
function withDecimals(text: string, pack: LanguagePack, phrase: NumberPhrase): NumberPhrase {
  if (phrase.scale) return phrase;
  const komma = wordAt(text, skipGap(text, phrase.end));
  if (!komma || !pack.decimalWords.includes(bare(komma.text)) || skipGap(text, phrase.end) === phrase.end) return phrase;
  const decimals = readDecimalWords(text, komma.end, pack);
  return decimals ? { ...phrase, end: decimals.end, value: phrase.value + decimals.value } : phrase;
}
function withScale(text: string, pack: LanguagePack, phrase: NumberPhrase): NumberPhrase {
  const scale = scaleAfter(text, phrase.end, pack);
  if (!scale) return phrase;
  const scaled = { ...phrase, end: scale.end, value: phrase.value * scale.value, scale: scale.value };
  // "zwei Millionen eintausendeinhundertfünfzig": a smaller number after the scale adds to it.
  const rest = wordAt(text, skipGap(text, scaled.end));
  const restValue = rest && skipGap(text, scaled.end) > scaled.end && /^\p{Ll}/u.test(rest.text) ? parseGermanNumberWord(bare(rest.text)) : undefined;
  if (rest && restValue !== undefined && restValue > 0 && restValue < scale.last) {
    const more = withScale(text, pack, { start: rest.start, end: rest.end, value: restValue, digits: false });
    if (more.value < scale.last) return { ...scaled, end: more.end, value: scaled.value + more.value };
  }
  return scaled;
}
