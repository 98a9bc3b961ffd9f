/**
 * The real-text benchmark (bench/accuracy/README.md): per language, how well the engine reads the
 * annotated articles' figures and how a lint of the honest drafts goes, with those articles as the
 * sources. Reads every language folder there is.
 * Usage: npm run accuracy [-- DIR] [--json] [--verbose]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import { rates, scoreCorpus, type CorpusFile, type LanguageScore, type Listed } from './accuracy/score';

const args = process.argv.slice(2);
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? resolve(__dirname, '../bench/accuracy'));
if (!existsSync(join(dir, 'articles'))) {
  console.error(`no articles/ folder in ${dir}: pass the benchmark folder (default bench/accuracy)`);
  process.exit(2);
}

/** Every file `<dir>/<sub>/<lang>/*.<ext>`, with its language folder. */
function read(sub: string, ext: string): CorpusFile[] {
  const root = join(dir, sub);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((lang) => statSync(join(root, lang)).isDirectory())
    .sort()
    .flatMap((lang) =>
      readdirSync(join(root, lang))
        .filter((name) => name.endsWith(ext))
        .sort()
        .map((name) => ({ lang, path: relative(dir, join(root, lang, name)), text: readFileSync(join(root, lang, name), 'utf8') })),
    );
}

const started = performance.now();
const score = scoreCorpus(read('articles', '.txt'), read('drafts', '.md'));
const seconds = (performance.now() - started) / 1000;

if (json) {
  console.log(JSON.stringify({ dir, seconds, languages: score.languages.map((s) => ({ ...s, rates: rates(s) })) }, null, 2));
} else {
  for (const s of score.languages) printLanguage(s);
  printSummary(score.languages);
  console.log(`(${seconds.toFixed(1)} s)`);
}

function printLanguage(s: LanguageScore): void {
  const r = rates(s);
  const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);
  console.log(`${s.lang}: ${s.articles} articles, ${s.marks} marked figures, ${s.figures} read; ${s.drafts} drafts, ${s.draftWords} words, ${s.planted} planted errors`);
  if (s.engineError) console.log(`  engine error: ${s.engineError}`);
  console.log(`  recall ${pct(r.recall)} (${s.found}/${s.marks})  precision ${pct(r.precision)} (${s.figuresOnMarks}/${s.figures})  units ${pct(r.units)} (${s.unitsRight}/${s.found})  values ${pct(r.values)}  kinds ${pct(r.kinds)}  subjects ${pct(r.subjects)}`);
  console.log(`  false alarms ${r.falseAlarmsPer1000Words === null ? 'n/a' : r.falseAlarmsPer1000Words.toFixed(1)} per 1,000 words (${s.falseAlarms})  planted errors caught ${pct(r.plantedCaught)} (${s.caught}/${s.planted})`);
  if (s.uncited.length) console.log(`  ${s.uncited.length} honest figures reported uncited (information, not counted)`);
  if (s.dataErrors.length) console.log(`  ${s.dataErrors.length} data errors in the corpus${verbose ? ':' : ' (--verbose lists them)'}`);
  if (!verbose) return;
  list('data errors', s.dataErrors);
  list('missed figures', s.misses);
  list('false figures', s.falseFigures);
  list('wrong units', s.wrongUnits);
  list('wrong values', s.wrongValues);
  list('false alarms in honest figures', s.alarms);
  list('planted errors not caught', s.uncaught);
  list('honest figures reported uncited (information)', s.uncited);
}

/** One line per language with the issue's five measures, the way its targets are stated. */
function printSummary(languages: LanguageScore[]): void {
  const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);
  const rows = languages.map((s) => {
    const r = rates(s);
    return [s.lang, pct(r.recall), pct(r.precision), pct(r.units), r.falseAlarmsPer1000Words === null ? 'n/a' : r.falseAlarmsPer1000Words.toFixed(1), `${s.caught}/${s.planted}`];
  });
  const header = ['lang', 'recall', 'precision', 'units', 'alarms/1000w', 'planted caught'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const row of [header, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
}

function list(title: string, items: Listed[]): void {
  if (items.length === 0) return;
  console.log(`  ${title} (${items.length}):`);
  for (const i of items) console.log(`    ${i.path}:${i.line}  ${i.text}${i.note ? `  (${i.note})` : ''}`);
}
