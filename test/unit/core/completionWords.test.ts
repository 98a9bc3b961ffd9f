import assert from 'node:assert/strict';

import { citationCompletions } from '../../../src/core/features/completions';
import { CompletionWordIndex } from '../../../src/core/features/completionWords';
import { itemFilterOf, itemMatches } from '../../../src/core/features/prefixMatch';
import { Backcheck } from '../../../src/core/service';
import { SourceLibrary } from '../../../src/core/sources/library';
import type { Source } from '../../../src/core/sources/source';

const encode = (text: string) => new TextEncoder().encode(text);
const indexOf = (library: SourceLibrary) => library.sourceIndex(CompletionWordIndex, () => new CompletionWordIndex());

/** The keys of the sources with an item (the source, or a passage) that the prefix matches: read item by item. */
const matchingKeys = (sources: readonly Source[], prefix: string) =>
  sources.filter((s) => [undefined, ...s.paragraphs].some((p) => itemMatches(itemFilterOf(s, p), prefix))).map((s) => s.key);

const report = (i: number, round: number) =>
  `---\ntitle: "Round ${round} of the Kessel-Point survey ${i}"\n---\nAbout ${1000 + i} boats were counted in zone-${i % 7}.\n\nThe harbour had ${i} cranes; ${round % 2 ? 'Überflutung' : 'drainage'} ${round}.\n`;

const PREFIXES = ['k', 'ke', 'kessel', 'kessel-p', 'point', 'po', 'zone-3', '3', '10', '1017', 'über', 'ü', 'drain', 'round', 'src1', 'rc2', 'oats', 'cranes', 'r', 'nothing'];

describe('the completion word index', () => {
  it('finds exactly the sources whose items a prefix matches, after sources were added, replaced and taken out often enough to sweep', () => {
    const churned = new SourceLibrary();
    indexOf(churned); // built first, so it is told of every change rather than built at the end
    const files = new Map<string, string>();
    const set = (path: string, text: string) => {
      churned.set({ path, bytes: encode(text) });
      files.set(path, text);
    };
    for (let round = 0; round < 4; round++) for (let i = 0; i < 30; i++) set(`s/src${i}.md`, report(i, round));
    for (let i = 30; i < 40; i++) set(`s/src${i}.md`, report(i, 1));
    for (let i = 0; i < 8; i++) {
      churned.delete(`s/src${i}.md`);
      files.delete(`s/src${i}.md`);
    }
    const fresh = new SourceLibrary();
    for (const [path, text] of files) fresh.set({ path, bytes: encode(text) });
    for (const prefix of PREFIXES) {
      const expected = matchingKeys(churned.sources, prefix);
      assert.deepEqual(indexOf(churned).sourcesMatching(prefix, churned.sources)!.map((s) => s.key), expected, prefix);
      assert.deepEqual(indexOf(fresh).sourcesMatching(prefix, fresh.sources)!.map((s) => s.key), expected, prefix);
    }
    assert.deepEqual(matchingKeys(churned.sources, 'über').length, 32);
    // More than `atMost` live sources can match: no list (dead ids, flagged too, are not counted).
    assert.equal(indexOf(churned).sourcesMatching('über', churned.sources, 31), undefined);
    assert.equal(indexOf(churned).sourcesMatching('über', churned.sources, 32)!.length, 32);
    assert.deepEqual(matchingKeys(churned.sources, 'oats'), []);
  });

  it('looks a prefix longer than a kept word start up by its start: completion then keeps only what it matches', () => {
    const backcheck = new Backcheck();
    backcheck.library.set({ path: 's/a.txt', bytes: encode('Counted at the Donaudampfschifffahrtsgesellschaft pier.') });
    backcheck.library.set({ path: 's/b.txt', bytes: encode('Counted at the Donaudampfschiffahrt office.') });
    const keys = (prefix: string) => indexOf(backcheck.library).sourcesMatching(prefix, backcheck.library.sources)!.map((s) => s.key);
    assert.deepEqual(keys('donaudampfsch'), ['a', 'b']);
    assert.deepEqual(keys('donaudampfschifffahrts'), ['a', 'b']);
    const text = 'Ferries stopped [@donaudampfschifffahrts';
    assert.deepEqual(citationCompletions(text, text.length, backcheck.library, 'en')!.items.map((i) => i.label), ['a', '¶1 a']);
  });
});
