import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { checkSync } from 'recheck';

import { findRegexes, type FoundRegex } from './regexScan';

/**
 * Regular expressions that recheck does not call safe (vulnerable, or undecided in time), or that
 * are built at run time, each with why it is safe where it is used. Keyed by file and the first
 * 50 characters of the expression as written. An entry that no longer matches a regex fails the
 * test, so the list stays maintained; a new regex that recheck flags must be fixed or added here.
 */
const LISTED: Record<string, string> = {
  "src/core/figures/unitsOf.ts: new RegExp(String.raw`[\\s\\u00a0\\u202f\\u2009-]?(${f": "built from a pack's fixed unit names (escaped literals), longest first; sticky at the end of a number",
  "src/core/figures/words.ts: new RegExp(shape.replace('W', `(?:${words})`), fla": "listRegex: a pack's fixed word list as escaped literals, longest first, placed into shapes written in the callers; the compiled patterns are not yet checked by recheck one by one (a follow-up)",
  "src/core/sources/pdfLayout.ts: /^(?:(?:page|seite|s\\.)\\s*)?[-\u2013\u2014]?\\s*\\d{1,4}\\s*[-\u2013": "applied only to a line of at most 40 characters (isPageNumber checks the length first)",
  "src/node/docxSource.ts: new RegExp(`<${tag}(?:\\\\s[^>]*)?>([\\\\s\\\\S]*?)</${t": "tag is one of the fixed Dublin Core names; applied to docProps/core.xml, a small part of the file",
  "src/core/features/sentenceBefore.ts: /\\[[^[\\]\\n]*@[^[\\]\\n]*\\]/g": "applied to at most 2,000 characters before the citation (MAX_BEFORE in sentenceBefore.ts)",
  "src/core/figures/context/poundsWeightOrMoney.ts: /(?:[^\\s.!?]+[\\s\\u00a0]+){0,5}$/u": "applied to the 60 characters before a number",
  "src/core/figures/context/temperatureLetter.ts: /(\\p{L}+)[\\s\\u00a0]+$/u": "applied to the 16 characters before a number",
  "src/core/figures/lang/common/currencies.ts: /\\s*\\(.*\\)\\s*/g": "applied once, at load, to the ISO 4217 currency names of the currency-codes package: fixed data",
  "src/extension/projectSettings.ts: /\\/+$/": "applied to one \"sources\" entry of .backcheckrc.json or the setting, a short path",
  "src/core/figures/dates.ts: new RegExp(String.raw`(\\d{1,2})(?:${suffixes})?\\s?": "built from a pack's fixed month names and suffixes (literals); bounded quantifiers ({1,2}, ?) only",
  "src/core/figures/dates.ts: new RegExp(String.raw`(${months})\\.?\\s(\\d{1,2})(?:": "built from a pack's fixed month names (literals); bounded quantifiers ({1,2}, ?) only",
  "src/core/figures/hedgeBefore.ts: new RegExp(String.raw`(?<![\\p{L}~])(${ending.map((": "built from a pack's fixed hedge words (escaped literals) that end in one run of letters, anchored at the end of the 24 characters just before a number",
  "src/core/figures/lang/de/cardinals.ts: new RegExp(String.raw`^(\\p{L}+?)(?:${DURATION_ADJE": "built from the German pack's fixed duration stems; applied to one word",
  "src/core/figures/money.ts: new RegExp(String.raw`(?:(${alternation(DOLLAR_PRE": "built from the fixed currency prefixes and symbols; sticky at one position",
  "src/core/figures/money.ts: new RegExp(String.raw`[\\s\\u00a0]?((?:us|u\\.s\\.)?\\$": "built from the fixed currency symbols; optional single characters only, sticky",
  "src/core/figures/unitWithoutNumber.ts: new RegExp(String.raw`(?:(${alt(articles)})${s}+)?": "built from a pack's fixed articles and fraction words; sticky at one position",
  "src/core/citations/parseCitations.ts: new RegExp(String.raw`(-?)@(${KEY})`, 'u')": "built from the key pattern KEY: a key character, or one punctuation character that a key character must follow; nothing ambiguous to backtrack over",
  "src/core/citations/parseCitations.ts: new RegExp(String.raw`(?<![\\p{L}\\p{N}_@.\\[])@(${KE": "the same KEY after \"@\", with a one-character look-behind",
  "src/core/figures/extractFigures.ts: /\\b(?:https?:\\/\\/|www\\.)[^\\s<>\"')\\]]+/gi": "undecided by recheck in time; applied to the 12 characters before a rate's \"a\"",
  "src/core/figures/money.ts: /(\\p{L}+(?:\\.|(?:[\\s\\u00a0]\\p{L}+){0,2}))[\\s\\u00a0": "sticky at one position that the code before it has checked: a first word of at most 9 letters right before a number (or \"malaysian\"), so the run it can backtrack over is a few characters",
  "src/core/lint/rules/quoteUnmatched.ts: /“([^”“]+)”|\"([^\"]+)\"|„([^“”\"]+)[“”\"]|«([^»]+)»|»(": "undecided by recheck in time; each alternative is an opening mark, a run of characters that are not its marks, and a closing mark: an attempt scans only to the next quote mark",
  "src/core/lint/suppressions.ts: /^\\s*backcheck-(disable-next-line|disable-file|dis": "undecided by recheck in time; applied to one comment body, and its one quantified part ([^>]*) runs to the end unambiguously",
  "src/core/text/sentences.ts: /^\\s+(Januar|Jänner|Februar|März|April|Mai|Juni|Ju": "undecided by recheck in time (an alternation of month names); applied to the 13 characters after a full stop",
  "src/core/text/sentences.ts: /([\\p{L}.]+|\\d+)$/u": "applied to the at most 12 characters before a full stop",
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
      if (regex.pattern === undefined) {
        failures.push(`${regex.file}:${regex.line} ${regex.code.slice(0, 80)}: built at run time; list it with why it is safe`);
        continue;
      }
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
});
