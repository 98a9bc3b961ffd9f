import { claimText } from '../figures/claimText';
import type { FigureMatch } from '../figures/figureIndex';
import { message, type Message } from '../messages/message';
import type { Figure } from '../types';

/**
 * What was matched to what, when either side names what it counts: "76,000 people ↔ 76.000
 * Menschen, rounded"; the claim once where both write it the same ("1,800 workers, exact").
 * Undefined when neither names it: the number alone says it all ("1,240").
 * A message, not text: the hover and This Draft say how it matched in the writer's language,
 * while both figures stay as their documents write them.
 */
export function matchedClaim(figure: Figure, match: FigureMatch): Message | undefined {
  const source = match.source.figure;
  if (!figure.subjectWord && !source.subjectWord) return undefined;
  const draft = claimText(figure);
  const said = claimText(source);
  // "1,800 workers ↔ 1,800 workers" says nothing the claim once does not.
  if (draft === said) return message(`claim.same.${match.kind}`, { claim: draft });
  return message(`claim.${match.kind}`, { draft, source: said });
}
