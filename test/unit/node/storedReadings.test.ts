import assert from 'node:assert/strict';

import type { Reading } from '../../../src/core/draftFigures';
import { readingsFrom, storedReadings } from '../../../src/node/storedReadings';

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
});
