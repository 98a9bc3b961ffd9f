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

export type Candidate = ReturnType<typeof withLocator<{ value: number; text: string; sourceKey: string; paragraph: number }>>;
/** Candidates an earlier run found against this very library (keepSuggestions), by the figure's claimKey. */
export interface KeptSuggestions {
  get(claimKey: string): Candidate[] | undefined;
}
/** Per library, at its version: the candidates of a figure, by what it claims (claimKey); and those kept from an earlier run. */
const remembered = new WeakMap<SourceLibrary, { version: number; byClaim: Map<string, Candidate[]>; kept?: KeptSuggestions }>();
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
  const kept = memo.kept;
  return (figure) => {
    const key = claimKey(figure);
    let candidates = byClaim.get(key);
    if (!candidates && (candidates = kept?.get(key))) byClaim.set(key, candidates);
    if (!candidates) {
      const nearest = suggestedFigures(figure, library.figureIndex);
      candidates = nearest.map((n) => withLocator({ value: n.figure.value, text: n.figure.text, sourceKey: n.sourceKey, paragraph: n.paragraph }, library));
      byClaim.set(key, candidates);
    }
    // Each finding its own objects, as before: a host may change a finding's data.
    return candidates.map((c) => ({ ...c }));
  };
}

/**
 * Takes in the candidates an earlier run found against this very library (the CLI's cache, when
 * every source is as it was): a figure's are then not looked up in the sources again.
 */
export function keepSuggestions(library: SourceLibrary, kept: KeptSuggestions): void {
  remembered.set(library, { version: library.version, byClaim: new Map(), kept });
}

/** The candidates found (or taken from those kept) at the library's present version, by claimKey: for a cache to keep. */
export function suggestionsOf(library: SourceLibrary): ReadonlyMap<string, readonly Candidate[]> {
  const memo = remembered.get(library);
  return memo?.version === library.version ? memo.byClaim : new Map();
}
