import { claimText } from '../../figures/claimText';
import { figureVerdicts, located } from '../figureVerdicts';
import { describeLocator } from '../../sources/locate';
import type { Rule } from '../rule';
import { message, says } from '../../messages/message';
import { placeOf, withLocator } from '../withLocator';

/**
 * `citation-locator-mismatch`: the cited source has the figure, but not in the cited paragraph.
 * data: { figure, key, locator: { from, to }, found: { value, text, sourceKey, paragraph, locator, kind } }
 */
export const citationLocatorMismatch: Rule = {
  id: 'citation-locator-mismatch',
  defaultSeverity: 'warning',
  description: 'The cited source has the figure, but not in the cited paragraph.',
  check({ draft, library }) {
    return figureVerdicts(draft, library)
      .filter((v) => v.verdict === 'locator-mismatch' && v.match)
      .map(({ figure, cited, match }) => {
        const found = withLocator(located(match!), library);
        const key = cited.find((k) => k.key === found.sourceKey)!;
        const locator = key.locator ? { from: key.locator.from, to: key.locator.to } : undefined;
        return {
          span: figure.span,
          ...says(key.locator
            ? message('citation-locator-mismatch', { figure: claimText(figure), locator: describeLocator(key.locator), key: found.sourceKey, found: placeOf(found, library) })
            : message('citation-locator-mismatch.anywhere', { figure: claimText(figure), key: found.sourceKey, found: placeOf(found, library) })),
          data: { figure, key: found.sourceKey, locator, found, citationSpan: key.span },
          related: [{ sourceKey: found.sourceKey, paragraph: found.paragraph, ...says(message('related.figure', { figure: claimText(match!.source.figure), locator: placeOf(found, library) })) }],
        };
      });
  },
};
