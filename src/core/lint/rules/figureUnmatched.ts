import { figureVerdicts } from '../figureVerdicts';
import type { Rule } from '../rule';
import { withLocator } from '../withLocator';

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
        const nearest = index.nearest(figure, 3);
        const candidates = nearest.map((n) => withLocator({ value: n.figure.value, text: n.figure.text, sourceKey: n.sourceKey, paragraph: n.paragraph }, library));
        const hint = candidates[0] ? `; nearest: ${candidates[0].text} in [@${candidates[0].sourceKey}, ${candidates[0].locator}]` : '';
        return {
          span: figure.span,
          message: `${figure.text} is in no source${hint}`,
          data: { figure, candidates },
          related: candidates.map((c) => ({ sourceKey: c.sourceKey, paragraph: c.paragraph, message: `${c.text} in ${c.locator}` })),
        };
      });
  },
};
