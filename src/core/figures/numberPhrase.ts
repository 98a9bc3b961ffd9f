import { readDigits } from './digitNumber';
import { hedgeBefore } from './hedgeBefore';
import { conceptChain, PERSON } from './lang/common/concepts';
import { VULGAR_FRACTIONS } from './lang/common/fractions';
import type { LanguagePack, RatioRule } from './lang/pack';
import { measureAfter } from './measureAfter';
import type { SeparatorStyle } from './parseNumber';
import { conceptAfter } from './subjectOf';
import type { NumberPhrase } from './tokens';
import { mayStartListWord } from './nearWords';
import { keysOf, listRegex } from './words';

/** Patterns with Unicode classes, compiled once: the bundle builds an inline literal of them anew at every call. */
const NOUN_BETWEEN_RE = /^ \p{Ll}[\p{Ll}-]*(?= )/u;
const LETTER_NEXT_RE = /^[\s\u00a0]*\p{L}/u;
const CAPITAL_NEXT_RE = /^[\s\u00a0]+\p{Lu}/u;

export type { NumberPhrase } from './tokens';

/**
 * Reads a number phrase starting at `at`: digits in the document's separator style, or number
 * words, with an attached or following scale word ("15k", "1,5 Mio.", "two hundred thousand"),
 * fractions ("two-thirds", "zwei Drittel", "anderthalb") and dozens. Returns undefined when no
 * number starts there. Reads at most a bounded number of tokens past the last number word, so
 * scanning stays linear.
 */
export function readNumberPhrase(text: string, at: number, pack: LanguagePack, style: SeparatorStyle): NumberPhrase | undefined {
  const c = text.charCodeAt(at);
  const isDigit = c >= 48 && c <= 57;
  // The vulgar fractions are all beyond ASCII ("½", "⅓"): digits and words are not looked up.
  const vulgar = c >= 128 ? VULGAR_FRACTIONS[text[at]] : undefined;
  if (vulgar !== undefined) return { start: at, end: at + 1, value: vulgar, digits: true };
  const phrase = isDigit || ((c === 46 || c === 44) && /\d/.test(text[at + 1] ?? '')) ? readDigits(text, at, pack, style) : pack.readCardinal(text, at, pack);
  if (!phrase) return undefined;
  return withRatio(text, phrase, pack, style);
}

/**
 * A ratio written out, by the rule of its joint word:
 * - out-of: "one out of three", "two out of five hundred";
 * - over: "one over twenty", only when nothing is counted after it ("$2000 over 3 years" is a period);
 * - in: "1 in 5", "six in 10", "one in every five", only towards a larger whole of at most 1000
 *   that measures nothing ("8 in 5" and "2 in 3 minutes" are two figures);
 * - of-whole: "zwei von drei Befragten", "sieben von zehn waren", not where the whole measures
 *   something ("2 von 3 Prozent") or is a year, nor where it counts things named after it: "15
 *   von 23 Kantonen", "fünf von sechs Kicks" are two counts (people are a share of a population).
 */
function withRatio(text: string, phrase: NumberPhrase, pack: LanguagePack, style: SeparatorStyle): NumberPhrase {
  if (text[phrase.end] !== ' ' || phrase.scale) return phrase;
  const joints = keysOf(pack.ratioJoints);
  const noun = nounBeforeJoint(text, phrase, pack);
  if (joints.length === 0 || !mayStartListWord(text, phrase.end + 1 + noun, joints)) return phrase;
  const joint = listRegex(joints, String.raw`\s(W)\s` + (pack.ratioEvery ? `(?:${pack.ratioEvery}\\s)?` : ''), 'uy');
  joint.lastIndex = phrase.end + noun;
  const j = joint.exec(text);
  if (!j) return phrase;
  const rule = pack.ratioJoints[j[1].replace(/[\s\u00a0]+/g, ' ')];
  const from = phrase.end + noun + j[0].length;
  if (!/[\p{L}\d]/u.test(text[from] ?? '')) return phrase;
  if (rule === 'in' || rule === 'of-whole') {
    if (!Number.isInteger(phrase.value) || phrase.value < 1) return phrase;
  }
  const c = text.charCodeAt(from);
  const whole = c >= 48 && c <= 57 ? readDigits(text, from, pack, style) : pack.readCardinal(text, from, pack);
  if (!whole || !wholeFits(text, phrase, whole, rule, pack)) return phrase;
  // "5 over 2023": a year, not a denominator.
  if (whole.digits && /^\d{4}$/.test(text.slice(whole.start, whole.end)) && whole.value >= 1800 && (rule === 'of-whole' || whole.value <= 2100)) return phrase;
  return { start: phrase.start, end: whole.end, value: phrase.value / whole.value, digits: phrase.digits };
}

/**
 * The length of " clinique" in "une clinique sur cinq", where the pack writes a ratio's noun inside
 * it; else 0. Only after "one" in words: "163 membres sur 577" are two counts.
 */
function nounBeforeJoint(text: string, phrase: NumberPhrase, pack: LanguagePack): number {
  if (!pack.ratioNounBetween || phrase.digits || phrase.value !== 1) return 0;
  const noun = NOUN_BETWEEN_RE.exec(text.slice(phrase.end, phrase.end + 32));
  return noun && !mayStartListWord(text, phrase.end + 1, keysOf(pack.ratioJoints)) ? noun[0].length : 0;
}

function wholeFits(text: string, part: NumberPhrase, whole: NumberPhrase, rule: RatioRule, pack: LanguagePack): boolean {
  if (rule === 'of-whole') {
    return !whole.scale && Number.isInteger(whole.value) && whole.value >= 2 && whole.value <= 1000 && whole.value >= part.value && !measureAfter(text, whole.end, pack) && !thingsCounted(text, part.start, whole.end, pack);
  }
  if (whole.value === 0 || !Number.isInteger(whole.value) || (rule !== 'over' && whole.value < part.value)) return false;
  if (rule === 'over' && LETTER_NEXT_RE.test(text.slice(whole.end, whole.end + 2))) return false;
  if (rule === 'in' && (whole.value > 1000 || whole.value <= part.value || measureAfter(text, whole.end, pack))) return false;
  return true;
}

/**
 * A noun after the whole that names no people ("15 von 23 Kantonen"): the two numbers count those
 * things. A hedge makes a proportion of them again ("fast 3 von 4 Schulen").
 */
function thingsCounted(text: string, start: number, end: number, pack: LanguagePack): boolean {
  if (!pack.nounsCapitalized || !CAPITAL_NEXT_RE.test(text.slice(end, end + 3)) || hedgeBefore(text, start, pack)) return false;
  const counted = conceptAfter(text, end, pack);
  return counted === undefined || !conceptChain(counted).includes(PERSON);
}
