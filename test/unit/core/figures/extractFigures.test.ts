import assert from 'node:assert/strict';

import { extractFigures } from '../../../../src/core/figures/extractFigures';

describe('extractFigures (skeleton)', () => {
  it('reads "76,000" in English as seventy-six thousand', () => {
    const [figure] = extractFigures('Over 76,000 people have been evacuated.', 'en');
    assert.equal(figure.value, 76000);
    assert.equal(figure.text, '76,000');
    assert.deepEqual(figure.span, { start: 5, end: 11 });
    assert.equal(figure.hedge, 'more-than');
    assert.equal(figure.noun, 'people');
  });

  it('reads "3.000" in German as three thousand, not three', () => {
    const [figure] = extractFigures('Mehr als 3.000 Menschen wurden gebracht.', 'de');
    assert.equal(figure.value, 3000);
    assert.equal(figure.hedge, 'more-than');
  });

  it('reads "2,4 Prozent" in German as a percentage with a decimal comma', () => {
    const [figure] = extractFigures('Die Quote stieg um 2,4 Prozent.', 'de');
    assert.equal(figure.value, 2.4);
    assert.equal(figure.unit, '%');
    assert.equal(figure.kind, 'percent');
  });
});
