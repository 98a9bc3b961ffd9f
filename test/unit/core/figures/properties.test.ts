import assert from 'node:assert/strict';

import fc from 'fast-check';

import { extractFigures } from '../../../../src/core/figures/extractFigures';

// Text built from the pieces figures are made of, so the generator reaches the tricky paths
// (separators, scale words, units, dates, hedges) far more often than random characters would.
const piece = fc.oneof(
  fc.constantFrom('1', '12', '123', '1,000', '3.000', '2,4', '1.1.1', ',', '.', ' ', '\u202f', "'", '-', '/', '%', '$', '€', '£'),
  fc.constantFrom('million', 'Mio.', 'Mrd.', 'bn', 'k', 'km', 'Kilometer', 'Grad Celsius', 'per cent', 'Prozent', 'euros'),
  fc.constantFrom('six', 'sechs', 'hundred', 'and', 'und', 'a', 'dozen', 'einhundertzwanzig', 'two-thirds', 'half', 'point'),
  fc.constantFrom('August', 'Aug.', '6.', 'more than', 'rund', 'über', 'thousands', 'Zehntausende', '\n'),
  fc.constantFrom('USD', 'KWD', 'kuwaiti dinar', 'cents', 'c', '₹', 'Rs.', 'grand', 'dimes', 'lakh', 'crore', 'M', 'e9', 'e999', 'x 10^', '^'),
  fc.constantFrom('out of', 'over', 'in', 'twenty-fifth', 'fifths', 'Komma', 'feet', 'inches', 'below zero', 'exactly', '~', 'https://x.org/1', '(kg)', 'of'),
  fc.string({ maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('figure recognition properties (fast-check)', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`never throws, and every span lies inside the input and equals the figure's text (${lang})`, () => {
      fc.assert(
        fc.property(text, (input) => {
          const figures = extractFigures(input, lang);
          let previousEnd = 0;
          for (const f of figures) {
            assert.ok(f.span.start >= 0 && f.span.end <= input.length && f.span.start < f.span.end, JSON.stringify(f.span));
            assert.ok(f.span.start >= previousEnd, 'figures do not overlap and come in order');
            assert.equal(input.slice(f.span.start, f.span.end), f.text);
            assert.ok(Number.isFinite(f.value), `finite value for ${f.text}`);
            if (f.number) assert.ok(f.number.start >= f.span.start && f.number.end <= f.span.end && f.number.start < f.number.end, `number inside ${f.text}`);
            previousEnd = f.span.end;
          }
        }),
        { numRuns: Number(process.env.FC_RUNS ?? 2000) },
      );
    });
  }
});
