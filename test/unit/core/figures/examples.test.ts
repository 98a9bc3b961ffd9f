/**
 * Runs every example corpus under src/core/figures/lang/<lang>/examples/ (format: exampleCorpus.ts)
 * through the public extractFigures in the folder's language, one test a line, named file:line.
 * `known-failures.txt` holds examples today's engine gets wrong: they are reported as pending,
 * and fail once they pass, so a fixed case moves to its topic file instead of staying listed.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import { extractFigures } from '../../../../src/core/figures/extractFigures';
import type { Lang } from '../../../../src/core/types';
import { checkExample, parseExampleLine } from './exampleCorpus';

const ROOT = resolve(__dirname, '../../../..');
const LANGS = resolve(ROOT, 'src/core/figures/lang');
const KNOWN_FAILURES = 'known-failures.txt';

/** Each language folder with examples, and its example files (in subfolders too), sorted. */
function exampleFiles(): Array<{ lang: string; files: string[] }> {
  if (!existsSync(LANGS)) return [];
  return readdirSync(LANGS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(LANGS, d.name, 'examples')))
    .map((d) => {
      const dir = join(LANGS, d.name, 'examples');
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).sort();
      return { lang: d.name, files: files.map((f) => join(dir, f)) };
    });
}

describe('figure examples (src/core/figures/lang/*/examples)', () => {
  const langs = exampleFiles();
  it('finds example files for English and German', () => {
    assert.ok(langs.some((l) => l.lang === 'en' && l.files.length > 0), 'no en examples');
    assert.ok(langs.some((l) => l.lang === 'de' && l.files.length > 0), 'no de examples');
  });
  for (const { lang, files } of langs) {
    for (const file of files) {
      const name = relative(ROOT, file);
      const known = file.endsWith(KNOWN_FAILURES);
      describe(name, () => {
        readFileSync(file, 'utf8').split(/\r?\n/).forEach((line, i) => {
          const where = `${name}:${i + 1}`;
          let example: ReturnType<typeof parseExampleLine>;
          try {
            example = parseExampleLine(line);
          } catch (error) {
            it(`${where} reads as an example`, () => assert.fail(`${where}: ${(error as Error).message}`));
            return;
          }
          if (!example) return;
          const problems = () => checkExample(example, extractFigures(example.plain, lang as Lang));
          if (known) {
            const now = problems();
            if (now.length > 0) it.skip(`${where} known failure: ${example.plain} — ${now.join('; ')}`);
            else it(`${where} known failure: ${example.plain}`, () => assert.fail(`${where}: now passes — move it from ${KNOWN_FAILURES} to its topic file`));
            return;
          }
          it(`:${i + 1} ${example.plain}`, () => {
            const found = problems();
            assert.ok(found.length === 0, `${where}: ${example.plain}\n  ${found.join('\n  ')}`);
          });
        });
      });
    }
  }
});
