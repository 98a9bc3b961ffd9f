import type { Figure } from '../../types';
import { DAY } from '../lang/common/concepts';
import type { LanguagePack } from '../lang/pack';
import { wordSet } from '../words';
import { wordBefore } from './around';
import { decided } from './trace';

/** Patterns with Unicode classes, compiled once: the bundle builds an inline literal of them anew at every call. */
const TWO_WORDS_RE = /^[\s\u00a0]+(\p{L}+)[\s\u00a0]+(\p{Ll}+)/u;

/**
 * daysCounted: "on 23 days in March", "96 days of hearings", "the six days of competition": days
 * counted as occasions are a count of days, as "an 96 Verhandlungstagen" and "six jours de
 * compétition" count them, not a length of time ("the trial lasted 96 days"). Told by the words
 * of the pack: a word before the number ("on"), or the joint after the unit ("of") with a noun
 * right after it (not a determiner: "within 30 days of the ruling" is a deadline).
 */
export function daysCounted(text: string, figure: Figure, pack: LanguagePack): void {
  const words = pack.context.daysCounted;
  if (!words || figure.kind !== 'duration' || figure.unit !== 'day' || figure.hedge || !Number.isInteger(figure.value)) return;
  const before = wordBefore(text, figure.number?.start ?? figure.span.start);
  const lead = before && (before.word === 'the' ? wordBefore(text, before.start) : before);
  const on = lead !== undefined && wordSet(words.before).has(lead.word.toLowerCase());
  if (!on && !ofNoun(text, figure.span.end, words)) return;
  if (before && wordSet(words.notAfter).has(before.word.toLowerCase())) return;
  figure.kind = 'count';
  figure.subject = DAY;
  delete figure.unit;
  decided('daysCounted');
}

/** " of hearings", " of competition": the joint, then a word that is no determiner. */
function ofNoun(text: string, end: number, words: NonNullable<LanguagePack['context']['daysCounted']>): boolean {
  const m = TWO_WORDS_RE.exec(text.slice(end, end + 40));
  return m !== null && m[1].toLowerCase() === words.of && !wordSet(words.determiners).has(m[2]);
}
