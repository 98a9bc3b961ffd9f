import type { LocatedFigure } from '../../figures/figureIndex';
import { claimText } from '../../figures/claimText';
import { figureVerdicts } from '../figureVerdicts';
import { message, says, type Message } from '../../messages/message';
import type { Rule } from '../rule';
import { placeOf, withLocator } from '../withLocator';

/**
 * `figure-subject-mismatch`: the draft's number is in a source, but counting or measuring
 * something else ("6 reactors" where the cited paragraph has "6 vehicles"): the number alone
 * proves nothing. The message names what the sources count with it, where.
 * data: { figure, others: [{ value, text, subject, sourceKey, paragraph }] } (cited passage first).
 * No quick fix offers these figures: they are about another subject.
 */
export const figureSubjectMismatch: Rule = {
  id: 'figure-subject-mismatch',
  defaultSeverity: 'warning',
  description: 'The number is in a source, but counting or measuring something else.',
  check({ draft, library }) {
    return figureVerdicts(draft, library)
      .filter((v) => v.verdict === 'subject-mismatch' && v.otherSubjects && v.otherSubjects.length > 0)
      .map(({ figure, otherSubjects }) => {
        const others = otherSubjects!.slice(0, 3);
        const first = others[0];
        return {
          span: figure.span,
          ...says(message('figure-subject-mismatch', { claim: claimText(figure), figure: first.figure.text, counted: countedAs(first), key: first.sourceKey, locator: withLocator(first, library).locator })),
          data: { figure, others: others.map((o) => ({ value: o.figure.value, text: o.figure.text, subject: o.figure.subject, sourceKey: o.sourceKey, paragraph: o.paragraph })) },
          related: others.map((o) => ({ sourceKey: o.sourceKey, paragraph: o.paragraph, ...says(message('related.countedAs', { figure: o.figure.text, counted: countedAs(o), locator: placeOf(o, library) })) })),
        };
      });
  },
};

/** What a source figure counts, as its text names it ("vehicles"), else by its concept ("an age"); the hover names it too. */
export function countedAs(other: LocatedFigure): string | Message {
  if (other.figure.subjectWord) return other.figure.subjectWord;
  if (other.figure.subject === 'age') return message('figure-subject-mismatch.age');
  return other.figure.subject ?? message('figure-subject-mismatch.other');
}
