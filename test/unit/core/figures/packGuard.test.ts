import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The figure engine's machinery holds no language: every word list and every decision by
 * language lives in a pack under src/core/figures/lang/. These checks read the machinery's
 * source and fail on a word list or a language compared to a literal, so a fix cannot slip a
 * language back into the shared code.
 */
const root = resolve(__dirname, '../../../..');
const figures = join(root, 'src/core/figures');
const LANG_LITERAL = String.raw`'(?:en|de|fr)'|"(?:en|de|fr)"`;

function machineryFiles(dir = figures): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === join(figures, 'lang') ? [] : machineryFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The source without comments, so prose about words ("the" in a comment) is no list. */
function code(path: string): string {
  return readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

const WORD = /^\p{L}[\p{L}\p{M}'.-]*(?: \p{L}[\p{L}\p{M}'.-]*)*$/u;
const isWord = (s: string) => s.length >= 2 && WORD.test(s) && s !== s.toUpperCase();

/** Word lists in a file: arrays, sets or records of three or more words, or regex alternations of them. */
export function wordListsIn(source: string): string[] {
  const found: string[] = [];
  // ['the', 'and', 'of'] or new Set(['a', 'b', 'c'])
  for (const m of source.matchAll(/\[\s*((?:'[^'\\]*'|"[^"\\]*")(?:\s*,\s*(?:'[^'\\]*'|"[^"\\]*"))*)\s*,?\s*\]/g)) {
    const words = [...m[1].matchAll(/'([^'\\]*)'|"([^"\\]*)"/g)].map((s) => s[1] ?? s[2]).filter(isWord);
    if (words.length >= 3) found.push(`list [${words.slice(0, 4).join(', ')}, ...]`);
  }
  // { one: 1, two: 2, three: 3 } or { euro: 'EUR', ... }
  for (const m of source.matchAll(/\{([^{}]*)\}/g)) {
    const keys = [...m[1].matchAll(/(?:^|[,{\s])(?:'([^']+)'|([\p{L}][\p{L}\d]*))\s*:\s*(?:[\d'"])/gu)].map((k) => k[1] ?? k[2]).filter(isWord);
    if (keys.length >= 3) found.push(`record {${keys.slice(0, 4).join(', ')}, ...}`);
  }
  // /(?:of|the|their)/ in a regex literal or a String.raw pattern
  for (const m of source.matchAll(/\((?:\?:)?((?:[\p{L}][\p{L}\p{M}?]*\|){2,}[\p{L}][\p{L}\p{M}?]*)\)/gu)) {
    const words = m[1].split('|').map((w) => w.replace(/\?/g, '')).filter((w) => w.length >= 2);
    if (words.length >= 3) found.push(`alternation (${words.slice(0, 4).join('|')}|...)`);
  }
  return found;
}

/** Comparisons of a language to a literal: lang === 'en', case 'de':, 'fr' !== x. */
export function languageComparisonsIn(source: string): string[] {
  const re = new RegExp(String.raw`(?:===?|!==?)\s*(?:${LANG_LITERAL})|(?:${LANG_LITERAL})\s*(?:===?|!==?)|case\s+(?:${LANG_LITERAL})`, 'g');
  return [...source.matchAll(re)].map((m) => m[0]);
}

describe('figure engine machinery holds no language (packs hold them)', () => {
  const files = machineryFiles();

  it('finds the machinery files', () => assert.ok(files.length >= 20, `only ${files.length} files`));

  for (const file of files) {
    const name = relative(figures, file);
    it(`${name}: no word list and no language compared to a literal`, () => {
      const source = code(file);
      assert.deepEqual([...wordListsIn(source), ...languageComparisonsIn(source)], [], `${name} holds language knowledge; move it into a pack under lang/`);
    });
  }

  it('catches what it is meant to catch', () => {
    assert.equal(wordListsIn(`const HEDGES = ['about', 'around', 'nearly'];`).length, 1);
    assert.equal(wordListsIn(`const SMALL = { one: 1, two: 2, three: 3 };`).length, 1);
    assert.equal(wordListsIn(`const RE = /(?:^|[^\\p{L}])(?:the|this|that)\\s+$/iu;`).length, 1);
    assert.equal(wordListsIn(`const CODES = new Set(['USD', 'EUR', 'GBP']); const K = { k: 1e3, m: 1e6 };`).length, 0);
    assert.equal(wordListsIn(`const C = [...between('mi', 'km'), ...between('km', 'm')];`).length, 0);
    assert.equal(languageComparisonsIn(`return lang === 'en' ? a : b;`).length, 1);
    assert.equal(languageComparisonsIn(`switch (lang) { case 'de': return 1; }`).length, 1);
    assert.equal(languageComparisonsIn(`if ('fr' !== lang) return;`).length, 1);
  });
});
