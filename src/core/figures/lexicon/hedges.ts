import type { Hedge } from '../../types';

/** Bounds and hedges written before a figure, normalized across English and German. */
const HEDGES: Array<[string[], Hedge]> = [
  [['more than', 'over', 'above', 'in excess of', 'exceeding', 'greater than', 'higher than', 'mehr als', 'über', 'ueber', 'oberhalb von'], 'more-than'],
  [['at least', 'no fewer than', 'no less than', 'mindestens', 'wenigstens'], 'at-least'],
  [['about', 'around', 'approximately', 'roughly', 'some', 'an estimated', '~', 'approx.', 'ca', 'rund', 'etwa', 'ungefähr', 'circa', 'ca.', 'zirka', 'gut'], 'about'],
  [['nearly', 'almost', 'close to', 'just under', 'fast', 'beinahe', 'nahezu', 'knapp'], 'nearly'],
  [['up to', 'as many as', 'bis zu'], 'up-to'],
  [['less than', 'fewer than', 'lower than', 'under', 'below', 'weniger als', 'unter', 'unterhalb von'], 'less-than'],
  [['at most', 'no more than', 'not more than', 'höchstens', 'maximal'], 'at-most'],
  [['exactly', 'precisely', 'genau', 'exakt'], 'exactly'],
];

const FORMS = HEDGES.flatMap(([forms, hedge]) => forms.map((form) => [form, hedge] as const)).sort((a, b) => b[0].length - a[0].length);
const HEDGE_BY_FORM = new Map(FORMS);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const HEDGE_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}~])(${FORMS.map(([f]) => escape(f)).join('|')})\s*$`, 'iu');

/** The hedge that ends right before `start`, if any, with where it begins. */
export function hedgeBefore(text: string, start: number): { hedge: Hedge; start: number } | undefined {
  // A hedge is a word before a space; checking the space first keeps dense number runs cheap.
  const previous = text.charCodeAt(start - 1);
  if (!(previous === 32 || previous === 0xa0 || previous === 126 || (previous >= 9 && previous <= 13))) return undefined;
  // A hedge ends in a letter, a dot ("ca.") or "~" before the space: a number or a comma there
  // (dense lists, "1 000 2 000") rules one out without running the pattern.
  let before = start - 1;
  while (before > 0 && /\s/.test(text[before])) before--;
  const c = text.charCodeAt(before);
  if (c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 126)) return undefined;
  const window = text.slice(Math.max(0, start - 24), start);
  const match = HEDGE_BEFORE_RE.exec(window);
  if (!match) return undefined;
  const hedge = HEDGE_BY_FORM.get(match[1].toLowerCase().replace(/\s+/g, ' '));
  return hedge ? { hedge, start: start - window.length + match.index } : undefined;
}
