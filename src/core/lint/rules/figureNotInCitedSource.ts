import { claimText } from '../../figures/claimText';
import { figureVerdicts, located } from '../figureVerdicts';
import type { Rule } from '../rule';
import { message, says } from '../../messages/message';
import { placeOf, withLocator } from '../withLocator';

/**
 * `figure-not-in-cited-source`: the sentence cites sources, none of them has the figure, but
 * another source does — a wrong attribution.
 * data: { figure, citedKeys: string[], found: { value, text, sourceKey, paragraph, locator, kind }, citationSpan }
 * (citationSpan: the bracketed citation that covers the figure, which a quick fix replaces)
 */
export const figureNotInCitedSource: Rule = {
  id: 'figure-not-in-cited-source',
  defaultSeverity: 'warning',
  description: 'The sentence cites sources, none has the figure, another source does.',
  check({ draft, library }) {
    return figureVerdicts(draft, library)
      .filter((v) => v.verdict === 'not-in-cited-source' && v.match)
      .map(({ figure, cited, covering, match }) => {
        const found = withLocator(located(match!), library);
        const keys = [...new Set(cited.map((k) => k.key))];
        return {
          span: figure.span,
          ...says(message('figure-not-in-cited-source', { figure: claimText(figure), cited: keys.map((k) => `[@${k}]`).join(', '), key: found.sourceKey, locator: found.locator })),
          data: { figure, citedKeys: keys, found, citationSpan: covering && !covering.inText ? covering.span : undefined },
          related: [{ sourceKey: found.sourceKey, paragraph: found.paragraph, ...says(message('related.figure', { figure: claimText(match!.source.figure), locator: placeOf(found, library) })) }],
        };
      });
  },
};
