import assert from 'node:assert/strict';

import { packFor } from '../../../../src/core/figures/lang';
import { unitMatch } from '../../../../src/core/figures/unitsOf';
import type { Lang } from '../../../../src/core/types';

/** The form unitMatch reads after the number ending at the first space (or at `at`), or null. */
function formAfter(lang: Lang, text: string, at = text.indexOf(' ')): string | null {
  return unitMatch(text, at, packFor(lang))?.[1] ?? null;
}

// unitMatch runs a cheap first test before the unit alternation: these are the cases it must not turn away.
describe('unitMatch and its first test', () => {
  it('reads a unit in any case, after a space, a no-break space, a hyphen or nothing', () => {
    assert.equal(formAfter('en', '5 KM away'), 'KM');
    assert.equal(formAfter('en', '5\u00a0km away', 1), 'km');
    assert.equal(formAfter('en', 'a 20-kilometre walk', 4), 'kilometre');
    assert.equal(formAfter('en', '5km', 1), 'km');
    assert.equal(formAfter('en', 'rose 5 %.', 6), '%');
  });

  it('reads a unit at the end of the text and one of several words', () => {
    assert.equal(formAfter('en', '5 km'), 'km');
    assert.equal(formAfter('en', '30 degrees celsius today', 2), 'degrees celsius');
  });

  it('leaves the Kelvin sign to the pattern, which folds it to k', () => {
    assert.equal(formAfter('en', '5 \u212Am away'), '\u212Am');
  });

  it('finds no unit in a longer word or an elided one', () => {
    assert.equal(formAfter('en', '12 minister'), null);
    assert.equal(formAfter('en', '5 kmx'), null);
    assert.equal(formAfter('en', '5 residents'), null);
    assert.equal(formAfter('fr', "7 l'an dernier"), null);
  });
});
