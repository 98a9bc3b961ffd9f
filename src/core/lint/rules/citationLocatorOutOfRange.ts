import type { Rule } from '../rule';

/**
 * `citation-locator-out-of-range`: a `para.` locator points past the source's last paragraph.
 * data: { key, keySpan, locator: { from, to }, paragraphs: number } (keySpan: the cited key's span)
 */
export const citationLocatorOutOfRange: Rule = {
  id: 'citation-locator-out-of-range',
  defaultSeverity: 'error',
  description: "The locator points past the source's paragraphs.",
  check({ draft, library }) {
    return draft.citations.flatMap((c) => c.keys).flatMap((k) => {
      const source = library.byKey(k.key);
      const locator = k.locator;
      if (!source || !locator || locator.label !== 'para') return [];
      const count = source.paragraphs.length;
      if (locator.to <= count && locator.from >= 1 && locator.from <= locator.to) return [];
      return [{
        span: locator.span,
        message: `[@${k.key}] has ${count} paragraph${count === 1 ? '' : 's'}; para. ${locator.to > count ? locator.to : locator.from} does not exist`,
        data: { key: k.key, keySpan: k.span, locator: { from: locator.from, to: locator.to }, paragraphs: count },
      }];
    });
  },
};
