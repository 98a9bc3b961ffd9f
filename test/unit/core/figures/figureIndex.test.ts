import assert from 'node:assert/strict';

import fc from 'fast-check';

import { FigureIndex, lookupValue, type LocatedFigure } from '../../../../src/core/figures/figureIndex';
import type { Figure } from '../../../../src/core/types';

const figure = (value: number, kind: Figure['kind'] = 'count', unit?: string): Figure => ({ value, kind, unit, lang: 'en', text: String(value), span: { start: 0, end: 1 } });
const located = (value: number, sourceKey: string, unit?: string): LocatedFigure => ({ figure: figure(value, unit ? 'money' : 'count', unit), sourceKey, paragraph: 0 });

/** What a lookup must answer: the live entries in the range, by value, the earlier-added first on a tie. */
function expected(live: LocatedFigure[], low: number, high: number, unit?: string): string[] {
  return live
    .filter((e) => e.figure.unit === unit && lookupValue(e.figure) >= low && lookupValue(e.figure) <= high)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => lookupValue(a.e.figure) - lookupValue(b.e.figure) || a.i - b.i)
    .map(({ e }) => e.sourceKey);
}

describe('FigureIndex', () => {
  it('merges figures added after a lookup into the sorted bucket, ties after the earlier ones', () => {
    const index = new FigureIndex();
    for (const [v, k] of [[30, 'a'], [10, 'b'], [20, 'c']] as const) index.add(located(v, k));
    assert.deepEqual(index.inRange(figure(0), 0, 100).map((e) => e.sourceKey), ['b', 'c', 'a']);
    for (const [v, k] of [[20, 'd'], [5, 'e'], [40, 'f']] as const) index.add(located(v, k));
    index.settle();
    assert.deepEqual(index.inRange(figure(0), 0, 100).map((e) => e.sourceKey), ['e', 'b', 'c', 'd', 'a', 'f']);
  });

  it('answers as one sorted list would, whatever the order of adds, removals, settles and lookups', () => {
    const step = fc.oneof(
      fc.record({ add: fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.constantFrom(undefined, 'EUR')), { maxLength: 8 }) }),
      fc.record({ remove: fc.nat() }),
      fc.record({ settle: fc.constant(true) }),
      fc.record({ look: fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.constantFrom(undefined, 'EUR')) }),
    );
    fc.assert(fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
      const index = new FigureIndex();
      const batches: LocatedFigure[][] = [];
      let n = 0;
      for (const s of steps) {
        if ('add' in s) {
          const batch = s.add.map(([v, unit]) => located(v, `s${n++}`, unit));
          batch.forEach((e) => index.add(e));
          batches.push(batch);
        } else if ('remove' in s && batches.length > 0) {
          index.remove(batches.splice(s.remove % batches.length, 1)[0]);
        } else if ('settle' in s) {
          index.settle();
        } else if ('look' in s) {
          const [a, b, unit] = s.look;
          const [low, high] = [Math.min(a, b), Math.max(a, b)];
          assert.deepEqual(index.inRange(figure(0, unit ? 'money' : 'count', unit), low, high).map((e) => e.sourceKey), expected(batches.flat(), low, high, unit));
        }
      }
    }));
  });
});
