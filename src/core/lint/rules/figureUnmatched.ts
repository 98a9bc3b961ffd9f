import { matchFigure } from '../../figures/matchFigure';
import type { Rule } from '../rule';

/**
 * `figure-unmatched`: a figure in the draft that no source has. The message names the nearest
 * source figures of the same kind, which is also what a quick fix offers.
 * data: { figure: Figure, candidates: [{ value, text, sourceKey, paragraph }] }
 */
export const figureUnmatched: Rule = {
  id: 'figure-unmatched',
  defaultSeverity: 'warning',
  description: 'A figure in the draft matches no figure in any source.',
  check({ draft, library }) {
    const index = library.figureIndex;
    return draft.figures
      .filter((figure) => figure.kind !== 'ordinal' && !matchFigure(figure, index))
      .map((figure) => {
        const nearest = index.nearest(figure, 3);
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
