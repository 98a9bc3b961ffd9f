import assert from 'node:assert/strict';

import { extractFigures } from '../../../../src/core/figures/extractFigures';
import { FigureIndex } from '../../../../src/core/figures/figureIndex';
import { matchFigure } from '../../../../src/core/figures/matchFigure';

/** Issue 12: "a number of 100,000 digits": past double precision, numbers are compared as written. */
describe('numbers past double precision', () => {
  function matchKind(draft: string, source: string): string | undefined {
    const index = new FigureIndex();
    for (const figure of extractFigures(source, 'en')) index.add({ figure, sourceKey: 'src', paragraph: 1 });
    const [figure] = extractFigures(draft, 'en');
    assert.ok(figure, `no figure in "${draft.slice(0, 40)}"`);
    return matchFigure(figure, index)?.kind;
  }
  const huge = (lead: string, n: number) => lead + '7'.repeat(n);

  it('never matches two different 400-digit numbers, though both are Infinity as doubles', () => {
    assert.equal(matchKind(`It was ${huge('1', 400)} units.`, `It was ${huge('2', 400)} units.`), undefined);
  });

  it('matches the same 400-digit number written the same way', () => {
    assert.equal(matchKind(`It was ${huge('1', 400)} units.`, `Some ${huge('1', 400)} units.`), 'exact');
  });

  it('never matches two different 20-digit numbers that round to the same double', () => {
    assert.equal(Number('12345678901234567891'), Number('12345678901234567892'));
    assert.equal(matchKind('It was 12345678901234567891 units.', 'It was 12345678901234567892 units.'), undefined);
    assert.equal(matchKind('about 12345678901234567891 units', 'It was 12345678901234567892 units.'), undefined);
    assert.equal(matchKind('It was 12,345,678,901,234,567,891 units.', 'It was 12345678901234567891 units.'), 'exact');
  });

  it('reads a number of 100,000 digits without failing', () => {
    const figures = extractFigures(`a ${huge('9', 100_000)} b`, 'en');
    assert.equal(figures.length, 1);
    assert.equal(matchKind(`a ${huge('9', 100_000)} b`, `a ${huge('8', 100_000)} b`), undefined);
  });

  it('still matches ordinary numbers as before', () => {
    assert.equal(matchKind('about 76,000 people', 'A total of 76,213 people left.'), 'rounded');
    assert.equal(matchKind('It cost $1,000,000,000,000,000.', 'It cost $1,000,000,000,000,000.'), 'exact');
  });
});
