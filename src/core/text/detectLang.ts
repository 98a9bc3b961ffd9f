import { LANGS, packFor } from '../figures/lang';
import type { Lang } from '../types';

/** Each language's function words, from its pack: short, frequent words distinctive for it. */
let table: Map<string, Lang> | undefined;
function functionWords(): Map<string, Lang> {
  if (!table) {
    table = new Map();
    for (const lang of LANGS) for (const word of packFor(lang).functionWords) if (!table.has(word)) table.set(word, lang);
  }
  return table;
}

const NOT_LETTERS = /\P{L}+/u;

/**
 * Guesses the language of a text from its function words; counting them is enough to tell
 * English, German and French news prose apart, a sentence or two decides reliably. English
 * (the first language) when undecided.
 */
export function detectLang(text: string): Lang {
  const words = functionWords();
  const counts = new Map<Lang, number>();
  // A sample is plenty, and keeps detection constant-time on large files.
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  // The runs of letters, split out between runs of anything else (no match object a word: this
  // runs on every source of a cold load); the empty ends of the split are no word in the table.
  for (const word of sample.toLowerCase().split(NOT_LETTERS)) {
    const lang = words.get(word);
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best = LANGS[0];
  for (const lang of LANGS) if ((counts.get(lang) ?? 0) > (counts.get(best) ?? 0)) best = lang;
  return best;
}
