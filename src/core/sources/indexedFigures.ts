import { firstIndex } from '../firstIndex';
import { bucketKey, lookupValue, lookupValueOf, type FigureHolder, type LocatedFigure } from '../figures/figureIndex';
import type { Figure } from '../types';
import type { Paragraph, Source } from './source';
import type { StoredFigures } from './storedFigures';
import { storedParts, storedPlace } from './storedParagraph';

/**
 * A source's figures (or those of its paragraphs numbered `from` to `to`) as the figure index
 * reads them: from the source's columns when it has them (loadSource), so no figure is made to
 * index it; else from its paragraphs' figure objects (a source read from a cache, a test's).
 */
export function figuresToIndex(source: Source, paragraphs?: { from: number; to: number }): FigureHolder {
  const stored = paragraphs ? undefined : storedParts(source);
  if (stored) return storedFigures(source.key, stored.figures, stored.paragraphs.figureEnds);
  const chosen = paragraphs ? source.paragraphs.filter((p) => p.index >= paragraphs.from && p.index <= paragraphs.to) : source.paragraphs;
  return storedRun(source.key, chosen) ?? plainFigures(source.key, chosen);
}

/** The figures of paragraphs whose figures are one run of places in one store, read from its columns. */
function storedRun(sourceKey: string, paragraphs: readonly Paragraph[]): FigureHolder | undefined {
  let store: StoredFigures | undefined;
  let first = 0;
  const ends = new Int32Array(paragraphs.length);
  for (let p = 0; p < paragraphs.length; p++) {
    const place = storedPlace(paragraphs[p]);
    if (!place || (store && (place.store !== store || place.first !== ends[p - 1]))) return undefined;
    if (!store) ({ store, first } = place);
    ends[p] = place.end;
  }
  if (!store) return undefined;
  const from = store;
  const count = (paragraphs.length > 0 ? ends[paragraphs.length - 1] : first) - first;
  return {
    count,
    bucketAt: (i) => bucketKey({ kind: from.kindAt(first + i), unit: from.unitAt(first + i) }),
    lookupValueAt: (i) => lookupValueOf(from.kindAt(first + i), from.valueAt(first + i)),
    located: (i): LocatedFigure => {
      const p = firstIndex(ends.length, (j) => ends[j] <= first + i);
      return { figure: from.at(first + i), sourceKey, paragraph: paragraphs[p].index };
    },
  };
}

/** Every figure of a source's store, read without making its paragraphs (paragraph p is numbered p + 1). */
function storedFigures(sourceKey: string, from: StoredFigures, figureEnds: Int32Array): FigureHolder {
  return {
    count: from.count,
    bucketAt: (i) => bucketKey({ kind: from.kindAt(i), unit: from.unitAt(i) }),
    lookupValueAt: (i) => lookupValueOf(from.kindAt(i), from.valueAt(i)),
    located: (i): LocatedFigure => ({ figure: from.at(i), sourceKey, paragraph: firstIndex(figureEnds.length, (p) => figureEnds[p] <= i) + 1 }),
  };
}

/** The figures of plain paragraphs, by place in reading order. */
function plainFigures(sourceKey: string, paragraphs: readonly Paragraph[]): FigureHolder {
  const figures: Figure[] = [];
  const numbers: number[] = [];
  for (const paragraph of paragraphs) {
    for (const figure of paragraph.figures) {
      figures.push(figure);
      numbers.push(paragraph.index);
    }
  }
  return {
    count: figures.length,
    bucketAt: (i) => bucketKey(figures[i]),
    lookupValueAt: (i) => lookupValue(figures[i]),
    located: (i) => ({ figure: figures[i], sourceKey, paragraph: numbers[i] }),
  };
}
