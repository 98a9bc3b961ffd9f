import assert from 'node:assert/strict';

import type { Reading } from '../../../src/core/draftFigures';
import { proseFrom, readingsFrom, storedReadings } from '../../../src/node/storedReadings';

const figure = (value: number, extra: object = {}) => ({ span: { start: 5, end: 7 }, text: '41', value, kind: 'count', lang: 'en', ...extra });
const reading = (figures: object[]): Reading => ({ text: 'Some 41 boats.', figureText: 'Some 41 boats.', lang: 'en', figures } as Reading);

describe('draft readings as a cache keeps them (storedReadings.ts)', () => {
  it('keeps a reading only when JSON gives its figures back exactly', () => {
    const plain = reading([figure(41, { hedge: 'about' })]);
    assert.deepEqual(storedReadings([plain]), [plain]);
    assert.deepEqual(JSON.parse(JSON.stringify(storedReadings([plain]))), [plain]);
    for (const odd of [figure(Infinity), figure(NaN), figure(-0), figure(41, { unit: undefined }), figure(41, { span: { start: 5, end: 7, more: 1 } })]) {
      assert.deepEqual(storedReadings([reading([odd])]), [], JSON.stringify(odd));
    }
  });

  it('reads back only what is a reading', () => {
    const plain = reading([figure(41)]);
    assert.deepEqual(readingsFrom(JSON.parse(JSON.stringify([plain, { text: 1 }, null, reading([{ text: '41' }])]))), [plain]);
    assert.deepEqual(readingsFrom('readings'), []);
  });

  it('keeps the blocks a reading\'s Markdown was parsed in with it, and takes back only blocks that fit its text', () => {
    const plain = reading([figure(41)]);
    const blocks = [{ start: 0, end: 14, last: true, spans: [{ start: 0, end: 14 }] }];
    const [stored] = storedReadings([plain], [{ text: 'Other text.', blocks: [] }, { text: plain.text, blocks }]);
    assert.deepEqual(stored.prose, [0, 14, 1, 1, 0, 14]);
    const back = readingsFrom(JSON.parse(JSON.stringify([stored])))[0];
    assert.deepEqual(proseFrom(back), { text: plain.text, blocks });
    // Stored again with no blocks at hand: the ones it came with stay.
    assert.deepEqual(storedReadings([back])[0].prose, stored.prose);
    // Blocks that do not cover the text, overrun it, say "last" before its end, or hold spans out of the block or order: none.
    for (const prose of [[0, 10, 1, 0], [0, 15, 1, 0], [0, 7, 1, 0, 7, 14, 1, 0], [0, 14, 1, 1, 3, 15], [0, 14, 1, 2, 5, 9, 0, 4], [0, 14, 1, 2, 0], [0, 14, 1, 0.5], 'x']) {
      assert.equal(proseFrom({ ...plain, prose } as Reading), undefined, JSON.stringify(prose));
    }
    assert.deepEqual(proseFrom({ ...plain, prose: [0, 7, 0, 0, 7, 14, 1, 1, 0, 7] } as Reading)?.blocks.length, 2);
  });
});
