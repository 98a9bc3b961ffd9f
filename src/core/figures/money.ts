import { COMMON_CODES, CURRENCY_SYMBOLS, currencyNamesWith, DOLLAR_PREFIXES, GLUED_DOLLAR_PREFIXES, ISO_CODES, NAMES_BEFORE, SUBUNIT_NAMES, WORD_CODES } from './lang/common/currencies';
import type { LanguagePack } from './lang/pack';
import { isDigitCode, letterRunEnd } from './chars';
import { readNumberPhrase } from './numberPhrase';
import type { SeparatorStyle } from './parseNumber';
import { mayStartListWord } from './nearWords';
import { keysOf, listRegex, single } from './words';

interface NameTable {
  names: ReadonlyMap<string, string>;
  /** First words of currency names of more than one word ("kuwaiti" of "kuwaiti dinar"). */
  firstOfLonger: ReadonlySet<string>;
}
const NAME_TABLES = new WeakMap<LanguagePack, NameTable>();
function nameTable(pack: LanguagePack): NameTable {
  let t = NAME_TABLES.get(pack);
  if (!t) {
    const names = currencyNamesWith(pack.currencyNames);
    t = { names, firstOfLonger: new Set([...names.keys()].filter((n) => n.includes(' ')).map((n) => n.split(' ')[0])) };
    NAME_TABLES.set(pack, t);
  }
  return t;
}

/** Every currency name of the pack's language, lower case, to its code. */
export function currencyNames(pack: LanguagePack): ReadonlyMap<string, string> {
  return nameTable(pack).names;
}

/** A currency found next to a number: its unit, where it ends (or where the number starts), a scale. */
export interface CurrencyMark {
  unit: string;
  /** After the number: where the currency ends. Before it: where the number starts. */
  at: number;
  /** "MUSD", "MEUR": a million of the currency. */
  scale: number;
}

const SYMBOL_CLASS = Object.keys(CURRENCY_SYMBOLS).filter((s) => s.length === 1 && s !== '¢').join('');
const alternation = (prefixes: Record<string, string>) => Object.keys(prefixes).sort((a, b) => b.length - a.length).map((p) => p.replace(/\./g, '\\.')).join('|');
/** A symbol before the number, with the letters of a dollar ("US$", "C $", "A$"). */
const SYMBOL_BEFORE_RE = new RegExp(String.raw`(?:(${alternation(DOLLAR_PREFIXES)})\s?(?=\$)|(${alternation(GLUED_DOLLAR_PREFIXES)})(?=\$))?([${SYMBOL_CLASS}])[\s\u00a0]?(?=[.,]?\d)`, 'iuy');
/** Up to three words, then the number: "EUR 15", "CAD3.03", "Rs. 20", "malaysian ringgit 42". */
const WORDS_BEFORE_RE = /(\p{L}+(?:\.|(?:[\s\u00a0]\p{L}+){0,2}))[\s\u00a0]?(?=\d)/uy;


/** A currency code as written: capitals, or lower case for the common ones. */
function codeUnit(word: string, before = false): string | undefined {
  const upper = word.toUpperCase();
  if (upper === 'RMB') return 'CNY';
  if ((!ISO_CODES.has(upper) && upper !== 'BTC') || (before && WORD_CODES.has(upper))) return undefined;
  return word === upper || COMMON_CODES.has(upper) ? upper : undefined;
}

/**
 * Could a currency before a number start at the letter `at`? The guards of currencyBefore, on
 * their own: a dollar sign within six characters ("US$"), or a first word of at most nine letters
 * right before a digit ("EUR 15", "Rs. 20"), or "malaysian". `firstEnd`: where the run of
 * letters at `at` ends, when the caller has found it.
 */
export function mayStartCurrencyBefore(text: string, at: number, firstEnd = letterRunEnd(text, at)): boolean {
  if (dollarNear(text, at)) return true;
  if (firstEnd === at || firstEnd - at > 9) return false;
  const pos = firstEnd + (text.charCodeAt(firstEnd) === 46 ? 1 : 0);
  const afterFirst = text.charCodeAt(pos);
  const digitNext = (afterFirst >= 48 && afterFirst <= 57) || ((afterFirst === 32 || afterFirst === 0xa0) && isDigitCode(text.charCodeAt(pos + 1)));
  return digitNext || (firstEnd - at >= 8 && /^malaysian?$/i.test(text.slice(at, firstEnd)));
}

