import { subjectsAgree } from '../../figures/matchFigure';
import { figureVerdicts } from '../figureVerdicts';
import type { Rule } from '../rule';
import { message, says } from '../../messages/message';

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
        return {
          span: figure.span,
          ...says(nearest[0] ? message('figure-unmatched.nearest', { figure: figure.text, nearest: nearest[0].figure.text, key: nearest[0].sourceKey, paragraph: nearest[0].paragraph }) : message('figure-unmatched', { figure: figure.text })),
          data: { figure, candidates },
          related: nearest.map((n) => ({ sourceKey: n.sourceKey, paragraph: n.paragraph, ...says(message('related.figure', { figure: n.figure.text, paragraph: n.paragraph })) })),
        };
      });
  },
};
