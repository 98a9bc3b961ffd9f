import assert from 'node:assert/strict';

import { isCancelled, type CancellationToken } from '../../../../src/core/cancellation';
import { fillLibrary, type SourceProvider } from '../../../../src/core/sources/provider';
import { SourceLibrary } from '../../../../src/core/sources/library';
import { Backcheck } from '../../../../src/core/service';

/** A token that counts how often it is asked, and is cancelled from the `after`-th question on. */
function countingToken(after = Infinity): CancellationToken & { asked: number } {
  const token = {
    asked: 0,
    get isCancellationRequested() {
      return ++token.asked >= after;
    },
  };
  return token;
}

const encoder = new TextEncoder();
// Every line a figure, most of them in no source: the figure rules judge each one.
const LONG_DRAFT = Array.from({ length: 800 }, (_, i) => `The crews counted ${i + 7} boats near pier ${i + 3} [@harbour].`).join('\n\n') + '\n';

describe('a lint or a load cancelled part-way', () => {
  const backcheck = new Backcheck();
  backcheck.library.set({ path: 'sources/harbour.txt', bytes: encoder.encode('The crews counted 10 boats near pier 4.\n') });

  it('stops a long lint between batches of figures, with Cancelled and no findings, and lints whole afterwards', function () {
    // Four lints of an 800-figure draft: seconds on a loaded machine.
    this.timeout(60_000);
    // The work done so far, as the citations of figures looked up (one a figure judged).
    let lookups = 0;
    const byKey = backcheck.library.byKey.bind(backcheck.library);
    backcheck.library.byKey = (key) => (lookups++, byKey(key));
    const atAsks: number[] = [];
    const whole = { get isCancellationRequested() { atAsks.push(lookups); return false; } };
    const reference = backcheck.lint(LONG_DRAFT, {}, whole);
    const total = lookups;
    assert.ok(reference.length > 500, `${reference.length} findings`);
    // A look at the token in the middle of judging the figures, not only before and after.
    const middle = atAsks.findIndex((n) => n >= total * 0.4);
    assert.ok(middle >= 0 && atAsks[middle] <= total * 0.6, `the token was looked at after ${atAsks.join(', ')} of ${total} lookups`);

    lookups = 0;
    const cancelled = countingToken(middle + 1);
    let returned: unknown;
    assert.throws(() => (returned = backcheck.lint(LONG_DRAFT, {}, cancelled)), isCancelled);
    assert.equal(returned, undefined, 'nothing partial was returned');
    assert.ok(lookups <= atAsks[middle], `it stopped at the first look after the cancel (${lookups} lookups)`);
    // Nothing of the stopped run is kept as the draft's result.
    assert.deepEqual(backcheck.lint(LONG_DRAFT, {}, countingToken()), reference);
    assert.deepEqual(backcheck.lint(LONG_DRAFT), reference);
  });

  it('stops a load between files, without reading the rest', async () => {
    const read: string[] = [];
    const provider: SourceProvider = {
      list: async () => Array.from({ length: 200 }, (_, i) => `sources/s${i}.txt`),
      read: async (path) => (read.push(path), { path, bytes: encoder.encode(`Some ${read.length} boats.\n`) }),
    };
    const library = new SourceLibrary();
    await assert.rejects(fillLibrary(library, provider, { token: countingToken(10), concurrency: 4 }), isCancelled);
    assert.ok(read.length <= 14, `${read.length} of 200 files read`);
    assert.ok(library.size < 10, `${library.size} sources set`);
  });
});
