import type { Candidate, KeptSuggestions } from '../core/lint/rules/figureUnmatched';
import { entriesByHash, withKeptBefore } from './keptByHash';
import { keyHash } from './storedJudgements';

/** One candidate as a trailer line keeps it: what figure-unmatched names and offers. */
type StoredCandidate = [value: number, text: string, sourceKey: string, paragraph: number, locator: string];

/**
 * The nearest-figure suggestions of one unmatched claim (figureUnmatched.ts), as a cache's
 * trailer line keeps them beside the judgements: a hash of the claim's key, then its candidates.
 * They hold against exactly the files the line was written with, as the judgements do, so a
 * draft with a line added does not look up (and parse the sources of) its unmatched figures'
 * nearest figures again: only the new claims'.
 */
export type StoredSuggestion = [keyHash: string, candidates: StoredCandidate[]];

/**
 * The suggestions to keep: this run's (`made`), then those kept from the run before that this run
 * did not use (`before`, as read), at most `limit` in all. A candidate JSON would not give back
 * as it is (a value that is no finite number) leaves its claim out: looked up again.
 */
export function storedSuggestions(made: ReadonlyMap<string, readonly Candidate[]>, before: ReadonlyMap<string, StoredSuggestion>, limit: number): StoredSuggestion[] {
  const out: StoredSuggestion[] = [];
  const written = new Set<string>();
  for (const [key, candidates] of made) {
    if (out.length >= limit) break;
    if (!candidates.every((c) => Number.isFinite(c.value) && !Object.is(c.value, -0))) continue;
    const hash = keyHash(key);
    written.add(hash);
    out.push([hash, candidates.map((c) => [c.value, c.text, c.sourceKey, c.paragraph, c.locator])]);
  }
  return withKeptBefore(out, before, written, limit);
}

/** The stored suggestions of a trailer line by their key's hash; those not of the shape are left out. */
export function suggestionsByHash(value: unknown): Map<string, StoredSuggestion> {
  return entriesByHash(value, isStoredSuggestion);
}

/** The stored suggestions as the rule asks for them, by a claim's key. */
export function keptSuggestions(stored: ReadonlyMap<string, StoredSuggestion>): KeptSuggestions {
  return {
    get(key) {
      const suggestion = stored.get(keyHash(key));
      return suggestion?.[1].map(([value, text, sourceKey, paragraph, locator]) => ({ value, text, sourceKey, paragraph, locator }));
    },
  };
}

function isStoredSuggestion(item: unknown): item is StoredSuggestion {
  if (!Array.isArray(item) || item.length !== 2 || typeof item[0] !== 'string' || !Array.isArray(item[1])) return false;
  return item[1].every(
    (c: unknown) =>
      Array.isArray(c) && c.length === 5 && typeof c[0] === 'number' && Number.isFinite(c[0]) && typeof c[1] === 'string' && typeof c[2] === 'string' && Number.isSafeInteger(c[3]) && c[3] >= 1 && typeof c[4] === 'string',
  );
}
