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
 * - then the others, nearest first, but for a figure that names what it counts not those that
 *   are only noise, not alike and far from its value: a bare count ("Two of the four lanes", "6
 *   were still missing" for "5 bridges"), one that counts a concept where the other names a
 *   noun that is none ("7 bridges" for "9 schools"), or one whose noun cannot be compared and
 *   whose value is off by more than a factor of two (see isNoise).
 * A figure that names nothing ("rose to 5", a date, a sum) gets what it always got: the nearest
 * source figures of its kind and unit.
 */
export function suggestedFigures(figure: Figure, index: FigureIndex): LocatedFigure[] {
  const pool = index.nearest(figure, POOL).filter((n) => subjectsAgree(figure, n.figure));
  if (!namesWhatItCounts(figure)) return pool.slice(0, SUGGESTIONS);
  const alike = pool.filter((n) => countsAlike(figure, n.figure));
  const others = pool.filter((n) => !alike.includes(n) && !isNoise(figure, n.figure));
  return [...alike, ...others].slice(0, SUGGESTIONS);
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
 * Is a source figure that is not alike (countsAlike) noise as a suggestion for a figure that
 * names what it counts? Never when its value is close enough to be one claim rounded or
 * misremembered (within a tenth of the figure's value): a bare "5,200" for "5,300 residents" may
 * be the figure meant ("Police counted 5,200 on the main square"), so it stays, behind the
 * figures that count people. Further off, it is noise when
 * - it is a bare count, naming nothing: small numbers stand in every text without a noun ("Two
 *   of the four lanes stayed shut", "Am Abend wurden 6 noch vermisst", "Le soir, 6 étaient
 *   encore portés disparus"). That one of them is near "5 bridges" as numbers go says nothing of
 *   bridges, and a quick fix that writes "two" for "5 bridges" and cites the lanes' passage
 *   misleads;
 * - one of the two names a concept and the other only a noun that is none: each says what it
 *   counts, and the concept words of the noun's language (read a few words on) did not find that
 *   concept there, so they count different things ("six reactors" for "5 Dörfer", "640 workers"
 *   for "555 claims", "7 bridges" for "9 schools");
 * - both name nouns that cannot be compared (two languages, or two words of one: the noun read in
 *   English is only the word after the number, "5 damaged bridges") and the value is more than
 *   double or less than half the figure's: "4 Brücken" for "5 bridges" may well be the figure
 *   meant, "two operational" for "5 Dörfer" or "12 Schiffe" for "555 claims" is a coincidence of
 *   kind, not a suggestion.
 * Other figures stay (a percentage that names nothing for "40 percent of voters"), as before.
 */
function isNoise(figure: Figure, source: Figure): boolean {
  if (Math.abs(source.value - figure.value) <= Math.abs(figure.value) / 10) return false;
  if (source.kind === 'count' && source.unit === undefined && source.subject === undefined && source.noun === undefined) return true;
  if (conceptAgainstNoun(figure, source) || conceptAgainstNoun(source, figure)) return true;
  return nounOnly(figure) && nounOnly(source) && !withinDouble(figure.value, source.value);
}

/** Does `a` name a concept where `b` names only a noun that is no concept word? */
function conceptAgainstNoun(a: Figure, b: Figure): boolean {
  return a.subject !== undefined && nounOnly(b);
}

function nounOnly(figure: Figure): boolean {
  return figure.subject === undefined && figure.noun !== undefined;
}

/** Is `value` between half and double `of`, both of one sign? */
function withinDouble(of: number, value: number): boolean {
  return of * value > 0 && Math.abs(value) <= 2 * Math.abs(of) && 2 * Math.abs(value) >= Math.abs(of);
}
