import assert from 'node:assert/strict';

import { splitSentences } from '../../../src/core/text/sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('splits English sentences and keeps abbreviations inside', () => {
    assert.deepEqual(split('Dr. Smith said 76,000 left. They went on Aug. 6 to the U.S. border! Why?'), [
      'Dr. Smith said 76,000 left.', 'They went on Aug. 6 to the U.S. border!', 'Why?',
    ]);
  });

  it('keeps German abbreviations and ordinal dates inside a sentence', () => {
    assert.deepEqual(split('Der Einmarsch begann am 6. August. Es gab z. B. Nr. 5 und ca. 3.000 Menschen. Danach war Ruhe.'), [
      'Der Einmarsch begann am 6. August.', 'Es gab z. B. Nr. 5 und ca. 3.000 Menschen.', 'Danach war Ruhe.',
    ]);
  });

  it('ends a sentence at a quotation mark after the full stop', () => {
    assert.deepEqual(split('"Nobody expected it." He left.'), ['"Nobody expected it."', 'He left.']);
  });

  it('treats blank lines as sentence ends but not single line breaks inside a paragraph', () => {
    assert.deepEqual(split('A heading\n\nThe fire burned\nfor 19 hours [@a, para. 1].'), ['A heading', 'The fire burned\nfor 19 hours [@a, para. 1].']);
  });
});
