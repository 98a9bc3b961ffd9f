import assert from 'node:assert/strict';

import { Backcheck } from '../../src/core/service';
import { loadSource } from '../../src/core/sources/loadSource';
import { assertLinear, SOURCE_TEXT } from './helpers';

// Each row of issue 12 that was super-linear: the input doubled must not take four times as
// long. Sizes are the or a half of them, large enough that a quadratic reader would be
// far past the 3× bound here (the issue measured seconds to minutes at these sizes).
const encoder = new TextEncoder();
const backcheck = new Backcheck();
backcheck.library.set({ path: 'sources/elbe.txt', bytes: encoder.encode(SOURCE_TEXT) });
const lint = (text: string) => backcheck.lint(text);
const load = (text: string) => loadSource({ path: 'sources/big.txt', bytes: encoder.encode(text) });

/** A paragraph of ordinary news prose with figures and a citation. */
const PROSE = 'The river rose to 7.42 metres on Tuesday, and about 1,200 residents left the old town [@elbe, para. 1]. Officials said 3 bridges were closed.\n\n';

describe('reliability: linear in the input (doubling it does not quadruple the time)', function () {
  this.timeout(120_000);

  it('a source with 100,000 spaces in a paragraph (was 12.6 s, quadratic in paragraphs.ts)', () => {
    assertLinear('spaces', (n) => `Before.\n\nA${' '.repeat(n)}B\n\nAfter.\n`, 100_000, load);
    const source = load(`Before.\n\nA${' '.repeat(100_000)}B\n\nAfter.\n`);
    assert.ok('paragraphs' in source && source.paragraphs.length === 3);
  });

  it('a draft of 62,500 dots then x (was 15 s, sentences.ts)', () => {
    assertLinear('dots', (n) => '.'.repeat(n) + 'x', 62_500, lint);
  });

  it('a draft of 25,000 blank lines → 50,000 (250 KB was 27 s, sentences.ts)', () => {
    assertLinear('blank lines', (n) => 'Text.' + '\n'.repeat(n) + 'More 5 text.', 25_000, lint);
  });

  it('a draft with a 100 KB → 200 KB fenced block (500 KB was 21 s, sentences.ts)', () => {
    assertLinear('fenced block', (n) => 'Intro 3.\n\n```\n' + 'code line 12\n'.repeat(n / 13) + '```\n\nOutro 4.\n', 100_000, lint);
  });

  it('"[" then 125,000 "@" (was 17 s, parseCitations.ts)', () => {
    assertLinear('[@@@', (n) => '[' + '@'.repeat(n), 125_000, lint);
  });

  it('"[" then "@ " repeated, 250 KB (was 33 s, parseCitations.ts)', () => {
    assertLinear('[@ @ ', (n) => '[' + '@ '.repeat(n / 2), 250_000, lint);
  });

  it('a citation key followed by 100,000 spaces (locator parsing)', () => {
    assertLinear('[@a    ', (n) => `A 5 [@elbe${' '.repeat(n)}]`, 100_000, lint);
  });

  it('250 KB → 500 KB of "<!-- backcheck-enable x " (1 MB was 22 s, suppressions.ts)', () => {
    const unit = '<!-- backcheck-enable x ';
    assertLinear('suppressions', (n) => 'A 5 figure.\n' + unit.repeat(n / unit.length), 250_000, lint);
  });

  it('many suppression comments and many findings (one sweep, not comments × findings)', () => {
    const unit = '<!-- backcheck-disable figure-uncited --> 9.9 and 8.8 <!-- backcheck-enable figure-uncited -->\n';
    assertLinear('toggles', (n) => unit.repeat(n / unit.length), 50_000, lint);
  });

  it('citations on one line, 125 KB → 250 KB (250 KB → 500 KB was 2.8 → 13.2 s, micromark)', () => {
    assertLinear('citations on a line', (n) => 'The river rose. ' + '[@elbe, para. 1] '.repeat(n / 17), 125_000, lint);
  });

  it('emphasis repeated, 125 KB → 250 KB (250 KB was 30 s, micromark)', () => {
    assertLinear('emphasis', (n) => '_a_ **b** '.repeat(n / 10), 125_000, lint);
  });

  it('a realistic draft, 100 KB → 200 KB (was 3 → 21 → 149 s for 1 → 4 → 7.5 MB: withoutUrls, sentence lookups)', () => {
    assertLinear('realistic draft', (n) => PROSE.repeat(n / PROSE.length), 100_000, lint);
  });

  it('a realistic source, 250 KB → 500 KB', () => {
    assertLinear('realistic source', (n) => PROSE.repeat(n / PROSE.length), 250_000, load);
  });
});