/**
 * Could the word `word` (a run of letters, as written) be what currencyBefore reads as a currency
 * when it stands alone before digits and no dollar sign is near: a code ("EUR", "usd"), a million
 * code ("MEUR"), a name written before the number ("Rs", "ringgit"), or the first word of a longer
 * one ("malaysian")? A word that starts beyond ASCII is left to currencyBefore (a symbol may be a
 * letter). A yes may be wrong; a no is sure, so a caller that remembers it per word need not ask
 * currencyBefore at that word again.
 */
export function mayNameCurrency(word: string): boolean {
  if (word.charCodeAt(0) > 127) return true;
  const upper = word.toUpperCase();
  const lower = word.toLowerCase();
  if (ISO_CODES.has(upper) || upper === 'BTC' || upper === 'RMB' || NAMES_BEFORE.has(lower) || NAMES_BEFORE.has(lower + '.')) return true;
  return (word.length <= 4 && (word.charCodeAt(0) | 32) === 109) || /^malaysian?$/i.test(word);
}

/**
 * Is there a currency before digits at the word from `at` to `end` (see currencyBefore)? `named`:
 * mayNameCurrency of the word; where it says no and no dollar sign is near ("US$"), there is none.
 */
export function currencyBeforeWord(text: string, at: number, end: number, pack: LanguagePack, named: boolean): boolean {
  if (!mayStartCurrencyBefore(text, at, end)) return false;
  if (!named && !dollarNear(text, at)) return false;
  return currencyBefore(text, at, pack) !== undefined;
}

/** A dollar sign in the six characters after `at` ("US$", "C $"). */
function dollarNear(text: string, at: number): boolean {
  for (let i = at + 1; i < at + 7 && i < text.length; i++) if (text.charCodeAt(i) === 36) return true;
  return false;
}

/** A currency written before the number starting at `at`: "$", "US$ ", "€", "EUR ", "CAD3.03", "Rs. 20". */
export function currencyBefore(text: string, at: number, pack: LanguagePack): CurrencyMark | undefined {
  const c = text.charCodeAt(at);
  if (c >= 48 && c <= 57) return undefined;
  // A symbol, or up to five letters and a dollar sign ("US$", "C $"); words seldom are either.
  let dollarNear = c > 127 || c === 36;
  for (let i = at + 1; i < at + 7 && i < text.length && !dollarNear; i++) dollarNear = text.charCodeAt(i) === 36;
  SYMBOL_BEFORE_RE.lastIndex = at;
  const s = dollarNear ? SYMBOL_BEFORE_RE.exec(text) : null;
  if (s) {
    const unit = s[1] ? DOLLAR_PREFIXES[s[1].toLowerCase()] : s[2] ? GLUED_DOLLAR_PREFIXES[s[2].toLowerCase()] : CURRENCY_SYMBOLS[s[3]];
    return { unit: unit ?? CURRENCY_SYMBOLS[s[3]], at: at + s[0].length, scale: 1 };
  }
  // Most words are no currency: look at the first word alone before reading on.
  const firstEnd = letterRunEnd(text, at);
  if (firstEnd === at || firstEnd - at > 9) return undefined;
  const pos = firstEnd + (text.charCodeAt(firstEnd) === 46 ? 1 : 0);
  const afterFirst = text.charCodeAt(pos);
  const digitNext = (afterFirst >= 48 && afterFirst <= 57) || ((afterFirst === 32 || afterFirst === 0xa0) && isDigitCode(text.charCodeAt(pos + 1)));
  if (!digitNext && !(firstEnd - at >= 8 && /^malaysian?$/i.test(text.slice(at, firstEnd)))) return undefined;
  WORDS_BEFORE_RE.lastIndex = at;
  const w = WORDS_BEFORE_RE.exec(text);
  if (!w) return undefined;
  const words = w[1];
  const lower = words.toLowerCase().replace(/[\s\u00a0]+/g, ' ');
  const glued = w[0] === words;
  // Before the number a million code is written in capitals: "mars 2024" is March, not millions of pesos.
  const million = words === words.toUpperCase() ? millionCode(words) : undefined;
  const unit = codeUnit(words, true) ?? million?.unit ?? (NAMES_BEFORE.has(lower) && (!glued || /^(rs|rm)/.test(lower)) ? currencyNames(pack).get(lower.replace(/\.$/, '')) : undefined);
  if (!unit) return undefined;
  return { unit, at: at + w[0].length, scale: million ? 1e6 : 1 };
}

