import { figureVerdicts, located } from '../figureVerdicts';
import { describeLocator } from '../../sources/locate';
import type { Rule } from '../rule';
import { withLocator } from '../withLocator';

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
        const where = key.locator ? describeLocator(key.locator) : 'the cited passage';
        return {
          span: figure.span,
          message: `${figure.text} is not in ${where} of [@${found.sourceKey}]; it is in ${found.locator}`,
          data: { figure, key: found.sourceKey, locator, found, citationSpan: key.span },
          related: [{ sourceKey: found.sourceKey, paragraph: found.paragraph, message: `${found.text} in ${found.locator}` }],
        };
      });
  },
};
