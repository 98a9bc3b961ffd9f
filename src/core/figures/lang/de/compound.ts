import { DE_SMALL, DE_UNIT_WORDS as DE_UNITS } from './numbers';

/**
 * Reads one German number word, compounds included: "fünfundsechzig" (65), "einhundertzwanzig"
 * (120), "zweitausendvierundzwanzig" (2024), "dreihunderttausend" (300000). No library reads
 * German compounds, so this does, by the grammar: [n] tausend [n] hundert [unit und] tens.
 * Returns undefined for anything that is not entirely a number word.
 */
const NUMBER_START = /^(?:ein|zw[eöoa]|drei|vier|f[üu]e?nf|sech|sieb|acht|neun|zehn|elf|hundert|tausend|null)/i;

export function parseGermanNumberWord(input: string): number | undefined {
  // Every German number word starts with one of these; most words of a text are turned away here.
  if (!NUMBER_START.test(input)) return undefined;
  // "fuenf", "zwoelf": umlauts spelled out, as on keyboards without them.
  const word = input.toLowerCase().replace(/ue/g, 'ü').replace(/oe/g, 'ö');
  if (word.length === 0 || word.length > 80) return undefined;
  if (word === 'dreiviertel') return 0.75;
  // "zweieinhalb" (2.5), "dreieinhalb", "einundhalb": a whole number and a half, in one word.
  const half = /^(.+?)(?:ein|und)halb$/.exec(word);
  if (half) {
    const whole = parseBelowMillion(half[1]);
    return whole === undefined ? undefined : whole + 0.5;
  }
  return parseBelowMillion(word);
}

function parseBelowMillion(word: string): number | undefined {
  const at = word.lastIndexOf('tausend');
  if (at >= 0) {
    const left = word.slice(0, at);
    const right = word.slice(at + 'tausend'.length);
    const thousands = left === '' ? 1 : parseBelowThousand(left);
    const rest = right === '' ? 0 : parseBelowThousand(right.replace(/^und/, ''));
    return thousands === undefined || rest === undefined || thousands === 0 ? undefined : thousands * 1000 + rest;
  }
  return parseBelowThousand(word);
}

function parseBelowThousand(word: string): number | undefined {
  const at = word.indexOf('hundert');
  if (at >= 0) {
    const left = word.slice(0, at);
    const right = word.slice(at + 'hundert'.length);
    // "achtzehnhundert" (1800): a year-style count of hundreds, up to 99.
    const hundreds = left === '' ? 1 : DE_UNITS[left] ?? (DE_SMALL[left] >= 10 ? DE_SMALL[left] : parseBelowHundred(left));
    const rest = right === '' ? 0 : parseBelowHundred(right.replace(/^und/, ''));
    return hundreds === undefined || rest === undefined ? undefined : hundreds * 100 + rest;
  }
  return parseBelowHundred(word);
}

function parseBelowHundred(word: string): number | undefined {
  if (word in DE_SMALL && !/^eine[mnrs]?$/.test(word)) return DE_SMALL[word];
  // "vierundzwanzig": a unit, "und", then the tens.
  const und = word.indexOf('und');
  if (und > 0) {
    const unit = DE_UNITS[word.slice(0, und)];
    const tens = DE_SMALL[word.slice(und + 3)];
    if (unit !== undefined && tens !== undefined && tens >= 20 && tens % 10 === 0) return tens + unit;
  }
  return undefined;
}
