import { locatorProblem } from '../../sources/locate';
import { paragraphCount } from '../../sources/paragraphCount';
import type { Rule } from '../rule';
import { message, says } from '../../messages/message';

/**
 * `citation-locator-out-of-range`: a `para.` locator points past the source's last paragraph, or
 * (in a PDF source) a `p.` locator past its last page or a `p. N, para. M` past that page's paragraphs.
 * data: { key, keySpan, locator: { from, to, page? }, paragraphs: number, pages?: number } (keySpan: the cited key's span)
 */
export const citationLocatorOutOfRange: Rule = {
  id: 'citation-locator-out-of-range',
  defaultSeverity: 'error',
  description: "The locator points past the source's paragraphs.",
  check({ draft, library }) {
    return draft.citations.flatMap((c) => c.keys).flatMap((k) => {
      const source = library.byKey(k.key);
      const locator = k.locator;
      const problem = source && locatorProblem(source, locator);
      if (!source || !locator || !problem) return [];
      return [{
        span: locator.span,
        ...says(message('citation-locator-out-of-range', { key: k.key, problem })),
        data: { key: k.key, keySpan: k.span, locator: { from: locator.from, to: locator.to, ...(locator.page ? { page: locator.page } : {}) }, paragraphs: paragraphCount(source), ...(source.pages !== undefined ? { pages: source.pages } : {}) },
      }];
    });
  },
};
