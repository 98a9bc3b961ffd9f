import assert from 'node:assert/strict';

import { loadSource } from '../../../../src/core/sources/loadSource';
import type { Source } from '../../../../src/core/sources/source';
import { StoredFigures } from '../../../../src/core/sources/storedFigures';
import { storedParts } from '../../../../src/core/sources/storedParagraph';
import type { Figure } from '../../../../src/core/types';

const text = 'About 4,500 residents were moved. Rund 12 Millionen Euro.';
const figure = (start: number, end: number, more: object = {}): Figure => ({ span: { start, end }, text: text.slice(start, end), value: 4500, kind: 'count', lang: 'en', ...more }) as Figure;

describe('source figures in columns (storedFigures)', () => {
  it('gives back every figure as it was made: same keys in the same order, same values, odd shapes kept whole', () => {
    const figures: Figure[] = [
      figure(6, 11, { noun: 'residents', subject: 'person', subjectWord: 'residents', hedge: 'about' }),
      figure(34, 51, { lang: 'de', value: 12e6, scale: 1e6, unit: 'EUR', kind: 'money', number: { start: 39, end: 41 } }),
      figure(6, 11, { text: 'not its slice', unit: undefined, strictBound: true, requirement: true, change: 'fall' }),
      figure(6, 11, { kind: 'date', value: 20240605, eitherOrder: true }),
      figure(6, 11, { value: -0 }),
      figure(6, 11, { value: NaN, scale: 1e5 }),
      figure(6, 11, { unknownKey: 1 }),
      figure(6, 11, { span: { start: 6, end: 11, extra: true } }),
      figure(6, 11, { noun: -0 }),
    ];
    const stored = StoredFigures.of(figures, text, 'en');
    assert.equal(stored.count, figures.length);
    figures.forEach((expected, i) => {
      const made = stored.at(i);
      assert.deepEqual(made, expected, `figure ${i}`);
      assert.deepEqual(Object.keys(made), Object.keys(expected), `figure ${i}'s key order`);
      assert.ok(Object.is(made.value, expected.value), `figure ${i}'s value`);
      assert.equal(stored.kindAt(i), expected.kind);
      assert.equal(stored.unitAt(i), expected.unit);
      assert.ok(Object.is(stored.valueAt(i), expected.value));
      assert.equal(stored.at(i), made, 'asked again, the same object');
    });
  });

  it('gives back figures whose text is not their span\'s (outside the text, reversed, empty) and, past a full table, figures kept whole', () => {
    const odd: Figure[] = [
      figure(0, 5, { span: { start: -5, end: 0 }, text: text.slice(-5) }),
      figure(0, 5, { span: { start: 50, end: 70 }, text: text.slice(50, 70) }),
      figure(0, 5, { span: { start: 9, end: 4 }, text: '' }),
      figure(0, 5, { text: 'About' }),
    ];
    // Each figure's noun a new value: 70,000 of them fill the table of 65,535 codes.
    const many = Array.from({ length: 70_000 }, (_, i) => figure(6, 11, { noun: `noun ${i}` }));
    const figures = [...odd, ...many];
    const stored = StoredFigures.of(figures, text, 'en');
    figures.forEach((expected, i) => {
      const made = stored.at(i);
      if (i < odd.length || i % 9973 === 0 || i === figures.length - 1) {
        assert.deepEqual(made, expected, `figure ${i}`);
        assert.deepEqual(Object.keys(made), Object.keys(expected), `figure ${i}'s key order`);
      } else assert.equal(made.noun, expected.noun, `figure ${i}`);
    });
    assert.ok(stored.transferable.table.length <= 0xffff);
    assert.ok(stored.transferable.odd && stored.transferable.odd.size > 0, 'the figures past the full table are kept whole');
  });

  it('holds every key a figure of the engine has in columns (a date read either way round too), none kept whole', () => {
    const dated = loadSource({ path: 'sources/vote.txt', bytes: new TextEncoder().encode('The vote on 05/06/2024 drew about 300 people, 12% more than in 2020.\n') }) as Source;
    const figures = dated.paragraphs.flatMap((p) => p.figures);
    assert.ok(figures.some((f) => f.eitherOrder), 'the slashed date reads either way round');
    const stored = StoredFigures.of(figures, dated.text, dated.lang);
    assert.equal(stored.transferable.odd, undefined);
  });

  it('reads a loaded source\'s paragraphs and figures from columns as plain objects would read', () => {
    const source = loadSource({ path: 'sources/flood.md', bytes: new TextEncoder().encode('# Flood\n\nAbout 4,500 residents were moved.\n\nThe dikes cost 12 million euros.') }) as Source;
    assert.ok(storedParts(source), 'stored in columns');
    const plain = JSON.parse(JSON.stringify(source)) as Source;
    assert.deepEqual(source, plain);
    assert.equal(source.paragraphs, source.paragraphs, 'made once');
    assert.equal(source.paragraphs[1].figures[0], source.paragraphs[1].figures[0]);
    assert.equal(plain.paragraphs[1].figures[0].text, '4,500');
    source.paragraphs = [];
    assert.equal(storedParts(source), undefined, 'assigned paragraphs are plain ones');
    assert.deepEqual(source.paragraphs, []);
  });
});
