import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { CONTEXT_RULES } from '../../../../src/core/figures/context';
import { explainFigures } from '../../../../src/core/figures/extractFigures';
import { isLang } from '../../../../src/core/figures/lang';
import type { Figure, Lang } from '../../../../src/core/types';

/**
 * The examples beside each context rule (src/core/figures/context/<rule>.<lang>.txt) and the
 * French pack's (lang/fr/examples/*.txt), in the inline-expectation format: every figure the
 * engine reads on a line must be marked, `[text]{VALUE UNIT? KIND? hedge=...}`, and every mark
 * read; a line without marks reads no figure. A line that names a rule's file is also checked to
 * be decided by that rule when it has marks.
 */
const figures = resolve(__dirname, '../../../../src/core/figures');
const contextDir = join(figures, 'context');
const frenchDir = join(figures, 'lang/fr/examples');
const KINDS = new Set(['count', 'percent', 'money', 'quantity', 'duration', 'date', 'year', 'ordinal', 'vague']);
const MARK = /\[([^\]]+)\]\{([^}]+)\}/g;

interface Example {
  plain: string;
  expected: string[];
}

/** A line's text without its marks, and each mark as "text value unit kind hedge". */
function parse(line: string): Example {
  let plain = '';
  let last = 0;
  const expected: string[] = [];
  for (const m of line.matchAll(MARK)) {
    plain += line.slice(last, m.index) + m[1];
    last = m.index! + m[0].length;
    const fields = m[2].trim().split(/\s+/);
    const hedge = fields.find((f) => f.startsWith('hedge='))?.slice(6);
    // noun= and scale= are checked by examples.test.ts, which reads the same lines.
    const rest = fields.filter((f) => !f.includes('='));
    const kind = KINDS.has(rest[rest.length - 1]) ? rest.pop()! : 'count';
    const [value, unit] = rest;
    expected.push(describe_(m[1], Number(value), unit, kind, hedge));
  }
  return { plain: plain + line.slice(last), expected };
}

function describe_(text: string, value: number, unit: string | undefined, kind: string, hedge?: string): string {
  return `[${text}] ${Number(value.toPrecision(12))} ${unit ?? '-'} ${kind}${hedge ? ' hedge=' + hedge : ''}`;
}
const shown = (f: Figure) => describe_(f.text, f.value, f.unit, f.kind, f.hedge);

function examples(dir: string, file: string): Example[] {
  return readFileSync(join(dir, file), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map(parse);
}

describe('context rules and their examples', () => {
  const files = readdirSync(contextDir).filter((f) => f.endsWith('.txt'));
  const rules = CONTEXT_RULES.map((r) => r.name);

  it('lists every rule file once, and every rule has a file and examples beside it', () => {
    const ruleFiles = readdirSync(contextDir).filter((f) => f.endsWith('.ts') && !['index.ts', 'trace.ts'].includes(f)).map((f) => f.replace(/\.ts$/, ''));
    const named = new Set(ruleFiles.flatMap((f) => (f === 'code' ? ['code'] : [f])));
    for (const rule of rules) assert.ok(named.has(rule), `${rule} has no file`);
    for (const rule of rules) assert.ok(files.some((f) => f.startsWith(rule + '.')), `${rule} has no examples`);
    assert.equal(new Set(rules).size, rules.length);
  });

  for (const file of files) {
    const [rule, lang] = file.split('.');
    if (!isLang(lang)) throw new Error(`${file}: name it <rule>.<lang>.txt`);
    for (const { plain, expected } of examples(contextDir, file)) {
      it(`${rule} (${lang}): ${plain}`, () => {
        const read = explainFigures(plain, lang as Lang);
        assert.deepEqual(read.map((e) => shown(e.figure)), expected);
        if (expected.length > 0 && rules.includes(rule) && !['phoneNumber', 'clockTime', 'clockRange', 'slashPair', 'code', 'pronounOne', 'rate', 'inchOrPreposition', 'footnoteMark', 'leadingZero', 'numberedName', 'clockFraction', 'levelName', 'placeCode', 'streetAddress', 'fileNumber', 'rateBase'].includes(rule)) {
          assert.ok(read.some((e) => e.rules.includes(rule)), `no figure on this line is decided by ${rule}`);
        }
      });
    }
  }
});

describe('French examples (lang/fr/examples)', () => {
  // known-failures.txt lists what the engine gets wrong today; examples.test.ts runs it as pending.
  for (const file of readdirSync(frenchDir).filter((f) => f.endsWith('.txt') && f !== 'known-failures.txt')) {
    for (const { plain, expected } of examples(frenchDir, file)) {
      it(`${file}: ${plain}`, () => assert.deepEqual(explainFigures(plain, 'fr').map((e) => shown(e.figure)), expected));
    }
  }
});
