import { LANGS, packFor } from '../figures/lang';
import type { Lang } from '../types';

const NOT_LETTERS = /\P{L}+/u;

/** Each language's function words, from its pack: short, frequent words distinctive for it. */
let table: Map<string, Lang> | undefined;
function functionWords(): Map<string, Lang> {
  if (!table) {
    table = new Map();
    for (const lang of LANGS) for (const word of packFor(lang).functionWords) if (!table.has(word)) table.set(word, lang);
  }
  return table;
}

/**
 * Guesses the language of a text from its function words; counting them is enough to tell
 * English, German and French news prose apart, a sentence or two decides reliably. English
 * (the first language) when undecided.
 */
export function detectLang(text: string): Lang {
  const counts = functionWordCounts(text);
  let best = LANGS[0];
  for (const lang of LANGS) if ((counts.get(lang) ?? 0) > (counts.get(best) ?? 0)) best = lang;
  return best;
}

function functionWordCounts(text: string, sampled = 20000): Map<Lang, number> {
  const words = functionWords();
  const counts = new Map<Lang, number>();
  // A sample is plenty, and keeps detection constant-time on large files.
  const sample = text.length > sampled ? text.slice(0, sampled) : text;
  // The runs of letters, split out between runs of anything else (no match object a word: this
  // runs on every source of a cold load, and on each of its paragraphs); the empty ends of the
  // split are no word in the table. Faster than reading the runs in place (profiled).
  for (const word of sample.toLowerCase().split(NOT_LETTERS)) {
    const lang = words.get(word);
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return counts;
}

/** Shorter blocks are read in their document's language: a line or two is too little to tell. */
const MIN_BLOCK_CHARS = 120;
/** Function words of the other language a block needs, and how many times those of its document's. */
const MIN_WORDS = 4;
const TIMES = 3;
/** Characters of a block read to tell its language. */
const BLOCK_SAMPLE = 240;

/**
 * The language of one block of a draft in `documentLang` ("Söder sagte, mehr als 60.000
 * Menschen …" in an English draft): another only
 * where the block is long enough and its function words are plainly that language's, so that its
 * numbers are read as written there ("60.000" is 60,000 in German, 60 in English). Otherwise
 * the document's: a name or a borrowed phrase changes nothing.
 */
export function blockLang(text: string, documentLang: Lang): Lang {
  if (text.length < MIN_BLOCK_CHARS) return documentLang;
  // Its first sentence or two decide: a long paragraph need not be read to its end.
  const counts = functionWordCounts(text, BLOCK_SAMPLE);
  const own = counts.get(documentLang) ?? 0;
  let best = documentLang;
  for (const lang of LANGS) {
    const n = counts.get(lang) ?? 0;
    if (lang !== documentLang && n >= MIN_WORDS && n >= TIMES * own && n > (counts.get(best) ?? 0)) best = lang;
  }
  return best;
}
