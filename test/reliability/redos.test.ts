import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { checkSync } from 'recheck';

import type { Built } from './builtRegexes';
import { findRegexes, type FoundRegex } from './regexScan';

/**
 * Regular expressions written in src/ that recheck does not call safe (vulnerable, or undecided
 * in time), each with why it is safe where it is used. Keyed by file and the first 50 characters
 * of the expression as written. An entry that no longer matches a regex fails the test, so the
 * list stays maintained; a new regex that recheck flags must be fixed or added here. Regexes
 * built at run time are checked as built (BUILT_LISTED below).
 */
const LISTED: Record<string, string> = {
  "src/core/sources/pdfLayout.ts: /^(?:(?:page|seite|s\\.)\\s*)?[-\u2013\u2014]?\\s*\\d{1,4}\\s*[-\u2013": "applied only to a line of at most 40 characters (isPageNumber checks the length first)",
  "src/core/features/sentenceBefore.ts: /\\[[^[\\]\\n]*@[^[\\]\\n]*\\]/g": "applied to at most 2,000 characters before the citation (MAX_BEFORE in sentenceBefore.ts)",
  "src/core/figures/context/poundsWeightOrMoney.ts: /(?:[^\\s.!?]+[\\s\\u00a0]+){0,5}$/u": "applied to the 60 characters before a number",
  "src/core/figures/context/temperatureLetter.ts: /(\\p{L}+)[\\s\\u00a0]+$/u": "applied to the 16 characters before a number",
  "src/core/figures/lang/common/currencies.ts: /\\s*\\(.*\\)\\s*/g": "applied once, at load, to the ISO 4217 currency names of the currency-codes package: fixed data",
  "src/extension/projectSettings.ts: /\\/+$/": "applied to one \"sources\" entry of .backcheckrc.json or the setting, a short path",
  "src/core/figures/extractFigures.ts: /\\b(?:https?:\\/\\/|www\\.)[^\\s<>\"')\\]]+/gi": "undecided by recheck in time; applied to the 12 characters before a rate's \"a\"",
  "src/core/figures/money.ts: /(\\p{L}+(?:\\.|(?:[\\s\\u00a0]\\p{L}+){0,2}))[\\s\\u00a0": "sticky at one position that the code before it has checked: a first word of at most 9 letters right before a number (or \"malaysian\"), so the run it can backtrack over is a few characters",
  "src/core/lint/rules/quoteUnmatched.ts: /“([^”“]+)”|\"([^\"]+)\"|„([^“”\"]+)[“”\"]|«([^»]+)»|»(": "undecided by recheck in time; each alternative is an opening mark, a run of characters that are not its marks, and a closing mark: an attempt scans only to the next quote mark",
  "src/core/lint/suppressions.ts: /^\\s*backcheck-(disable-next-line|disable-file|dis": "undecided by recheck in time; applied to one comment body, and its one quantified part ([^>]*) runs to the end unambiguously",
  "src/core/text/sentences.ts: /^\\s+(Januar|Jänner|Februar|März|April|Mai|Juni|Ju": "undecided by recheck in time (an alternation of month names); applied to the 13 characters after a full stop",
  "src/core/text/sentences.ts: /([\\p{L}.]+|\\d+)$/u": "applied to the at most 12 characters before a full stop",
};

/**
 * Regexes built at run time that recheck does not call safe, as built from every pack, each with
 * why it is safe where it is used. Keyed by the file that builds it and the caller outside that
 * file (listRegex's caller, say) as `file function`, since one builder serves many callers.
 */
const BUILT_LISTED: Record<string, string> = {
  'src/core/figures/words.ts ← src/core/figures/money.ts subunitsAfter': 'sticky at the end of an amount, and everything after `[\\s\\u00a0]+` is optional: the first space run ends the match, one attempt a figure',
  'src/core/figures/words.ts ← src/core/figures/context/age.ts ageRegex': 'applied to the 60 characters before a number (afterAgeWords slices them), so a run of joints or spaces is at most 60 long',
  'src/core/figures/words.ts ← src/core/figures/context/degreesAngle.ts isAngle': 'applied to the 48 characters before a number (turningBefore) or the words just after it',
};

