import type { Figure } from '../../types';
import { isLetter } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { hedgeBefore } from '../hedgeBefore';
import { conceptAfter } from '../subjectOf';
import { wordSet } from '../words';
import { decided } from './trace';

const NEXT_WORD_RE = /^[ \u00a0](\p{L}+)/u;

/**
 * yearOrCount: four digits from 1800 to 2100 read as a year count something where the very next
 * word is a noun the pack counts: "Insgesamt 1893 Mandate", "eine Stadt mit 2000 Einwohnern",
 * "1999 votes were cast". Not after a word that leads a year or a year's noun (the pack's
 * `yearBefore`: "in 2000 people moved", "since 2010 prices", "the 2020 vote", "im Jahr 2000"),
 * where the year stays.
 */
export function yearOrCount(text: string, figure: Figure, pack: LanguagePack): void {
  const before = pack.context.yearBefore;
  if (!before || figure.kind !== 'year' || !/^\d{4}$/.test(figure.text)) return;
  const end = figure.span.end;
  const next = NEXT_WORD_RE.exec(text.slice(end, end + 40));
  if (!next) {
    hedgedCount(text, figure, pack);
    return;
  }
  // Only the next word is asked: "2000 homes", not "2000 the town's homes".
  const wordEnd = next[0].length;
  if (conceptAfter(text.slice(end, end + wordEnd), 0, pack) === undefined) {
    hedgedCount(text, figure, pack);
    return;
  }
  const previous = wordBefore(text, figure.span.start);
  if (previous !== undefined && wordSet(before).has(previous.toLowerCase())) return;
  figure.kind = 'count';
  figure.noun = next[1];
  decided('yearOrCount');
}

/**
 * "a town of around 2000", "eine Gemeinde von etwa 1500": a year is not told "around"; four digits
 * after an approximating hedge count, with no noun after them. The year stays after a word that
 * dates it before the hedge (`hedgedYear.before`: "in about 2000", "founded around 1850", "seit
 * etwa 2010"), after a hedge that dates ("circa 1850", `hedgedYear.hedges`), and with no word
 * before the hedge ("Around 2000, the firm ..." opens a sentence with a time).
 */
function hedgedCount(text: string, figure: Figure, pack: LanguagePack): void {
  const data = pack.context.hedgedYear;
  if (!data || figure.hedge !== 'about') return;
  const hedge = hedgeBefore(text, figure.span.start, pack);
  if (!hedge) return;
  const form = text.slice(hedge.start, figure.span.start).trim().toLowerCase();
  if (wordSet(data.hedges).has(form)) return;
  const previous = wordBefore(text, hedge.start);
  if (previous === undefined || wordSet(data.before).has(previous.toLowerCase())) return;
  figure.kind = 'count';
  decided('yearOrCount');
}

/** The word of letters just before the space before `start`, read back in place (at most 24 letters). */
function wordBefore(text: string, start: number): string | undefined {
  const end = start - 1;
  if (text[end] !== ' ' && text[end] !== '\u00a0') return undefined;
  let i = end;
  while (i > 0 && end - i < 24 && isLetter(text[i - 1])) i--;
  return i < end ? text.slice(i, end) : undefined;
}
