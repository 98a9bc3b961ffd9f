import assert from 'node:assert/strict';

import { PdfDomMatrix } from '../../../src/node/pdfDomMatrix';

describe('PdfDomMatrix (the DOMMatrix pdf.js needs on Node)', () => {
  it('is the identity when built with no arguments', () => {
    const m = new PdfDomMatrix();
    assert.deepEqual([m.a, m.b, m.c, m.d, m.e, m.f], [1, 0, 0, 1, 0, 0]);
  });

  it('scales then translates as the DOM does (pdf.js Type3 glyph: flip a bitmap of height h)', () => {
    const w = 4;
    const h = 8;
    const m = new PdfDomMatrix().scaleSelf(1 / w, -1 / h).translateSelf(0, -h);
    // + 0 turns the -0 of 0 × -1/h into 0: the DOM gives the same number.
    assert.deepEqual([m.a, m.b, m.c, m.d, m.e, m.f].map((x) => x + 0), [0.25, 0, 0, -0.125, 0, 1]);
  });

  it('translates through the linear part of a matrix given as six numbers', () => {
    const m = new PdfDomMatrix([2, 1, 3, 4, 5, 6]).translateSelf(1, 2);
    assert.deepEqual([m.e, m.f], [5 + 2 * 1 + 3 * 2, 6 + 1 * 1 + 4 * 2]);
  });
});
