import { claimText } from '../../figures/claimText';
import { suggestedFigures } from '../../figures/suggestedFigures';
import type { SourceLibrary } from '../../sources/library';
import type { Figure } from '../../types';
import { claimKey, figureVerdicts } from '../figureVerdicts';
import type { Rule } from '../rule';
import { message, says } from '../../messages/message';
import { placeOf, withLocator } from '../withLocator';

/**
 * `figure-unmatched`: a figure in the draft that no source has. The message names the best
 * suggestion (suggestedFigures.ts: of the same kind, counting what it counts first), which is
 * also what a quick fix offers first.
 * data: { figure, candidates: [{ value, text, sourceKey, paragraph, locator }] } (best first)
 */
export const figureUnmatched: Rule = {
  id: 'figure-unmatched',
  defaultSeverity: 'warning',
  description: 'A figure in the draft matches no figure in any source.',
  check({ draft, library }) {
    const nearestOf = nearestFor(library);
    return figureVerdicts(draft, library)
      .filter((v) => v.verdict === 'unmatched')
      .map(({ figure }) => {
        const candidates = nearestOf(figure);
        return {
          span: figure.span,
          ...says(candidates[0] ? message('figure-unmatched.nearest', { figure: claimText(figure), nearest: candidates[0].text, key: candidates[0].sourceKey, locator: candidates[0].locator }) : message('figure-unmatched', { figure: claimText(figure) })),
          data: { figure, candidates },
          related: candidates.map((c) => ({ sourceKey: c.sourceKey, paragraph: c.paragraph, ...says(message('related.figure', { figure: c.text, locator: placeOf(c, library) })) })),
        };
      });
  },
};

type Candidate = ReturnType<typeof withLocator<{ value: number; text: string; sourceKey: string; paragraph: number }>>;
/** Per library, at its version: the candidates of a figure, by what it claims (claimKey). */
const remembered = new WeakMap<SourceLibrary, { version: number; byClaim: Map<string, Candidate[]> }>();
/** Past this many figures remembered the memo starts again, so a long session's stays bounded. */
const MEMO_LIMIT = 20_000;

/**
 * The source figures a quick fix offers for an unmatched figure, best first (suggestedFigures.ts,
 * as the hover's). They depend on
 * the figure's claim and the library alone, so a keystroke does not look them up again for
 * every unmatched figure of the draft.
 */
function nearestFor(library: SourceLibrary): (figure: Figure) => Candidate[] {
  let memo = remembered.get(library);
  if (!memo || memo.version !== library.version || memo.byClaim.size > MEMO_LIMIT) remembered.set(library, (memo = { version: library.version, byClaim: new Map() }));
  const { byClaim } = memo;
  return (figure) => {
    const key = claimKey(figure);
    let candidates = byClaim.get(key);
    if (!candidates) {
      const nearest = suggestedFigures(figure, library.figureIndex);
      candidates = nearest.map((n) => withLocator({ value: n.figure.value, text: n.figure.text, sourceKey: n.sourceKey, paragraph: n.paragraph }, library));
      byClaim.set(key, candidates);
    }
    // Each finding its own objects, as before: a host may change a finding's data.
    return candidates.map((c) => ({ ...c }));
  };
}
