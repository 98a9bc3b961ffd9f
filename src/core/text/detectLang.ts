import type { Lang } from '../types';

// Short, frequent function words that are distinctive for each language. Counting them is
// enough to tell English from German news prose; a sentence or two decides reliably.
const EN = new Set([
  'the', 'and', 'of', 'to', 'in', 'is', 'that', 'have', 'has', 'was', 'were', 'with', 'for', 'from', 'this', 'which', 'by', 'on',
  'are', 'it', 'as', 'at', 'been', 'not', 'be', 'will', 'would', 'their', 'they', 'he', 'she', 'said', 'or', 'but', 'after', 'than',
]);
// Words that are also English words ("war", "am", "also", "bald") are left out.
const DE = new Set([
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'zu', 'sich', 'auf', 'für',
  'wurden', 'wird', 'hat', 'haben', 'dass', 'auch', 'bei', 'im', 'es', 'waren', 'wurde', 'sind', 'wie', 'aus', 'nach', 'noch',
  'nur', 'sie', 'wir', 'ich', 'als', 'oder', 'aber', 'wenn', 'werden', 'kann', 'vor', 'zum', 'zur', 'seit', 'bis', 'einen',
  'einem', 'eines', 'mehr', 'über', 'sowie', 'soll', 'gibt',
]);

/** Guesses the language of a text from its function words; English when undecided. */
export function detectLang(text: string): Lang {
  let en = 0;
  let de = 0;
  // A sample is plenty, and keeps detection constant-time on large files.
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (const match of sample.toLowerCase().matchAll(/[a-zäöüß]+/g)) {
    const word = match[0];
    if (EN.has(word)) en++;
    else if (DE.has(word)) de++;
  }
  return de > en ? 'de' : 'en';
}
