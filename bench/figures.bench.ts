/**
 * The figure engine against Microsoft Recognizers-Text (the library a developer would otherwise
 * reach for), on the same news-like English and German text in one run; and the engine alone on
 * 1 MB of adversarial input, to show recognition stays linear. Run with `npm run bench:figures`.
 */
import * as Recognizers from '@microsoft/recognizers-text-number';

import { extractFigures } from '../src/core/figures/extractFigures';
import { makeCorpus } from './corpus';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn: () => number): { ms: number; found: number } {
  const start = performance.now();
  const found = fn();
  return { ms: performance.now() - start, found };
}

const corpus = makeCorpus({ sources: 40, drafts: 0, paragraphs: 30 });
const english = corpus.sources.filter((s) => s.path.includes('/en_')).map((s) => s.text).join('\n');
const german = corpus.sources.filter((s) => s.path.includes('/de_')).map((s) => s.text).join('\n');

console.log(`news-like text: ${(english.length / 1000).toFixed(0)} k chars English, ${(german.length / 1000).toFixed(0)} k chars German; ${ROUNDS} rounds, median`);
for (const [lang, culture, text] of [['en', 'en-us', english], ['de', 'de-de', german]] as const) {
  extractFigures(text, lang);
  Recognizers.recognizeNumber(text.slice(0, 2000), culture); // warm-up
  const ours: number[] = [];
  const theirs: number[] = [];
  let found = { ours: 0, theirs: 0 };
  for (let i = 0; i < ROUNDS; i++) {
    const a = time(() => extractFigures(text, lang).length);
    // Recognizers-Text is given one line at a time, as it is meant to be used on sentences.
    const b = time(() => text.split('\n').reduce((n, line) => n + Recognizers.recognizeNumber(line, culture).length, 0));
    ours.push(a.ms);
    theirs.push(b.ms);
    found = { ours: a.found, theirs: b.found };
  }
  const mcs = (ms: number) => ((text.length / 1e6) / (ms / 1000)).toFixed(2);
  console.log(`${lang}: backcheck ${median(ours).toFixed(1)} ms (${mcs(median(ours))} M chars/s, ${found.ours} figures); recognizers-text-number ${median(theirs).toFixed(1)} ms (${mcs(median(theirs))} M chars/s, ${found.theirs} numbers); time ratio backcheck/recognizers ${(median(ours) / median(theirs)).toFixed(3)}`);
}

const MB = 1_000_000;
const adversarial: Array<[string, string]> = [
  ['one digit run', '7'.repeat(MB)],
  ['"1,1,1,..."', '1,'.repeat(MB / 2)],
  ['"1.1.1..."', '1.'.repeat(MB / 2)],
  ['"1 000 000 ..." groups', '1 000 '.repeat(MB / 6)],
  ['number words', 'one hundred and twenty thousand '.repeat(MB / 32)],
  ['German compounds', 'einhundertzwanzigtausend '.repeat(MB / 25)],
  ['hedges and units', 'more than 5 km and about 6 % and '.repeat(MB / 34)],
  ['"1-2-3-..." (densest)', '1-'.repeat(MB / 2)],
  ['money in parts', '$20 and 43c, 3 dollars 50 cents, 42 kuwaiti dinar '.repeat(MB / 50)],
  ['ratios and fractions', 'one out of three, one twenty-fifth, a quarter million '.repeat(MB / 54)],
  ['measures in parts', '5 feet 2 inches and 2 km and 1 meter '.repeat(MB / 37)],
];
console.log('\n1 MB adversarial inputs (each once):');
for (const [name, input] of adversarial) {
  for (const lang of ['en', 'de'] as const) {
    const { ms, found } = time(() => extractFigures(input, lang).length);
    console.log(`  ${name.padEnd(26)} ${lang}: ${ms.toFixed(0).padStart(5)} ms, ${found} figures`);
  }
}
