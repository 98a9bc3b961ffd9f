import { subjectsAgree } from '../../figures/matchFigure';
import { figureVerdicts } from '../figureVerdicts';
import type { Rule } from '../rule';
import { message, says } from '../../messages/message';
import { placeOf, withLocator } from '../withLocator';

/**
 * `figure-unmatched`: a figure in the draft that no source has. The message names the nearest
 * source figure of the same kind, which is also what a quick fix offers.
 * data: { figure, candidates: [{ value, text, sourceKey, paragraph, locator }] } (nearest first)
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
        const candidates = nearest.map((n) => withLocator({ value: n.figure.value, text: n.figure.text, sourceKey: n.sourceKey, paragraph: n.paragraph }, library));
        return {
          span: figure.span,
          ...says(candidates[0] ? message('figure-unmatched.nearest', { figure: figure.text, nearest: candidates[0].text, key: candidates[0].sourceKey, locator: candidates[0].locator }) : message('figure-unmatched', { figure: figure.text })),
          data: { figure, candidates },
          related: candidates.map((c) => ({ sourceKey: c.sourceKey, paragraph: c.paragraph, ...says(message('related.figure', { figure: c.text, locator: placeOf(c, library) })) })),
        };
      });
  },
};
