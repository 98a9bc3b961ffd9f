import type { Figure } from '../../types';
import type { LanguagePack } from '../lang/pack';
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
  const after = listRegex(words.after ?? NONE, String.raw`^(?:[\s\u00a0]+\p{L}+)?[\s\u00a0]+W(?![\p{L}])`, 'iu').test(text.slice(figure.span.end, figure.span.end + 40));
  const before = !after && listRegex(words.before ?? NONE, String.raw`(?:^|[^\p{L}])W[\s\u00a0]+$`, 'iu').test(text.slice(Math.max(0, figure.span.start - 24), figure.span.start));
  if (!after && !before) return;
  figure.requirement = true;
  decided('requirement');
}
