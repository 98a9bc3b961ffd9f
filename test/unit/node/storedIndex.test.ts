import assert from 'node:assert/strict';

import { Backcheck } from '../../../src/core/service';
import { CacheDamaged, readStoredIndex, storeIndex } from '../../../src/node/storedIndex';

const encode = (text: string) => new TextEncoder().encode(text);

function library() {
  const backcheck = new Backcheck();
  backcheck.library.set({ path: 'sources/a.txt', bytes: encode('Some 41 boats were out. The pier is 120 metres long.\n\nTurnout rose by 7 percent.\n') });
  backcheck.library.set({ path: 'sources/b.txt', bytes: encode('About 300 residents were moved. The road runs 12 kilometres.\n') });
  return backcheck.library;
}

describe('the figure index as a cache stores it (storedIndex.ts)', () => {
  it('reads back the index a lookup sees, reading of its line only the bucket the lookup is in', () => {
    const built = library();
    const sources = built.inLoadOrder;
    const stored = storeIndex(built.figureIndex, sources)!;
    assert.equal(stored.keys.length, stored.sizes.length);
    assert.ok(stored.keys.length >= 3, 'counts, lengths and percentages: buckets of their own');
    const line = Buffer.from(stored.line);
    const reads: Array<[number, number]> = [];
    const read = (offset: number, length: number) => (reads.push([offset, length]), line.subarray(offset, offset + length));
    const index = readStoredIndex(stored.keys, stored.sizes, line.length, read, sources)!;
    assert.deepEqual(reads, [], 'nothing read before a lookup');

    const like = built.figureIndex.inRange({ kind: 'count', value: 41 } as never, 0, 1000);
    const found = index.inRange({ kind: 'count', value: 41 } as never, 0, 1000);
    assert.deepEqual(found.map((f) => [f.figure.value, f.sourceKey, f.paragraph]), like.map((f) => [f.figure.value, f.sourceKey, f.paragraph]));
    assert.ok(found.length >= 2);
    // One read, of the count bucket's columns alone, not the line.
    assert.equal(reads.length, 1);
    assert.ok(reads[0][1] < line.length);
    // The other buckets are read as they are needed, each once.
    const [kind, unit] = stored.keys.find((key) => !key.startsWith('count|'))!.split('|');
    index.inRange({ kind, value: 0, unit: unit || undefined } as never, -Infinity, Infinity);
    index.inRange({ kind: 'count', value: 41 } as never, 0, 1000);
    assert.equal(reads.length, 2);
  });

  it('gives no index for sizes that do not add up to its line (an edited cache)', () => {
    const built = library();
    const stored = storeIndex(built.figureIndex, built.inLoadOrder)!;
    const line = Buffer.from(stored.line);
    const read = (offset: number, length: number) => line.subarray(offset, offset + length);
    assert.equal(readStoredIndex(stored.keys, stored.sizes.map((n) => n + 1), line.length, read, built.inLoadOrder), undefined);
    assert.equal(readStoredIndex(stored.keys, stored.sizes.slice(1), line.length, read, built.inLoadOrder), undefined);
    assert.equal(readStoredIndex([1, ...stored.keys.slice(1)], stored.sizes, line.length, read, built.inLoadOrder), undefined);
    // A bucket whose bytes are no base64 is found damaged when a lookup reads it.
    const edited = Buffer.from(line);
    edited.fill('!', 0, 4);
    const index = readStoredIndex(stored.keys, stored.sizes, line.length, (offset, length) => edited.subarray(offset, offset + length), built.inLoadOrder)!;
    const [kind, unit] = stored.keys[0].split('|');
    assert.throws(() => index.inRange({ kind, value: 0, unit: unit || undefined } as never, -Infinity, Infinity), CacheDamaged);
  });
});
