import { isDigitAt } from '../chars';
import { decided } from './trace';

/**
 * numberList: "pages 1,2,3", "exercises 22,24,26,31", "Seiten 1.2.3": numbers run together by one
 * separator, more than one of them, that make no number in the document's style (a group of
 * thousands has three digits) are a list, each number its own figure: not 1.2 and 3, nor 22.24
 * and 26.31. Asked of digits with one separator that did not read in the document's style
 * ("2,5 percent" alone still reads 2.5): returns where the first number ends, or undefined.
 */
export function listItemEnd(text: string, at: number, raw: string): number | undefined {
  const sep = raw.search(/[.,]/);
  if (sep < 1 || /[^\d]/.test(raw.slice(sep + 1)) || /[^\d]/.test(raw.slice(0, sep))) return undefined;
  const mark = raw[sep];
  const end = at + raw.length;
  // Another number follows by the same mark, or one stood before by it: the run holds a list.
  const listed = (text[end] === mark && isDigitAt(text, end + 1)) || (text[at - 1] === mark && isDigitAt(text, at - 2));
  if (!listed) return undefined;
  decided('numberList');
  return at + sep;
}
