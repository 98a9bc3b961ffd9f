import assert from 'node:assert/strict';

import { analyzeDraft } from '../../../src/core/draft';
import { loadSource } from '../../../src/core/sources/loadSource';
import { isUnreadable } from '../../../src/core/sources/loadSource';

const draftFigures = (text: string) => analyzeDraft(text, { lang: 'en' }).figures.map((f) => [f.text, f.value, f.unit ?? null]);

function sourceFigures(path: string, text: string) {
  const source = loadSource({ path, bytes: new TextEncoder().encode(text) });
  assert.ok(!isUnreadable(source));
  return source.paragraphs.flatMap((p) => p.figures.map((f) => {
    assert.equal(text.slice(f.span.start, f.span.end), f.text, 'offsets stay the file\'s own');
    return [f.text, f.value, f.unit ?? null];
  }));
}

describe('no figure runs across a boundary', () => {
  describe('in drafts', () => {
    it('a blank line: "ten dollars", a blank line, "10 cents" is two figures', () => {
      assert.deepEqual(draftFigures('He paid ten dollars\n\n10 cents later it rose.\n'), [['ten dollars', 10, 'USD'], ['10 cents', 10, 'cent']]);
    });

    it('a blank line between a distance and another', () => {
      assert.deepEqual(draftFigures('It was 8 mi\n\n9m away.\n'), [['8 mi', 8, 'mi'], ['9m', 9, 'm']]);
    });

    it('a heading line', () => {
      assert.deepEqual(draftFigures('# Costs in dollars: ten dollars\n10 cents more each day.\n'), [['ten dollars', 10, 'USD'], ['10 cents', 10, 'cent']]);
    });

    it('a table cell', () => {
      const text = '| paid | change |\n| --- | --- |\n| ten dollars | 10 cents |\n';
      assert.deepEqual(draftFigures(text), [['ten dollars', 10, 'USD'], ['10 cents', 10, 'cent']]);
    });

    it('a list item', () => {
      assert.deepEqual(draftFigures('- ten dollars\n- 10 cents\n'), [['ten dollars', 10, 'USD'], ['10 cents', 10, 'cent']]);
    });

    it('keeps a figure whole inside one paragraph, and its offsets the draft\'s own', () => {
      const text = 'First.\n\nHe paid ten dollars 10 cents.\n';
      const [figure] = analyzeDraft(text, { lang: 'en' }).figures;
      assert.equal(figure.value, 10.1);
      assert.equal(text.slice(figure.span.start, figure.span.end), 'ten dollars 10 cents');
    });

    it('nor does what a reading looks at: a bound before a blank line or a list item, a noun in the next cell', () => {
      const read = (text: string) => analyzeDraft(text, { lang: 'en' }).figures.map((f) => [f.text, f.hedge ?? null, f.noun ?? null]);
      assert.deepEqual(read('They counted more than\n\n5,000 residents there.\n'), [['5,000', null, 'residents']]);
      assert.deepEqual(read('About\n\n- 40 schools closed.\n'), [['40', null, 'schools']]);
      assert.deepEqual(read('| Officials | 5,000 | residents |\n| --- | --- | --- |\n'), [['5,000', null, null]]);
      // Inside one block the bound and the noun are read as ever.
      assert.deepEqual(read('They counted more than 5,000 residents there.\n'), [['5,000', 'more-than', 'residents']]);
    });

    it('reads every paragraph with the document\'s separator style', () => {
      // "1.250.000" fixes the German-style separators; "3.000" two paragraphs on stays 3000.
      const figures = analyzeDraft('Es kamen 1.250.000 Menschen.\n\nSie zahlten zehn Euro\n\n50 Cent.\n\nDann 3.000 mehr.\n', { lang: 'de' }).figures;
      assert.deepEqual(figures.map((f) => f.value), [1250000, 10, 50, 3000]);
    });
  });

  describe('in sources', () => {
    it('a blank line', () => {
      assert.deepEqual(sourceFigures('s.txt', 'He paid ten dollars\n\n10 cents later.\n'), [['ten dollars', 10, 'USD'], ['10 cents', 10, 'cent']]);
    });

    it('a line break in a source of one paragraph a line', () => {
      assert.deepEqual(sourceFigures('s.txt', 'It was 8 mi\n9m away from the port.\n'), [['8 mi', 8, 'mi'], ['9m', 9, 'm']]);
    });

    it('a heading line in a Markdown source', () => {
      assert.deepEqual(sourceFigures('s.md', '# The bill: ten dollars\n10 cents more each day.\n\nEnd.\n'), [['ten dollars', 10, 'USD'], ['10 cents', 10, 'cent']]);
    });

    it('a table cell', () => {
      assert.deepEqual(sourceFigures('s.md', 'Prices:\n\n| ten dollars | 10 cents |\n| --- | --- |\n'), [['ten dollars', 10, 'USD'], ['10 cents', 10, 'cent']]);
      assert.deepEqual(sourceFigures('s.txt', 'Prices\n\nten dollars | 10 cents\n'), [['ten dollars', 10, 'USD'], ['10 cents', 10, 'cent']]);
    });
  });
});
