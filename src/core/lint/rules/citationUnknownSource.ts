import type { Rule } from '../rule';
import { closestKeys } from '../closestKeys';
import { message, says } from '../../messages/message';

/**
 * `citation-unknown-source`: a citation names a key that no source has.
 * data: { key, candidates: string[] } (closest known keys first)
 */
export const citationUnknownSource: Rule = {
  id: 'citation-unknown-source',
  defaultSeverity: 'error',
  description: 'No source has that key.',
  check({ draft, library }) {
    const unknown = draft.citations.flatMap((c) => c.keys).filter((k) => !library.byKey(k.key));
    // Every known key only when some key is unknown: a keystroke in a draft citing well reads none.
    const keys = unknown.length > 0 ? library.sources.map((s) => s.key) : [];
    return unknown.map((k) => {
      const candidates = closestKeys(k.key, keys, 3);
      return {
        span: k.span,
        ...says(candidates[0] ? message('citation-unknown-source.candidate', { key: k.key, candidate: candidates[0] }) : message('citation-unknown-source', { key: k.key })),
        data: { key: k.key, candidates },
      };
    });
  },
};
