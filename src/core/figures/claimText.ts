import type { Figure } from '../types';

/**
 * A figure with the word that names what it counts, as written ("76,000 people", "aged 75"):
 * how messages and cards name a figure, so the writer sees which of a sentence's numbers is meant.
 */
export function claimText(figure: Figure): string {
  return figure.subjectWord && !figure.text.includes(figure.subjectWord) ? `${figure.text} ${figure.subjectWord}` : figure.text;
}
