import assert from 'node:assert/strict';

import { FigureIndex, type LocatedFigure } from '../../../../src/core/figures/figureIndex';
import type { Figure } from '../../../../src/core/types';
import { OracleIndex } from './oracleIndex';
// The bench's seeded generator (mulberry32), so a failure repeats.
import { rng as random } from '../../../../bench/rng';


const KINDS: Array<Pick<Figure, 'kind' | 'unit'>> = [
  { kind: 'count' }, { kind: 'percent', unit: '%' }, { kind: 'money', unit: 'EUR' }, { kind: 'money', unit: 'USD' }, { kind: 'date' }, { kind: 'quantity', unit: 'km' },
];

/** Values that crowd chunks and cross their edges: repeats, neighbours, zero, negatives, fractions, huge, dates. */
function value(next: () => number, kind: Figure['kind']): number {
  const pick = next();
  if (kind === 'date') return Math.floor(next() * 3) * 20240000 + (1 + Math.floor(next() * 12)) * 100 + 1 + Math.floor(next() * 28);
  if (pick < 0.25) return [0, 1, 2, 3, 10, 100, 2024, -0][Math.floor(next() * 8)];
  if (pick < 0.5) return Math.floor(next() * 3000) - 500;
  if (pick < 0.7) return Math.round(next() * 1000) / 100;
  if (pick < 0.8) return -Math.round(next() * 1e6);
  if (pick < 0.9) return 2 ** Math.floor(next() * 40) * (next() < 0.5 ? 1 : 1 + 2 ** -Math.floor(next() * 30));
  return next() * 1e12;
}

function sourceFigures(next: () => number, key: string): LocatedFigure[] {
  return Array.from({ length: 1 + Math.floor(next() * 30) }, (_, i) => {
    const kind = KINDS[Math.floor(next() * KINDS.length)];
    const figure = { ...kind, value: value(next, kind.kind), text: String(i), lang: 'en', span: { start: i, end: i + 1 } } as Figure;
    return { figure, sourceKey: key, paragraph: i };
  });
}

function compare(next: () => number, index: FigureIndex, oracle: OracleIndex, step: number): void {
  for (let q = 0; q < 12; q++) {
    const kind = KINDS[Math.floor(next() * KINDS.length)];
    const like = { ...kind, value: value(next, kind.kind) } as Figure;
    const width = next() < 0.3 ? 0 : next() < 0.5 ? next() * 10 : next() * 1e6;
    const low = next() < 0.1 ? -Infinity : like.kind === 'date' ? like.value % 10000 : like.value;
    const high = next() < 0.1 ? Infinity : low + width;
    assert.deepEqual(index.inRange(like, low, high), oracle.inRange(like, low, high), `step ${step}: inRange ${kind.kind}|${kind.unit} [${low}, ${high}]`);
    const count = 1 + Math.floor(next() * 15);
    assert.deepEqual(index.nearest(like, count), oracle.nearest(like, count), `step ${step}: nearest ${count} to ${like.value}`);
    assert.deepEqual(index.unitsOf(kind.kind), oracle.unitsOf(kind.kind));
  }
}

describe('figure index (chunked buckets)', () => {
  it('answers every lookup as the one-array index did, with the same entries in the same order, through adds and removals', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const next = random(seed);
      const index = new FigureIndex();
      const oracle = new OracleIndex();
      const sources: LocatedFigure[][] = [];
      for (let step = 0; step < 120; step++) {
        if (sources.length > 3 && next() < 0.35) {
          const [gone] = sources.splice(Math.floor(next() * sources.length), 1);
          index.remove(gone);
          oracle.remove(gone);
        } else {
          const entries = sourceFigures(next, `s${step}`);
          sources.push(entries);
          for (const entry of entries) index.add(entry);
          for (const entry of entries) oracle.add(entry);
        }
        if (step % 3 === 0) compare(next, index, oracle, step);
      }
      assert.deepEqual(index.sortedBuckets(), oracle.sortedBuckets());
    }
  });

  it('finds equal values across the sign of zero and at a chunk edge', () => {
    const index = new FigureIndex();
    const at = (value: number, text: string): LocatedFigure => ({ figure: { kind: 'count', value, text, lang: 'en', span: { start: 0, end: 1 } } as Figure, sourceKey: 'k', paragraph: 1 });
    const edge = 2 ** 10;
    for (const entry of [at(edge, 'a'), at(-0, 'b'), at(edge - 2 ** -40, 'c'), at(0, 'd'), at(edge, 'e')]) index.add(entry);
    const like = { kind: 'count', value: 0 } as Figure;
    assert.deepEqual(index.inRange(like, 0, 0).map((e) => e.figure.text), ['b', 'd']);
    assert.deepEqual(index.inRange(like, edge - 1, edge).map((e) => e.figure.text), ['c', 'a', 'e']);
    assert.deepEqual(index.nearest({ ...like, value: edge - 2 ** -41 }, 2).map((e) => e.figure.text), ['c', 'a']);
  });
});
