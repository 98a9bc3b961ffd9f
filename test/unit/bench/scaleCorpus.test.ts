import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';

import { makeScaleCorpus, sourceKey, type ScaleCorpus } from '../../../bench/scale/generate';

function hashOf(corpus: ScaleCorpus): string {
  const hash = createHash('sha256');
  for (const file of [...corpus.sources, corpus.draft, corpus.quoteDraft]) hash.update(`${file.path}\0${file.text}\0`);
  return hash.digest('hex');
}

/** Paragraphs as the library numbers them: lines of a plain text, blocks after a Markdown file's front matter. */
function paragraphCount(text: string): number {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n').filter((line) => line.trim() !== '').length;
}

describe('bench/scale corpus generator', () => {
  const corpus = makeScaleCorpus({ sources: 90 });

  it('gives the same bytes for the same seed, and other bytes for another seed', () => {
    assert.equal(hashOf(makeScaleCorpus({ sources: 90 })), hashOf(corpus));
    assert.notEqual(hashOf(makeScaleCorpus({ sources: 90, seed: 16 })), hashOf(corpus));
    // Pinned, so a change to the generator (or to the platform's number formatting) is noticed:
    // benchmark figures from before and after such a change do not compare.
    assert.equal(hashOf(corpus), '742cb27db705bc7aef277001245344af6dd9e10bdc6f6412fd7dd74dbaf7cdf3');
  });

  it('makes the small corpus a prefix of the large one, so sizes differ only in how many sources', () => {
    const large = makeScaleCorpus({ sources: 180 });
    assert.deepEqual(large.sources.slice(0, 90), corpus.sources);
  });

  it('makes sources of about 4 KB, a third German, some Markdown with front matter', () => {
    const sizes = corpus.sources.map((s) => Buffer.byteLength(s.text));
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    assert.ok(mean > 3500 && mean < 4500, `mean source size ${mean}`);
    assert.equal(corpus.sources.filter((s) => s.path.startsWith('sources/de/')).length, 30);
    assert.ok(corpus.sources.some((s) => s.path.endsWith('.md') && s.text.startsWith('---\ntitle: ')));
  });

  it('writes a draft of 10,000 words whose citations name real sources and paragraphs', () => {
    const words = corpus.draft.text.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 10_000 && words < 10_500, `${words} words`);
    const byKey = new Map(corpus.sources.map((s, i) => [sourceKey(i), s]));
    const citations = [...corpus.draft.text.matchAll(/\[@([\w]+), para\. (\d+)\]/g)];
    assert.ok(citations.length > 300, `${citations.length} citations`);
    for (const [, key, para] of citations) {
      const source = byKey.get(key);
      assert.ok(source, `unknown key ${key}`);
      assert.ok(Number(para) <= paragraphCount(source.text), `${key}, para. ${para}`);
    }
  });

  it('quotes words that stand in the cited source', () => {
    const [, quote, key] = /“([^”]+)” \[@(\w+)\]/.exec(corpus.quoteDraft.text)!;
    assert.ok(quote.split(' ').length >= 5);
    assert.ok(corpus.sources.find((_, i) => sourceKey(i) === key)!.text.includes(quote));
  });
});
