import type { Figure } from '../../types';
import type { LanguagePack } from '../lang/pack';
import { mayEndListWordBefore, mayStartListWordAfter } from '../nearWords';
import { listRegex, NONE } from '../words';
import { decided } from './trace';

/**
 * requirement: "three short of the 172 needed for a majority", "die für eine Mehrheit nötigen
 * 172 Sitze": the figure states what is needed, a threshold, not what happened. A claim about an
 * outcome that is rounded or bounded ("mehr als 170 Abgeordnete") does not stand for it; the
 * same number exactly may still restate it.
 */
export function asRequirement(text: string, figure: Figure, pack: LanguagePack): void {
  const words = pack.context.requirement;
  if (!words || figure.kind === 'date' || figure.kind === 'year' || figure.kind === 'ordinal') return;
  const { start, end } = figure.span;
  // The patterns run only where a word of their list may stand (see nearWords).
  const afterWords = words.after ?? NONE;
  const after = mayStartListWordAfter(text, end, Math.min(text.length, end + 40), afterWords, true) && listRegex(afterWords, String.raw`^(?:[\s\u00a0]+\p{L}+)?[\s\u00a0]+W(?![\p{L}])`, 'iu').test(text.slice(end, end + 40));
  const beforeWords = words.before ?? NONE;
  const from = Math.max(0, start - 24);
  const before = !after && mayEndListWordBefore(text, start, from, beforeWords) && listRegex(beforeWords, String.raw`(?:^|[^\p{L}])W[\s\u00a0]+$`, 'iu').test(text.slice(from, start));
  if (!after && !before) return;
  figure.requirement = true;
  decided('requirement');
}
