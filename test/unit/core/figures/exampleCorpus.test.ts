import assert from 'node:assert/strict';

import { extractFigures } from '../../../../src/core/figures/extractFigures';
import type { Figure } from '../../../../src/core/types';
import { checkExample, parseExampleLine } from './exampleCorpus';

const figure = (text: string, start: number, value: number, more: Partial<Figure> = {}): Figure => ({
  span: { start, end: start + text.length }, text, value, kind: 'count', lang: 'en', ...more,
});
const check = (line: string, figures: Figure[]) => checkExample(parseExampleLine(line)!, figures);

describe('the figure example runner (exampleCorpus)', () => {
  it('strips the marks and keeps where each figure is written', () => {
    const example = parseExampleLine('She wanted to drop [25 pounds]{25 lb quantity} and [half]{1/2 hedge=more-than}.')!;
    assert.equal(example.plain, 'She wanted to drop 25 pounds and half.');
    assert.deepEqual(example.marks.map((m) => [m.text, m.start, m.value, m.unit, m.kind, m.hedge]), [
      ['25 pounds', 19, 25, 'lb', 'quantity', undefined],
      ['half', 33, 0.5, undefined, undefined, 'more-than'],
    ]);
  });

  it('reads a lone kind word as the kind, and two words as unit and kind', () => {
    const [year, duration, unitOnly] = parseExampleLine('[2022]{2022 year} [2 years]{2 year duration} [5 km]{5 km} [1 ft]{5+2/12 ft}')!.marks;
    assert.deepEqual([year.unit, year.kind], [undefined, 'year']);
    assert.deepEqual([duration.unit, duration.kind], ['year', 'duration']);
    assert.deepEqual([unitOnly.unit, unitOnly.kind], ['km', undefined]);
    assert.ok(Math.abs(parseExampleLine('[x]{5+2/12 ft}')!.marks[0].value - (5 + 2 / 12)) < 1e-12);
  });

  it('skips comments and blank lines, and rejects a malformed mark', () => {
    assert.equal(parseExampleLine('# a comment'), undefined);
    assert.equal(parseExampleLine('   '), undefined);
    assert.throws(() => parseExampleLine('[5]{}'), /no value/);
    assert.throws(() => parseExampleLine('[5]{5 km lengthy}'), /unknown kind/);
    assert.throws(() => parseExampleLine('[5]{5 colour=red}'), /unknown key/);
  });

  it('passes when every figure is marked and read as marked', () => {
    assert.deepEqual(check('It cost [15 dollars]{15 USD money} and [15]{15} people paid.', extractFigures('It cost 15 dollars and 15 people paid.', 'en')), []);
  });

  it('fails on an extra figure, one the line does not mark', () => {
    const problems = check('It cost [15 dollars]{15 USD money} and 15 people paid.', extractFigures('It cost 15 dollars and 15 people paid.', 'en'));
    assert.deepEqual(problems, ['extra figure [15]{15 count} at 23']);
  });

  it('fails on a missing figure, one the engine does not read', () => {
    const problems = check('They stayed [a fortnight]{14 day duration}.', []);
    assert.deepEqual(problems, ['missing [a fortnight]{14 day duration} (read: no figure)']);
  });

  it('fails on a line without marks that holds a figure', () => {
    assert.deepEqual(check('a 5 km loop', [figure('5 km', 2, 5, { unit: 'km' })]), ['extra figure [5 km]{5 km count} at 2']);
  });

  it('fails on a figure read in another place, value, unit, kind, hedge, noun or scale', () => {
    const line = 'Over [76,000]{76000 count hedge=more-than noun=people scale=-} people.';
    assert.deepEqual(check(line, [figure('76,000', 5, 76000, { hedge: 'more-than', noun: 'people' })]), []);
    assert.match(check(line, [figure('76,000', 6, 76000, { hedge: 'more-than', noun: 'people' })]).join(), /missing.*extra/);
    const wrong = check(line, [figure('76,000', 5, 76, { unit: '%', kind: 'percent', noun: 'folk', scale: 1e3 })]);
    assert.equal(wrong.length, 1);
    for (const part of ['value 76, expected 76000', 'unit %, expected none', 'kind percent, expected count', 'hedge none, expected more-than', 'noun folk, expected people', 'scale 1000, expected none']) {
      assert.ok(wrong[0].includes(part), `${wrong[0]} says ${part}`);
    }
  });
});
