import type { LanguagePack } from './lang/pack';
import { keysOf, pairKey } from './words';

const STARTS = new WeakMap<LanguagePack, ReadonlySet<number>>();
let lastPack: LanguagePack | undefined;
let lastStarts: ReadonlySet<number> = new Set();

/**
 * Could a month name ("August 6"), a vague quantity ("thousands") or a unit's article or fraction
 * ("a kilogram", "half a litre") start at `at`, by its first two letters? Those readers each
 * begin with this test on their own list; asking it once for their union turns most words of a
 * text away with one set lookup.
 */
export function mayStartPackWord(text: string, at: number, pack: LanguagePack): boolean {
  if (pack !== lastPack) {
    lastPack = pack;
    lastStarts = startsOf(pack);
  }
  return lastStarts.has(pairKey(text, at));
}

function startsOf(pack: LanguagePack): ReadonlySet<number> {
  let starts = STARTS.get(pack);
  if (!starts) {
    const words = [...(pack.monthFirst ? keysOf(pack.months) : []), ...keysOf(pack.vague), ...pack.unitLead.articles, ...pack.unitLead.fractions];
    STARTS.set(pack, (starts = new Set(words.map((w) => pairKey(w.toLowerCase(), 0)))));
  }
  return starts;
}