/** "MUSD", "MEUR", "MAUD": millions of a currency, a convention of financial reports. */
function millionCode(word: string): { unit: string } | undefined {
  if (word.length !== 4 || !/^m/i.test(word)) return undefined;
  const unit = codeUnit(word.slice(1).toUpperCase());
  return unit && (word === word.toUpperCase() || word === word.toLowerCase()) ? { unit } : undefined;
}

const WORDS_AFTER_RE = /[\s\u00a0-]?(\p{L}[\p{L}-]*(?:[\s\u00a0]\p{L}[\p{L}-]*){0,2})/uy;
const WORD_AFTER_RE = /[\s\u00a0-]?(\p{L}[\p{L}-]*)/uy;
const SYMBOL_AFTER_RE = new RegExp(String.raw`[\s\u00a0]?((?:us|u\.s\.)?\$|[${SYMBOL_CLASS}¢]|ரூ)(?![\s\u00a0]?[.,]?\d)`, 'iuy');

/**
 * A currency written after the number that ends at `end`: "20 euros", "15 USD", "42 kuwaiti
 * dinar", "100₾", "30 MUSD". `glued` allows the bare "c" of "43c".
 */
export function currencyAfter(text: string, end: number, pack: LanguagePack): CurrencyMark | undefined {
  SYMBOL_AFTER_RE.lastIndex = end;
  const s = SYMBOL_AFTER_RE.exec(text);
  if (s) return s[1].endsWith('$') ? dollarAfter(text, end + s[0].length, s[1].length > 1) : { unit: CURRENCY_SYMBOLS[s[1]], at: end + s[0].length, scale: 1 };
  // One word is read first; only a word that opens a longer name makes it read on.
  WORD_AFTER_RE.lastIndex = end;
  const one = WORD_AFTER_RE.exec(text);
  // A code run into digits belongs to them: "3 USD50 cards" are three cards of 50 dollars.
  if (!one || isDigitCode(text.charCodeAt(end + one[0].length))) return undefined;
  if (nameTable(pack).firstOfLonger.has(one[1].toLowerCase())) {
    WORDS_AFTER_RE.lastIndex = end;
    const w = WORDS_AFTER_RE.exec(text)!;
    // Longest name first: "kuwaiti dinar" before "dinar"; a name never stops inside a word.
    const words = w[1].split(/[\s\u00a0]/);
    for (let n = words.length; n >= 2; n--) {
      const phrase = words.slice(0, n).join(' ');
      const unit = currencyNames(pack).get(phrase.toLowerCase());
      if (unit) return { unit, at: end + w[0].length - w[1].length + phrase.length, scale: 1 };
    }
  }
  return oneWordCurrency(one[1], end + one[0].length, pack);
}

/**
 * "16,4 millions de $ CAD", "1,34 $ c", "150 $ US": French (above all Canadian French) names the
 * dollar after its sign; without a name after it ("20 $"), or with a prefix ("US$"), it is the US dollar.
 */
