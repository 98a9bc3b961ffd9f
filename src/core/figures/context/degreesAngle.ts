import type { LanguagePack } from '../lang/pack';
import { listRegex } from '../words';
import { decided } from './trace';

/**
 * degreesAngle: bare "degrees" ("90 degrees", "45 Grad", "90°") measure an angle or a
 * temperature. News writes both ("a 180-degree turn", "it reached 35 degrees"); the words around
 * the figure say which: a turn, angle or tilt after it ("a 180-degree turn", "eine 180-Grad-Wende"),
 * a verb of turning after it (German puts the verb last: "um 90 Grad drehen") or at most two
 * words before it ("rotate 90 degrees", "an angle of 45 degrees"). "turned 10 degrees colder":
 * the weather turns too. Without such a word, degrees stay a temperature, the more common
 * reading in news.
 */
export function isAngle(text: string, start: number, end: number, pack: LanguagePack): boolean {
  const words = pack.context;
  const after = text.slice(end, end + 24);
  decided('degreesAngle');
  if (listRegex(words.weatherAfter, String.raw`^[\s\u00a0]+W(?![\p{L}])`).test(after)) return false;
  const angle =
    listRegex(words.angleAfter, String.raw`^[\s\u00a0-](?:\p{L}-)?W(?![\p{L}])`).test(after) ||
    listRegex(words.angleVerbAfter, String.raw`^[\s\u00a0]+W(?![\p{L}])`).test(after) ||
    listRegex(words.turningBefore, String.raw`(?:^|[^\p{L}])W(?:[\s\u00a0]+\p{L}+\.?){0,2}[\s\u00a0]+$`).test(text.slice(Math.max(0, start - 48), start));
  decided('degreesAngle');
  return angle;
}
