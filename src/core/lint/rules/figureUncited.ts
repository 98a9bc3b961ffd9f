import { claimText } from '../../figures/claimText';
import { figureVerdicts, located } from '../figureVerdicts';
import type { Rule } from '../rule';
import { withLocator } from '../withLocator';
import { citationInsertPoint } from '../../text/sentences';
import { message, says } from '../../messages/message';

/**
 * `figure-uncited`: the figure is in a source, but its sentence cites none.
 * data: { figure, found: { value, text, sourceKey, paragraph, locator, kind }, sentenceEnd: number }
 * (sentenceEnd: the offset where a quick fix inserts the citation, before the final punctuation)
 */
export const figureUncited: Rule = {
  id: 'figure-uncited',
  defaultSeverity: 'information',
  description: 'The figure matches a source, but its sentence cites none.',
  check({ draft, library }) {
    return figureVerdicts(draft, library)
      .filter((v) => v.verdict === 'uncited' && v.match)
      .map(({ figure, sentence, match }) => {
        const found = withLocator(located(match!), library);
        return {
          span: figure.span,
          ...says(message('figure-uncited', { figure: claimText(figure), key: found.sourceKey, locator: found.locator })),
          data: { figure, found, sentenceEnd: citationInsertPoint(draft.text, sentence) },
        };
      });
  },
};