function dollarAfter(text: string, at: number, prefixed: boolean): CurrencyMark {
  DOLLAR_CODE_AFTER_RE.lastIndex = at;
  const code = prefixed ? null : DOLLAR_CODE_AFTER_RE.exec(text);
  const unit = code ? DOLLAR_PREFIXES[code[1].toLowerCase()] : undefined;
  return unit ? { unit, at: at + code![0].length, scale: 1 } : { unit: 'USD', at, scale: 1 };
}
// The dollar prefixes of DOLLAR_PREFIXES, longest first; written out so the ReDoS check can read it.
const DOLLAR_CODE_AFTER_RE = /[\s\u00a0]?(u\.s\.|u\.s|usd|cad|aud|nzd|mxn|mex|us|ca|hk|au|nz|c)(?![\p{L}\p{N}'’])/iuy;

/** A currency named in one word that ends at `wordEnd`: a name, a code, "MUSD", or "cent-a-share". */
function oneWordCurrency(word: string, wordEnd: number, pack: LanguagePack): CurrencyMark | undefined {
  const names = currencyNames(pack);
  const unit = names.get(word.toLowerCase()) ?? codeUnit(word);
  if (unit) return { unit, at: wordEnd, scale: 1 };
  // "a 12-cent-a-share dividend": the name is the first part of a hyphenated word.
  const hyphen = word.indexOf('-');
  const part = hyphen > 0 ? names.get(word.slice(0, hyphen).toLowerCase()) : undefined;
  if (part) return { unit: part, at: wordEnd - word.length + hyphen, scale: 1 };
  const million = millionCode(word);
  return million ? { unit: million.unit, at: wordEnd, scale: 1e6 } : undefined;
}

/** Is this written unit a subunit (cents, pence), worth a hundredth of the main unit? */
export function isSubunit(unit: string): boolean {
  return unit === 'cent' || unit === 'pence';
}

/** The name of a subunit right at `at` ("cents", " c", "¢"), with where it ends. */
export function subunitAt(text: string, at: number): number | undefined {
  const m = /[\s\u00a0]?(\p{L}+|¢)/uy;
  m.lastIndex = at;
  const s = m.exec(text);
  if (!s || !SUBUNIT_NAMES.has(s[1].toLowerCase())) return undefined;
  if (s[1].length === 1 && s[0].length !== 1 && s[1] !== '¢') return undefined;
  return at + s[0].length;
}

/** Coins and slang after a count: "ten dimes", "twenty nickels", "10 grand". */
export function coinAfter(text: string, end: number, pack: LanguagePack): { unit: string; value: number; end: number } | undefined {
  // A space, then a coin's name: most numbers are followed by neither.
  if (!/\s/.test(text[end] ?? '') || !mayStartListWord(text, end + 1, keysOf(pack.coins))) return undefined;
  const m = listRegex(keysOf(pack.coins), String.raw`[\s\u00a0](W)(?![\p{L}\p{N}])`, 'iuy');
  m.lastIndex = end;
  const c = m.exec(text);
  if (!c) return undefined;
  const coin = pack.coins[c[1].toLowerCase()];
  // "a grand jury", "two grand pianos": slang for a sum ("grand") before a word is no money.
  if (coin.value >= 1 && /^[\s\u00a0]+\p{L}/u.test(text.slice(end + c[0].length, end + c[0].length + 3))) return undefined;
  return { unit: coin.unit, value: coin.value, end: end + c[0].length };
}

/**
 * The cents after a whole amount: "3 dollars 50 cents", "$20 and 43c", "15 dollars 50.",
 * "zwei Euro und fünfzig Cent". Without a subunit name the number must close the phrase
 * ("15 dollars and 15 people" is two figures).
 */
export function subunitsAfter(text: string, end: number, pack: LanguagePack, style: SeparatorStyle): { end: number; value: number } | undefined {
  const joint = listRegex(single(pack.and), String.raw`[\s\u00a0]*,?[\s\u00a0]+(?:W[\s\u00a0]+)?`, 'iy');
  joint.lastIndex = end;
  const j = joint.exec(text);
  if (!j) return undefined;
  const from = end + j[0].length;
  const c = text.charCodeAt(from);
  if (!((c >= 48 && c <= 57) || /\p{L}/u.test(text[from] ?? ''))) return undefined;
  const phrase = readNumberPhrase(text, from, pack, style);
  if (!phrase || phrase.value >= 100 || !Number.isInteger(phrase.value) || phrase.value < 0) return undefined;
  if (phrase.digits && !/^\d{1,2}$/.test(text.slice(phrase.start, phrase.end))) return undefined;
  const named = subunitAt(text, phrase.end);
  if (named !== undefined) return { end: named, value: phrase.value };
  return /^[\s\u00a0]*(?:[.,;:!?)]|$)/.test(text.slice(phrase.end, phrase.end + 3)) ? { end: phrase.end, value: phrase.value } : undefined;
}
