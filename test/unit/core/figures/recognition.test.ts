import assert from 'node:assert/strict';

import { extractFigures } from '../../../../src/core/figures/extractFigures';
import { germanOrdinal } from '../../../../src/core/figures/shareWords';
import type { Lang } from '../../../../src/core/types';

// Which figures a text holds, and how each reads, is asserted by the example corpora in
// src/core/figures/lang/<lang>/examples/ (run by examples.test.ts). What stays here is what
// an example line cannot say: a helper's own answers, where the number sits inside a figure,
// and today's partial guarantees for lines that are known failures as a whole.

describe('figure recognition: what the examples cannot say', () => {
  const texts = (text: string, lang: Lang) => extractFigures(text, lang).map((f) => f.text);

  it('reads German ordinals in every case', () => {
    const ordinals = ['fünfte', 'Fünften', 'dritter', 'sechste', 'zwanzigste', 'einundzwanzigsten', 'hundertste', 'siebte', 'achten', 'zweites', 'Haus'];
    assert.deepEqual(ordinals.map(germanOrdinal), [5, 5, 3, 6, 20, 21, 100, 7, 8, 2, undefined]);
  });

  it('marks where the number itself is written inside a figure', () => {
    const text = 'a fine of $20 over 3 years';
    const [money, years] = extractFigures(text, 'en');
    assert.equal(text.slice(money.number!.start, money.number!.end), '20');
    assert.equal(text.slice(years.number!.start, years.number!.end), '3');
  });

  // The whole lines are in en/examples/known-failures.txt (a hedge read into "over"; "a dime a
  // dozen" read as twelve); until they pass, these parts of them stay guarded here.
  it('reads a period after "over" as a separate figure', () => {
    assert.deepEqual(texts('I want to earn $2000 over 3 years', 'en'), ['$2000', '3 years']);
    assert.deepEqual(texts('Sales rose 5 over 2023.', 'en'), ['5', '2023']);
  });

  it('reads a dash and a space that open a line of a text as a bullet, no minus; at the very start it is one', () => {
    const values = (text: string) => extractFigures(text, 'fr').map((f) => f.value);
    assert.deepEqual(values('Les mentions :\n- 911 mentions Très Bien\n  - 14 mentions Bien'), [911, 14]);
    assert.deepEqual(values('- 10 degrés'), [-10]);
    assert.deepEqual(values('Il fait :\n-10 degrés'), [-10]);
  });

  it('reads no money in "a dime a dozen"', () => {
    assert.ok(!extractFigures('Such cars are a dime a dozen and turn on a dime.', 'en').some((f) => f.kind === 'money'));
  });
});
