import type { Figure } from '../types';
import type { FigureIndex, FigureMatch } from './figureIndex';

/**
 * Finds the source figure a draft figure agrees with: the same value first; then, for a hedged
 * draft figure, a source figure that rounds to it ("about 76,000" for 76,213). A bare round
 * figure is a claim of that number: "80,000" does not match 76,000.
 */
export function matchFigure(figure: Figure, index: FigureIndex): FigureMatch | undefined {
  const exact = index.inRange(figure, figure.value, figure.value);
  if (exact.length > 0) return { kind: 'exact', source: exact[0] };
  const step = figure.hedge ? roundingStep(figure) : 0;
  if (step > 0) {
    const [low, high] = roundingWindow(figure, step);
    const near = index.inRange(figure, low, high);
    if (near.length > 0) return { kind: 'rounded', source: near[0] };
  }
  return undefined;
}

/**
 * Which source values a hedged figure may stand for: "about 76,000" either side of it; "more
 * than 76,000" from 76,000 up to the next step; "nearly"/"up to 80,000" from just below it.
 */
function roundingWindow(figure: Figure, step: number): [number, number] {
  switch (figure.hedge) {
    case 'more-than':
    case 'at-least':
      return [figure.value, figure.value + step - 1e-9];
    case 'nearly':
    case 'up-to':
    case 'less-than':
    case 'at-most':
      return [figure.value - step + 1e-9, figure.value];
    default:
      return [figure.value - step / 2, figure.value + step / 2];
  }
}

/** The precision a writer implies: "76,000" is rounded to thousands; "76,213" is exact. */
function roundingStep(figure: Figure): number {
  if (figure.kind === 'year' || figure.kind === 'date' || !Number.isInteger(figure.value) || figure.value === 0) return 0;
  let step = 1;
  while (figure.value % (step * 10) === 0) step *= 10;
  return step >= 100 ? step : 0;
}
