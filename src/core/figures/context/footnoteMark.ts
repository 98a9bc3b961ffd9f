import { digitRunEnd } from '../chars';
import { decided } from './trace';

/**
 * footnoteMark: "assesseur[1]", "les procès en appel [2]": one to three digits alone in square
 * brackets are a reference to a note, as web pages and official texts mark them, and count
 * nothing (each read as a count a draft that quotes the page would be warned of). Returns where
 * the mark ends, or undefined. "[12 %]", "[3 millions]" have more than digits and are read.
 */
export function footnoteMarkEnd(text: string, at: number): number | undefined {
  if (text.charCodeAt(at - 1) !== 91) return undefined;
  const end = digitRunEnd(text, at);
  if (end === at || end - at > 3 || text.charCodeAt(end) !== 93) return undefined;
  decided('footnoteMark');
  return end + 1;
}
