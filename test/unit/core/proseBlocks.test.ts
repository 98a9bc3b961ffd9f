import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { makeScaleCorpus } from '../../../bench/scale/generate';
// The bench's seeded generator (mulberry32), so a failure repeats.
import { rng as random } from '../../../bench/rng';
import { parseTextNodes, readProse, readProseWhole } from '../../../src/core/markdown';
import { blockStarts, forgetProseReadings, keepProseReading, keptProseReadings, proseByBlocks } from '../../../src/core/proseBlocks';

/** A parse that records what it was given. */
function recordingParse() {
  const parsed: string[] = [];
  return { parsed, parse: (text: string) => (parsed.push(text), parseTextNodes(text)) };
}

// Drafts where something runs across a blank line before a letter, or reaches across the document.
const ACROSS = [
  'Intro 3.\n\n```\ncode 4\n\nStill code 5\n```\n\nAfter 6.\n',
  'Intro 3.\n\n~~~~\ncode\n\nStill code 5\n~~~\n\nstill 6\n~~~~\n\nAfter 7.\n',
  'Intro.\n\n<!-- a comment\n\nthat runs on 5 -->\n\nAfter 6.\n',
  'Intro.\n\n<script>\n\nvar x = 5\n</script>\n\nAfter 6.\n',
  'Intro.\n\n<?php\n\necho 5 ?>\n\nAfter.\n',
  'Intro.\n\n- item 1\n\n  more of item 1\n\nAfter 2.\n\n> quote 3\n\nAfter 4.\n',
  '---\ntitle: 1\n\nsome: 2\n---\n\nBody 3.\n\n- list 4\n',
  '---\nnot closed 1\n\nBody 2.\n\n- list 3\n\n> quote 4\n',
  '+++\n\nBody 2.\n\n+ list 3\n',
  'See [the report][r] of 2024.\n\nMore 5.\n\n[r]: https://example.org/3\n',
  'Heading\n=======\n\nText 4.\n\nSetext\n------\n',
  'Line 1.\r\n\r\nLine 2.\r\n\r\n- item 3\r\n\r\nLine 4.\r\n',
  'Line 1.\r\rLine 2.\r\r> q 3\r\rLine 4.',
  '    indented 1\n\n    code 2\n\nText 3.\n',
  '\ufeffBOM 1.\n\nText 2.\n\n- item\n',
  '1. one\n\n   ```\n\nfenced 2 in the item\n```\n\nText 3.\n',
];

describe('a draft\'s prose read block by block (proseBlocks.ts)', () => {
  beforeEach(forgetProseReadings);
  after(forgetProseReadings);

  it('comes out as the reading of the whole draft, where a construct runs across blocks too', () => {
    const drafts = [...ACROSS, readFileSync(resolve(__dirname, '../../../examples/workspace/draft.md'), 'utf8'), makeScaleCorpus({ sources: 30, draftWords: 3000 }).draft.text];
    for (const text of drafts) {
      forgetProseReadings();
      assert.deepEqual(readProse(text), readProseWhole(text), JSON.stringify(text.slice(0, 60)));
      // Again, every block now kept.
      assert.deepEqual(readProse(text), readProseWhole(text), JSON.stringify(text.slice(0, 60)));
    }
  });

  it('comes out as the whole reading through random edits, each read with the blocks of the version before', () => {
    const PIECES = ['\n\n', '\n', 'A', 'x 12 ', '```', '~~~', '<!--', '-->', '<pre>', '- ', '> ', '1. ', '    ', '---\n', '[x]: /u', '[x]', '# ', '\r\n', '*', '`', '<div>'];
    const next = random(3);
    let text = makeScaleCorpus({ sources: 30, draftWords: 800 }).draft.text;
    for (let step = 0; step < 120; step++) {
      const at = Math.floor(next() * (text.length + 1));
      text = next() < 0.3 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 30)) : text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(at);
      assert.deepEqual(readProse(text), readProseWhole(text), `step ${step}`);
    }
  });

  it('parses the whole draft once the first time, then only the blocks at a line added at its end', () => {
    const text = makeScaleCorpus({ sources: 30, draftWords: 3000 }).draft.text;
    const first = recordingParse();
    proseByBlocks(text, first.parse);
    assert.deepEqual(first.parsed, [text]);
    const edited = text + '\nOne more line, number 1.\n';
    const second = recordingParse();
    assert.deepEqual(proseByBlocks(edited, second.parse), parseTextNodes(edited).spans);
    // The line, and the block that ended the draft before (read then as its end, not as a block
    // with more after it), as one stretch.
    const changed = edited.slice(blockStarts(edited)!.at(-2));
    assert.deepEqual(second.parsed, [changed]);
    assert.ok(changed.length < 2000, 'the last blocks, not the draft');
  });

  it('never takes a kept block for one whose text changed: an edited paragraph is parsed again', () => {
    const text = 'First 1 paragraph.\n\nSecond 2 paragraph.\n\nThird 3 paragraph.\n';
    readProse(text);
    // A kept reading made up for the second block, to see where it is used: the first and third kept alike.
    const [kept] = keptProseReadings();
    const second = kept.blocks[1];
    forgetProseReadings();
    keepProseReading({ text, blocks: kept.blocks.map((b) => (b === second ? { ...b, spans: [{ start: 0, end: 3 }] } : b)) });
    assert.deepEqual(readProse(text).spans[1], { start: second.start, end: second.start + 3 }, 'the kept block is used');
    const edited = text.replace('Second 2', 'Second 22');
    const recording = recordingParse();
    assert.deepEqual(proseByBlocks(edited, recording.parse), parseTextNodes(edited).spans);
    assert.deepEqual(recording.parsed, ['Second 22 paragraph.\n\nZ']);
  });

  it('reads a draft whole where a definition or front matter never closed reaches across it', () => {
    assert.equal(blockStarts('See [x].\n\nMore.\n\n[x]: /u\n'), undefined);
    assert.equal(blockStarts('---\nopen\n\nText.\n'), undefined);
    assert.deepEqual(blockStarts('---\na: 1\n\nb: 2\n---\n\nText.\n'), [20]);
    assert.deepEqual(blockStarts('One.\n\n- two\n\nThree.\r\n\r\nFour.'), [13, 23]);
  });
});
