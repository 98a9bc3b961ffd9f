import { subjectsAgree } from '../../figures/matchFigure';
import { figureVerdicts } from '../figureVerdicts';
import type { Rule } from '../rule';

/**
 * `figure-unmatched`: a figure in the draft that no source has. The message names the nearest
 * source figure of the same kind, which is also what a quick fix offers.
 * data: { figure, candidates: [{ value, text, sourceKey, paragraph }] } (nearest first)
 */
export const figureUnmatched: Rule = {
  id: 'figure-unmatched',
  defaultSeverity: 'warning',
  description: 'A figure in the draft matches no figure in any source.',
  check({ draft, library }) {
    const index = library.figureIndex;
    return figureVerdicts(draft, library)
      .filter((v) => v.verdict === 'unmatched')
      .map(({ figure }) => {
        // A quick fix never offers a figure about another subject ("6 vehicles" for "6 reactors").
        const nearest = index.nearest(figure, 12).filter((n) => subjectsAgree(figure, n.figure)).slice(0, 3);
        const candidates = nearest.map((n) => ({ value: n.figure.value, text: n.figure.text, sourceKey: n.sourceKey, paragraph: n.paragraph }));
        const hint = nearest[0] ? `; nearest: ${nearest[0].figure.text} in [@${nearest[0].sourceKey}, para. ${nearest[0].paragraph}]` : '';
        return {
          span: figure.span,
          message: `${figure.text} is in no source${hint}`,
          data: { figure, candidates },
          related: nearest.map((n) => ({ sourceKey: n.sourceKey, paragraph: n.paragraph, message: `${n.figure.text} in para. ${n.paragraph}` })),
        };
      });
  },
};
