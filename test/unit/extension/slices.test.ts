import assert from 'node:assert/strict';

import { runInSlices, SLICE_MS } from '../../../src/extension/slices';

/** Holds the thread for `ms`, as a step of real work does. */
function busy(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // spinning on purpose
  }
}

describe('runInSlices (the extension\'s long work, a slice at a time)', () => {
  it('runs every step and returns the last one\'s value', async () => {
    function* steps(): Generator<void, string, void> {
      for (let i = 0; i < 5; i++) yield;
      return 'done';
    }
    assert.deepEqual(await runInSlices(steps()), { value: 'done' });
  });

  it('lets a timer that waits run between slices, not only after the last step', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    function* steps(): Generator<void, void, void> {
      // Two slices' worth of steps: the timer set before comes between them.
      for (let i = 0; i < 4; i++) {
        busy(SLICE_MS / 2 + 1);
        order.push(`step ${i}`);
        yield;
      }
    }
    await runInSlices(steps());
    assert.ok(order.indexOf('timer') > 0 && order.indexOf('timer') < order.length - 1, order.join(', '));
  });

  it('drops the rest when stopped, closing the steps (their finally runs), and answers undefined', async () => {
    let ran = 0;
    let closed = false;
    function* steps(): Generator<void, string, void> {
      try {
        for (;;) {
          ran++;
          yield;
        }
      } finally {
        closed = true;
      }
    }
    assert.equal(await runInSlices(steps(), () => ran >= 3), undefined);
    assert.equal(ran, 3);
    assert.equal(closed, true);
  });
});
