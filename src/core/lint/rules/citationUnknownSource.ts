import type { Rule } from '../rule';
import { closestKeys } from '../closestKeys';
import { message, says } from '../../messages/message';
import { reasonArg } from '../../messages/reasons';
import { baseName } from '../../sources/loadSource';
import type { UnreadableSource } from '../../sources/source';

/**
 * `citation-unknown-source`: a citation names a key that no source has.
 * data: { key, candidates: string[] } (closest known keys first); when a file that would have the
 * key cannot be read (a damaged PDF), the message says so instead, with no candidates, and
 * data.unreadable is that file's path: the key is right, the file is not.
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
      const unreadable = library.unreadableWithKey(k.key);
      if (unreadable) return { span: k.span, ...says(unreadableMessage(k.key, unreadable)), data: { key: k.key, candidates: [], unreadable: unreadable.path } };
      const candidates = closestKeys(k.key, keys, 3);
      return {
        span: k.span,
        ...says(candidates[0] ? message('citation-unknown-source.candidate', { key: k.key, candidate: candidates[0] }) : message('citation-unknown-source', { key: k.key })),
        data: { key: k.key, candidates },
      };
    });
  },
};

function unreadableMessage(key: string, file: UnreadableSource) {
  return message('citation-unknown-source.unreadable', { key, file: baseName(file.path), reason: reasonArg(file) });
}
