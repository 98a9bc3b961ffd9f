/**
 * Bare "degrees" ("90 degrees", "45 Grad", "90°") measure an angle or a temperature. News writes
 * both ("a 180-degree turn", "it reached 35 degrees"); the words around the figure say which: a
 * turn, angle or tilt after it, or a verb of turning just before or (in German) after it. Without
 * such a word, degrees stay a temperature, the more common reading in news.
 */
export function isAngle(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  if (WEATHER_AFTER.test(after)) return false;
  return SHAPE_AFTER.test(after) || VERB_AFTER.test(after) || TURNING_BEFORE.test(text.slice(Math.max(0, start - 48), start));
}

/** "a 180-degree turn", "a 45 degrees angle", "eine 180-Grad-Wende", "a 180-degree U-turn". */
const SHAPE_AFTER = /^[\s\u00a0-](?:\p{L}-)?(?:angles?|turns?|rotations?|tilts?|slopes?|bends?|arcs?|pivots?|Winkel|Drehung|Wende|Kehrtwende|Kurve|Neigung|Schwenk)(?![\p{L}])/iu;
/** German puts the verb last: "um 90 Grad drehen", "um 45 Grad geneigt". */
const VERB_AFTER = /^[\s\u00a0]+(?:drehen|dreht|drehte|gedreht|kippen|kippt|gekippt|neigen|geneigt|schwenken|geschwenkt)(?![\p{L}])/iu;
/**
 * "rotate 90 degrees", "turn left 45 degrees", "an angle of 45 degrees", "eine Drehung um 90 Grad",
 * "links abbiegen 45 Grad": a verb or noun of turning, at most two words before the number.
 */
const TURNING_BEFORE = /(?:^|[^\p{L}])(?:angles?|rotations?|Winkel|Drehung|Neigung|rotat(?:e|es|ed|ing)|turn(?:s|ed|ing)?|tilt(?:s|ed|ing)?|swivel(?:s|ed|led|ling)?|pivot(?:s|ed|ing)?|abbiegen|biegt|drehen|dreht|drehte|kippen|neigen)(?:[\s\u00a0]+\p{L}+\.?){0,2}[\s\u00a0]+$/iu;
/** "turned 10 degrees colder": the weather turns too. */
const WEATHER_AFTER = /^[\s\u00a0]+(?:warmer|colder|cooler|hotter|higher|lower|wärmer|kälter|kühler|heißer|heisser)(?![\p{L}])/iu;