const keyOf = (r: FoundRegex) => `${r.file}: ${r.code.slice(0, 50)}`;

describe('reliability: every regular expression in src/ passes a ReDoS checker (recheck) or is listed', function () {
  this.timeout(600_000);
  const found = findRegexes(resolve(__dirname, '../..'));

  it('finds the regexes of the source tree (regex literals and new RegExp)', () => {
    assert.ok(found.length > 100, `found ${found.length}`);
    assert.ok(found.some((r) => r.file === 'src/core/text/sentences.ts'));
  });

  it('each one is safe by recheck, or listed with why it is safe where it is used', () => {
    const failures: string[] = [];
    const used = new Set<string>();
    for (const regex of found) {
      const key = keyOf(regex);
      if (LISTED[key]) {
        used.add(key);
        continue;
      }
      // Built at run time: checked as built, in the next test.
      if (regex.pattern === undefined) continue;
      // A regex recheck cannot decide in time is listed, with a reason, or simplified.
      let result = checkSync(regex.pattern, regex.flags ?? '', { timeout: 2000 });
      // Undecided in 2 s may be the machine's load: ask once more with 15 s.
      if (result.status === 'unknown') result = checkSync(regex.pattern, regex.flags ?? '', { timeout: 15_000 });
      if (result.status !== 'safe') {
        const why = result.status === 'vulnerable' ? `${result.complexity.type}, attack ${result.attack.pattern.slice(0, 60)}` : `undecided (${result.error.kind})`;
        failures.push(`${regex.file}:${regex.line} ${regex.code.slice(0, 80)}: ${why}`);
      }
    }
    const stale = Object.keys(LISTED).filter((key) => !used.has(key));
    assert.deepEqual(failures, [], `not safe by recheck and not listed:\n${failures.join('\n')}`);
    assert.deepEqual(stale, [], 'listed, but no such regex any more: remove the entry');
  });

  it('each regex built at run time, as built from every pack, is safe by recheck or listed with why', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', resolve(__dirname, 'builtRegexes.ts')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    assert.equal(child.status, 0, child.stderr.slice(-2000));
    const written = new Set(found.filter((r) => r.pattern !== undefined).map((r) => `${r.file}:${r.line}`));
    // Regex literals that the TypeScript loader rewrites to `new RegExp` are checked as written.
    const built = (JSON.parse(child.stdout) as Built[]).filter((b) => !written.has(b.site));
    const failures: string[] = [];
    for (const r of found.filter((f) => f.pattern === undefined)) {
      if (!built.some((b) => b.site === `${r.file}:${r.line}`)) failures.push(`${r.file}:${r.line} ${r.code.slice(0, 80)}: built at run time, but builtRegexes.ts did not build it: drive the code that does`);
    }
    const used = new Set<string>();
    const checked = new Map<string, string>();
    for (const b of built) {
      const key = `${b.site.replace(/:\d+$/, '')} ← ${b.via ?? '(top level)'}`;
      if (BUILT_LISTED[key]) {
        used.add(key);
        continue;
      }
      const id = `${b.flags}/${b.pattern}`;
      let verdict = checked.get(id);
      if (verdict === undefined) {
        let result = checkSync(b.pattern, b.flags, { timeout: 3000 });
        if (result.status === 'unknown') result = checkSync(b.pattern, b.flags, { timeout: 15_000 });
        verdict = result.status === 'safe' ? '' : result.status === 'vulnerable' ? `${result.complexity.type}, attack ${result.attack.pattern.slice(0, 60)}` : `undecided (${result.error.kind})`;
        checked.set(id, verdict);
      }
      if (verdict) failures.push(`${key} (${b.site}) /${b.pattern.slice(0, 80)}/${b.flags}: ${verdict}`);
    }
    assert.ok(checked.size > 40, `checked ${checked.size} built patterns`);
    const stale = Object.keys(BUILT_LISTED).filter((key) => !used.has(key));
    assert.deepEqual(failures, [], `built at run time, not safe by recheck and not listed:\n${failures.join('\n')}`);
    assert.deepEqual(stale, [], 'listed, but no such regex is built any more: remove the entry');
  });
});

