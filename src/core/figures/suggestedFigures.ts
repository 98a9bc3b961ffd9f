import type { Figure } from '../types';
import type { FigureIndex, LocatedFigure } from './figureIndex';
import { packFor } from './lang';
import { subjectsAgree } from './matchFigure';

/** How many source figures a finding or a hover suggests. */
export const SUGGESTIONS = 3;
/**
 * How many of the nearest source figures are read to choose them from: the nearest by value
 * alone, so that a suggestion costs one bounded lookup per unmatched figure, never a scan.
 */
const POOL = 12;

/**
 * The source figures to suggest for a figure that no source backs, best first: the one place
 * that decides them, for the `figure-unmatched` finding (its message and quick fix) and for the
 * hover. Like a spell checker's "did you mean", a suggestion is ranked by how alike it is, then
 * by how close: every one is of the figure's kind and unit (the index's bucket), and
 * - a figure about another subject is never offered ("6 vehicles" for "6 reactors");
 * - figures that count what the figure counts come first, nearest first: the same concept or one
 *   counted alike ("12 schools", "12 Schulen", "12 écoles" for "9 schools"; "5,000 people" for
 *   "5,300 residents"), or, where no concept is known, the same noun in the same language
 *   ("4 bridges" for "5 bridges", "4 Brücken" for "5 Brücken");
 * - then the figures of which one side does not say what it counts, nearest first, as before;
 * - a bare count (no noun, no subject, no unit: "Two of the four lanes", "6 were still missing")
 *   is offered for a figure that names what it counts only when its value is within a tenth of
 *   the figure's (see strayCount).
 * A figure that names nothing ("rose to 5", a date, a sum) gets what it always got: the nearest
 * source figures of its kind and unit.
 */
export function suggestedFigures(figure: Figure, index: FigureIndex): LocatedFigure[] {
  const named = namesWhatItCounts(figure);
  const pool = index.nearest(figure, POOL).filter((n) => subjectsAgree(figure, n.figure) && !(named && strayCount(figure, n.figure)));
  const alike = pool.filter((n) => countsAlike(figure, n.figure));
  if (alike.length === 0) return pool.slice(0, SUGGESTIONS);
  return [...alike, ...pool.filter((n) => !alike.includes(n))].slice(0, SUGGESTIONS);
}

/** Does the figure say what it counts: a concept ("9 schools"), or at least a noun ("5 bridges")? */
function namesWhatItCounts(figure: Figure): boolean {
  return figure.subject !== undefined || figure.noun !== undefined;
}

/**
 * Do two figures whose subjects agree (subjectsAgree) both say so: both name a concept, or, where
 * neither names one, both name the same noun in one language ("bridges", "bridge"; "Brücken",
 * "Brücke", folded by the language's stemmer). Nouns of two languages are not compared: without
 * a concept there is nothing to translate them by.
 */
function countsAlike(a: Figure, b: Figure): boolean {
  if (a.subject !== undefined || b.subject !== undefined) return a.subject !== undefined && b.subject !== undefined;
  if (a.noun === undefined || b.noun === undefined || a.lang !== b.lang) return false;
  const { stem } = packFor(a.lang).concepts;
  return stem(a.noun.toLowerCase()) === stem(b.noun.toLowerCase());
}

/**
 * A bare source count is noise for a figure that names what it counts, unless their values are
 * close enough to be one claim rounded or misremembered (within a tenth of the figure's value).
 * Small numbers stand in every text without a noun ("Two of the four lanes stayed shut", "Am
 * Abend wurden 6 noch vermisst", "Le soir, 6 étaient encore portés disparus"): that one of
 * them is near "5 bridges" as numbers go says nothing of bridges, and a quick fix that writes
 * "two" for "5 bridges" and cites the lanes' passage misleads. A bare "5,200" for "5,300
 * residents" is near enough to be the figure meant ("Police counted 5,200 on the square"), so it
 * stays, behind the figures that count people.
 */
function strayCount(figure: Figure, source: Figure): boolean {
  if (source.kind !== 'count' || source.unit !== undefined || source.subject !== undefined || source.noun !== undefined) return false;
  return Math.abs(source.value - figure.value) > Math.abs(figure.value) / 10;
}
