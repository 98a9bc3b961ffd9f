import { ADVERSARIAL_UNITS, adversarialInput } from '../../bench/adversarialFigures';
import { extractFigures } from '../../src/core/figures/extractFigures';
import { assertLinear } from './helpers';

// The figure engine on the inputs built to slow it (those `npm run bench:figures` times at 1 MB),
// in every language: each doubled must not take four times as long. A rule that looks back over
// every earlier figure, or searches to the text's start for a line break, is quadratic on one
// endless paragraph ("a quarter million " repeated took 96 s a megabyte; a cubic walk back over
// the figures before it in moneyOfSentence.ts).
describe('reliability: the figure engine is linear on adversarial inputs (doubling does not quadruple)', function () {
  this.timeout(300_000);
  for (const [name, unit] of ADVERSARIAL_UNITS) {
    for (const lang of ['en', 'de', 'fr'] as const) {
      it(`${name}, ${lang}, 50 KB → 100 KB`, () => {
        assertLinear(`${name} (${lang})`, (n) => adversarialInput(unit, n), 50_000, (text) => extractFigures(text, lang));
      });
    }
  }
});
