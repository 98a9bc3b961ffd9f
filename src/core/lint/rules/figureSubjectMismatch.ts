import type { LocatedFigure } from '../../figures/figureIndex';
import { figureVerdicts } from '../figureVerdicts';
import type { Rule } from '../rule';

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
        const claim = figure.subjectWord && !figure.text.includes(figure.subjectWord) ? `${figure.text} ${figure.subjectWord}` : figure.text;
        return {
          span: figure.span,
          message: `${claim}: the sources have ${first.figure.text} only as ${countedAs(first)} [@${first.sourceKey}, para. ${first.paragraph}]`,
          data: { figure, others: others.map((o) => ({ value: o.figure.value, text: o.figure.text, subject: o.figure.subject, sourceKey: o.sourceKey, paragraph: o.paragraph })) },
          related: others.map((o) => ({ sourceKey: o.sourceKey, paragraph: o.paragraph, message: `${o.figure.text} ${countedAs(o)} in para. ${o.paragraph}` })),
        };
      });
  },
};

/** What a source figure counts, as its text names it ("vehicles"), else by its concept ("an age"). */
function countedAs(other: LocatedFigure): string {
  return other.figure.subjectWord ?? (other.figure.subject === 'age' ? 'an age' : other.figure.subject ?? 'something else');
}
